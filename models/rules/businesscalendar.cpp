#include "businesscalendar.h"

#include "freetext.h"

#include <QDateTime>
#include <QList>

#include <algorithm>
#include <array>
#include <atomic>

namespace cd::rules {

namespace {
constexpr int maxDaysSearched = 3660; // a calendar without working days must not hang
constexpr int firstYear = 1970;
constexpr int lastYear = 2200;
constexpr qint64 msPerDay = 24LL * 3600 * 1000;
constexpr qint64 unixEpochJulianDay = 2440588; // 1970-01-01

std::atomic<quint64> nextCalendarIdentity {1};

qint64 floorDivide(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

void appendSegment(QList<TimeSegment> *trace, const TimeSegment &segment)
{
    if (!trace || segment.to <= segment.from)
        return;
    if (!trace->isEmpty()) {
        TimeSegment &last = trace->last();
        if (last.to == segment.from && last.kind == segment.kind && last.name == segment.name
            && last.nameEn == segment.nameEn) {
            last.to = segment.to;
            return;
        }
    }
    trace->append(segment);
}

BusinessCalendar::BusinessCalendar(QTimeZone zone, QTime open, QTime close, Days days,
                                   QList<int> weekdays)
    : m_identity(nextCalendarIdentity++)
    , m_zone(std::move(zone))
    , m_open(open)
    , m_close(close)
    , m_days(std::move(days))
    , m_weekdays(std::move(weekdays))
{
}

Result<BusinessCalendar::Days> BusinessCalendar::parseHolidayCsv(const QByteArray &csv)
{
    Days days;
    if (const auto bad = firstInvalidUtf8Byte(csv)) {
        const qsizetype line = QByteArrayView(csv).first(*bad).count('\n') + 1;
        return Error::invalid(tr("Line %1: the file is not UTF-8 text (byte %2 of the file); "
                                 "save it as UTF-8 and import it again.")
                                  .arg(line)
                                  .arg(*bad));
    }
    QByteArray text = csv;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(QLatin1String("date,")))
            continue;
        const QStringList fields = line.split(u',');
        const QString dateText = fields.value(0).trimmed();
        const QDate day = QDate::fromString(dateText, Qt::ISODate);
        const QString kind = fields.value(1).trimmed();
        if (!day.isValid() || dateText.size() != 10)
            return Error::invalid(
                tr("Line %1: \"%2\" is not a date (YYYY-MM-DD).").arg(i + 1).arg(dateText));
        if (day.year() < firstYear || day.year() > lastYear)
            return Error::invalid(tr("Line %1: %2 is outside the years %3-%4.")
                                      .arg(i + 1)
                                      .arg(dateText)
                                      .arg(firstYear)
                                      .arg(lastYear));
        if (kind != QLatin1String("off") && kind != QLatin1String("workday"))
            return Error::invalid(
                tr("Line %1: the kind must be \"off\" or \"workday\".").arg(i + 1));
        const CalendarDay parsed {kind == QLatin1String("off") ? CalendarDay::Kind::Off
                                                               : CalendarDay::Kind::Workday,
                                  fields.value(2).trimmed(), fields.value(3).trimmed()};
        for (const QString &name : {parsed.nameZh, parsed.nameEn}) {
            if (auto characters = FreeText::checkCharacters(name, QStringLiteral("name"));
                !characters)
                return Error::invalid(tr("Line %1: %2").arg(i + 1).arg(characters.error().message));
        }
        if (days.contains(day)) {
            if (days.value(day).kind != parsed.kind)
                return Error::invalid(tr("Line %1: %2 is listed both as a day off and as a "
                                         "working day.")
                                          .arg(i + 1)
                                          .arg(dateText));
            return Error::invalid(tr("Line %1: %2 is listed twice.").arg(i + 1).arg(dateText));
        }
        days.insert(day, parsed);
    }
    return days;
}

QByteArray BusinessCalendar::toHolidayCsv(const Days &days)
{
    QList<QDate> dates = days.keys();
    std::sort(dates.begin(), dates.end());
    QByteArray csv("date,kind,name_zh,name_en\n");
    for (const QDate &date : std::as_const(dates)) {
        const CalendarDay &day = days.value(date);
        csv += date.toString(Qt::ISODate).toUtf8() + ','
            + (day.kind == CalendarDay::Kind::Off ? "off" : "workday") + ','
            + QString(day.nameZh).remove(u',').toUtf8() + ','
            + QString(day.nameEn).remove(u',').toUtf8() + '\n';
    }
    return csv;
}

QList<Error> BusinessCalendar::validate(const QTimeZone &zone, QTime open, QTime close,
                                        const QList<int> &weekdays)
{
    QList<Error> errors;
    if (!zone.isValid())
        errors << Error::invalid(tr("Choose a known time zone."), QStringLiteral("time_zone"));
    if (!open.isValid() || !close.isValid() || (open > close)
        || (open == close && open != QTime(0, 0)))
        errors << Error::invalid(tr("Working hours must open before they close (00:00-00:00 "
                                    "means around the clock)."),
                                 QStringLiteral("hours"));
    if (weekdays.isEmpty()
        || std::any_of(weekdays.begin(), weekdays.end(), [](int d) { return d < 1 || d > 7; }))
        errors << Error::invalid(tr("Choose at least one ordinary working day."),
                                 QStringLiteral("weekdays"));
    return errors;
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
    const auto it = m_days.constFind(day);
    if (it != m_days.constEnd())
        return it->kind == CalendarDay::Kind::Workday;
    return m_weekdays.contains(day.dayOfWeek());
}

qint64 BusinessCalendar::businessDayMs() const
{
    return isAllDay() ? 24LL * 3600 * 1000 : qint64(m_open.msecsTo(m_close));
}

BusinessCalendar::DayInstants BusinessCalendar::instantsOf(qint64 julianDay) const
{
    // A few years of days per thread, each slot holding the last day that mapped to it.
    constexpr std::size_t slots = 2048;
    thread_local std::array<DayInstants, slots> remembered {};
    DayInstants &slot = remembered[std::size_t(julianDay % qint64(slots) + qint64(slots)) % slots];
    if (slot.calendar != m_identity || slot.julianDay != julianDay) {
        const QDate day = QDate::fromJulianDay(julianDay);
        slot = {m_identity, julianDay, QDateTime(day, QTime(0, 0), m_zone).toMSecsSinceEpoch(),
                QDateTime(day, m_open, m_zone).toMSecsSinceEpoch(),
                QDateTime(day, m_close, m_zone).toMSecsSinceEpoch()};
    }
    return slot;
}

qint64 BusinessCalendar::startOfDay(const QDate &day) const
{
    return instantsOf(day.toJulianDay()).start;
}

QDate BusinessCalendar::dateOf(qint64 instant) const
{
    // Guess the day from the offset of the UTC day's local midnight, then check it against
    // the bounds of the local days (a zone's offset is under a day).
    qint64 day = floorDivide(instant, msPerDay) + unixEpochJulianDay;
    const qint64 offset = (day - unixEpochJulianDay) * msPerDay - instantsOf(day).start;
    day = floorDivide(instant + offset, msPerDay) + unixEpochJulianDay;
    for (int step = 0; step < 2 && instant < instantsOf(day).start; ++step)
        --day;
    for (int step = 0; step < 2 && instant >= instantsOf(day + 1).start; ++step)
        ++day;
    if (instant < instantsOf(day).start || instant >= instantsOf(day + 1).start)
        return QDateTime::fromMSecsSinceEpoch(instant, m_zone).date(); // an odd zone
    return QDate::fromJulianDay(day);
}

bool BusinessCalendar::workingHours(const QDate &day, qint64 *open, qint64 *close) const
{
    if (!isWorkingDay(day))
        return false;
    const DayInstants instants = instantsOf(day.toJulianDay());
    *open = isAllDay() ? instants.start : instants.open;
    *close = isAllDay() ? instantsOf(day.toJulianDay() + 1).start : instants.close;
    return true;
}

bool BusinessCalendar::isBusinessInstant(qint64 instant) const
{
    const QDate day = dateOf(instant);
    qint64 open = 0;
    qint64 close = 0;
    if (!workingHours(day, &open, &close))
        return false;
    return instant >= open && instant <= close;
}

qint64 BusinessCalendar::addBusinessTime(qint64 startMs, qint64 durationMs,
                                         QList<TimeSegment> *trace) const
{
    if (durationMs <= 0)
        return startMs;
    QDate day = dateOf(startMs);
    qint64 cursor = startMs;
    qint64 remaining = durationMs;
    for (int searched = 0; searched < maxDaysSearched; ++searched, day = day.addDays(1)) {
        const qint64 nextDay = startOfDay(day.addDays(1));
        qint64 open = 0;
        qint64 close = 0;
        if (!workingHours(day, &open, &close)) {
            if (trace) {
                const auto listed = m_days.constFind(day);
                TimeSegment skipped {TimeSegment::Kind::Weekend, cursor, nextDay, {}, {}};
                if (listed != m_days.constEnd()) {
                    skipped.kind = TimeSegment::Kind::Holiday;
                    skipped.name = listed->nameZh;
                    skipped.nameEn = listed->nameEn;
                }
                appendSegment(trace, skipped);
            }
            cursor = std::max(cursor, nextDay);
            continue;
        }
        const qint64 from = std::max(cursor, open);
        if (trace)
            appendSegment(trace, {TimeSegment::Kind::OutOfHours, cursor, from, {}, {}});
        if (from < close) {
            if (remaining <= close - from) {
                appendSegment(trace, {TimeSegment::Kind::Counted, from, from + remaining, {}, {}});
                return from + remaining;
            }
            appendSegment(trace, {TimeSegment::Kind::Counted, from, close, {}, {}});
            remaining -= close - from;
        }
        cursor = std::max(cursor, close);
        if (trace)
            appendSegment(trace, {TimeSegment::Kind::OutOfHours, cursor, nextDay, {}, {}});
        cursor = std::max(cursor, nextDay);
    }
    return cursor + remaining; // no working day for ten years: count calendar time
}

qint64 BusinessCalendar::businessTimeBetween(qint64 fromMs, qint64 toMs) const
{
    qint64 total = 0;
    QDate day = dateOf(fromMs);
    for (int searched = 0; searched < maxDaysSearched * 10; ++searched, day = day.addDays(1)) {
        if (startOfDay(day) >= toMs)
            break;
        qint64 open = 0;
        qint64 close = 0;
        if (!workingHours(day, &open, &close))
            continue;
        const qint64 from = std::max(fromMs, open);
        const qint64 to = std::min(toMs, close);
        if (to > from)
            total += to - from;
    }
    return total;
}

} // namespace cd::rules
