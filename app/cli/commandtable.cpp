// The table of commands and the one path every command takes: parse, --help, preamble.
#include "commandtable.h"

#include "workspace.h"

namespace cd::cli {

QCommandLineOption described(QCommandLineOption option, const QString &description)
{
    option.setDescription(description);
    return option;
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
    return command.handler(call);
}

} // namespace cd::cli
