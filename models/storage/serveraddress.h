#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace cd::storage {

// A PostgreSQL server named by --database, in any of libpq's forms: a URI
// (postgresql://user@host:5432/complaintdesk?sslmode=verify-full), keywords
// (host=db1 dbname=complaintdesk) or several hosts (host=a,b target_session_attrs=read-write).
// A password is never part of it: it comes from a prompt (rememberPassword), ~/.pgpass, a
// service file (service=NAME) or libpq's PGPASSWORD; an address that holds one is refused.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    // Whether `text` names a server rather than a store file: a postgresql:// or postgres://
    // URI, or libpq's keyword form (which a file path is not: it parses only as key=value).
    static bool isServer(const QString &text);
    // Parses `text`; an Error::Usage names what is wrong (a password, an unknown keyword, a
    // value the driver cannot pass on).
    static Result<ServerAddress> parse(const QString &text);

    // As given: what worker threads and messages use to name the store.
    QString text() const { return m_text; }
    // "user@host:port/dbname" for messages (libpq's defaults where not given).
    QString display() const;
    // The options for QSqlDatabase::setConnectOptions (QPSQL passes them to PQconnectdb).
    QString connectOptions() const;

    // A password typed at a prompt for `address` (text()), kept in memory for this
    // program's later connections to it (worker threads); never written anywhere.
    static void rememberPassword(const QString &address, const QString &password);
    static QString rememberedPassword(const QString &address);

private:
    QString m_text;
    QList<std::pair<QString, QString>> m_options; // keyword, value (non-empty)
};

} // namespace cd::storage
