// Store commands: init (create or upgrade the store, its first administrator) and demo.
#include "commandtable.h"

#include "auditservice.h"
#include "authservice.h"
#include "demogenerator.h"
#include "workspace.h"

#include <QElapsedTimer>

namespace cd::cli {

namespace {

namespace initOptions {
const QCommandLineOption admin(QStringLiteral("admin"), QString(), QStringLiteral("USER"));
const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
} // namespace initOptions

int initCommand(Call &call)
{
    using namespace initOptions;
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    auto needed = ws.auth().needsFirstAdministrator();
    if (!needed)
        return fail(needed.error());
    if (*needed && !parser.isSet(admin)) {
        // A store without users: the target of copy-store, or one whose administrator
        // comes later.
        printError(Tr::tr("The store has no administrator yet: create one with init --admin "
                          "USER, or copy a desk's store into it with copy-store."));
    } else if (*needed) {
        auto password = readNewPassword(parser, parser.value(admin));
        if (!password)
            return fail(password.error());
        auto created =
            ws.auth().createFirstAdministrator(parser.value(admin), parser.value(name), *password);
        if (!created)
            return fail(created.error());
        printOut(Tr::tr("Administrator %1 created.").arg(created->username));
    } else if (parser.isSet(admin)) {
        return fail(Error::permission(Tr::tr("The store has an administrator already; they "
                                             "add users with \"user add\".")));
    }
    printOut(Tr::tr("The store is ready: %1 (schema version %2).")
                 .arg(ws.storePath())
                 .arg(models::Workspace::schemaVersion()));
    auto key = models::AuditService::keyLocation(call.ws());
    if (!key)
        return fail(key.error());
    printOut(Tr::tr("Its audit key: %1 (fingerprint %2); its anchors: %3. Without the key nothing "
                    "can be recorded: keep a copy in a safe place (audit-key export FILE).")
                 .arg(key->keyPath, key->fingerprint, key->anchorPath));
    return Success;
}

namespace demoOptions {
const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("N"));
const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"),
                              QStringLiteral("1"));
} // namespace demoOptions

int demoCommand(Call &call)
{
    using namespace demoOptions;
    const QCommandLineParser &parser = call.parser;
    bool countOk = false;
    bool seedOk = false;
    const int n = parser.value(count).toInt(&countOk);
    const quint32 s = parser.value(seed).toUInt(&seedOk);
    if (!parser.isSet(count) || !countOk || n < 1)
        return fail(usageError(Tr::tr("--count takes a positive whole number.")));
    if (!seedOk)
        return fail(usageError(Tr::tr("--seed takes a non-negative whole number.")));

    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    auto &clock = static_cast<models::ManualClock &>(const_cast<models::Clock &>(ws.clock()));
    models::DemoGenerator generator(ws, clock, s);
    QElapsedTimer timer;
    timer.start();
    int lastShown = 0;
    auto created = generator.generate(n, [&](int done) {
        if (done == n || done - lastShown >= std::max(1000, n / 20)) {
            printError(Tr::tr("%1 of %2 complaints...").arg(done).arg(n));
            lastShown = done;
        }
    });
    if (!created)
        return fail(created.error());
    printOut(Tr::tr("Created %1 demonstration complaints in %2 s.")
                 .arg(*created)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

} // namespace

QList<Command> storeCommands()
{
    Command init;
    init.name = QStringLiteral("init");
    init.synopsis = Tr::tr("init [--admin USER [--name NAME]]");
    init.summary = Tr::tr("create or upgrade the store; the first time, its administrator");
    init.details = Tr::tr("The first time, --admin USER creates the administrator, whose new "
                          "password is asked for twice (or read from --new-password-file).");
    init.options = {described(initOptions::admin, Tr::tr("the first administrator's user name")),
                    described(initOptions::name, Tr::tr("the administrator's full name"))};
    init.access = Access::Anonymous;
    init.store = Store::CreateIfMissing;
    init.handler = initCommand;

    Command demo;
    demo.name = QStringLiteral("demo");
    demo.synopsis = Tr::tr("demo --count N [--seed S]");
    demo.summary = Tr::tr("add N realistic demonstration complaints");
    demo.options = {described(demoOptions::count, Tr::tr("how many complaints")),
                    described(demoOptions::seed,
                              Tr::tr("the random seed: the same seed, the "
                                     "same complaints"))};
    demo.manualClock = true;
    demo.handler = demoCommand;
    return {init, demo};
}

} // namespace cd::cli
