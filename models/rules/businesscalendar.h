#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace cd::rules {

// Working days and hours in one time zone: Monday to Friday are working days unless an
// exception says a day is off (public holiday); a weekend day listed as a workday is a
// make-up working day (调休). Instants are UTC epoch milliseconds.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)
public:
    enum class DayKind { Off, Workday };

    // `open` < `close`; an all-day calendar (24/7 desk) has open == close == 00:00.
    // `weekdays` are the ordinary working days (1 = Monday ... 7 = Sunday).
    BusinessCalendar(QTimeZone zone, QTime open, QTime close,
                     QHash<QDate, DayKind> exceptions = {},
                     QList<int> weekdays = {1, 2, 3, 4, 5});

    // Mon-Fri 09:00-18:00 Asia/Shanghai with the exceptions of `holidaysCsv`
    // (format of resources/cn-public-holidays.csv: date,kind,name_zh,name_en).
    static Result<BusinessCalendar> chinaStandard(const QByteArray &holidaysCsv);

    // Parses the holiday CSV; an impossible date or unknown kind names its line.
    static Result<QHash<QDate, DayKind>> parseHolidayCsv(const QByteArray &csv);

    bool isAllDay() const { return m_open == m_close; }
    bool isWorkingDay(const QDate &day) const;
    qint64 businessDayMs() const;

    // The instant at which `durationMs` of business time has passed since `startMs`.
    // Time outside working hours does not count; a target reached exactly at closing
    // time is due at that closing time.
    qint64 addBusinessTime(qint64 startMs, qint64 durationMs) const;

private:
    QTimeZone m_zone;
    QTime m_open;
    QTime m_close;
    QHash<QDate, DayKind> m_exceptions;
    QList<int> m_weekdays;
};

} // namespace cd::rules
