#pragma once

#include "auditlog.h"
#include "classifier.h"
#include "codes.h"
#include "records.h"
#include "redaction.h"
#include "result.h"
#include "routing.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace cd::models {

class Taxonomy;
class Workspace;

// What an agent enters for one call (Log-call pane, `complaintdesk-cli log`).
struct NewCallInput
{
    QString phone; // as typed; normalised by the service
    QString customerName; // optional; updates the customer's name
    rules::Channel channel = rules::Channel::Hotline;
    QString description; // required; at most maxDescriptionLength
    std::optional<qint64> categoryId; // required for a new complaint
    std::optional<qint64> subcategoryId; // must belong to the category
    std::optional<rules::Severity> severity; // default: the category's
    // None: the one the description clearly points to, else Explanation and Other
    // (ComplaintFacts).
    std::optional<rules::Demand> demand;
    std::optional<rules::BusinessType> businessType;
    QString amountText; // yuan as typed; empty: no amount
    QString transactionRef;
    bool solvedOnCall = false;
    // Set to attach the call to this open complaint of the same caller as a follow-up
    // instead of creating a complaint.
    std::optional<qint64> followUpOf;
    std::optional<qint64> receivedAt; // default: callStartedAt, else now
    std::optional<qint64> callStartedAt; // default: now
    qint64 callDurationMs = 0;
    QString externalCallId; // the phone system's call id (screen pop); optional
    QString line; // the line the call rang on (screen pop); optional
    // The desk's id of this save (e.g. a UUID made when the form first saved the call):
    // a save sent again with the same id, because the outcome of the first was lost with
    // the connection, returns the call the first one made instead of logging it twice.
    // Empty: no such check.
    QString saveId;
    // The call comes from the actor's Log-call form: its draft (DraftService) is removed
    // in the same transaction, so a saved call is never offered again and a failed save
    // keeps it.
    bool removesDraft = false;
};

struct LogCallOutcome
{
    qint64 complaintId = 0;
    QString reference;
    qint64 callId = 0;
    bool followUp = false;
    QString status; // the complaint's status after the call (e.g. ASSIGNED by routing)
    qint64 departmentId = 0; // where routing sent it (the complaint's department)
    int maskedNumbers = 0; // card and ID numbers masked in the free text before saving
    bool suggestionFollowed = false; // the category is the classifier's clear suggestion
    // An earlier save with the same NewCallInput::saveId had logged the call: nothing was
    // saved now; the fields above name that call and its complaint as it is now.
    bool alreadySaved = false;
};

