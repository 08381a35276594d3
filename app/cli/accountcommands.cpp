#include "commandtable.h"

#include "auditservice.h"
#include "authservice.h"
#include "complaintservice.h"
#include "workspace.h"

namespace cd::cli {

namespace {

Result<storage::UserRecord> findUser(models::Workspace &workspace, const QString &username)
{
    auto users = workspace.auth().users();
    if (!users)
        return users.error();
    for (const auto &user : *users) {
        if (user.username.compare(username, Qt::CaseInsensitive) == 0)
            return user;
    }
    return Error::notFound(Tr::tr("There is no user \"%1\".").arg(username));
}

namespace userOptions {
const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
const QCommandLineOption department(QStringLiteral("department"), QString(),
                                    QStringLiteral("CODE"));
const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
} // namespace userOptions

int userCommand(Call &call)
{
    using namespace userOptions;
    const QCommandLineParser &parser = call.parser;
    const QString action = parser.positionalArguments().constFirst();
    const QStringList actions {QStringLiteral("list"),    QStringLiteral("add"),
                               QStringLiteral("disable"), QStringLiteral("enable"),
                               QStringLiteral("unlock"),  QStringLiteral("reset-password")};
    if (!actions.contains(action))
        return fail(usageError(Tr::tr("Unknown user action \"%1\".").arg(action)));
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    models::AuthService &auth = ws.auth();

    if (action == QLatin1String("list")) {
        auto users = auth.users();
        if (!users)
            return fail(users.error());
        for (const auto &user : *users) {
            printRow(
                {user.username, user.displayName, user.role,
                 user.departmentId ? ws.taxonomy().departmentCode(*user.departmentId) : QString(),
                 user.active ? QStringLiteral("active") : QStringLiteral("disabled"),
                 user.passwordHash.isEmpty() ? QStringLiteral("no-sign-in") : QString()});
        }
        return Success;
    }
    const QString username = parser.positionalArguments().at(1);
    if (action == QLatin1String("add")) {
        if (!parser.isSet(role))
            return fail(usageError(Tr::tr("user add needs --role agent|lead|admin.")));
        if (auto problem = models::AuthService::usernameProblem(username); !problem.isEmpty())
            return fail(Error::invalid(problem));
        auto password = readNewPassword(parser, username);
        if (!password)
            return fail(password.error());
        auto created = auth.createUser(username, parser.value(name), parser.value(role),
                                       parser.value(department), *password);
        if (!created)
            return fail(created.error());
        printOut(Tr::tr("User %1 created.").arg(created->username));
        return Success;
    }
    auto user = findUser(ws, username);
    if (!user)
        return fail(user.error());
    Result<void> done;
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        done = auth.setActive(user->id, action == QLatin1String("enable"));
    } else if (action == QLatin1String("unlock")) {
        done = auth.unlock(user->id);
    } else {
        auto password = readNewPassword(parser, username);
        if (!password)
            return fail(password.error());
        done = auth.resetPassword(user->id, *password);
    }
    if (!done)
        return fail(done.error());
    printOut(Tr::tr("Done."));
    return Success;
}

int passwdCommand(Call &call)
{
    const QCommandLineParser &parser = call.parser;
    const QString user = parser.value(QStringLiteral("as"));
    if (user.isEmpty())
        return fail(usageError(Tr::tr("Say whose password changes with --as USER.")));
    auto workspace = openWorkspace(parser, SignIn::None);
    if (!workspace)
        return fail(workspace.error());
    auto current = readSignInPassword(parser, user);
    if (!current)
        return fail(current.error());
    if (auto signedIn = (*workspace)->auth().signIn(user, *current); !signedIn)
        return fail(signedIn.error());
    auto password = readNewPassword(parser, user);
    if (!password)
        return fail(password.error());
    auto changed = (*workspace)->auth().changePassword(*current, *password);
    if (!changed)
        return fail(changed.error());
    printOut(Tr::tr("Your password was changed."));
    return Success;
}

namespace verifyAuditOptions {
const QCommandLineOption keyFile(QStringLiteral("key-file"), QString(), QStringLiteral("FILE"));
const QCommandLineOption anchorFile(QStringLiteral("anchor-file"), QString(),
                                    QStringLiteral("FILE"));
} // namespace verifyAuditOptions

int verifyAuditCommand(Call &call)
{
    using namespace verifyAuditOptions;
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    models::AuditService::Options options;
    options.keyFile = parser.value(keyFile);
    options.anchorFile = parser.value(anchorFile);
    auto report = models::AuditService::verify(ws.database(), options);
    if (!report)
        return fail(report.error());
    for (const QString &note : std::as_const(report->notes))
        printError(note);
    if (!report->intact()) {
        printError(Tr::tr("The audit trail was altered (checked with the key %1, fingerprint %2):")
                       .arg(report->keyPath, report->fingerprint));
        for (const QString &finding : std::as_const(report->findings))
            printError(QStringLiteral("  - ") + finding);
        if (report->findingCount > report->findings.size()) {
            printError(Tr::tr("  ... and %n more finding(s).", nullptr,
                              int(report->findingCount - report->findings.size())));
        }
        return Failure;
    }
    printOut(Tr::tr("The audit trail is intact: %1 events checked, sealed with the key %2 "
                    "(fingerprint %3).")
                 .arg(report->events)
                 .arg(report->keyPath, report->fingerprint));
    if (report->anchor) {
        printOut(Tr::tr("Its end agrees with the last anchor (\"%1\", %2: event %3); the trail "
                        "ends at event %4.")
                     .arg(report->anchorPath, report->anchor->at)
                     .arg(report->anchor->eventId)
                     .arg(report->lastEventId));
    }
    printOut(Tr::tr("Complaints compared with their events: %1, all in agreement.")
                 .arg(report->complaints));
    return Success;
}

int auditKeyCommand(Call &call)
{
    const QCommandLineParser &parser = call.parser;
    const QString action = parser.positionalArguments().constFirst();
    const QString file = parser.positionalArguments().at(1);
    if (action == QLatin1String("export")) {
        if (const int status = call.open(); status != Success)
            return status;
        if (auto exported = models::AuditService::exportKey(call.ws(), file); !exported)
            return fail(exported.error());
        printOut(Tr::tr("The audit key was written to %1 (readable by you only). Whoever holds "
                        "it can rewrite the audit trail: hand it to the auditor only.")
                     .arg(file));
        return Success;
    }
    if (action == QLatin1String("import")) {
        auto workspace = openWorkspace(parser, SignIn::None);
        if (!workspace)
            return fail(workspace.error());
        auto imported = models::AuditService::importKey((*workspace)->database(), file);
        if (!imported)
            return fail(imported.error());
        printOut(Tr::tr("The store's audit key is now at %1.").arg(*imported));
        return Success;
    }
    return fail(
        usageError(Tr::tr("Unknown audit-key action \"%1\"; use export or import.").arg(action)));
}

namespace anonymiseOptions {
const QCommandLineOption dryRun(QStringLiteral("dry-run"));
} // namespace anonymiseOptions

int anonymiseCommand(Call &call)
{
    using namespace anonymiseOptions;
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    auto count = ws.complaints().anonymiseExpiredCustomers(parser.isSet(dryRun));
    if (!count)
        return fail(count.error());
    printOut(parser.isSet(dryRun)
                 ? Tr::tr("%1 customers are past the retention period.").arg(*count)
                 : Tr::tr("%1 customers were anonymised.").arg(*count));
    return Success;
}

} // namespace

