#include "businesscalendar.h"

#include <QDateTime>
#include <QList>

namespace cd::rules {

namespace {
constexpr qint64 msPerDay = 24LL * 3600 * 1000;
constexpr int maxDaysSearched = 3660;   // a calendar without working days must not hang
} // namespace

BusinessCalendar::BusinessCalendar(QTimeZone zone, QTime open, QTime close,
                                   QHash<QDate, DayKind> exceptions, QList<int> weekdays)
    : m_zone(std::move(zone)),
      m_open(open),
      m_close(close),
      m_exceptions(std::move(exceptions)),
      m_weekdays(std::move(weekdays))
{
}

Result<QHash<QDate, BusinessCalendar::DayKind>>
BusinessCalendar::parseHolidayCsv(const QByteArray &csv)
{
    QHash<QDate, DayKind> days;
    const QList<QByteArray> lines = csv.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(QLatin1String("date,")))
            continue;
        const QStringList fields = line.split(u',');
        const QDate day = QDate::fromString(fields.value(0), Qt::ISODate);
        const QString kind = fields.value(1).trimmed();
        if (!day.isValid())
            return Error::invalid(tr("Line %1: \"%2\" is not a date (YYYY-MM-DD).")
                                      .arg(i + 1).arg(fields.value(0)));
        if (kind != QLatin1String("off") && kind != QLatin1String("workday"))
            return Error::invalid(tr("Line %1: the kind must be \"off\" or \"workday\".")
                                      .arg(i + 1));
        const DayKind parsed = kind == QLatin1String("off") ? DayKind::Off : DayKind::Workday;
        if (days.contains(day) && days.value(day) != parsed)
            return Error::invalid(tr("Line %1: %2 is listed both as a day off and as a "
                                     "working day.").arg(i + 1).arg(day.toString(Qt::ISODate)));
        days.insert(day, parsed);
    }
    return days;
}

Result<BusinessCalendar> BusinessCalendar::chinaStandard(const QByteArray &holidaysCsv)
{
    auto days = parseHolidayCsv(holidaysCsv);
    if (!days)
        return days.error();
    QTimeZone zone("Asia/Shanghai");
    if (!zone.isValid())
        zone = QTimeZone(8 * 3600);
    return BusinessCalendar(zone, QTime(9, 0), QTime(18, 0), std::move(days).value());
}

bool BusinessCalendar::isWorkingDay(const QDate &day) const
{
    const auto it = m_exceptions.constFind(day);
    if (it != m_exceptions.constEnd())
        return *it == DayKind::Workday;
    return m_weekdays.contains(day.dayOfWeek());
}

qint64 BusinessCalendar::businessDayMs() const
{
    return isAllDay() ? msPerDay : qint64(m_open.msecsTo(m_close));
}

qint64 BusinessCalendar::addBusinessTime(qint64 startMs, qint64 durationMs) const
{
    if (durationMs <= 0)
        return startMs;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, m_zone);
    QDate day = start.date();
    qint64 cursor = startMs;
    qint64 remaining = durationMs;
    for (int searched = 0; searched < maxDaysSearched; ++searched, day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        const qint64 open = QDateTime(day, isAllDay() ? QTime(0, 0) : m_open, m_zone)
                                .toMSecsSinceEpoch();
        const qint64 close = isAllDay()
                                 ? QDateTime(day.addDays(1), QTime(0, 0), m_zone)
                                       .toMSecsSinceEpoch()
                                 : QDateTime(day, m_close, m_zone).toMSecsSinceEpoch();
        const qint64 from = std::max(cursor, open);
        if (from >= close)
            continue;
        if (remaining <= close - from)
            return from + remaining;
        remaining -= close - from;
        cursor = close;
    }
    return cursor + remaining;   // no working day for ten years: count calendar time
}

} // namespace cd::rules