// The only writer of complaints and calls. Each public method is one transaction that
// validates, writes and appends the audit events, or changes nothing.
class ComplaintService : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxDescriptionLength = 20000;
    static constexpr int maxNoteLength = 5000;
    static constexpr int maxNameLength = 100;
    static constexpr int maxTransactionRefLength = 64;
    // How far ahead of this computer's clock a receipt time may be (another desk's clock).
    static constexpr qint64 maxClockSkewMs = 5 * 60 * 1000;

    explicit ComplaintService(Workspace &workspace, QObject *parent = nullptr);

    // Every problem with `input`, each naming its field ("phone", "description",
    // "category", "subcategory", "amount", "transaction_ref", "customer_name",
    // "follow_up", "received_at"); empty when it can be saved.
    QList<Error> validate(const NewCallInput &input) const;

    Result<LogCallOutcome> logCall(const NewCallInput &input);

    // A complaint as the user last saw it. A change given the version seen is refused, as a
    // Conflict naming who changed the complaint and when, if it has changed since (at
    // another desk or in another program), instead of overwriting that change unseen. Given
    // only an id, a change applies to the complaint as it is (scripts, the CLI).
    struct AsSeen
    {
        AsSeen(qint64 complaintId)
            : id(complaintId)
        {
        } // NOLINT: any version, by design
        AsSeen(qint64 complaintId, qint64 seenVersion)
            : id(complaintId)
            , version(seenVersion)
        {
        }
        qint64 id = 0;
        std::optional<qint64> version;
    };

    // Moves the complaint along the workflow. `expected` is the status the user saw; a
    // different current status is a Conflict. The note is required. Returns how many card
    // and ID numbers were masked in the note.
    Result<int> changeStatus(const AsSeen &complaint, rules::Status expected, rules::Status to,
                             const QString &note);

    // The audit entries logCall() and changeStatus() write, for writers that keep
    // complaints in memory (the demonstration data). `complaint.id` must be set.
    static auditlog::Entry createdEntry(const storage::ComplaintRecord &complaint,
                                        const Taxonomy &taxonomy,
                                        const rules::RoutingDecision &decision);
    static auditlog::Entry statusChangeEntry(const storage::ComplaintRecord &before,
                                             rules::Status to, const QString &note);
    // The complaint as a transfer at `at` to `departmentId` (and `assigneeId`) leaves it:
    // placed by hand, NEW becoming ASSIGNED when a person takes it.
    static storage::ComplaintRecord transferred(const storage::ComplaintRecord &before,
                                                qint64 departmentId,
                                                std::optional<qint64> assigneeId, qint64 at);
    // The event of that transfer (`type` "transferred" or "reassigned_in_bulk"); assignees
    // by user name, `assigneeName` the person's display name.
    static auditlog::Entry transferEntry(const Taxonomy &taxonomy,
                                         const storage::ComplaintRecord &before,
                                         const storage::ComplaintRecord &after,
                                         const QString &beforeAssignee,
                                         const QString &afterAssignee, const QString &assigneeName,
                                         const QString &reason, const QString &type);
    static auditlog::Entry escalatedEntry(qint64 complaintId, const QString &reason);
    // recordContact()'s event; `contacted` as the contact leaves it.
    static auditlog::Entry contactEntry(const storage::ComplaintRecord &contacted,
                                        rules::Channel channel, bool first, const QString &note);
    static auditlog::Entry satisfactionEntry(const storage::ComplaintRecord &before, int score,
                                             const QString &comment);

    // Sends the complaint to another department (its queue) or person, with a reason.
    // From then on routing leaves it alone. A person takes their department with them.
    struct Target
    {
        std::optional<qint64> departmentId;
        std::optional<qint64> userId;
    };
    Result<void> transfer(const AsSeen &complaint, const Target &target, const QString &reason);
    // A lead's bulk reassignment, all or nothing; the lead must lead every complaint's
    // department (administrators may move any).
    Result<int> bulkAssign(const QList<qint64> &complaintIds, const Target &target,
                           const QString &reason);
    // Hands the complaint to the department's lead; escalated complaints head the lead's
    // queue.
    Result<void> escalate(const AsSeen &complaint, const QString &reason);

    // Changes the category (and sub-category) with a reason. Routing runs again, unless a
    // person assigned the complaint by hand; a new department starts a new hold.
    Result<void> reclassify(const AsSeen &complaint, qint64 categoryId,
                            std::optional<qint64> subcategoryId, const QString &reason);

    // Records a contact with the customer (an outbound call or message, with a note): the
    // first contact stops the first-response clock.
    Result<void> recordContact(const AsSeen &complaint, const QString &note,
                               rules::Channel channel = rules::Channel::Hotline,
                               qint64 durationMs = 0);
    // A lead of the complaint's department (or an administrator) extends the resolution
    // target by `days` with a reason; only where the policy allows it, up to its maximum,
    // and to a due time at most a year from now.
    Result<void> extendDeadline(const AsSeen &complaint, int days, const QString &reason);
    // Promises the customer a call-back at `at`, still to come and at most a year from now
    // (its reminder comes then); none clears it.
    Result<void> promiseCallback(const AsSeen &complaint, std::optional<qint64> at,
                                 const QString &note);

    // Anonymises the customers whose every complaint was closed more than
    // retentionYears ago (administrators only): eraseCustomer() for each, in one
    // transaction; what was erased is overwritten in the file, the search index compacted
    // and the write-ahead log emptied. `dryRun` only counts them.
    static constexpr int retentionYears = 3;
    Result<int> anonymiseExpiredCustomers(bool dryRun);

    // The customer's satisfaction, 1 (very unhappy) to 5 (very happy), and what they said,
    // once the solution has been told (REPLIED, FOLLOW_UP or CLOSED). Whoever may work on
    // the complaint records it; recording again replaces it (both values are in the event).
    Result<void> recordSatisfaction(const AsSeen &complaint, int score, const QString &comment);

    // A bulk action: the complaints are read one by one, and refused unless the actor leads
    // every one's department (administrators: any), the refusal recorded as `action`;
    // `refusal` is a translated text with %1 for the department and %2 the reference. Then
    // `change` runs on each inside one transaction: the first failure, its message prefixed
    // with the complaint's reference, rolls them all back. Emits complaintChanged for each;
    // the number changed.
    Result<int> changeInBulk(const QList<qint64> &complaintIds, const QString &action,
                             const QString &refusal,
                             const std::function<Result<void>(storage::ComplaintRecord &)> &change);

    // Free text as stored, the one path every typed text takes into the store: line
    // breaks as "\n", trimmed, card and ID numbers masked (rules/redaction.h). Refused,
    // naming `field`, when it holds a control character or more than `maxCharacters`
    // characters (code points).
    static Result<rules::Redaction> storedText(const QString &typed, qsizetype maxCharacters,
                                               const QString &field);
    // storedText() of a reason or note of at most maxNoteLength characters.
    // A reason is required ("reason"); a note may be empty unless `required`.
    static Result<QString> checkedReason(const QString &reason);
    // checkedReason(), once someone is signed in (refused otherwise): the preamble of a
    // change that needs a reason.
    Result<QString> signedInReason(const QString &reason) const;
    static Result<QString> checkedNote(const QString &note, bool required = false,
                                       const QString &field = QStringLiteral("note"));

