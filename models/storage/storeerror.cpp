#include "storeerror.h"

#include "dialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace cd::storage {

bool StoreError::isDamage(int sqliteCode)
{
    const int primary = sqliteCode & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

Error StoreError::damaged(const QString &path, const QString &detail)
{
    return Error::damaged(tr("The store \"%1\" is damaged (SQLite: %2). Stop working on it: "
                             "restore the last backup with \"complaintdesk-cli restore FILE\", "
                             "or run \"complaintdesk-cli check\" to see what is damaged.")
                              .arg(path, detail));
}

Error StoreError::ofStatement(const QSqlDatabase &db, const QSqlError &error,
                              const QString &message)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    // (PostgreSQL's codes are SQLSTATEs, some all digits: only SQLite's say "damaged".)
    if (numeric && db.driverName() == QLatin1String("QSQLITE") && isDamage(code))
        return damaged(db.databaseName(), error.databaseText());
    if (Dialect::isPostgres(db) && error.nativeErrorCode() == QLatin1String("42501")) {
        return Error::permission(
            tr("The server does not allow the account \"%1\" to do this (%2). Erasing personal "
               "data from the audit trail and upgrading the store are done as the store's "
               "owner (docs/deployment.md); nothing was changed.")
                .arg(Dialect::serverAccount(db), error.databaseText().trimmed()));
    }
    if (Dialect::connectionLost(db, &error)) {
        const QString detail = error.text().trimmed();
        return Error::unreachable(
            detail.isEmpty() ? tr("The connection to the server was lost.")
                             : tr("The connection to the server was lost (%1).").arg(detail));
    }
    return Error::storage(message);
}

Error StoreError::ofHandle(sqlite3 *handle, const QString &message)
{
    if (handle && isDamage(sqlite3_extended_errcode(handle))) {
        const char *file = sqlite3_db_filename(handle, "main");
        return damaged(QString::fromUtf8(file ? file : ""),
                       QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return Error::storage(message);
}

sqlite3 *StoreError::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<void> StoreError::checkInPlace(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return {};
    int moved = 0;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
        return {}; // a VFS that cannot tell: nothing to go on
    if (moved) {
        return Error::storage(tr("The store \"%1\" was deleted, moved or replaced while this "
                                 "program was using it, so nothing more can be saved in it: "
                                 "this change was not saved. Close the program and open the "
                                 "store again.")
                                  .arg(db.databaseName()));
    }
    return {};
}

} // namespace cd::storage
