#pragma once

#include <QString>

#include <optional>

// Rows as the storage layer reads and writes them. Times are UTC epoch milliseconds;
// codes (status, severity, channel, demand) are the stable codes of rules/codes.h.
namespace cd::storage {

struct DepartmentRecord
{
    qint64 id = 0;
    QString code;
    QString nameZh;
    QString nameEn;
    bool active = true;
};

struct CategoryRecord
{
    qint64 id = 0;
    QString code;
    QString nameZh;
    QString nameEn;
    qint64 defaultDepartmentId = 0;
    QString defaultSeverity;
    int position = 0;
    bool active = true;
    QString regulatoryCause = QStringLiteral("SERVICE_QUALITY"); // rules::RegulatoryCause code
};

struct SubcategoryRecord
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString code;
    QString nameZh;
    QString nameEn;
    int position = 0;
    bool active = true;
};

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // agent, lead, admin
    std::optional<qint64> departmentId;
    bool active = true;
    QString passwordHash; // Argon2id string; empty: cannot sign in
    int failedSignIns = 0; // consecutive failures since the last success
    std::optional<qint64> lockedUntil; // UTC ms

    // The name people see: the display name, or the username when there is none.
    QString shownName() const { return displayName.isEmpty() ? username : displayName; }
};

struct CustomerRecord
{
    qint64 id = 0;
    QString phone; // E.164
    QString name;
    qint64 createdAt = 0;
};

struct ComplaintRecord
{
    qint64 id = 0;
    QString reference;
    qint64 customerId = 0;
    qint64 categoryId = 0;
    std::optional<qint64> subcategoryId;
    QString severity;
    QString channel;
    QString status;
    qint64 departmentId = 0;
    std::optional<qint64> assigneeId;
    QString description;
    QString demand;
    std::optional<qint64> amountFen;
    QString transactionRef;
    bool solvedOnCall = false;
    qint64 receivedAt = 0;
    qint64 createdBy = 0;
    qint64 updatedAt = 0;
    qint64 firstResponseDueAt = 0;
    qint64 resolutionDueAt = 0;
    std::optional<qint64> closedAt;
    std::optional<qint64> routingRuleId; // the rule that routed it; none: the fallback
    bool assignedManually = false; // a person assigned it: routing leaves it alone
    std::optional<qint64> escalatedAt;
    QString escalationReason;
    // Deadlines (rules/slaclock.h): the policy chosen, what stopped or paused the clocks,
    // and what the queues order and filter by (noDeadline: no clock running).
    std::optional<qint64> slaPolicyId;
    std::optional<qint64> firstRespondedAt;
    qint64 resolutionStartedAt = 0;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> pausedAt;
    int extensionDays = 0;
    qint64 nextDueAt = 0;
    qint64 nextAtRiskAt = 0;
    bool firstResponseBreached = false; // its breach event has been recorded
    bool resolutionBreached = false;
    std::optional<qint64> callbackAt; // a call-back promised to the customer
    QString callbackNote;
    QString businessType = QStringLiteral("OTHER"); // rules::BusinessType code
    // The customer's satisfaction (1-5) and comment, recorded at follow-up.
    std::optional<int> satisfaction;
    QString satisfactionComment;
    std::optional<qint64> satisfactionAt;
    // A duplicate merged into another complaint (closed; its calls and events stay its own
    // and are shown with the complaint it was merged into).
    std::optional<qint64> mergedIntoId;
    // What the classifier suggested when the complaint was logged, and whether a lead
    // should review the classification (unsure, or the agent chose otherwise).
    std::optional<qint64> suggestedCategoryId;
    double suggestionConfidence = 0;
    bool needsClassificationReview = false;
    // Raised by each change made through a service (ComplaintRepository::claim).
    qint64 version = 1;
};

struct CallRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<qint64> complaintId;
    qint64 agentId = 0;
    QString channel;
    qint64 startedAt = 0;
    qint64 durationMs = 0;
    QString notes;
    bool followUp = false;
    QString externalCallId; // the phone system's id of the call; empty: none
    QString line; // the phone line it rang on; empty: none
    QString saveId; // the desk's id of the save that made it (unique); empty: none
    QString agentName; // read only: joined from users
};

struct EventRecord
{
    qint64 id = 0;
    std::optional<qint64> complaintId;
    std::optional<qint64> actorId;
    qint64 at = 0;
    QString type; // e.g. complaint_created, status_changed
    QString fromStatus;
    QString toStatus;
    QString note;
    QString details; // JSON object
    QString actorName; // read only: joined from users
};

// One change to the store as the live views learn of it (ChangeWatcher): an audit event
// with the complaint it concerns, as that complaint is now.
struct StoreChange
{
    EventRecord event; // details and note not read
    QString reference; // empty for an event of no complaint
    std::optional<qint64> assigneeId; // the complaint's assignee now
    QString assigneeName; // and their user name
    qint64 departmentId = 0; // the complaint's department now
    qint64 createdBy = 0; // who logged the complaint
};

// One line of a complaint queue, with what the queue shows joined in.
struct QueueRow
{
    qint64 id = 0;
    QString reference;
    qint64 receivedAt = 0;
    QString customerPhone;
    QString customerName;
    qint64 categoryId = 0;
    std::optional<qint64> subcategoryId;
    QString severity;
    qint64 departmentId = 0;
    QString assigneeName;
    QString status;
    qint64 resolutionDueAt = 0;
    bool escalated = false;
    std::optional<qint64> routingRuleId;
    qint64 nextDueAt = 0;
    qint64 nextAtRiskAt = 0;
    bool paused = false;
    bool breached = false; // a clock ran past its due time
};

} // namespace cd::storage
