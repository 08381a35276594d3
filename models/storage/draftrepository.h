#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cd::storage {

// What a person was typing into a form and has not saved yet, one row per person and
// form: `fields` is a compact JSON object the form's service defines. Times are UTC
// epoch ms.
struct DraftRecord
{
    qint64 userId = 0;
    QString form; // e.g. "log_call"
    QString fields; // JSON object
    std::optional<qint64> callStartedAt; // the call timer's start, if one runs
    qint64 updatedAt = 0;
};

// The `drafts` table (schema v13). Drafts are written while the person types, so a
// write outside a transaction is brief: it waits at most briefWaitMs for another
// writer's lock (then fails: the caller tries again later) instead of the connection's
// busy timeout. Its commit is synced to disk like every commit of the store (Database:
// synchronous = FULL), so a power cut keeps it. Inside a transaction a write joins it.
class DraftRepository
{
public:
    static constexpr int briefWaitMs = 50;
    enum class Write { Brief, InTransaction };

    explicit DraftRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Inserts or replaces the draft of (userId, form).
    Result<void> save(const DraftRecord &draft, Write write);
    Result<std::optional<DraftRecord>> find(qint64 userId, const QString &form) const;
    // Removing a draft that does not exist is not an error.
    Result<void> remove(qint64 userId, const QString &form, Write write);
    // Removes every person's drafts last changed before `updatedBeforeMs`; returns how many.
    Result<int> removeUpdatedBefore(qint64 updatedBeforeMs);

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
