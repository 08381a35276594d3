#include "transaction.h"

#include "auditanchors.h"
#include "database.h"
#include "dialect.h"
#include "storeerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd::storage {

Transaction::Transaction(Database &database)
    : m_database(database)
{
    int &depth = m_database.transactionDepth();
    if (depth > 0)
        m_savepoint = QStringLiteral("sp") + QString::number(depth);
    QSqlError error;
    if (m_savepoint.isEmpty()) {
        // A lost server connection is opened again first; one found lost by BEGIN itself
        // (nothing was sent on it since it broke) is opened again and BEGIN is sent once more.
        m_database.reconnectIfLost();
        m_active = exec(Dialect::beginWrite(m_database.connection()), &error);
        if (!m_active && Dialect::connectionLost(m_database.connection(), &error)
            && m_database.reconnectIfLost(&error))
            m_active = exec(Dialect::beginWrite(m_database.connection()), &error);
        const QString lock = Dialect::takeWriteLock(m_database.connection());
        if (m_active && !lock.isEmpty() && !exec(lock, &error)) {
            exec(QStringLiteral("ROLLBACK"));
            m_active = false;
        }
    } else {
        m_active = exec(QStringLiteral("SAVEPOINT ") + m_savepoint, &error);
    }
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
        AuditAnchors::drop(m_database.connection()); // nothing of it was kept
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        AuditAnchors::noteRolledBack(m_database.connection());
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
            return inPlace; // rolled back on destruction
    }
    // The head this transaction leaves, read before it commits: anchored once committed.
    std::optional<AuditAnchors::Head> head;
    if (m_savepoint.isEmpty())
        head = AuditAnchors::takeHead(m_database.connection());
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
    if (head)
        AuditAnchors::anchor(*head);
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
