#pragma once

#include "businesscalendar.h"

#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace cd::storage {

// A business calendar as stored: its settings and every listed day.
struct CalendarRecord
{
    qint64 id = 0;
    QString code;
    QString nameZh;
    QString nameEn;
    QString timeZone;
    QTime opens;
    QTime closes;
    QList<int> weekdays;
    rules::BusinessCalendar::Days days;
};

struct NotificationRecord
{
    qint64 id = 0;
    qint64 complaintId = 0;
    QString reference; // joined from complaints
    QString kind; // at_risk, breached, callback
    qint64 dueAt = 0;
    qint64 createdAt = 0;
    std::optional<qint64> readAt;
};

} // namespace cd::storage
