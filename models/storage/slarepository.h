#pragma once

#include "businesscalendar.h"
#include "result.h"
#include "slaclock.h"
#include "slapolicy.h"
#include "slarecords.h"

#include <QList>
#include <QSqlDatabase>
#include <QTime>

#include <optional>

namespace cd::storage {

// Calendars, deadline policies, pauses of the clocks, and notifications.
class SlaRepository
{
public:
    explicit SlaRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QList<CalendarRecord>> calendars() const; // with their days
    Result<qint64> insertCalendar(const CalendarRecord &calendar);
    // Writes the settings and replaces the listed days.
    Result<void> updateCalendar(const CalendarRecord &calendar);

    Result<QList<rules::SlaPolicy>> policies() const; // by position
    Result<qint64> insertPolicy(const rules::SlaPolicy &policy);
    Result<void> updatePolicy(const rules::SlaPolicy &policy);
    Result<void> setPolicyPositions(const QList<qint64> &orderedIds);

    Result<QList<rules::SlaPause>> pauses(qint64 complaintId) const; // oldest first
    // A pause (complaint_id, started_at, ended_at or NULL, reason), for bulk writers;
    // openPause() runs it too.
    static QString insertPauseSql();
    Result<void> openPause(qint64 complaintId, qint64 at, const QString &reason);
    Result<void> closePause(qint64 complaintId, qint64 at);

    // Complaints not closed (to apply a changed policy or calendar).
    Result<QList<qint64>> unclosedComplaintIds() const;
    // Complaints whose earliest running clock was due before `now` (breach candidates),
    // at most `limit`, most recently due first.
    Result<QList<qint64>> dueBefore(qint64 now, int limit) const;

    // What user `userId` has not yet been told at `now`: complaints `assigneeId` holds (or,
    // with `departmentId`, the department's) that became at risk or breached since `since`,
    // and promised call-backs that are due; at most `limit`.
    struct Notice
    {
        qint64 complaintId = 0;
        QString kind;
        qint64 dueAt = 0;
    };
    Result<QList<Notice>> notices(qint64 userId, std::optional<qint64> assigneeId,
                                  std::optional<qint64> departmentId, qint64 since, qint64 now,
                                  int limit) const;
    // Records a notification unless the same one was given already; true when new.
    Result<bool> addNotification(qint64 userId, const Notice &notice, qint64 now);
    Result<QList<NotificationRecord>> notifications(qint64 userId, int limit) const;
    Result<void> markRead(qint64 userId, qint64 notificationId, qint64 at);

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
