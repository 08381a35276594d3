#pragma once

#include "businesscalendar.h"
#include "auditlog.h"
#include "records.h"
#include "result.h"
#include "slaclock.h"
#include "slapolicy.h"
#include "slarecords.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <map>
#include <optional>

namespace cd::models {

class Workspace;

// One clock of a complaint explained: its target, what stopped it, and every stretch
// counted, skipped or paused on the way to its due time.
struct ClockExplanation
{
    QString clock;                       // first_response, resolution
    rules::SlaTarget target;
    qint64 startedAt = 0;
    qint64 dueAt = 0;
    std::optional<qint64> stoppedAt;     // first contact / reply
    bool paused = false;
    qint64 remainingMs = 0;              // when paused
    QList<rules::TimeSegment> steps;
    // Years the due time was counted through without the calendar's holiday arrangement
    // (rules/calendarcoverage.h): the due time is provisional while not empty.
    QList<int> provisionalYears;
    QStringList lines;                   // the same, as sentences (translated)
};

struct DeadlineExplanation
{
    QString policyName;
    QString policyConditions;            // why the policy applies (translated)
    QString calendarName;
    QString calendarHours;               // "Mon-Fri 09:00-18:00, Asia/Shanghai"
    int extensionDays = 0;
    bool solvedOnCall = false;
    ClockExplanation firstResponse;
    ClockExplanation resolution;
    QList<rules::SlaPause> pauses;
    QString text() const;                // everything above, one sentence a line
};

// Deadlines: the calendars and policies (loaded once, reloaded after a change), the clocks
// of each complaint (called by ComplaintService inside its transactions), explanations,
// breach events, and the reminders each user is given.
class SlaService
{
    Q_DECLARE_TR_FUNCTIONS(SlaService)
public:
    explicit SlaService(Workspace &workspace) : m_workspace(workspace) {}

    Result<void> reload();

    const QList<storage::CalendarRecord> &calendars() const { return m_calendarRecords; }
    const QList<rules::SlaPolicy> &policies() const { return m_policies; }
    qint64 defaultCalendarId() const;
    const rules::BusinessCalendar &calendar(qint64 calendarId) const;
    QString calendarName(qint64 calendarId) const;
    // The policy that applies to a complaint of this kind (the built-in standard when
    // none matches).
    rules::SlaPolicy policyFor(rules::Severity severity, qint64 categoryId,
                               rules::Channel channel) const;
    rules::SlaPolicy policyOf(const storage::ComplaintRecord &complaint) const;

    // --- inside ComplaintService's transactions ---------------------------------------
    // Chooses the policy and computes both due times of a complaint about to be inserted.
    void startClocks(storage::ComplaintRecord &complaint) const;
    // Applies a workflow move to the clocks: pause/resume (WAITING_CUSTOMER, `note` is the
    // reason), REPLIED stops both, moving back to INVESTIGATING from REPLIED, FOLLOW_UP or
    // CLOSED starts a new resolution target. Writes the clocks.
    Result<void> applyStatusChange(storage::ComplaintRecord &complaint, rules::Status from,
                                   rules::Status to, const QString &note);
    // The first contact with the customer stops the first-response clock.
    Result<void> applyFirstContact(storage::ComplaintRecord &complaint);
    // --- the pure steps of the above, for writers that keep a complaint in memory (the
    // demonstration data): the same rules without reading or writing the store ---------
    // The clock fields a workflow move at `at` changes (not the pauses: WAITING_CUSTOMER
    // opens one, leaving it closes it).
    static void noteStatusChange(storage::ComplaintRecord &complaint, rules::Status from,
                                 rules::Status to, qint64 at);
    // Both due times from the complaint's policy and `pauses`.
    void computeClocks(storage::ComplaintRecord &complaint,
                       const QList<rules::SlaPause> &pauses) const;
    // Clocks judged past their due time at `now` whose breach is not recorded yet.
    struct Breach
    {
        bool firstResponse = false;   // else resolution
        qint64 dueAt = 0;
    };
    static QList<Breach> unrecordedBreaches(const storage::ComplaintRecord &complaint,
                                            qint64 now);
    // The "deadline_breached" event of `breach` (system actor); sets the complaint's flag.
    auditlog::Entry breachEntry(storage::ComplaintRecord &complaint, const Breach &breach,
                                const QString &assigneeUsername) const;

    // Recomputes the due times (with `repickPolicy`, chooses the policy again), records
    // breaches of clocks that ran or stopped past their due time, and writes the clocks.
    Result<void> refreshClocks(storage::ComplaintRecord &complaint, bool repickPolicy);

    // --- explanations and reminders ----------------------------------------------------
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

    // --- administration (administrators; every change is an event and applies to the
    // clocks of complaints not yet closed, each change of due times recorded) --------------
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
    // Recomputes every unclosed complaint with a running or paused clock; records an
    // event for each whose due times change. Returns how many changed.
    Result<int> reapplyToOpenComplaints();
    // Records a breach event for each clock of `complaint` that is (or stopped) past its
    // due time and was not recorded yet; sets the flags (the caller writes them).
    Result<void> recordBreaches(storage::ComplaintRecord &complaint);
    rules::ComplaintClockInput clockInput(const storage::ComplaintRecord &complaint,
                                          const QList<rules::SlaPause> &pauses) const;

    Workspace &m_workspace;
    QList<storage::CalendarRecord> m_calendarRecords;
    std::map<qint64, rules::BusinessCalendar> m_calendars;
    QList<rules::SlaPolicy> m_policies;
};

} // namespace cd::models
