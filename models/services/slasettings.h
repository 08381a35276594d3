#pragma once

#include "businesscalendar.h"
#include "records.h"
#include "result.h"
#include "slapolicy.h"
#include "slarecords.h"

#include <QCoreApplication>
#include <QList>

#include <map>

namespace cd::models {

class Workspace;

// The business calendars and deadline policies of the store, loaded once and reloaded
// after a change (SlaAdministration), and which policy applies to a complaint.
class SlaSettings
{
    Q_DECLARE_TR_FUNCTIONS(SlaSettings)
public:
    explicit SlaSettings(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<void> reload();

    const QList<storage::CalendarRecord> &calendars() const { return m_calendarRecords; }
    const QList<rules::SlaPolicy> &policies() const { return m_policies; }
    qint64 defaultCalendarId() const;
    bool hasCalendar(qint64 calendarId) const { return m_calendars.count(calendarId) > 0; }
    const rules::BusinessCalendar &calendar(qint64 calendarId) const;
    QString calendarName(qint64 calendarId) const;
    // The policy that applies to a complaint of this kind (the built-in standard when
    // none matches).
    rules::SlaPolicy policyFor(rules::Severity severity, qint64 categoryId,
                               rules::Channel channel) const;
    rules::SlaPolicy policyOf(const storage::ComplaintRecord &complaint) const;

private:
    Workspace &m_workspace;
    QList<storage::CalendarRecord> m_calendarRecords;
    std::map<qint64, rules::BusinessCalendar> m_calendars;
    QList<rules::SlaPolicy> m_policies;
};

} // namespace cd::models
