#pragma once

#include "database.h"
#include "result.h"

#include <QString>

class QSqlError;

namespace cd::storage {

// RAII transaction: the outermost one is Dialect::beginWrite (on SQLite BEGIN IMMEDIATE:
// takes the write lock at once, so a second desk waits on the busy timeout instead of
// failing mid-way); nested ones are savepoints. Rolled back on destruction unless commit() succeeded. When the outermost
// one commits events, the audit chain's head is anchored outside the store (AuditAnchors).
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN itself failed (e.g. the store is locked past the busy timeout).
    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }

    // Fails, and nothing is committed, when the store file was deleted or replaced since
    // it was opened (StoreError::checkInPlace).
    Result<void> commit();

private:
    bool exec(const QString &sql, QSqlError *error = nullptr);

    Database &m_database;
    QString m_savepoint;   // empty for the outermost transaction
    bool m_active = false;
    Error m_beginError;
};

} // namespace cd::storage
