// The table of commands and the one path every command takes: parse, --help, preamble.
#include "commandtable.h"

#include "taxonomy.h"
#include "workspace.h"

namespace cd::cli {

Command::Command(QString commandName, QString usage, QString line, Handler run)
    : name(std::move(commandName))
    , synopsis(std::move(usage))
    , summary(std::move(line))
    , handler(run)
{
}

QCommandLineOption option(const char *name, const char *valueName, const QString &description,
                          const QString &defaultValue)
{
    return QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName),
                              defaultValue);
}

QCommandLineOption flag(const char *name, const QString &description)
{
    return QCommandLineOption(QLatin1String(name), description);
}

QList<Command> commands()
{
    QList<Command> all;
    for (const auto &group :
         {storeCommands, complaintCommands, workflowCommands, accountCommands, checkCommands,
          deadlineCommands, classifyCommands, reviewCommands, backupCommands, copyStoreCommands,
          incomingCallCommands, importCommands, watchCommands})
        all << group();
    return all;
}

std::optional<Command> findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name || command.aliases.contains(name))
            return command;
    }
    return std::nullopt;
}

Result<std::unique_ptr<models::Workspace>> Call::openWorkspace() const
{
    return cli::openWorkspace(parser,
                              command.access == Access::Anonymous ? SignIn::None : SignIn::Required,
                              command.manualClock, command.store);
}

int Call::open()
{
    auto opened = openWorkspace();
    if (!opened)
        return fail(opened.error());
    workspace = std::move(*opened);
    return Success;
}

int Call::openComplaint()
{
    if (const int status = open(); status != Success)
        return status;
    auto found = workspace->queries().detailByReference(parser.positionalArguments().constFirst());
    if (!found)
        return fail(found.error());
    detail = std::move(*found);
    return Success;
}

Result<const storage::CategoryRecord *> Call::category() const
{
    const auto *found = workspace->taxonomy().categoryByCode(value("category"));
    if (!found)
        return usageError(Tr::tr("Unknown category \"%1\".").arg(value("category")));
    return found;
}

Result<std::optional<qint64>> Call::subcategoryId(const storage::CategoryRecord &within) const
{
    if (!isSet("subcategory"))
        return std::optional<qint64>();
    const auto *found = workspace->taxonomy().subcategoryByCode(within.id, value("subcategory"));
    if (!found) {
        return usageError(Tr::tr("Category %1 has no sub-category \"%2\".")
                              .arg(within.code, value("subcategory")));
    }
    return std::optional<qint64>(found->id);
}

Result<qint64> Call::departmentId() const
{
    const auto *found = workspace->taxonomy().departmentByCode(value("department"));
    if (!found)
        return usageError(Tr::tr("Unknown department \"%1\".").arg(value("department")));
    return found->id;
}

int runCommand(const Command &command, const QStringList &arguments)
{
    Call call {command, arguments, {}, {}, {}};
    const QStringList helpNames {QStringLiteral("help"), QStringLiteral("h")};
    if (command.positionals == Command::parsesItself) {
        if (arguments.contains(QStringLiteral("--help"))
            || arguments.contains(QStringLiteral("-h"))) {
            printOut(commandHelp(command));
            return Success;
        }
        return command.handler(call);
    }
    QCommandLineParser &parser = call.parser;
    parser.addOptions(commonOptions());
    parser.addOptions(command.options);
    const QCommandLineOption help(helpNames);
    parser.addOption(help);
    if (!parser.parse(QStringList {QStringLiteral("complaintdesk-cli")} + arguments))
        return fail(usageError(Tr::tr("%1: %2").arg(command.name, parser.errorText())));
    if (parser.isSet(help)) {
        printOut(commandHelp(command));
        return Success;
    }
    const int positionals =
        command.bareActions.contains(arguments.value(0)) ? 1 : command.positionals;
    if (parser.positionalArguments().size() != positionals) {
        return fail(usageError(Tr::tr("%1: %2").arg(
            command.name,
            Tr::tr("Expected %n argument(s) besides the options.", "", positionals))));
    }
    for (const Command::Required &needed : command.required) {
        if (!call.isSet(needed.option))
            return fail(usageError(needed.message));
    }
    if (command.check) {
        if (const int status = command.check(call); status != Success)
            return status;
    }
    const int opened = command.opens == Opens::Store ? call.open()
        : command.opens == Opens::Complaint          ? call.openComplaint()
                                                     : Success;
    if (opened != Success)
        return opened;
    return command.handler(call);
}

} // namespace cd::cli
