#pragma once

#include "records.h"
#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace cd::models {
class Workspace;
}

namespace cd::cli {

// Exit statuses of complaintdesk-cli.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Runs one command line (arguments as bytes, without the program name); an argument that
// is not UTF-8 text is refused (a usage error naming it and the byte). Output goes to
// stdout, messages to stderr, both UTF-8.
int run(QCoreApplication &app, const QList<QByteArray> &rawArguments);

// Shared by the commands.
Error usageError(const QString &message);
// The options every command takes (--database, --lang, --as, --password-file,
// --new-password-file), with their descriptions.
QList<QCommandLineOption> commonOptions();
void printOut(const QString &text); // a line on stdout
// `value` for plain (not JSON) output: a backslash, a line break, a tab and every other
// control character become visible escapes (\\, \n, \r, \t, \x1b, \u202e), so that no
// value can pose as another line or column, or act on the terminal.
QString plainValue(const QString &value);
// One line on stdout of tab-separated values, each through plainValue().
void printRow(const QStringList &values);
void printError(const QString &text); // a line on stderr
int fail(const Error &error); // prints the error; Failure or UsageError
// The store --database names, or the GUI's.
QString storePath(const QCommandLineParser &parser);
// Opens the store of --database, checks it when it is small enough to do so quickly
// (models::StoreCheck::commandCheckLimitBytes; a damaged store is an Error::Damaged and
// nothing is written to it), and signs in as --as USER (password from --password-file,
// COMPLAINTDESK_PASSWORD or the terminal: PasswordSource) unless `signIn` is None. A
// missing store is refused (nothing created) unless `store` is CreateIfMissing, which only
// init passes.
enum class SignIn { Required, None };
enum class Store { Existing, CreateIfMissing };
Result<std::unique_ptr<models::Workspace>> openWorkspace(const QCommandLineParser &parser,
                                                         SignIn signIn = SignIn::Required,
                                                         bool manualClock = false,
                                                         Store store = Store::Existing);
// "2026-11-20T10:30" (business time zone), "2026-11-20T10:30:00+08:00", "...Z"; none
// when it is not such a time.
std::optional<qint64> parseTime(const QString &text);
// The password of --as USER: --password-file, COMPLAINTDESK_PASSWORD or the terminal.
Result<QString> readSignInPassword(const QCommandLineParser &parser, const QString &username);
// A new password for USER: --new-password-file, COMPLAINTDESK_NEW_PASSWORD or the
// terminal (asked twice).
Result<QString> readNewPassword(const QCommandLineParser &parser, const QString &username);

} // namespace cd::cli
