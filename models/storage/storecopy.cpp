#include "storecopy.h"

#include "database.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cd::storage {

namespace {

// About 4 MiB of 4 KiB pages per step: a progress report every few tens of milliseconds.
constexpr int pagesPerStep = 1024;
constexpr int busyTimeoutMs = 5000;
// A step that finds the store locked past the busy timeout is tried again this often.
constexpr int busyRetries = 6;

// One SQLite connection of this module's own, closed when it goes.
class Connection
{
public:
    Connection() = default;
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // SQLite's result code; the message is error().
    int open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, busyTimeoutMs);
        return rc;
    }
    void close()
    {
        sqlite3_close_v2(m_db); // a no-op on null
        m_db = nullptr;
    }
    sqlite3 *handle() const { return m_db; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }
    int errorCode() const { return m_db ? sqlite3_errcode(m_db) : SQLITE_NOMEM; }

    // Runs `sql` (with `text` bound to its placeholders, if any) to its end; `rows`
    // receives the first column of each row as text. SQLite's result code.
    int run(const char *sql, QStringList *rows = nullptr, const QStringList &texts = {})
    {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        QList<QByteArray> bound;
        for (int i = 0; rc == SQLITE_OK && i < texts.size(); ++i) {
            bound.append(texts.at(i).toUtf8());
            rc = sqlite3_bind_text(statement, i + 1, bound.constLast().constData(),
                                   int(bound.constLast().size()), SQLITE_STATIC);
        }
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW && rows) {
                rows->append(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                    sqlite3_column_bytes(statement, 0)));
            }
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    // The first column of the first row; none on an error or without a row.
    std::optional<QString> value(const char *sql, int *rc = nullptr)
    {
        QStringList rows;
        const int result = run(sql, &rows);
        if (rc)
            *rc = result;
        if (result != SQLITE_OK || rows.isEmpty())
            return std::nullopt;
        return rows.constFirst();
    }

private:
    sqlite3 *m_db = nullptr;
};

// A file being written; removed (with SQLite's side files) unless kept. Declared before
// the connections on it, so that they are closed first.
struct PendingFile
{
    QString path;
    bool keep = false;
    ~PendingFile()
    {
        if (keep || path.isEmpty())
            return;
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
};

// fsync of a file no SQLite connection of this process has open (never the store).
bool syncToDisk(const QString &path, bool directory, QString *why)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // Some file systems cannot sync a folder; the file itself is on disk by then.
    if (rc != 0 && directory && (error == EINVAL || error == EBADF || error == EROFS))
        rc = 0;
    if (rc != 0)
        *why = QString::fromLocal8Bit(std::strerror(error));
    return rc == 0;
}

// Copies every page of `source` into `destination` through SQLite's backup API. The
// caller holds a read transaction on `source` so that every step reads one snapshot.
Result<void> copyPages(Connection &source, Connection &destination, const QString &what,
                       const StoreCopy::Progress &progress)
{
    sqlite3_backup *backup =
        sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup) {
        return Error::storage(
            StoreCopy::tr("%1 could not be started: %2").arg(what, destination.error()));
    }
    int rc = SQLITE_OK;
    int retries = 0;
    bool cancelled = false;
    while (true) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++retries > busyRetries)
                break;
            sqlite3_sleep(100);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = true;
            break;
        }
    }
    const qint64 total = sqlite3_backup_pagecount(backup);
    const int finished = sqlite3_backup_finish(backup);
    if (cancelled)
        return Error::cancelled(StoreCopy::tr("%1 was cancelled; nothing was changed.").arg(what));
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        return Error::storage(StoreCopy::tr("%1 could not finish: the store stayed busy (other "
                                            "programs are writing). Try again.")
                                  .arg(what));
    }
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        return Error::storage(
            StoreCopy::tr("%1 failed: %2")
                .arg(what,
                     QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished))
                         + QStringLiteral(" (") + destination.error() + u')'));
    }
    if (progress)
        progress(total, total); // done: too late to cancel
    return {};
}

// Starts a read transaction on `source`: the snapshot every following read sees.
Result<void> beginSnapshot(Connection &source, const QString &path)
{
    if (source.run("BEGIN") != SQLITE_OK
        || source.run("SELECT count(*) FROM sqlite_master") != SQLITE_OK) {
        return Error::storage(
            StoreCopy::tr("The store \"%1\" could not be read: %2").arg(path, source.error()));
    }
    return {};
}

} // namespace

bool StoreCopy::sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath());
}

