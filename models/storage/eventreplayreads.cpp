// EventRepository's reads for the replay of verify-audit: every complaint's row beside its
// events, and the user names events refer to (the trail itself is in eventrepository.cpp).
#include "eventrepository.h"

#include "sqlquery.h"

#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace cd::storage {

Result<QHash<qint64, QString>> EventRepository::usernames() const
{
    QHash<qint64, QString> names;
    auto read = forEachRow(m_db, QStringLiteral("SELECT id, username FROM users"), {},
                           [&](const QSqlQuery &query) {
                               names.insert(query.value(0).toLongLong(), query.value(1).toString());
                           });
    if (!read)
        return read.error();
    return names;
}

Result<void> EventRepository::walkComplaints(const ComplaintVisitor &visit) const
{
    RowCursor complaints(
        m_db,
        QStringLiteral("SELECT c.id, c.reference, c.status, d.code,"
                       " CASE WHEN c.assignee_id IS NULL THEN ''"
                       "  ELSE coalesce(u.username, '#' || c.assignee_id) END,"
                       " cat.code, coalesce(s.code, ''), c.severity, c.first_response_due_at,"
                       " c.resolution_due_at"
                       " FROM complaints c"
                       " LEFT JOIN departments d ON d.id = c.department_id"
                       " LEFT JOIN users u ON u.id = c.assignee_id"
                       " LEFT JOIN categories cat ON cat.id = c.category_id"
                       " LEFT JOIN subcategories s ON s.id = c.subcategory_id"
                       " ORDER BY c.id"));
    // events_by_complaint (complaint_id, at) gives them by complaint without sorting; each
    // complaint's few are put in id order here.
    RowCursor events(
        m_db,
        QStringLiteral("SELECT complaint_id, id, type, from_status, to_status, details FROM events"
                       " WHERE complaint_id IS NOT NULL ORDER BY complaint_id, at, id"));

    auto haveComplaint = complaints.next();
    if (!haveComplaint)
        return haveComplaint.error();
    auto haveEvent = events.next();
    if (!haveEvent)
        return haveEvent.error();
    StoredComplaint row;
    QList<ReplayEvent> list;
    while (*haveComplaint || *haveEvent) {
        qint64 id = std::numeric_limits<qint64>::max();
        if (*haveComplaint)
            id = complaints.integer(0);
        if (*haveEvent)
            id = std::min(id, events.integer(0));
        list.clear();
        while (*haveEvent && events.integer(0) == id) {
            ReplayEvent e;
            e.id = events.integer(1);
            e.type = events.string(2);
            e.fromStatus = events.string(3);
            e.toStatus = events.string(4);
            const QByteArrayView details = events.text(5);
            e.details =
                QJsonDocument::fromJson(QByteArray::fromRawData(details.data(), details.size()))
                    .object();
            list.append(std::move(e));
            haveEvent = events.next();
            if (!haveEvent)
                return haveEvent.error();
        }
        std::sort(list.begin(), list.end(),
                  [](const ReplayEvent &a, const ReplayEvent &b) { return a.id < b.id; });
        const bool hasRow = *haveComplaint && complaints.integer(0) == id;
        if (hasRow) {
            row.id = id;
            row.reference = complaints.string(1);
            row.facts.status = complaints.string(2);
            row.facts.department = complaints.string(3);
            row.facts.assignee = complaints.string(4);
            row.facts.category = complaints.string(5);
            row.facts.subcategory = complaints.string(6);
            row.facts.severity = complaints.string(7);
            row.facts.firstResponseDueAt = complaints.integer(8);
            row.facts.resolutionDueAt = complaints.integer(9);
        }
        visit(id, hasRow ? &row : nullptr, list);
        if (hasRow) {
            haveComplaint = complaints.next();
            if (!haveComplaint)
                return haveComplaint.error();
        }
    }
    return {};
}

} // namespace cd::storage