Q_SIGNALS:
    void complaintCreated(qint64 complaintId);
    void complaintChanged(qint64 complaintId);

private:
    // logCall()'s two paths, inside its transaction: each returns the event of the call
    // and the call's notes (the description as stored).
    struct LoggedCall
    {
        auditlog::Entry event;
        QString description;
    };
    Result<LoggedCall> attachFollowUp(const NewCallInput &in, const storage::CustomerRecord &caller,
                                      LogCallOutcome &outcome);
    Result<LoggedCall> createComplaint(const NewCallInput &in,
                                       const storage::CustomerRecord &caller,
                                       LogCallOutcome &outcome,
                                       std::optional<rules::Classifier::FeatureKeys> &features);
    // The caller with this number, added on the first call; a name given replaces theirs.
    // The outcome of the call an earlier save with `saveId` logged, if one did.
    Result<std::optional<LogCallOutcome>> earlierSave(const QString &saveId) const;
    Result<storage::CustomerRecord> findOrAddCaller(const QString &e164, const QString &name,
                                                    qint64 now);

    // The Conflict of a change that lost to another desk's change of `complaint`: who made
    // that change and when.
    Error changedMeanwhile(const storage::ComplaintRecord &complaint);
    // One unit of work on one complaint: reads it in a write transaction, checks that the
    // actor may work on it and that it is still as seen (a Conflict otherwise), claims its
    // next version, runs `work`, commits and emits complaintChanged. A refusal is
    // recorded (as `action`) after the transaction has rolled back.
    template<typename T>
    Result<T> workOn(const AsSeen &complaint, const QString &action,
                     const std::function<Result<T>(const storage::ComplaintRecord &)> &work);
    // Refused, naming `field`, when `complaint` is closed: a contact or a call-back is
    // recorded on an open complaint only.
    static Result<void> stillOpen(const storage::ComplaintRecord &complaint, const QString &field);
    // changeInBulk()'s selection, read and checked before its transaction.
    Result<QList<storage::ComplaintRecord>>
    selectionToChangeInBulk(const QList<qint64> &complaintIds, const QString &action,
                            const QString &refusal);
    // Moves one complaint inside the caller's transaction.
    Result<void> applyTransfer(const storage::ComplaintRecord &complaint, const Target &target,
                               const QString &reason, const QString &eventType);

    Workspace &m_workspace;
};

} // namespace cd::models
