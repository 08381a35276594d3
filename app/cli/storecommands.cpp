// Store commands: init (create or upgrade the store, its first administrator) and demo.
#include "commandtable.h"

#include "auditservice.h"
#include "authservice.h"
#include "demogenerator.h"
#include "workspace.h"

#include <QElapsedTimer>

namespace cd::cli {

namespace {

int initCommand(Call &call)
{
    const QCommandLineParser &parser = call.parser;
    models::Workspace &ws = call.ws();
    auto needed = ws.auth().needsFirstAdministrator();
    if (!needed)
        return fail(needed.error());
    if (*needed && !call.isSet("admin")) {
        // A store without users: the target of copy-store, or one whose administrator
        // comes later.
        printError(Tr::tr("The store has no administrator yet: create one with init --admin "
                          "USER, or copy a desk's store into it with copy-store."));
    } else if (*needed) {
        auto password = readNewPassword(parser, call.value("admin"));
        if (!password)
            return fail(password.error());
        auto created =
            ws.auth().createFirstAdministrator(call.value("admin"), call.value("name"), *password);
        if (!created)
            return fail(created.error());
        printOut(Tr::tr("Administrator %1 created.").arg(created->username));
    } else if (call.isSet("admin")) {
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

int demoCommand(Call &call)
{
    bool countOk = false;
    bool seedOk = false;
    const int n = call.value("count").toInt(&countOk);
    const quint32 s = call.value("seed").toUInt(&seedOk);
    if (!call.isSet("count") || !countOk || n < 1)
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
    Command init(QStringLiteral("init"), Tr::tr("init [--admin USER [--name NAME]]"),
                 Tr::tr("create or upgrade the store; the first time, its administrator"),
                 initCommand);
    init.details = Tr::tr("The first time, --admin USER creates the administrator, whose new "
                          "password is asked for twice (or read from --new-password-file).");
    init.options = {option("admin", "USER", Tr::tr("the first administrator's user name")),
                    option("name", "NAME", Tr::tr("the administrator's full name"))};
    init.access = Access::Anonymous;
    init.store = Store::CreateIfMissing;
    init.opens = Opens::Store;

    Command demo(QStringLiteral("demo"), Tr::tr("demo --count N [--seed S]"),
                 Tr::tr("add N realistic demonstration complaints"), demoCommand);
    demo.options = {option("count", "N", Tr::tr("how many complaints")),
                    option("seed", "S",
                           Tr::tr("the random seed: the same seed, the "
                                  "same complaints"),
                           QStringLiteral("1"))};
    demo.manualClock = true;
    return {init, demo};
}

} // namespace cd::cli
