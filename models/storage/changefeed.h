#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace cd::storage {

// How the live views learn that another connection changed the store, and what changed:
// the audit events appended since the last one seen. SQLite: PRAGMA data_version, which
// moves when another connection commits (a cheap poll); PostgreSQL: the notification
// `channel` that the events' trigger sends when a transaction appending events commits.
class ChangeFeed
{
public:
    explicit ChangeFeed(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    static QString channel() { return QStringLiteral("complaintdesk_changes"); }

    // SQLite's data_version of this connection (0 on PostgreSQL).
    Result<qint64> dataVersion() const;
    // The id of the last event appended, 0 when none.
    Result<qint64> lastEventId() const;
    // At most `limit` events after event `afterId`, oldest first.
    Result<QList<StoreChange>> changesAfter(qint64 afterId, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
