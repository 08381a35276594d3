#include "slasettings.h"

#include "database.h"
#include "formatting.h"
#include "language.h"
#include "slarepository.h"
#include "workspace.h"

#include <QTimeZone>

namespace cd::models {

Result<void> SlaSettings::reload()
{
    storage::SlaRepository repository(m_workspace.database().connection());
    auto calendars = repository.calendars();
    if (!calendars)
        return calendars.error();
    auto policies = repository.policies();
    if (!policies)
        return policies.error();
    m_calendarRecords = std::move(calendars).value();
    m_policies = std::move(policies).value();
    m_calendars.clear();
    for (const storage::CalendarRecord &record : std::as_const(m_calendarRecords)) {
        QTimeZone zone(record.timeZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone(8 * 3600);
        m_calendars.emplace(record.id,
                            rules::BusinessCalendar(zone, record.opens, record.closes, record.days,
                                                    record.weekdays));
    }
    if (m_calendars.empty())
        return Error::storage(tr("The store has no business calendar."));
    // Times are shown in the call centre's zone: its default calendar's.
    Formatting::setTimeZone(calendar(defaultCalendarId()).zone());
    return {};
}

qint64 SlaSettings::defaultCalendarId() const
{
    for (const storage::CalendarRecord &record : m_calendarRecords) {
        if (record.code == QLatin1String("CN"))
            return record.id;
    }
    return m_calendarRecords.isEmpty() ? 0 : m_calendarRecords.first().id;
}

const rules::BusinessCalendar &SlaSettings::calendar(qint64 calendarId) const
{
    const auto it = m_calendars.find(calendarId);
    if (it != m_calendars.end())
        return it->second;
    return m_calendars.at(defaultCalendarId());
}

QString SlaSettings::calendarName(qint64 calendarId) const
{
    for (const storage::CalendarRecord &record : m_calendarRecords) {
        if (record.id == calendarId)
            return pickName(record.nameZh, record.nameEn);
    }
    return {};
}

rules::SlaPolicy SlaSettings::policyFor(rules::Severity severity, qint64 categoryId,
                                        rules::Channel channel) const
{
    if (const rules::SlaPolicy *chosen =
            rules::SlaPolicies::choose(m_policies, severity, categoryId, channel))
        return *chosen;
    return rules::SlaPolicies::builtInStandard(defaultCalendarId());
}

rules::SlaPolicy SlaSettings::policyOf(const storage::ComplaintRecord &c) const
{
    if (c.slaPolicyId) {
        for (const rules::SlaPolicy &policy : m_policies) {
            if (policy.id == *c.slaPolicyId)
                return policy;
        }
    }
    return rules::SlaPolicies::builtInStandard(defaultCalendarId());
}

} // namespace cd::models
