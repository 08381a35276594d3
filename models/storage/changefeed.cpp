#include "changefeed.h"

#include "dialect.h"
#include "sqlquery.h"

#include <QSqlQuery>

namespace cd::storage {

Result<qint64> ChangeFeed::dataVersion() const
{
    if (Dialect::isPostgres(m_db))
        return qint64(0);
    auto query = runQuery(m_db, QStringLiteral("PRAGMA data_version"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<qint64> ChangeFeed::lastEventId() const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<QList<StoreChange>> ChangeFeed::changesAfter(qint64 afterId, int limit) const
{
    auto query = runQuery(
        m_db,
        QStringLiteral("SELECT e.id, e.complaint_id, e.actor_id, e.at, e.type, e.from_status,"
                       " e.to_status, COALESCE(a.username, ''), COALESCE(c.reference, ''),"
                       " c.assignee_id, COALESCE(s.username, ''),"
                       " COALESCE(c.department_id, 0), COALESCE(c.created_by, 0)"
                       " FROM events e LEFT JOIN users a ON a.id = e.actor_id"
                       " LEFT JOIN complaints c ON c.id = e.complaint_id"
                       " LEFT JOIN users s ON s.id = c.assignee_id"
                       " WHERE e.id > ? ORDER BY e.id LIMIT ?"),
        {afterId, limit});
    if (!query)
        return query.error();
    QList<StoreChange> changes;
    while (query->next()) {
        StoreChange change;
        EventRecord &e = change.event;
        e.id = query->value(0).toLongLong();
        if (!query->value(1).isNull())
            e.complaintId = query->value(1).toLongLong();
        if (!query->value(2).isNull())
            e.actorId = query->value(2).toLongLong();
        e.at = query->value(3).toLongLong();
        e.type = query->value(4).toString();
        e.fromStatus = query->value(5).toString();
        e.toStatus = query->value(6).toString();
        e.actorName = query->value(7).toString();
        change.reference = query->value(8).toString();
        if (!query->value(9).isNull())
            change.assigneeId = query->value(9).toLongLong();
        change.assigneeName = query->value(10).toString();
        change.departmentId = query->value(11).toLongLong();
        change.createdBy = query->value(12).toLongLong();
        changes.append(change);
    }
    if (auto ended = rowsEnded(m_db, *query); !ended)
        return ended.error();
    return changes;
}

} // namespace cd::storage
