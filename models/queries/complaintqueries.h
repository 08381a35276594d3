#pragma once

#include "queuequery.h"
#include "records.h"
#include "result.h"
#include "slareminders.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace cd::models {

class Workspace;

// A caller as the agent sees them while the phone rings.
struct CallerHistory
{
    QString phoneE164;
    QString phoneDisplay;
    std::optional<storage::CustomerRecord> customer; // none: first call from this number
    QList<storage::ComplaintRecord> complaints; // newest first, at most historyLimit
    QList<storage::CallRecord> calls; // newest first, at most historyLimit
};

// Everything the detail pane and `show` present about one complaint.
struct ComplaintDetail
{
    storage::ComplaintRecord complaint;
    storage::CustomerRecord customer;
    QString createdByName;
    QString assigneeName;
    QList<storage::CallRecord> calls; // oldest first
    QList<storage::EventRecord> events; // oldest first
    QString routingRuleName; // empty: routed to the category's default
    struct Share
    {
        qint64 departmentId = 0;
        qint64 heldMs = 0;
    };
    QList<Share> departmentShares; // time each department held it, until now
    DeadlineExplanation deadlines; // why each due time is what it is
    rules::SlaState slaState = rules::SlaState::OnTrack; // at the clock's now
};

// The deadline queues: due later today, at risk (past 75 % of a target), overdue.
enum class DeadlineFilter { None, DueToday, AtRisk, Overdue };

// Read-only questions about complaints; never writes.
class ComplaintQueries
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintQueries)
public:
    static constexpr int historyLimit = 20;

    explicit ComplaintQueries(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // `phone` as typed; an invalid number is an Error with field "phone".
    Result<CallerHistory> callerHistory(const QString &phone) const;

    // Refused (and recorded) unless the actor may see the complaint.
    Result<ComplaintDetail> detail(qint64 complaintId) const;
    Result<ComplaintDetail> detailByReference(const QString &reference) const;

    // One complaint's customer's full phone number, on purpose, for leads and
    // administrators; each reveal is a "personal_data_revealed" audit event. Everywhere
    // else everybody, whatever their role, sees maskedPhone().
    Result<QString> revealPhone(qint64 complaintId);
    // Active agents and leads with a department: whom a complaint can be given to.
    Result<QList<storage::UserRecord>> assignablePeople() const;
    // `phone` (E.164) as everybody sees it in lists, the detail, the CLI and exports:
    // the national form, masked ("138****5678"). Thread-safe: queue reads format their rows
    // where they run.
    static QString maskedPhone(const QString &phone);

    // One page of a complaint queue (keyset-paged; see QueueRepository::queuePage),
    // limited to what the actor may see. The queue model and `complaintdesk-cli list` both
    // read through here.
    Result<QList<storage::QueueRow>>
    queuePage(const storage::QueueQuery &query, const std::optional<storage::QueueCursor> &after,
              int limit, storage::QueueDirection direction = storage::QueueDirection::Forward,
              int offset = 0) const;
    Result<std::optional<storage::QueueRow>> queueRow(qint64 complaintId) const;
    // How many complaints the whole queue holds, of those the actor may see.
    Result<qint64> queueCount(const storage::QueueQuery &query) const;
    // Narrows `query` to a deadline queue as of `nowMs` ("today" is the business time
    // zone's day) and orders it by due time, soonest first.
    static void restrictToDeadline(storage::QueueQuery &query, DeadlineFilter filter, qint64 nowMs);
    // `query` narrowed to the complaints the actor may see: what queuePage() and
    // queueCount() read, and what a read on another thread must be given (QueueReader).
    storage::QueueQuery visibleOnly(storage::QueueQuery query) const;

private:
    Result<ComplaintDetail> complete(storage::ComplaintRecord complaint) const;

    Workspace &m_workspace;
};

} // namespace cd::models
