#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
struct sqlite3;

namespace cd::storage {

// How SQLite's failures reach the user. A store that SQLite finds damaged gives one
// distinct message wherever it is noticed: Error::Damaged, naming the store and saying
// what to do (restore a backup, or run the check).
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)
public:
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), extended codes included.
    static bool isDamage(int sqliteCode);
    // Error::Damaged for the store at `path`; `detail` is what SQLite said.
    static Error damaged(const QString &path, const QString &detail);
    // What a failed statement on `db` becomes: Error::Damaged when SQLite says the file is
    // damaged, Error::Unreachable when the connection to the server was lost
    // (Dialect::connectionLost), Error::Permission when the server refused the account the
    // privilege (SQLSTATE 42501: a desk's role changing events), else Error::Storage with
    // `message`.
    static Error ofStatement(const QSqlDatabase &db, const QSqlError &error,
                             const QString &message);
    // The same for a failure reported through SQLite's own API on `handle`.
    static Error ofHandle(sqlite3 *handle, const QString &message);

    // The connection's SQLite handle; null when it is not an open SQLite connection.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // An error when the file `db` opened was deleted, renamed or replaced since: what is
    // written through it then would be lost with the connection, so nothing may be
    // reported as saved.
    static Result<void> checkInPlace(const QSqlDatabase &db);
};

} // namespace cd::storage
