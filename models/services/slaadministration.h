#pragma once

#include "auditlog.h"
#include "result.h"
#include "slapolicy.h"
#include "slarecords.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace cd::models {

class Workspace;

// Administration of calendars and deadline policies (administrators): every change is an
// event and applies to the clocks of complaints not yet closed, each change of due times
// recorded.
class SlaAdministration
{
    Q_DECLARE_TR_FUNCTIONS(SlaAdministration)
public:
    explicit SlaAdministration(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<qint64> savePolicy(const rules::SlaPolicy &policy);
    Result<void> movePolicy(qint64 policyId, int step);
    Result<qint64> saveCalendar(const storage::CalendarRecord &calendar);
    // Replaces the calendar's listed days of every year the CSV covers with the CSV's
    // days. Returns how many days were imported.
    Result<int> importCalendarCsv(qint64 calendarId, const QByteArray &csv);

private:
    Result<void> requireAdministrator(const QString &action);
    // Runs `write`, reloads, re-applies the clocks to unclosed complaints and appends
    // `describe(complaints changed)`, in one transaction. On failure nothing is kept and
    // the calendars and policies in memory are those of the store again.
    Result<void> changeAndReapply(const std::function<Result<void>()> &write,
                                  const std::function<auditlog::Entry(int)> &describe);

    Workspace &m_workspace;
};

} // namespace cd::models
