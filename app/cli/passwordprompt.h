#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cd::cli {

// Where a password comes from, first found first:
// 1. `file` (--password-file, --new-password-file): its first line. A regular file that
//    other users may read is refused (chmod 600 it).
// 2. The environment variable `variable`, for scripts. Risky: the environment is readable
//    by the same user's other processes (/proc/PID/environ), is inherited by every child
//    process, and ends up in shell history and CI logs when set on a command line.
// 3. The terminal, typed without echo after `prompt`.
// The Error (Usage) says how to give one when none of these is possible.
struct PasswordSource
{
    Q_DECLARE_TR_FUNCTIONS(PasswordSource)
public:
    enum class From { File, Environment, Terminal };
    struct Password
    {
        QString text;
        From from = From::Terminal;
    };
    // `option`: the option that names a file, for the message when there is no password.
    static Result<Password> read(const QString &file, const QString &option, const char *variable,
                                 const QString &prompt);
    // The password of the database server `server`: typed on the terminal only (no file, no
    // variable: libpq's ~/.pgpass and service files are the places for a kept one). The
    // Error (Credentials) says so when there is no terminal.
    static Result<QString> serverPassword(const QString &server);
};

} // namespace cd::cli
