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

int checkUser(const Call &call)
{
    const QStringList actions {QStringLiteral("list"),    QStringLiteral("add"),
                               QStringLiteral("disable"), QStringLiteral("enable"),
                               QStringLiteral("unlock"),  QStringLiteral("reset-password")};
    if (!actions.contains(call.positional()))
        return fail(usageError(Tr::tr("Unknown user action \"%1\".").arg(call.positional())));
    return Success;
}

int userCommand(Call &call)
{
    const QCommandLineParser &parser = call.parser;
    const QString action = call.positional();
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
    const QString username = call.positional(1);
    if (action == QLatin1String("add")) {
        if (!call.isSet("role"))
            return fail(usageError(Tr::tr("user add needs --role agent|lead|admin.")));
        if (auto problem = models::AuthService::usernameProblem(username); !problem.isEmpty())
            return fail(Error::invalid(problem));
        auto password = readNewPassword(parser, username);
        if (!password)
            return fail(password.error());
        auto created = auth.createUser(username, call.value("name"), call.value("role"),
                                       call.value("department"), *password);
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

int verifyAuditCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    models::AuditService::Options options;
    options.keyFile = call.value("key-file");
    options.anchorFile = call.value("anchor-file");
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
    const QString action = call.positional();
    const QString file = call.positional(1);
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

int anonymiseCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    auto count = ws.complaints().anonymiseExpiredCustomers(call.isSet("dry-run"));
    if (!count)
        return fail(count.error());
    printOut(call.isSet("dry-run")
                 ? Tr::tr("%n customer(s) past the retention period.", "", int(*count))
                 : Tr::tr("%n customer(s) anonymised.", "", int(*count)));
    return Success;
}

} // namespace

QList<Command> accountCommands()
{
    Command user(QStringLiteral("user"),
                 Tr::tr("user list | add USER --role ROLE [--department CODE] [--name NAME]\n"
                        "       | disable USER | enable USER | unlock USER | reset-password USER"),
                 Tr::tr("manage accounts"), userCommand);
    user.details = Tr::tr("add and reset-password ask for the new password twice (or read it "
                          "from --new-password-file).");
    user.permission = Tr::tr("administrators");
    user.options = {option("role", "ROLE", Tr::tr("add: agent, lead or admin")),
                    option("department", "CODE", Tr::tr("add: the department's code")),
                    option("name", "NAME", Tr::tr("add: the full name"))};
    user.positionals = 2;
    user.bareActions = {QStringLiteral("list")};
    user.check = checkUser;
    user.opens = Opens::Store;

    Command passwd(QStringLiteral("passwd"), QStringLiteral("passwd"),
                   Tr::tr("change your password"), passwdCommand);
    passwd.details = Tr::tr("Signs in as --as USER with the current password; the new one is "
                            "asked for twice (or read from --new-password-file).");
    passwd.access = Access::ByAction;

    Command verifyAudit(QStringLiteral("verify-audit"),
                        Tr::tr("verify-audit [--key-file FILE] [--anchor-file FILE]"),
                        Tr::tr("check the audit trail (its seals, its end, the complaints)"),
                        verifyAuditCommand);
    verifyAudit.details = Tr::tr("Checks the audit trail's sealed chain, its end against the last "
                                 "anchor, and each complaint against its events.");
    verifyAudit.options = {
        option("key-file", "FILE",
               Tr::tr("the store's audit key, to check a copied "
                      "store elsewhere")),
        option("anchor-file", "FILE", Tr::tr("the anchors to check the end against"))};
    verifyAudit.access = Access::Anonymous;
    verifyAudit.opens = Opens::Store;

    Command auditKey(QStringLiteral("audit-key"), Tr::tr("audit-key export FILE | import FILE"),
                     Tr::tr("export the store's audit key for an auditor, or import it"),
                     auditKeyCommand);
    auditKey.details = Tr::tr("export signs in as --as USER (administrators); import, for a store "
                              "moved to this computer, does not sign in.");
    auditKey.positionals = 2;
    auditKey.access = Access::ByAction;

    Command anonymise(QStringLiteral("anonymise"), Tr::tr("anonymise [--dry-run]"),
                      Tr::tr("anonymise customers past the retention period"), anonymiseCommand);
    anonymise.aliases = {QStringLiteral("anonymize")};
    anonymise.permission = Tr::tr("administrators");
    anonymise.options = {flag("dry-run", Tr::tr("only count them"))};
    anonymise.opens = Opens::Store;
    return {user, passwd, verifyAudit, auditKey, anonymise};
}

} // namespace cd::cli
