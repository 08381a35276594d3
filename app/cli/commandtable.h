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
// Checks a command line before anything is opened: Success, or the error printed and its
// exit status (a usage error, say).
using Check = int (*)(const Call &call);

// What the shared preamble opens before the handler runs (after the command's Check).
enum class Opens {
    Nothing, // the handler opens what it needs itself (Call::open(), openComplaint())
    Store, // Call::open(): the store, signed in as the entry's access says
    Complaint, // Call::openComplaint(): that, and the complaint REF (the first argument)
};

// Whether a command acts as someone.
enum class Access {
    SignedIn, // the preamble signs in as --as USER
    Anonymous, // it does not sign in (it acts as no one, so records nothing as anyone)
    ByAction, // it depends on what is asked; the command's details say how
};

struct Command
{
    Command(QString commandName, QString usage, QString line, Handler run);

    // Makes it a command on one complaint: the reference REF, its one positional argument,
    // is opened by the preamble (Opens::Complaint) after `checkFirst`, when one is given.
    void onComplaint(Check checkFirst = nullptr)
    {
        positionals = 1;
        check = checkFirst;
        opens = Opens::Complaint;
    }

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
    // Options that must be given, each with the usage error printed when it is not; checked
    // first, in this order.
    struct Required
    {
        const char *option;
        QString message;
    };
    QList<Required> required;
    Check check = nullptr; // run next, when set
    Opens opens = Opens::Nothing;
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

    // The parsed command line: the value of --NAME, whether it was given, the positional
    // argument at `index`.
    QString value(const char *name) const { return parser.value(QLatin1String(name)); }
    bool isSet(const char *name) const { return parser.isSet(QLatin1String(name)); }
    QString positional(qsizetype index = 0) const
    {
        return parser.positionalArguments().value(index);
    }
    // The taxonomy's entries that --category, --subcategory (within that category; none when
    // not given) and --department name by their codes: a usage error names an unknown one.
    Result<const storage::CategoryRecord *> category() const;
    Result<std::optional<qint64>> subcategoryId(const storage::CategoryRecord &within) const;
    Result<qint64> departmentId() const;
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

// The entry's options: --NAME VALUE (valueName as the help shows it, such as "FILE";
// defaultValue when not given), and the flag --NAME; each with its translated description.
QCommandLineOption option(const char *name, const char *valueName, const QString &description,
                          const QString &defaultValue = {});
QCommandLineOption flag(const char *name, const QString &description);

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
