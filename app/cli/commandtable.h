// The CLI's commands as a table: one entry per command, from which come the overview
// (`complaintdesk-cli --help`), each command's help (`help COMMAND`, `COMMAND --help`),
// the parsing of its command line and the shared preamble (open the store, sign in).
#pragma once

#include "cli.h"
#include "codes.h"
#include "complaintqueries.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::cli {

struct Call;
using Handler = int (*)(Call &call);

// Whether a command acts as someone.
enum class Access {
    SignedIn, // the preamble signs in as --as USER
    Anonymous, // it does not sign in (it acts as no one, so records nothing as anyone)
    ByAction, // it depends on what is asked; the command's details say how
};

struct Command
{
    QString name;
    QStringList aliases;
    QString synopsis; // translated: what follows "complaintdesk-cli ", e.g. "show REF [--json]"
    QString summary; // translated: one line, for the overview
    QString details; // translated: more lines for the command's help; may be empty
    QString permission; // translated: who may run it, when not everyone signed in
    // The command's own options, with translated descriptions (the common ones are added).
    QList<QCommandLineOption> options;
    // Positional arguments besides the options; parsesItself: the handler reads
    // Call::arguments as given and the options above are for the help only.
    static constexpr int parsesItself = -1;
    int positionals = 0;
    // First positional arguments (actions) that take nothing after them: one positional then.
    QStringList bareActions;
    Access access = Access::SignedIn;
    Store store = Store::Existing; // CreateIfMissing: it may create the store (init)
    bool manualClock = false; // the workspace runs on a clock the command moves (demo)
    Handler handler = nullptr;
};

// One run of a command: its entry, the arguments after its name, and the parsed command line.
struct Call
{
    const Command &command;
    QStringList arguments;
    QCommandLineParser parser;

    // Set by open() and openComplaint().
    std::unique_ptr<models::Workspace> workspace;
    std::optional<models::ComplaintDetail> detail;

    // The shared preamble as the entry says: the store of --database opened (created when
    // missing only where Store::CreateIfMissing), checked, and signed in as --as USER unless
    // the access is Anonymous (see cli::openWorkspace). A ByAction command that does not
    // sign in for some action calls cli::openWorkspace(parser, SignIn::None) itself.
    Result<std::unique_ptr<models::Workspace>> openWorkspace() const;
    // The preamble into `workspace`: Success, or the error printed and its exit status.
    int open();
    // open(), then the complaint REF (the first positional argument) into `detail`, if the
    // actor may see it (refused and recorded otherwise): Success, or as open().
    int openComplaint();
    models::Workspace &ws() const { return *workspace; }
    const storage::ComplaintRecord &complaint() const { return detail->complaint; }
};

// The table, in the overview's order; built when asked, so that its texts are translated.
QList<Command> commands();
// The entry of `name` (or of an alias), if any.
std::optional<Command> findCommand(const QString &name);
// Parses `arguments` as `command` takes them (its options, the common ones, its
// positionals; --help prints its help) and runs its handler. A usage error names the command.
int runCommand(const Command &command, const QStringList &arguments);
// The help texts.
QString overviewHelp();
QString commandHelp(const Command &command);

// An option with its translated description; `option` keeps its names, value name and
// default values.
QCommandLineOption described(QCommandLineOption option, const QString &description);

// The codes of `values` (rules::code), joined for a help text: "HOTLINE, EMAIL, ...".
template<typename T> QString codeList(const QList<T> &values)
{
    QStringList names;
    for (const T value : values)
        names << rules::code(value);
    return names.join(QStringLiteral(", "));
}

// The table's parts, one per group of commands, each in the file of its handlers.
QList<Command> storeCommands(); // init, demo
QList<Command> complaintCommands(); // log, show, list, search, export
QList<Command> workflowCommands(); // status, assign, escalate, reclassify
QList<Command> accountCommands(); // user, passwd, verify-audit, audit-key, anonymise
QList<Command> checkCommands(); // check
QList<Command> deadlineCommands(); // contact, extend, callback, sweep, reminders, calendar
QList<Command> classifyCommands(); // classify
QList<Command> reviewCommands(); // report, dashboard, satisfaction, merge
QList<Command> backupCommands(); // backup, restore, daily-backup
QList<Command> copyStoreCommands(); // copy-store
QList<Command> incomingCallCommands(); // incoming-call
QList<Command> importCommands(); // import
QList<Command> watchCommands(); // watch

} // namespace cd::cli
