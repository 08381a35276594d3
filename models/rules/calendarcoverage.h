#pragma once

#include "businesscalendar.h"
#include "slapolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

// Which years a business calendar knows the holiday arrangement of. China publishes each
// year's public holidays and make-up working days (放假调休安排) around November of the year
// before; a deadline counted in business time through a year whose arrangement is not in
// the calendar is provisional: its holidays count as working days until the arrangement is
// imported (which computes the open complaints' deadlines again).
namespace cd::rules {

struct CalendarCoverage
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCoverage)
public:
    // Whether `calendar` lists holidays at all (a calendar without any listed day, such
    // as 24/7, has no arrangement to miss).
    static bool listsArrangements(const BusinessCalendar &calendar);
    // The years from `fromMs` to `dueMs` (in the calendar's zone) whose arrangement
    // `calendar` lacks, when `target` is counted in business time; empty otherwise.
    static QList<int> provisionalYears(const BusinessCalendar &calendar, const SlaTarget &target,
                                       qint64 fromMs, qint64 dueMs);
    // The years an administrator must import by `today`: this year, and from 1 November
    // on next year too, where the calendar lacks them.
    static QList<int> missingYears(const BusinessCalendar &calendar, const QDate &today);
    // "2027" or "2026, 2027".
    static QString yearsText(const QList<int> &years);
    // The explanation of a provisional due time.
    static QString provisionalNote(const QList<int> &years);
    // What an administrator is told about `calendarName` missing `years`.
    static QString missingNote(const QString &calendarName, const QList<int> &years);
};

} // namespace cd::rules
