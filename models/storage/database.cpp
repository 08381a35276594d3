#include "database.h"

#include "dialect.h"
#include "libpq.h"
#include "migrations.h"
#include "serveraddress.h"
#include "tabletransfer.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cd::storage {

namespace {

// SQLite's primary result code for "file is not a database".
constexpr char sqliteNotADatabase[] = "26";

Result<void> checkWritable(const QString &path, bool exists)
{
    const QFileInfo info(path);
    const QString dirPath = info.absolutePath();
    if (!exists && !QDir().mkpath(dirPath)) {
        return Error::storage(Database::tr("The folder \"%1\" cannot be created. Choose a "
                                           "writable location with --database.")
                                  .arg(dirPath));
    }
    const QFileInfo dir(dirPath);
    if (!dir.isDir() || !dir.isWritable()) {
        return Error::storage(Database::tr("The folder \"%1\" is read-only, so the store cannot "
                                           "be opened for work there. Choose a writable "
                                           "location with --database.")
                                  .arg(dirPath));
    }
    if (exists && !info.isWritable()) {
        return Error::storage(Database::tr("The store \"%1\" is read-only. It was left "
                                           "unchanged.")
                                  .arg(path));
    }
    return {};
}

Result<void> execPragma(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return Error::storage(Database::tr("The store could not be configured (%1): %2")
                                  .arg(sql, query.lastError().text()));
    }
    return {};
}

