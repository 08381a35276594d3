#include "calendarcoverage.h"

#include <QDateTime>
#include <QSet>

namespace cd::rules {

namespace {

QSet<int> arrangedYears(const BusinessCalendar &calendar)
{
    QSet<int> years;
    for (auto it = calendar.days().cbegin(); it != calendar.days().cend(); ++it)
        years.insert(it.key().year());
    return years;
}

} // namespace

bool CalendarCoverage::listsArrangements(const BusinessCalendar &calendar)
{
    return !calendar.days().isEmpty();
}

QList<int> CalendarCoverage::provisionalYears(const BusinessCalendar &calendar,
                                              const SlaTarget &target, qint64 fromMs, qint64 dueMs)
{
    if (!target.isBusiness() || !listsArrangements(calendar) || dueMs < fromMs)
        return {};
    const QSet<int> known = arrangedYears(calendar);
    const int first = QDateTime::fromMSecsSinceEpoch(fromMs, calendar.zone()).date().year();
    const int last = QDateTime::fromMSecsSinceEpoch(dueMs, calendar.zone()).date().year();
    QList<int> missing;
    for (int year = first; year <= last; ++year) {
        if (!known.contains(year))
            missing << year;
    }
    return missing;
}

QList<int> CalendarCoverage::missingYears(const BusinessCalendar &calendar, const QDate &today)
{
    if (!listsArrangements(calendar))
        return {};
    const QSet<int> known = arrangedYears(calendar);
    QList<int> needed {today.year()};
    if (today.month() >= 11)
        needed << today.year() + 1;
    QList<int> missing;
    for (const int year : std::as_const(needed)) {
        if (!known.contains(year))
            missing << year;
    }
    return missing;
}

QString CalendarCoverage::yearsText(const QList<int> &years)
{
    QStringList parts;
    for (const int year : years)
        parts << QString::number(year);
    return parts.join(QStringLiteral(", "));
}

QString CalendarCoverage::provisionalNote(const QList<int> &years)
{
    return tr("Provisional: the calendar has no holiday arrangement for %1 yet, so its public "
              "holidays count as working days. The due time is computed again when the "
              "arrangement is imported.")
        .arg(yearsText(years));
}

QString CalendarCoverage::missingNote(const QString &calendarName, const QList<int> &years)
{
    return tr("Calendar \"%1\" has no holiday arrangement for %2: deadlines then are "
              "provisional. Import it (Administration > Business calendars, or "
              "complaintdesk-cli calendar import).")
        .arg(calendarName, yearsText(years));
}

} // namespace cd::rules
