#include "cli.h"

#include "authservice.h"
#include "complaintservice.h"
#include "eventrepository.h"
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

} // namespace

int userCommand(const QStringList &arguments)
{
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("role"));
    const QCommandLineOption department(QStringLiteral("department"), QString(),
                                        QStringLiteral("code"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("name"));
    QCommandLineParser parser;
    const int positionals = arguments.value(0) == QLatin1String("list") ? 1 : 2;
    if (auto parsed = parseCommand(parser, arguments, {role, department, name}, positionals);
        !parsed)
        return fail(parsed.error());
    const QString action = parser.positionalArguments().constFirst();
    const QStringList actions{QStringLiteral("list"), QStringLiteral("add"),
                              QStringLiteral("disable"), QStringLiteral("enable"),
                              QStringLiteral("unlock"), QStringLiteral("reset-password")};
    if (!actions.contains(action))
        return fail(usageError(Tr::tr("Unknown user action \"%1\".").arg(action)));
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    models::AuthService &auth = ws.auth();

    if (action == QLatin1String("list")) {
        auto users = auth.users();
        if (!users)
            return fail(users.error());
        for (const auto &user : *users) {
            printRow({user.username, user.displayName, user.role,
                      user.departmentId ? ws.taxonomy().departmentCode(*user.departmentId)
                                        : QString(),
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

int passwdCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {}, 0); !parsed)
        return fail(parsed.error());
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

int verifyAuditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {}, 0); !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser, SignIn::None);
    if (!workspace)
        return fail(workspace.error());
    auto verification = storage::EventRepository((*workspace)->database().connection())
                            .verifyChain();
    if (!verification)
        return fail(verification.error());
    if (verification->brokenAt != 0) {
        printError(Tr::tr("The audit trail was altered: the first broken link is at event %1 "
                          "(%2).").arg(verification->brokenAt).arg(verification->reason));
        return Failure;
    }
    printOut(Tr::tr("The audit trail is intact: %1 events checked.").arg(verification->checked));
    return Success;
}

int anonymiseCommand(const QStringList &arguments)
{
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {dryRun}, 0); !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    auto count = (*workspace)->complaints().anonymiseExpiredCustomers(parser.isSet(dryRun));
    if (!count)
        return fail(count.error());
    printOut(parser.isSet(dryRun)
                 ? Tr::tr("%1 customers are past the retention period.").arg(*count)
                 : Tr::tr("%1 customers were anonymised.").arg(*count));
    return Success;
}

} // namespace cd::cli
