#include "slarepository.h"

#include "seedednames.h"
#include "sqlquery.h"

namespace cd::storage {

namespace {

QString weekdaysText(const QList<int> &weekdays)
{
    QStringList parts;
    for (const int day : weekdays)
        parts << QString::number(day);
    return parts.join(u',');
}

// The columns of calendars a change may set, in the order of calendarBindings().
const QString calendarColumns =
    QStringLiteral("name_zh, name_en, time_zone, opens, closes, weekdays");

// The values of a calendar's columns a change may set, in the order of its statements.
QVariantList calendarBindings(const CalendarRecord &calendar)
{
    return {calendar.nameZh,
            calendar.nameEn,
            calendar.timeZone,
            calendar.opens.toString(QStringLiteral("HH:mm")),
            calendar.closes.toString(QStringLiteral("HH:mm")),
            weekdaysText(calendar.weekdays)};
}

// The columns of sla_policies a change to a policy writes, in the order of policyBindings().
const QString policyColumns = QStringLiteral(
    "name, active, severity, category_id, channel, regulator_only, first_response_amount,"
    " first_response_unit, resolution_amount, resolution_unit, calendar_id, max_resolution_days");

QVariantList policyBindings(const rules::SlaPolicy &p)
{
    return {rules::SeededNames::stored(p.name),
            p.active ? 1 : 0,
            p.severity ? QVariant(rules::code(*p.severity)) : QVariant(),
            nullable(p.categoryId),
            p.channel ? QVariant(rules::code(*p.channel)) : QVariant(),
            p.regulatorOnly ? 1 : 0,
            p.firstResponse.amount,
            rules::code(p.firstResponse.unit),
            p.resolution.amount,
            rules::code(p.resolution.unit),
            p.calendarId,
            p.maxResolutionDays ? QVariant(*p.maxResolutionDays) : QVariant()};
}

Result<void> replaceDays(const QSqlDatabase &db, const CalendarRecord &calendar)
{
    if (auto cleared = runQuery(
            db, QStringLiteral("DELETE FROM calendar_days WHERE calendar_id = ?"), {calendar.id});
        !cleared)
        return cleared.error();
    for (auto it = calendar.days.cbegin(); it != calendar.days.cend(); ++it) {
        auto inserted = runQuery(
            db,
            QStringLiteral("INSERT INTO calendar_days (calendar_id, day, kind, name_zh, name_en)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {calendar.id, it.key().toString(Qt::ISODate),
             it->kind == rules::CalendarDay::Kind::Off ? QStringLiteral("off")
                                                       : QStringLiteral("workday"),
             it->nameZh, it->nameEn});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

} // namespace

Result<QList<CalendarRecord>> SlaRepository::calendars() const
{
    auto list = readRows(
        m_db,
        QStringLiteral(
            "SELECT id, code, name_zh, name_en, time_zone, opens, closes, weekdays FROM calendars"
            " ORDER BY id"),
        {}, [](const QSqlQuery &query) {
            CalendarRecord c;
            c.id = query.value(0).toLongLong();
            c.code = query.value(1).toString();
            c.nameZh = query.value(2).toString();
            c.nameEn = query.value(3).toString();
            c.timeZone = query.value(4).toString();
            c.opens = QTime::fromString(query.value(5).toString(), QStringLiteral("HH:mm"));
            c.closes = QTime::fromString(query.value(6).toString(), QStringLiteral("HH:mm"));
            for (const QString &day : query.value(7).toString().split(u',', Qt::SkipEmptyParts))
                c.weekdays << day.toInt();
            return c;
        });
    if (!list)
        return list;
    auto days = forEachRow(
        m_db, QStringLiteral("SELECT calendar_id, day, kind, name_zh, name_en FROM calendar_days"),
        {}, [&](const QSqlQuery &day) {
            const qint64 calendarId = day.value(0).toLongLong();
            for (CalendarRecord &c : *list) {
                if (c.id != calendarId)
                    continue;
                c.days.insert(QDate::fromString(day.value(1).toString(), Qt::ISODate),
                              {day.value(2).toString() == QLatin1String("off")
                                   ? rules::CalendarDay::Kind::Off
                                   : rules::CalendarDay::Kind::Workday,
                               day.value(3).toString(), day.value(4).toString()});
            }
        });
    if (!days)
        return days.error();
    return list;
}

Result<qint64> SlaRepository::insertCalendar(const CalendarRecord &calendar)
{
    auto id =
        insertRow(m_db, QStringLiteral("calendars"), QStringLiteral("code, ") + calendarColumns,
                  QVariantList {calendar.code} + calendarBindings(calendar));
    if (!id)
        return id;
    CalendarRecord stored = calendar;
    stored.id = *id;
    if (auto days = replaceDays(m_db, stored); !days)
        return days.error();
    return id;
}

Result<void> SlaRepository::updateCalendar(const CalendarRecord &calendar)
{
    if (auto updated = updateRow(m_db, QStringLiteral("calendars"), calendarColumns,
                                 calendarBindings(calendar), calendar.id);
        !updated)
        return updated;
    return replaceDays(m_db, calendar);
}

Result<QList<rules::SlaPolicy>> SlaRepository::policies() const
{
    return readRows(
        m_db,
        QStringLiteral(
            "SELECT id, position, name, active, severity, category_id, channel, regulator_only,"
            " first_response_amount, first_response_unit, resolution_amount, resolution_unit,"
            " calendar_id, max_resolution_days FROM sla_policies ORDER BY position, id"),
        {}, [](const QSqlQuery &query) {
            rules::SlaPolicy p;
            p.id = query.value(0).toLongLong();
            p.position = query.value(1).toInt();
            p.name = rules::SeededNames::shown(query.value(2).toString());
            p.active = query.value(3).toBool();
            p.severity = optionalCode(query.value(4), rules::severityFromCode);
            p.categoryId = optionalId(query.value(5));
            p.channel = optionalCode(query.value(6), rules::channelFromCode);
            p.regulatorOnly = query.value(7).toBool();
            p.firstResponse = {query.value(8).toInt(),
                               rules::targetUnitFromCode(query.value(9).toString())
                                   .value_or(rules::TargetUnit::CalendarHours)};
            p.resolution = {query.value(10).toInt(),
                            rules::targetUnitFromCode(query.value(11).toString())
                                .value_or(rules::TargetUnit::BusinessDays)};
            p.calendarId = query.value(12).toLongLong();
            if (!query.value(13).isNull())
                p.maxResolutionDays = query.value(13).toInt();
            return p;
        });
}

Result<qint64> SlaRepository::insertPolicy(const rules::SlaPolicy &policy)
{
    return insertRow(m_db, QStringLiteral("sla_policies"),
                     QStringLiteral("position, ") + policyColumns,
                     QVariantList {policy.position} + policyBindings(policy));
}

Result<void> SlaRepository::updatePolicy(const rules::SlaPolicy &policy)
{
    return updateRow(m_db, QStringLiteral("sla_policies"), policyColumns, policyBindings(policy),
                     policy.id);
}

Result<void> SlaRepository::setPolicyPositions(const QList<qint64> &orderedIds)
{
    for (int i = 0; i < orderedIds.size(); ++i) {
        auto query =
            runQuery(m_db, QStringLiteral("UPDATE sla_policies SET position = ? WHERE id = ?"),
                     {i + 1, orderedIds.at(i)});
        if (!query)
            return query.error();
    }
    return {};
}

Result<QList<rules::SlaPause>> SlaRepository::pauses(qint64 complaintId) const
{
    return readRows(
        m_db,
        QStringLiteral("SELECT started_at, ended_at, reason FROM sla_pauses WHERE complaint_id = ?"
                       " ORDER BY started_at, id"),
        {complaintId}, [](const QSqlQuery &query) {
            return rules::SlaPause {query.value(0).toLongLong(), optionalId(query.value(1)),
                                    query.value(2).toString()};
        });
}

QString SlaRepository::insertPauseSql()
{
    return QStringLiteral("INSERT INTO sla_pauses (complaint_id, started_at, ended_at, reason)"
                          " VALUES (?, ?, ?, ?)");
}

Result<void> SlaRepository::openPause(qint64 complaintId, qint64 at, const QString &reason)
{
    return runStatement(m_db, insertPauseSql(), {complaintId, at, QVariant(), reason});
}

Result<void> SlaRepository::closePause(qint64 complaintId, qint64 at)
{
    return runStatement(
        m_db,
        QStringLiteral(
            "UPDATE sla_pauses SET ended_at = CASE WHEN started_at > ? THEN started_at ELSE ? END"
            " WHERE complaint_id = ? AND ended_at IS NULL"),
        {at, at, complaintId});
}

Result<QList<qint64>> SlaRepository::unclosedComplaintIds() const
{
    return readIds(
        m_db, QStringLiteral("SELECT id FROM complaints WHERE status <> 'CLOSED' ORDER BY id"));
}

Result<QList<qint64>> SlaRepository::dueBefore(qint64 now, int limit) const
{
    return readIds(
        m_db,
        QStringLiteral(
            "SELECT id FROM complaints WHERE next_due_at < ?"
            " AND ((first_responded_at IS NULL AND first_response_breached = 0"
            "       AND first_response_due_at < ?)"
            "   OR (resolved_at IS NULL AND resolution_breached = 0 AND resolution_due_at < ?))"
            " ORDER BY next_due_at DESC LIMIT ?"),
        {now, now, now, limit});
}

Result<QList<SlaRepository::Notice>> SlaRepository::notices(qint64 userId,
                                                            std::optional<qint64> assigneeId,
                                                            std::optional<qint64> departmentId,
                                                            qint64 since, qint64 now,
                                                            int limit) const
{
    QList<Notice> list;
    // Complaints matching `condition` whose `due` instant has not been notified to the user
    // yet (the UNIQUE index of notifications answers NOT EXISTS).
    auto collect = [&](const QString &condition, QVariantList bindings, const QString &due,
                       const QString &kind) -> Result<void> {
        if (list.size() >= limit)
            return {};
        bindings << userId << kind << limit - list.size();
        return forEachRow(
            m_db,
            QStringLiteral(
                "SELECT c.id, c.%1 FROM complaints c WHERE %2 AND NOT EXISTS (SELECT 1 FROM"
                " notifications n WHERE n.user_id = ? AND n.complaint_id = c.id AND n.kind = ?"
                " AND n.due_at = c.%1) LIMIT ?")
                .arg(due, condition),
            bindings, [&](const QSqlQuery &query) {
                list.append({query.value(0).toLongLong(), kind, query.value(1).toLongLong()});
            });
    };
    const QString nextDue = QStringLiteral("next_due_at");
    if (assigneeId) {
        if (auto done =
                collect(QStringLiteral("c.assignee_id = ? AND c.next_at_risk_at <= ?"
                                       " AND c.next_at_risk_at >= ? AND c.next_due_at >= ?"),
                        {*assigneeId, now, since, now}, nextDue, QStringLiteral("at_risk"));
            !done)
            return done.error();
        if (auto done = collect(QStringLiteral("c.assignee_id = ? AND c.next_due_at < ?"
                                               " AND c.next_due_at >= ?"),
                                {*assigneeId, now, since}, nextDue, QStringLiteral("breached"));
            !done)
            return done.error();
        if (auto done = collect(QStringLiteral("c.assignee_id = ? AND c.callback_at <= ?"
                                               " AND c.callback_at >= ? AND c.status <> 'CLOSED'"),
                                {*assigneeId, now, since}, QStringLiteral("callback_at"),
                                QStringLiteral("callback"));
            !done)
            return done.error();
    }
    if (departmentId) {
        if (auto done = collect(QStringLiteral("c.department_id = ? AND c.next_due_at < ?"
                                               " AND c.next_due_at >= ?"),
                                {*departmentId, now, since}, nextDue, QStringLiteral("breached"));
            !done)
            return done.error();
    }
    return list;
}

Result<bool> SlaRepository::addNotification(qint64 userId, const Notice &notice, qint64 now)
{
    auto query = runQuery(
        m_db,
        QStringLiteral("INSERT INTO notifications (user_id, complaint_id, kind, due_at, created_at)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        {userId, notice.complaintId, notice.kind, notice.dueAt, now});
    if (!query)
        return query.error();
    return query->numRowsAffected() > 0;
}

Result<QList<NotificationRecord>> SlaRepository::notifications(qint64 userId, int limit) const
{
    return readRows(
        m_db,
        QStringLiteral(
            "SELECT n.id, n.complaint_id, c.reference, n.kind, n.due_at, n.created_at, n.read_at"
            " FROM notifications n JOIN complaints c ON c.id = n.complaint_id"
            " WHERE n.user_id = ? ORDER BY n.created_at DESC, n.id DESC LIMIT ?"),
        {userId, limit}, [](const QSqlQuery &query) {
            return NotificationRecord {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                       query.value(2).toString(),   query.value(3).toString(),
                                       query.value(4).toLongLong(), query.value(5).toLongLong(),
                                       optionalId(query.value(6))};
        });
}

Result<void> SlaRepository::markRead(qint64 userId, qint64 notificationId, qint64 at)
{
    return runStatement(m_db,
                        QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ? AND "
                                       "user_id = ? AND read_at IS NULL"),
                        {at, notificationId, userId});
}

} // namespace cd::storage
