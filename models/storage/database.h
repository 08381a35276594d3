#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cd::storage {

// One open store: a named QSqlDatabase connection, migrated to the latest schema. Either an
// SQLite file (one desk: WAL, foreign keys and a busy timeout) or a PostgreSQL database
// named by a ServerAddress (a call centre; QPSQL). Owned by whoever opened it; the connection
// is removed when this object is destroyed, so it must outlive every query on it.
// A connection belongs to the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the store at `path` and upgrades it. A missing or zero-byte file is refused
    // (Error::NoStore, saying how to create one) unless `missing` is Missing::Create, which
    // only `init`, the window's first-start dialog and tests' fixtures pass; then a missing
    // file (and its folder) is created, but a zero-byte file is still refused, unchanged.
    // The file is never modified when it is not a ComplaintDesk database, when its schema
    // is newer than this program's, or when its location is read-only: those give an
    // Error::Storage whose message says what to do. An older store is copied to
    // "<path>.before-v<N>-<time>.bak" before it is upgraded; two programs upgrading at
    // once apply each step once.
    // The store file is only ever touched through SQLite (stat() aside): opening and
    // closing another descriptor of it would drop the POSIX locks SQLite holds for the
    // process's other connections, and another program would then delete the WAL they
    // still write into.
    // `Upgrade::None` is for readers on worker threads and for tests that build stores of
    // older versions.
    // A server address (ServerAddress::isServer) opens its PostgreSQL database: an
    // unreachable server, a refused sign-in, a database of another program or of a newer
    // schema give an Error::Storage naming the server, and nothing is changed on it. A
    // database without any table is a missing store (Missing decides, as for a file).
    // Error::Credentials when the server asks for a password that neither
    // ServerAddress::rememberPassword, ~/.pgpass, a service file nor PGPASSWORD gave.
    enum class Upgrade { ToLatest, None };
    enum class Missing { Refuse, Create };
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Upgrade upgrade = Upgrade::ToLatest,
                                                  Missing missing = Missing::Refuse);

    // The connection; to a server, opened again first when it was lost (Dialect::
    // connectionLost) and no transaction is open on it, so that the next read or change
    // after a server restart, a cut or a failover works. A transaction open when it was
    // lost went with it (nothing of it committed) and fails.
    QSqlDatabase connection() const;
    // The file's absolute path, or the server address as given (never with a password).
    QString path() const { return m_path; }
    // What messages call the store: the path, or "user@host:port/dbname".
    QString displayName() const { return m_displayName.isEmpty() ? m_path : m_displayName; }
    bool isServer() const { return !m_displayName.isEmpty(); }

    // Opens the connection to the server again when it was lost (Dialect::connectionLost,
    // with the `failure` of the statement that found it) and no transaction is open on
    // it. True when it is usable afterwards (a file's always is).
    bool reconnectIfLost(const QSqlError *failure = nullptr);
    // Opens the connection again whatever its state, unless a transaction is open on it
    // (false then). For a connection that only reads, after a read failed.
    bool reopen();
    // How many times the connection was opened again: what was set on the old one
    // (LISTEN) is to be set again when it changed.
    int reopenings() const { return m_reopenings; }

    // Transaction nesting depth on this connection; maintained by Transaction.
    int &transactionDepth() { return m_transactionDepth; }

    // ComplaintDesk's PRAGMA application_id ("CoDe"): a store without it that already
    // holds tables belongs to another program and is refused.
    static constexpr int applicationId = 0x436F4465;

private:
    Database(QString connectionName, QString path);
    static Result<std::unique_ptr<Database>> openServer(const QString &address, Upgrade upgrade,
                                                        Missing missing);

    QString m_connectionName;
    QString m_path;
    QString m_displayName; // set for a server
    int m_transactionDepth = 0;
    mutable int m_reopenings = 0;
};

} // namespace cd::storage