// A new connection's name, unique in the process.
QString newConnectionName()
{
    return QStringLiteral("cd-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Why a server refused a connection that QPSQL could not open, asked of libpq itself (the
// driver keeps no connection to ask): whether it wanted a password nobody gave.
bool serverWantsPassword(const QString &connectOptions, const QString &password)
{
    QString conninfo = connectOptions;
    conninfo.replace(u';', u' ');
    if (!password.isEmpty())
        return false;
    const Libpq *pq = Libpq::get();
    if (!pq)
        return false;
    PGconn *connection = pq->connectdb(conninfo.toUtf8().constData());
    const bool wants =
        pq->status(connection) != CONNECTION_OK && pq->connectionNeedsPassword(connection) != 0;
    pq->finish(connection);
    return wants;
}

// A store that copy-store is filling is not worked on before the copy is complete.
Result<void> refuseIncompleteCopy(Database &database)
{
    auto marker = TableTransfer::marker(database.connection());
    if (!marker)
        return marker.error();
    if (!*marker)
        return {};
    return Error::storage(
        Database::tr("The store %1 is being filled by copy-store, which has not finished: run "
                     "the same \"complaintdesk-cli copy-store\" command again to complete it "
                     "before working on this store.")
            .arg(database.displayName()));
}

// The last step of opening a store: with Upgrade::ToLatest, migrated to the latest schema
// and refused when it is an unfinished copy.
Result<void> prepareForUse(Database &database, Database::Upgrade upgrade)
{
    if (upgrade != Database::Upgrade::ToLatest)
        return {};
    if (auto migrated = Migrations::upgrade(database); !migrated)
        return migrated.error();
    return refuseIncompleteCopy(database);
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_transactionDepth == 0 && Dialect::connectionLost(db)) {
        db.close();
        db.open(); // the same options and password as the first time
        ++m_reopenings;
    }
    return db;
}

bool Database::reconnectIfLost(const QSqlError *failure)
{
    if (!Dialect::connectionLost(QSqlDatabase::database(m_connectionName, false), failure))
        return true;
    return reopen();
}

bool Database::reopen()
{
    if (m_transactionDepth > 0)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    ++m_reopenings;
    return db.open(); // the same options and password as the first time
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Upgrade upgrade,
                                                 Missing missing)
{
    if (path.trimmed().isEmpty())
        return Error::storage(tr("No store file was given."));
    if (ServerAddress::isServer(path))
        return openServer(path, upgrade, missing);
    // stat() only: see the header on why the file itself is opened by SQLite alone.
    const QFileInfo info(path);
    if (info.isDir())
        return Error::storage(tr("\"%1\" is a folder, not a store file.").arg(path));
    const bool exists = info.exists();
    if (exists && info.size() == 0) {
        return Error::noStore(tr("\"%1\" is an empty file, not a store. It was left "
                                 "unchanged; create a store elsewhere with "
                                 "\"complaintdesk-cli init\", or remove the empty file "
                                 "first.")
                                  .arg(path));
    }
    if (!exists && missing == Missing::Refuse) {
        return Error::noStore(tr("There is no store at \"%1\"; create it with "
                                 "\"complaintdesk-cli init\" (or check the --database path). "
                                 "Nothing was created.")
                                  .arg(path));
    }
    if (auto writable = checkWritable(path, exists); !writable)
        return writable.error();

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return Error::storage(
                tr("The store \"%1\" could not be opened: %2").arg(path, db.lastError().text()));
        }
        // Read before anything is written: this reads the header (and a WAL, which may
        // hold a newer schema than the header) through SQLite; a file that is not an
        // SQLite database, or a damaged one, fails here without being written.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master), "
                                       "(SELECT user_version FROM pragma_user_version), "
                                       "(SELECT application_id FROM pragma_application_id)"))
            || !probe.next()) {
            if (probe.lastError().nativeErrorCode() == QLatin1String(sqliteNotADatabase)) {
                return Error::storage(tr("\"%1\" is not a ComplaintDesk store (it is not an "
                                         "SQLite database). It was left unchanged; choose "
                                         "another file with --database.")
                                          .arg(path));
            }
            return Error::storage(tr("\"%1\" is not a usable ComplaintDesk store: %2. It was "
                                     "left unchanged.")
                                      .arg(path, probe.lastError().text()));
        }
        const int objects = probe.value(0).toInt();
        const int version = probe.value(1).toInt();
        const int appId = probe.value(2).toInt();
        probe.finish();
        if (version > Migrations::latestVersion()) {
            return Error::storage(tr("The store \"%1\" was created by a newer ComplaintDesk "
                                     "(schema version %2; this program knows up to %3). It was "
                                     "left unchanged; use a newer ComplaintDesk.")
                                      .arg(path)
                                      .arg(version)
                                      .arg(Migrations::latestVersion()));
        }
        if (objects > 0 && appId != applicationId) {
            return Error::storage(tr("\"%1\" is an SQLite database of another program, not a "
                                     "ComplaintDesk store. It was left unchanged.")
                                      .arg(path));
        }

        // synchronous = FULL: a commit reported as done survives a power cut too (NORMAL
        // in WAL mode may lose the last commits).
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                   "PRAGMA synchronous = FULL"}) {
            if (auto ok = execPragma(db, QLatin1String(pragma)); !ok)
                return ok.error();
        }
    }
    if (auto ready = prepareForUse(*database, upgrade); !ready)
        return ready.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &text, Upgrade upgrade,
                                                       Missing missing)
{
    auto address = ServerAddress::parse(text);
    if (!address)
        return address.error();
    const QString server = address->display();
    std::unique_ptr<Database> database(new Database(newConnectionName(), address->text()));
    database->m_displayName = server;
    const QString password = ServerAddress::rememberedPassword(address->text());
    QString options = address->connectOptions();
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += QStringLiteral(";connect_timeout='10'");
    if (!options.contains(QLatin1String("application_name=")))
        options += QStringLiteral(";application_name='ComplaintDesk'");
    // A desk's statements read a page or a few rows: starting parallel workers costs more
    // than they save (a queue page by due time at 1M: 70-1,300 ms with them, 1 ms without),
    // and on a shared server the other desks need the cores. An address may say otherwise.
    if (!options.contains(QLatin1String("options=")))
        options += QStringLiteral(";options='-c max_parallel_workers_per_gather=0'");
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid()) {
        return Error::storage(tr("This computer lacks the PostgreSQL driver of Qt (Debian: "
                                 "libqt6sql6-psql), so the server %1 cannot be used.")
                                  .arg(server));
    }
    db.setConnectOptions(options);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open()) {
        if (serverWantsPassword(options, password)) {
            return Error {
                Error::Kind::Credentials,
                tr("The server %1 asks for a password: put it in ~/.pgpass (mode 600) or a "
                   "service file.")
                    .arg(server),
                {}};
        }
        return Error::storage(tr("The server %1 could not be reached or refused the "
                                 "connection: %2")
                                  .arg(server, db.lastError().text().trimmed()));
    }
    // Whose database it is, read before anything is written.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral(
            "SELECT to_regclass('schema_version') IS NOT NULL,"
            " (SELECT count(*) FROM pg_catalog.pg_class c"
            "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            "  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v'))"))
        || !probe.next()) {
        return Error::storage(tr("The database on the server %1 could not be read: %2. It was "
                                 "left unchanged.")
                                  .arg(server, probe.lastError().text()));
    }
    const bool ours = probe.value(0).toBool();
    const qint64 tables = probe.value(1).toLongLong();
    probe.finish();
    if (!ours && tables > 0) {
        return Error::storage(tr("The database on the server %1 belongs to another program: it "
                                 "holds tables but is not a ComplaintDesk store. It was left "
                                 "unchanged; name an empty database or a ComplaintDesk one.")
                                  .arg(server));
    }
    if (!ours && missing == Missing::Refuse) {
        return Error::noStore(tr("The database on the server %1 is empty; create the store in it "
                                 "with \"complaintdesk-cli init\". Nothing was created.")
                                  .arg(server));
    }
    const int version = Migrations::currentVersion(db);
    if (version < 0) {
        return Error::storage(tr("The database on the server %1 is not a ComplaintDesk store "
                                 "(its schema_version table is not ours). It was left unchanged.")
                                  .arg(server));
    }
    if (version > Migrations::latestVersion()) {
        return Error::storage(tr("The store on the server %1 was created by a newer ComplaintDesk "
                                 "(schema version %2; this program knows up to %3). It was left "
                                 "unchanged; use a newer ComplaintDesk.")
                                  .arg(server)
                                  .arg(version)
                                  .arg(Migrations::latestVersion()));
    }
    if (auto ready = prepareForUse(*database, upgrade); !ready)
        return ready.error();
    return database;
}

} // namespace cd::storage
