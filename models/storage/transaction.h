#pragma once

#include "database.h"
#include "result.h"

#include <QString>

#include <type_traits>
#include <utility>

class QSqlError;

namespace cd::storage {

// RAII transaction: the outermost one is Dialect::beginWrite and takeWriteLock, which take
// the store's write lock at once (SQLite's BEGIN IMMEDIATE, PostgreSQL's writer lock), so
// that a second desk waits for it instead of failing mid-way (on SQLite up to the busy
// timeout); nested ones are savepoints. Rolled back on destruction unless commit()
// succeeded. When the outermost one commits events, the audit chain's head is anchored
// outside the store (AuditAnchors).
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
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    Error m_beginError;
};

// Runs `work` (returning a Result) in a Transaction on `database`: committed when it
// returns a value, rolled back when it returns an error; a failed BEGIN or COMMIT is the
// error returned. Returns what `work` returned. An exception thrown inside `work` rolls
// back (the savepoint when nested, else the whole transaction: ~Transaction runs during
// unwinding) and propagates to the caller unchanged.
template<typename Work> std::invoke_result_t<Work> inTransaction(Database &database, Work &&work)
{
    using Outcome = std::invoke_result_t<Work>;
    Transaction transaction(database);
    if (!transaction.isActive())
        return Outcome(transaction.beginError());
    Outcome outcome = std::forward<Work>(work)();
    if (!outcome)
        return outcome;
    if (auto committed = transaction.commit(); !committed)
        return Outcome(committed.error());
    return outcome;
}

} // namespace cd::storage
