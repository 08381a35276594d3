#include "database.h"

#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QUuid>

namespace cd::storage {

namespace {

struct Header
{
    bool empty = true;   // a missing or zero-length file: a new store
    int userVersion = 0;
    int applicationId = 0;
};

// Reads SQLite's 100-byte file header without going through SQLite, so that nothing is
// written to a file we are about to refuse.
Result<Header> readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.exists())
        return header;
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::storage(Database::tr("The store \"%1\" cannot be read: %2")
                                  .arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty())
        return header;
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return Error::storage(Database::tr("\"%1\" is not a ComplaintDesk store (it is not an "
                                           "SQLite database). It was left unchanged; choose "
                                           "another file with --database.").arg(path));
    }
    header.empty = false;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return header;
}

Result<void> checkWritable(const QString &path, bool exists)
{
    const QFileInfo info(path);
    const QString dirPath = info.absolutePath();
    if (!exists && !QDir().mkpath(dirPath)) {
        return Error::storage(Database::tr("The folder \"%1\" cannot be created. Choose a "
                                           "writable location with --database.").arg(dirPath));
    }
    const QFileInfo dir(dirPath);
    if (!dir.isDir() || !dir.isWritable()) {
        return Error::storage(Database::tr("The folder \"%1\" is read-only, so the store cannot "
                                           "be opened for work there. Choose a writable "
                                           "location with --database.").arg(dirPath));
    }
    if (exists && !info.isWritable()) {
        return Error::storage(Database::tr("The store \"%1\" is read-only. It was left "
                                           "unchanged.").arg(path));
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

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
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

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

Result<std::unique_ptr<Database>> Database::open(const QString &path, Upgrade upgrade)
{
    if (path.trimmed().isEmpty())
        return Error::storage(tr("No store file was given."));
    const QFileInfo info(path);
    if (info.isDir())
        return Error::storage(tr("\"%1\" is a folder, not a store file.").arg(path));

    auto header = readHeader(path);
    if (!header)
        return header.error();
    if (header->userVersion > Migrations::latestVersion()) {
        return Error::storage(tr("The store \"%1\" was created by a newer ComplaintDesk (schema "
                                 "version %2; this program knows up to %3). It was left "
                                 "unchanged; use a newer ComplaintDesk.")
                                  .arg(path).arg(header->userVersion)
                                  .arg(Migrations::latestVersion()));
    }
    if (auto writable = checkWritable(path, !header->empty); !writable)
        return writable.error();

    const QString name = QStringLiteral("cd-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return Error::storage(tr("The store \"%1\" could not be opened: %2")
                                      .arg(path, db.lastError().text()));
        }
        // Read before anything is written: a WAL file may hold a newer schema than the
        // header showed, and a damaged file fails here.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master), "
                                       "(SELECT user_version FROM pragma_user_version), "
                                       "(SELECT application_id FROM pragma_application_id)"))
            || !probe.next()) {
            return Error::storage(tr("\"%1\" is not a usable ComplaintDesk store: %2. It was "
                                     "left unchanged.").arg(path, probe.lastError().text()));
        }
        const int objects = probe.value(0).toInt();
        const int version = probe.value(1).toInt();
        const int appId = probe.value(2).toInt();
        probe.finish();
        if (version > Migrations::latestVersion()) {
            return Error::storage(tr("The store \"%1\" was created by a newer ComplaintDesk "
                                     "(schema version %2; this program knows up to %3). It was "
                                     "left unchanged; use a newer ComplaintDesk.")
                                      .arg(path).arg(version).arg(Migrations::latestVersion()));
        }
        if (objects > 0 && appId != applicationId) {
            return Error::storage(tr("\"%1\" is an SQLite database of another program, not a "
                                     "ComplaintDesk store. It was left unchanged.").arg(path));
        }

        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                   "PRAGMA synchronous = NORMAL"}) {
            if (auto ok = execPragma(db, QLatin1String(pragma)); !ok)
                return ok.error();
        }
    }
    if (upgrade == Upgrade::ToLatest) {
        if (auto migrated = Migrations::upgrade(*database); !migrated)
            return migrated.error();
    }
    return database;
}

} // namespace cd::storage
