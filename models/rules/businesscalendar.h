#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace cd::rules {

// One listed day of a calendar: a public holiday (Off) or a make-up working day (Workday).
struct CalendarDay
{
    enum class Kind { Off, Workday };
    Kind kind = Kind::Off;
    QString nameZh;
    QString nameEn;

    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

// A stretch of time as a deadline computation saw it: counted towards the target, or
// skipped (and why). Instants are UTC epoch milliseconds; `from` < `to`.
struct TimeSegment
{
    enum class Kind { Counted, OutOfHours, Weekend, Holiday, Paused };
    Kind kind = Kind::Counted;
    qint64 from = 0;
    qint64 to = 0;
    QString name; // Holiday: its Chinese name; Paused: the reason given
    QString nameEn; // Holiday: its English name

    friend bool operator==(const TimeSegment &, const TimeSegment &) = default;
};

// Working days and hours in one time zone: the ordinary weekdays are working days unless
// a listed day says it is off (public holiday); a day off listed as Workday is a make-up
// working day (调休). Instants are UTC epoch milliseconds.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)
public:
    using Days = QHash<QDate, CalendarDay>;

    // `open` < `close`; an all-day calendar (24/7 desk) has open == close == 00:00.
    // `weekdays` are the ordinary working days (1 = Monday ... 7 = Sunday).
    BusinessCalendar(QTimeZone zone, QTime open, QTime close, Days days = {},
                     QList<int> weekdays = {1, 2, 3, 4, 5});

    // Mon-Fri 09:00-18:00 Asia/Shanghai with the days of `holidaysCsv`
    // (format of resources/cn-public-holidays.csv: date,kind,name_zh,name_en).
    static Result<BusinessCalendar> chinaStandard(const QByteArray &holidaysCsv);

    // Parses a holiday CSV. An impossible date, an unknown kind, a date listed twice or a
    // year outside 1970-2200 is refused with a message naming its line.
    static Result<Days> parseHolidayCsv(const QByteArray &csv);
    // The CSV of `days` in the same format, sorted by date.
    static QByteArray toHolidayCsv(const Days &days);

    // Every problem with these settings (hours, weekdays, zone); empty when usable.
    static QList<Error> validate(const QTimeZone &zone, QTime open, QTime close,
                                 const QList<int> &weekdays);

    const QTimeZone &zone() const { return m_zone; }
    QTime opens() const { return m_open; }
    QTime closes() const { return m_close; }
    const QList<int> &weekdays() const { return m_weekdays; }
    const Days &days() const { return m_days; }

    bool isAllDay() const { return m_open == m_close; }
    bool isWorkingDay(const QDate &day) const;
    qint64 businessDayMs() const;
    // Whether `instant` lies within working hours of a working day (the closing instant
    // included: a target reached exactly at closing time is due then).
    bool isBusinessInstant(qint64 instant) const;

    // The instant at which `durationMs` of business time has passed since `startMs`.
    // Time outside working hours does not count; a target reached exactly at closing
    // time is due at that closing time. With `trace`, appends what was counted and what
    // was skipped between `startMs` and that instant (adjacent stretches of one kind merged).
    qint64 addBusinessTime(qint64 startMs, qint64 durationMs,
                           QList<TimeSegment> *trace = nullptr) const;
    // The business time between two instants (0 when `toMs` <= `fromMs`).
    qint64 businessTimeBetween(qint64 fromMs, qint64 toMs) const;

private:
    // Working hours of `day` as [open, close) instants; false for a day off.
    bool workingHours(const QDate &day, qint64 *open, qint64 *close) const;
    qint64 startOfDay(const QDate &day) const;
    // The local date of `instant` in this calendar's zone.
    QDate dateOf(qint64 instant) const;
    // The instants at which a local day starts, opens and closes, as QDateTime gives them,
    // remembered per thread (time-zone conversions are most of a deadline's cost).
    struct DayInstants
    {
        quint64 calendar = 0; // m_identity of the calendar they were computed for
        qint64 julianDay = 0;
        qint64 start = 0;
        qint64 open = 0;
        qint64 close = 0;
    };
    DayInstants instantsOf(qint64 julianDay) const;

    // Tells apart calendars whose zone or hours may differ (a copy keeps it: same zone
    // and hours).
    quint64 m_identity;
    QTimeZone m_zone;
    QTime m_open;
    QTime m_close;
    Days m_days;
    QList<int> m_weekdays;
};

// Appends `segment` to `trace`, merging it into the last one when they touch and are of
// the same kind and name. Empty segments are dropped.
void appendSegment(QList<TimeSegment> *trace, const TimeSegment &segment);

} // namespace cd::rules
