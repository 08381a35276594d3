#pragma once

#include "records.h"
#include "result.h"
#include "slaclock.h"
#include "slapolicy.h"
#include "slarecords.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd::models {

class Workspace;

// One clock of a complaint explained: its target, what stopped it, and every stretch
// counted, skipped or paused on the way to its due time.
struct ClockExplanation
{
    QString clock; // first_response, resolution
    rules::SlaTarget target;
    qint64 startedAt = 0;
    qint64 dueAt = 0;
    std::optional<qint64> stoppedAt; // first contact / reply
    bool paused = false;
    qint64 remainingMs = 0; // when paused
    QList<rules::TimeSegment> steps;
    // Years the due time was counted through without the calendar's holiday arrangement
    // (rules/calendarcoverage.h): the due time is provisional while not empty.
    QList<int> provisionalYears;
    QStringList lines; // the same, as sentences (translated)
};

struct DeadlineExplanation
{
    QString policyName;
    QString policyConditions; // why the policy applies (translated)
    QString calendarName;
    QString calendarHours; // "Mon-Fri 09:00-18:00, Asia/Shanghai"
    int extensionDays = 0;
    bool solvedOnCall = false;
    ClockExplanation firstResponse;
    ClockExplanation resolution;
    QList<rules::SlaPause> pauses;
    QString text() const; // everything above, one sentence a line
};

// What people are told about deadlines: a complaint's clocks explained, its state now,
// and the reminders each user is given.
class SlaReminders
{
    Q_DECLARE_TR_FUNCTIONS(SlaReminders)
public:
    explicit SlaReminders(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<DeadlineExplanation> explain(const storage::ComplaintRecord &complaint) const;
    rules::SlaState stateOf(const storage::ComplaintRecord &complaint) const;

    struct SweepOutcome
    {
        int breachesRecorded = 0;
        QList<storage::NotificationRecord> newNotifications;
    };
    // Records breach events of complaints now past a due time (at most `batch`), and gives
    // the signed-in user the notifications due to them (own complaints at risk or breached,
    // call-backs due; for a lead, breaches in the department). Nothing is notified twice.
    Result<SweepOutcome> sweep(int batch = 500);
    Result<QList<storage::NotificationRecord>> notifications(int limit = 200) const;
    Result<void> markRead(qint64 notificationId);
    // What a reminder says, e.g. "TS-20261125-0001: overdue since 2026-11-25 18:00".
    static QString describe(const storage::NotificationRecord &notification);

private:
    Workspace &m_workspace;
};

} // namespace cd::models
