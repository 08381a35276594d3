#include "calendarnotices.h"

#include "calendarcoverage.h"
#include "language.h"
#include "slasettings.h"

#include <QDateTime>

namespace cd::models {

QStringList missingArrangementNotes(const SlaSettings &sla, qint64 nowMs)
{
    QStringList notes;
    for (const storage::CalendarRecord &record : sla.calendars()) {
        const rules::BusinessCalendar &calendar = sla.calendar(record.id);
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, calendar.zone()).date();
        const QList<int> missing = rules::CalendarCoverage::missingYears(calendar, today);
        if (!missing.isEmpty())
            notes << rules::CalendarCoverage::missingNote(pickName(record.nameZh, record.nameEn),
                                                          missing);
    }
    return notes;
}

} // namespace cd::models
