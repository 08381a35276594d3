#include "eventrepository.h"

#include "sqlquery.h"

namespace cd::storage {

Result<qint64> EventRepository::append(const EventRecord &e)
{
    return runInsert(m_db, QStringLiteral(
        "INSERT INTO events (complaint_id, actor_id, at, type, from_status, to_status, note,"
        " details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {nullable(e.complaintId), nullable(e.actorId), e.at, e.type,
         e.fromStatus.isEmpty() ? QVariant() : QVariant(e.fromStatus),
         e.toStatus.isEmpty() ? QVariant() : QVariant(e.toStatus), e.note,
         e.details.isEmpty() ? QStringLiteral("{}") : e.details});
}

Result<QList<EventRecord>> EventRepository::forComplaint(qint64 complaintId) const
{
    auto query = runQuery(m_db, QStringLiteral(
        "SELECT events.id, complaint_id, actor_id, at, type, from_status, to_status, note,"
        " details, users.display_name FROM events LEFT JOIN users ON users.id = events.actor_id"
        " WHERE complaint_id = ? ORDER BY at, events.id"), {complaintId});
    if (!query)
        return query.error();
    QList<EventRecord> list;
    while (query->next()) {
        EventRecord e;
        e.id = query->value(0).toLongLong();
        e.complaintId = query->value(1).toLongLong();
        if (!query->value(2).isNull())
            e.actorId = query->value(2).toLongLong();
        e.at = query->value(3).toLongLong();
        e.type = query->value(4).toString();
        e.fromStatus = query->value(5).toString();
        e.toStatus = query->value(6).toString();
        e.note = query->value(7).toString();
        e.details = query->value(8).toString();
        e.actorName = query->value(9).toString();
        list.append(e);
    }
    return list;
}

} // namespace cd::storage