QList<Command> accountCommands()
{
    Command user;
    user.name = QStringLiteral("user");
    user.synopsis =
        Tr::tr("user list | add USER --role ROLE [--department CODE] [--name NAME]\n"
               "       | disable USER | enable USER | unlock USER | reset-password USER");
    user.summary = Tr::tr("manage accounts");
    user.details = Tr::tr("add and reset-password ask for the new password twice (or read it "
                          "from --new-password-file).");
    user.permission = Tr::tr("administrators");
    user.options = {described(userOptions::role, Tr::tr("add: agent, lead or admin")),
                    described(userOptions::department, Tr::tr("add: the department's code")),
                    described(userOptions::name, Tr::tr("add: the full name"))};
    user.positionals = 2;
    user.bareActions = {QStringLiteral("list")};
    user.handler = userCommand;

    Command passwd;
    passwd.name = QStringLiteral("passwd");
    passwd.synopsis = QStringLiteral("passwd");
    passwd.summary = Tr::tr("change your password");
    passwd.details = Tr::tr("Signs in as --as USER with the current password; the new one is "
                            "asked for twice (or read from --new-password-file).");
    passwd.access = Access::ByAction;
    passwd.handler = passwdCommand;

    Command verifyAudit;
    verifyAudit.name = QStringLiteral("verify-audit");
    verifyAudit.synopsis = Tr::tr("verify-audit [--key-file FILE] [--anchor-file FILE]");
    verifyAudit.summary = Tr::tr("check the audit trail (its seals, its end, the complaints)");
    verifyAudit.details = Tr::tr("Checks the audit trail's sealed chain, its end against the last "
                                 "anchor, and each complaint against its events.");
    verifyAudit.options = {
        described(verifyAuditOptions::keyFile,
                  Tr::tr("the store's audit key, to check a copied "
                         "store elsewhere")),
        described(verifyAuditOptions::anchorFile, Tr::tr("the anchors to check the end against"))};
    verifyAudit.access = Access::Anonymous;
    verifyAudit.handler = verifyAuditCommand;

    Command auditKey;
    auditKey.name = QStringLiteral("audit-key");
    auditKey.synopsis = Tr::tr("audit-key export FILE | import FILE");
    auditKey.summary = Tr::tr("export the store's audit key for an auditor, or import it");
    auditKey.details = Tr::tr("export signs in as --as USER (administrators); import, for a store "
                              "moved to this computer, does not sign in.");
    auditKey.positionals = 2;
    auditKey.access = Access::ByAction;
    auditKey.handler = auditKeyCommand;

    Command anonymise;
    anonymise.name = QStringLiteral("anonymise");
    anonymise.aliases = {QStringLiteral("anonymize")};
    anonymise.synopsis = Tr::tr("anonymise [--dry-run]");
    anonymise.summary = Tr::tr("anonymise customers past the retention period");
    anonymise.permission = Tr::tr("administrators");
    anonymise.options = {described(anonymiseOptions::dryRun, Tr::tr("only count them"))};
    anonymise.handler = anonymiseCommand;
    return {user, passwd, verifyAudit, auditKey, anonymise};
}

} // namespace cd::cli
