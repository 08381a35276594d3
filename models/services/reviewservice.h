#pragma once

#include "codes.h"
#include "records.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace cd::models {

class Workspace;

// What team leads do to several complaints at once, beside ComplaintService (whose
// complaintChanged it emits for each complaint changed): bulk actions on selected rows and
// merging duplicates. Each public method is one transaction that checks, writes and
// appends the audit events, or changes nothing; the lead must lead the department of every
// complaint involved (administrators: any).
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)
public:
    explicit ReviewService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // Return how many complaints changed. A new severity chooses the deadline policy again.
    Result<int> bulkSetSeverity(const QList<qint64> &complaintIds, rules::Severity severity,
                                const QString &reason);
    Result<int> bulkAddNote(const QList<qint64> &complaintIds, const QString &note);

    // Merges `duplicateIds` into `keptId`: each duplicate is closed and points at the kept
    // complaint; its calls and events stay its own and are shown with the kept one
    // (ComplaintQueries::detail), and its own duplicates follow it. No duplicate may be
    // merged already, nor the kept complaint merged away.
    Result<void> merge(qint64 keptId, const QList<qint64> &duplicateIds, const QString &reason);

private:
    // Once someone is signed in and complaints are selected: ComplaintService::changeInBulk
    // (refusals recorded as `action`).
    Result<int> inBulk(const QList<qint64> &complaintIds, const QString &action,
                       const std::function<Result<void>(storage::ComplaintRecord &)> &change);

    Workspace &m_workspace;
};

} // namespace cd::models
