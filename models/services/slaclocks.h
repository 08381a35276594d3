#pragma once

#include "auditlog.h"
#include "records.h"
#include "result.h"
#include "slaclock.h"

#include <QList>

namespace cd::models {

class Workspace;

// The deadline clocks of complaints: started when a complaint is created, moved by the
// workflow and the first contact, recomputed after a change of policy or calendar, and the
// breach events of clocks run past their due time. The writing steps run inside
// ComplaintService's (or SlaAdministration's) transactions; the pure steps serve writers
// that keep a complaint in memory (the demonstration data).
class SlaClocks
{
public:
    explicit SlaClocks(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // Chooses the policy and computes both due times of a complaint about to be inserted.
    void startClocks(storage::ComplaintRecord &complaint) const;
    // Applies a workflow move to the clocks: pause/resume (WAITING_CUSTOMER, `note` is the
    // reason), REPLIED stops both, moving back to INVESTIGATING from REPLIED, FOLLOW_UP or
    // CLOSED starts a new resolution target. Writes the clocks.
    Result<void> applyStatusChange(storage::ComplaintRecord &complaint, rules::Status from,
                                   rules::Status to, const QString &note);
    // The first contact with the customer stops the first-response clock.
    Result<void> applyFirstContact(storage::ComplaintRecord &complaint);
    // Recomputes the due times (with `repickPolicy`, chooses the policy again), records
    // breaches of clocks that ran or stopped past their due time, and writes the clocks.
    Result<void> refreshClocks(storage::ComplaintRecord &complaint, bool repickPolicy);
    // Records a breach event for each clock of `complaint` that is (or stopped) past its
    // due time and was not recorded yet; sets the flags (the caller writes them).
    Result<void> recordBreaches(storage::ComplaintRecord &complaint);
    // Recomputes every unclosed complaint with a running or paused clock; records an
    // event for each whose due times change. Returns how many changed.
    Result<int> reapplyToOpenComplaints();

    // --- the pure steps of the above ---------------------------------------------------
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
        bool firstResponse = false; // else resolution
        qint64 dueAt = 0;
    };
    static QList<Breach> unrecordedBreaches(const storage::ComplaintRecord &complaint, qint64 now);
    // The "deadline_breached" event of `breach` (system actor); sets the complaint's flag.
    auditlog::Entry breachEntry(storage::ComplaintRecord &complaint, const Breach &breach,
                                const QString &assigneeUsername) const;
    // What the clocks of `complaint` are computed from.
    static rules::ComplaintClockInput clockInput(const storage::ComplaintRecord &complaint,
                                                 const QList<rules::SlaPause> &pauses);

private:
    Workspace &m_workspace;
};

} // namespace cd::models
