#include "changefeed.h"

#include "dialect.h"
#include "eventrepository.h"
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
    return readRows(m_db,
                    QStringLiteral("SELECT ") + EventRepository::readColumns()
                        + QStringLiteral(", COALESCE(a.username, ''), COALESCE(c.reference, ''),"
                                         " c.assignee_id, COALESCE(s.username, ''),"
                                         " COALESCE(c.department_id, 0), COALESCE(c.created_by, 0)"
                                         " FROM events e LEFT JOIN users a ON a.id = e.actor_id"
                                         " LEFT JOIN complaints c ON c.id = e.complaint_id"
                                         " LEFT JOIN users s ON s.id = c.assignee_id"
                                         " WHERE e.id > ? ORDER BY e.id LIMIT ?"),
                    {afterId, limit}, [](const QSqlQuery &query) {
                        StoreChange change;
                        change.event = EventRepository::eventOf(query);
                        change.event.actorName = query.value(7).toString();
                        change.reference = query.value(8).toString();
                        change.assigneeId = optionalId(query.value(9));
                        change.assigneeName = query.value(10).toString();
                        change.departmentId = query.value(11).toLongLong();
                        change.createdBy = query.value(12).toLongLong();
                        return change;
                    });
}

} // namespace cd::storage
