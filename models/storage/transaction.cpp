#include "transaction.h"

#include "database.h"
#include "storeerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd::storage {

Transaction::Transaction(Database &database) : m_database(database)
{
    int &depth = m_database.transactionDepth();
    if (depth > 0)
        m_savepoint = QStringLiteral("sp") + QString::number(depth);
    QSqlError error;
    m_active = exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("SAVEPOINT ") + m_savepoint,
                    &error);
    if (m_active)
        ++depth;
    else
        m_beginError = StoreError::ofStatement(
            m_database.connection(), error,
            Database::tr("The store is busy or cannot be written: %1").arg(error.text()));
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --m_database.transactionDepth();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    if (m_savepoint.isEmpty()) {
        // Committed into a file that is no longer the store, the change would be lost.
        if (auto inPlace = StoreError::checkInPlace(m_database.connection()); !inPlace)
            return inPlace;   // rolled back on destruction
    }
    QSqlError error;
    const bool ok = exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                               : QStringLiteral("RELEASE ") + m_savepoint,
                         &error);
    if (!ok) {
        return StoreError::ofStatement(
            m_database.connection(), error,
            Database::tr("The change could not be saved: %1").arg(error.text()));
    }
    m_active = false;
    --m_database.transactionDepth();
    return {};
}

bool Transaction::exec(const QString &sql, QSqlError *error)
{
    QSqlQuery query(m_database.connection());
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError();
    return ok;
}

} // namespace cd::storage