Result<StoreFileFacts> StoreCopy::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(tr("There is no file \"%1\".").arg(path));
    if (info.isDir())
        return Error::invalid(tr("\"%1\" is a folder, not a store file.").arg(path));
    if (info.size() == 0)
        return Error::invalid(tr("\"%1\" is empty: it is not a ComplaintDesk store.").arg(path));

    Connection db;
    if (db.open(path, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Error::invalid(tr("\"%1\" cannot be read: %2").arg(path, db.error()));
    QStringList header;
    int rc = db.run("SELECT (SELECT count(*) FROM sqlite_master) || ' ' || user_version || ' '"
                    " || (SELECT application_id FROM pragma_application_id) || ' '"
                    " || (SELECT page_size FROM pragma_page_size) FROM pragma_user_version",
                    &header);
    if (rc == SQLITE_NOTADB) {
        return Error::invalid(tr("\"%1\" is not a ComplaintDesk store (it is not an SQLite "
                                 "database).")
                                  .arg(path));
    }
    if (rc != SQLITE_OK || header.isEmpty()) {
        return Error::invalid(tr("\"%1\" is damaged and cannot be used: %2").arg(path, db.error()));
    }
    const QStringList fields = header.constFirst().split(u' ');
    StoreFileFacts facts;
    const int objects = fields.value(0).toInt();
    facts.schemaVersion = fields.value(1).toInt();
    const int applicationId = fields.value(2).toInt();
    facts.pageSize = fields.value(3).toInt();
    facts.bytes = info.size();
    if (objects == 0 || applicationId != Database::applicationId || facts.schemaVersion < 1) {
        return Error::invalid(
            tr("\"%1\" is an SQLite database but not a ComplaintDesk store.").arg(path));
    }
    if (facts.schemaVersion > Migrations::latestVersion()) {
        return Error::invalid(tr("\"%1\" is a store of a newer ComplaintDesk (schema version %2; "
                                 "this program knows up to %3). Use a newer ComplaintDesk.")
                                  .arg(path)
                                  .arg(facts.schemaVersion)
                                  .arg(Migrations::latestVersion()));
    }
    QStringList problems;
    rc = db.run("PRAGMA quick_check(3)", &problems);
    if (rc != SQLITE_OK || problems != QStringList {QStringLiteral("ok")}) {
        const QString first = rc != SQLITE_OK ? db.error() : problems.join(QStringLiteral("; "));
        return Error::invalid(tr("\"%1\" is damaged (SQLite's check found: %2); it cannot be "
                                 "used.")
                                  .arg(path, first));
    }
    if (facts.schemaVersion >= 2) {
        const auto complaints = db.value("SELECT count(*) FROM complaints");
        const auto lastEvent = db.value("SELECT max(at) FROM events");
        if (!complaints) {
            return Error::invalid(
                tr("\"%1\" is damaged and cannot be used: %2").arg(path, db.error()));
        }
        facts.complaints = complaints->toLongLong();
        if (lastEvent && !lastEvent->isEmpty())
            facts.lastEventAt = lastEvent->toLongLong();
    }
    if (facts.schemaVersion >= 4) {
        if (const auto made = db.value("SELECT value FROM settings WHERE key = 'backup_made_at'"))
            facts.madeAt = made->toLongLong();
    }
    return facts;
}

Result<StoreFileFacts> StoreCopy::backUp(const QString &storePath, const QString &targetPath,
                                         Existing existing, std::optional<qint64> madeAtMs,
                                         const Progress &progress, Check check)
{
    const QFileInfo target(targetPath);
    const QString folder = target.absolutePath();
    if (targetPath.trimmed().isEmpty() || target.fileName().isEmpty())
        return Error::invalid(tr("No file name was given for the copy."));
    if (target.isDir())
        return Error::invalid(tr("\"%1\" is a folder; give a file name.").arg(targetPath));
    if (!QFileInfo(folder).isDir())
        return Error::invalid(tr("The folder \"%1\" does not exist.").arg(folder));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (sameFile(targetPath, storePath + QLatin1String(suffix))) {
            return Error::invalid(tr("\"%1\" is the store itself; choose another file for the "
                                     "copy.")
                                      .arg(targetPath));
        }
    }
    if (existing == Existing::Refuse && target.exists()) {
        return Error::invalid(tr("\"%1\" already exists; it was left unchanged. Choose another "
                                 "name.")
                                  .arg(targetPath));
    }

    PendingFile pending;
    {
        QTemporaryFile file(QDir(folder).filePath(QStringLiteral(".") + target.fileName()
                                                  + QStringLiteral("-XXXXXX.tmp")));
        file.setAutoRemove(false);
        if (!file.open()) { // created with mode 0600
            return Error::storage(
                tr("The copy cannot be written in \"%1\": %2").arg(folder, file.errorString()));
        }
        pending.path = file.fileName();
    }
    const QString what = tr("Copying the store");
    {
        Connection source; // read-only: a copy never changes what it copies
        if (source.open(storePath, SQLITE_OPEN_READONLY) != SQLITE_OK)
            return Error::storage(
                tr("The store \"%1\" could not be opened: %2").arg(storePath, source.error()));
        Connection copy;
        if (copy.open(pending.path, SQLITE_OPEN_READWRITE) != SQLITE_OK
            || copy.run("PRAGMA synchronous = FULL") != SQLITE_OK) {
            return Error::storage(
                tr("The copy cannot be written in \"%1\": %2").arg(folder, copy.error()));
        }
        if (auto began = beginSnapshot(source, storePath); !began)
            return began.error();
        if (auto copied = copyPages(source, copy, what, progress); !copied)
            return copied.error();
        source.close(); // ends the read transaction
        if (madeAtMs
            && copy.run("INSERT INTO settings (key, value) VALUES ('backup_made_at', ?)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        nullptr, {QString::number(*madeAtMs)})
                != SQLITE_OK) {
            return Error::storage(tr("%1 failed: %2").arg(what, copy.error()));
        }
        // The copied header says WAL, like the store's: one self-contained file instead.
        if (copy.value("PRAGMA journal_mode = DELETE") != QStringLiteral("delete"))
            return Error::storage(tr("%1 failed: %2").arg(what, copy.error()));
    }
    Result<StoreFileFacts> facts =
        check == Check::Store ? inspect(pending.path) : Result<StoreFileFacts>(StoreFileFacts {});
    if (!facts) {
        return Error::storage(
            tr("The copy failed its check, so it was not kept: %1").arg(facts.error().message));
    }
    QString why;
    if (!QFile::setPermissions(pending.path, QFile::ReadOwner | QFile::WriteOwner)
        || !syncToDisk(pending.path, false, &why)) {
        return Error::storage(tr("The copy could not be written to disk: %1").arg(why));
    }
    if (existing == Existing::Refuse && QFileInfo::exists(targetPath)) {
        return Error::invalid(tr("\"%1\" already exists; it was left unchanged. Choose another "
                                 "name.")
                                  .arg(targetPath));
    }
    if (::rename(QFile::encodeName(pending.path).constData(),
                 QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        return Error::storage(tr("The copy could not be saved as \"%1\": %2")
                                  .arg(targetPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    pending.keep = true;
    if (!syncToDisk(folder, true, &why)) {
        return Error::storage(tr("The copy \"%1\" was saved, but its folder could not be "
                                 "written to disk: %2")
                                  .arg(targetPath, why));
    }
    facts->bytes = QFileInfo(targetPath).size();
    return facts;
}

namespace {

// The store `storePath` as the destination of a restore: a ComplaintDesk store of
// `pageSize` bytes a page (a store in WAL mode cannot change its page size).
Result<void> checkDestination(Connection &store, const QString &storePath, int pageSize)
{
    const auto applicationId = store.value("PRAGMA application_id");
    if (!applicationId || applicationId->toInt() != Database::applicationId) {
        return Error::invalid(StoreCopy::tr("\"%1\" is not a ComplaintDesk store, so it was not "
                                            "replaced.")
                                  .arg(storePath));
    }
    const int storePageSize = store.value("PRAGMA page_size").value_or(QString()).toInt();
    if (storePageSize != pageSize) {
        return Error::invalid(StoreCopy::tr("The backup's page size (%1 bytes) differs from the "
                                            "store's (%2 bytes), so it cannot be copied into the "
                                            "store while it is in use.")
                                  .arg(pageSize)
                                  .arg(storePageSize));
    }
    return {};
}

Result<void> openDestination(Connection &store, const QString &storePath)
{
    if (store.open(storePath, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
        return Error::storage(StoreCopy::tr("The store \"%1\" could not be opened: %2")
                                  .arg(storePath, store.error()));
    }
    return {};
}

} // namespace

Result<void> StoreCopy::checkRestorable(const QString &storePath, int pageSize)
{
    Connection store;
    if (auto opened = openDestination(store, storePath); !opened)
        return opened;
    return checkDestination(store, storePath, pageSize);
}

Result<void> StoreCopy::restoreInto(const QString &sourcePath, const QString &storePath,
                                    const Progress &progress)
{
    if (sameFile(sourcePath, storePath))
        return Error::invalid(tr("\"%1\" is the store itself.").arg(sourcePath));
    Connection store;
    if (auto opened = openDestination(store, storePath); !opened)
        return opened;
    Connection source;
    if (source.open(sourcePath, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Error::invalid(tr("\"%1\" cannot be read: %2").arg(sourcePath, source.error()));
    if (auto began = beginSnapshot(source, sourcePath); !began)
        return began.error();
    const int sourcePageSize = source.value("PRAGMA page_size").value_or(QString()).toInt();
    if (auto fits = checkDestination(store, storePath, sourcePageSize); !fits)
        return fits;
    if (auto copied = copyPages(source, store, tr("Restoring the store"), progress); !copied)
        return copied;
    // The backup API commits without SQLite's automatic checkpoint, which would then fall
    // to the next writer (seconds for a large store). A passive checkpoint here never
    // blocks anyone; whatever it cannot copy now is checkpointed later as usual.
    store.run("PRAGMA wal_checkpoint(PASSIVE)");
    return {};
}

} // namespace cd::storage
