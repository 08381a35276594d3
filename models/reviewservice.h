#pragma once

#include "codes.h"
#include "records.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace cd::models {

class Workspace;

// What team leads do to complaints after the call, beside ComplaintService (which it
// tells of every change through complaintChanged): the customer's satisfaction at
// follow-up, bulk actions on selected rows, and merging duplicates. Each public method is
// one transaction that checks, writes and appends the audit events, or changes nothing.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)
public:
    explicit ReviewService(Workspace &workspace) : m_workspace(workspace) {}

    // The customer's satisfaction, 1 (very unhappy) to 5 (very happy), and what they said,
    // once the solution has been told (REPLIED, FOLLOW_UP or CLOSED). Whoever may work on
    // the complaint records it; recording again replaces it (both values are in the event).
    Result<void> recordSatisfaction(qint64 complaintId, int score, const QString &comment);

    // Bulk actions of the lead of every selected complaint's department (administrators:
    // any), all or nothing. Return how many complaints changed.
    // A new severity chooses the deadline policy again.
    Result<int> bulkSetSeverity(const QList<qint64> &complaintIds, rules::Severity severity,
                                const QString &reason);
    Result<int> bulkAddNote(const QList<qint64> &complaintIds, const QString &note);

    // Merges `duplicateId` into `keptId`: the duplicate is closed and points at the kept
    // complaint; its calls and events stay its own and are shown with the kept one
    // (ComplaintQueries::detail), and its own duplicates follow it. The duplicate must not
    // be merged already, the kept complaint not merged away, and the lead must lead both
    // departments.
    Result<void> merge(qint64 keptId, qint64 duplicateId, const QString &reason);

private:
    // Reads every complaint, checks that the actor leads its department (a refusal is
    // recorded as `action`), then runs `change` on each inside one transaction.
    Result<int> inBulk(const QList<qint64> &complaintIds, const QString &action,
                       const std::function<Result<void>(storage::ComplaintRecord &)> &change);
    Result<QString> checkedText(const QString &text, const QString &field, bool required) const;
    void announce(const QList<qint64> &complaintIds);

    Workspace &m_workspace;
};

} // namespace cd::models
