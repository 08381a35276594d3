#include "complaintservice.h"

#include "auditlog.h"
#include "classifierservice.h"
#include "complaintrepository.h"
#include "customerrepository.h"
#include "eventrepository.h"
#include "formatting.h"
#include "freetext.h"
#include "permissions.h"
#include "personaldataeraser.h"
#include "personaldatarepository.h"
#include "redaction.h"
#include "routing.h"
#include "routingrepository.h"
#include "slaclocks.h"
#include "sqlquery.h"
#include "transaction.h"
#include "userrepository.h"
#include "workflow.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::models {

namespace {

// Whom a routed complaint goes to in `departmentId` under `strategy` (none: the queue).
Result<std::optional<qint64>> pickAssignee(storage::RoutingRepository &routing, qint64 departmentId,
                                           rules::AssignmentStrategy strategy)
{
    if (strategy == rules::AssignmentStrategy::Queue)
        return std::optional<qint64>();
    auto pool = routing.agentPool(departmentId);
    if (!pool)
        return pool.error();
    const std::optional<qint64> next = rules::Routing::assignee(strategy, *pool);
    if (next && strategy == rules::AssignmentStrategy::RoundRobin) {
        if (auto set = routing.setLastRoundRobin(departmentId, *next); !set)
            return set.error();
    }
    return next;
}

} // namespace

ComplaintService::ComplaintService(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

auditlog::Entry ComplaintService::statusChangeEntry(const storage::ComplaintRecord &before,
                                                    rules::Status to, const QString &note)
{
    const auto from = rules::statusFromCode(before.status);
    auditlog::Entry entry = auditlog::complaintEvent(from && rules::isReopening(*from, to)
                                                         ? QStringLiteral("reopened")
                                                         : QStringLiteral("status_changed"),
                                                     before.id);
    entry.fromStatus = before.status;
    entry.toStatus = rules::code(to);
    entry.note = note;
    entry.details = {
        {QStringLiteral("before"), QJsonObject {{QStringLiteral("status"), before.status}}},
        {QStringLiteral("after"), QJsonObject {{QStringLiteral("status"), rules::code(to)}}}};
    return entry;
}

Result<int> ComplaintService::changeStatus(const AsSeen &complaint, rules::Status expected,
                                           rules::Status to, const QString &note)
{
    const auto stored = storedText(note, maxNoteLength, QStringLiteral("note"));
    if (!stored)
        return stored.error();
    const rules::Redaction &redaction = *stored;
    const QString trimmedNote = redaction.text;
    if (trimmedNote.isEmpty())
        return Error::invalid(tr("Write a note saying why the status changes."),
                              QStringLiteral("note"));
    return workOn<int>(
        complaint, QStringLiteral("change_status"),
        [&](const storage::ComplaintRecord &c) -> Result<int> {
            const auto current = rules::statusFromCode(c.status);
            if (!current || *current != expected) {
                return Error::conflict(
                    tr("Complaint %1 is now \"%2\": someone changed it meanwhile. "
                       "Look at it again before changing its status.")
                        .arg(c.reference, current ? rules::Labels::status(*current) : c.status));
            }
            if (!rules::canMove(*current, to)) {
                return Error::invalid(
                    tr("A complaint cannot move from \"%1\" to \"%2\".")
                        .arg(rules::Labels::status(*current), rules::Labels::status(to)),
                    QStringLiteral("status"));
            }
            const qint64 now = m_workspace.clock().nowMs();
            const std::optional<qint64> closedAt =
                to == rules::Status::Closed ? std::optional<qint64>(now) : std::nullopt;
            if (auto updated = storage::ComplaintRepository(m_workspace.database().connection())
                                   .updateStatus(c.id, rules::code(to), now, closedAt);
                !updated)
                return updated.error();
            storage::ComplaintRecord moved = c;
            moved.status = rules::code(to);
            if (auto clocks =
                    m_workspace.slaClocks().applyStatusChange(moved, *current, to, trimmedNote);
                !clocks)
                return clocks.error();
            auditlog::Entry entry = statusChangeEntry(c, to, trimmedNote);
            entry.details.insert(QStringLiteral("due"), auditlog::dueTimesOf(moved));
            if (auto appended = auditlog::append(m_workspace, entry); !appended)
                return appended.error();
            return redaction.cardNumbers + redaction.idNumbers;
        });
}

Error ComplaintService::changedMeanwhile(const storage::ComplaintRecord &complaint)
{
    QString who = tr("another desk");
    QString when;
    auto last =
        storage::ComplaintRepository(m_workspace.database().connection()).lastChange(complaint.id);
    if (last && *last) {
        const auto &change = **last;
        if (!change.actorUsername.isEmpty())
            who = QStringLiteral("%1 (%2)").arg(change.actorName, change.actorUsername);
        when = Formatting::dateTime(change.at);
    }
    return Error::conflict(
        when.isEmpty()
            ? tr("Complaint %1 was changed by %2 while you were working on it, so your change "
                 "was not saved. Look at the complaint again, then make your change once more.")
                  .arg(complaint.reference, who)
            : tr("Complaint %1 was changed by %2 at %3 while you were working on it, so your "
                 "change was not saved. Look at the complaint again, then make your change once "
                 "more.")
                  .arg(complaint.reference, who, when));
}

template<typename T>
Result<T>
ComplaintService::workOn(const AsSeen &complaint, const QString &action,
                         const std::function<Result<T>(const storage::ComplaintRecord &)> &work)
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in before working on complaints."));
    std::optional<storage::ComplaintRecord> refused;
    auto done = storage::inTransaction(m_workspace.database(), [&]() -> Result<T> {
        auto found = storage::ComplaintRepository(m_workspace.database().connection())
                         .findById(complaint.id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::notFound(tr("The complaint does not exist."));
        const storage::ComplaintRecord &c = **found;
        if (!rules::canWorkOn(m_workspace.rulesActor(),
                              {c.departmentId, c.assigneeId, c.createdBy})) {
            refused = c;
            return Error::permission({}); // rolled back; the refusal is recorded below
        }
        if (complaint.version && *complaint.version != c.version)
            return changedMeanwhile(c); // changed since the user saw it
        auto claimed = storage::ComplaintRepository(m_workspace.database().connection())
                           .claim(c.id, c.version);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            return changedMeanwhile(c);
        return work(c);
    });
    if (!refused) {
        if (done)
            Q_EMIT complaintChanged(complaint.id);
        return done;
    }
    // Recorded once the transaction has rolled back, so that the refusal itself is kept.
    return auditlog::refuse(
        m_workspace, action,
        tr("You may not work on complaint %1: it belongs to %2.")
            .arg(refused->reference, m_workspace.taxonomy().departmentName(refused->departmentId)),
        refused->id);
}

// transfer() and escalate() (complaintassignment.cpp) work through it too.
template Result<void> ComplaintService::workOn<void>(
    const AsSeen &, const QString &,
    const std::function<Result<void>(const storage::ComplaintRecord &)> &);

Result<rules::Redaction> ComplaintService::storedText(const QString &typed, qsizetype maxCharacters,
                                                      const QString &field)
{
    const QString text = rules::FreeText::withUnixLineBreaks(typed).trimmed();
    if (auto checked = rules::FreeText::check(text, maxCharacters, field); !checked)
        return checked.error();
    return rules::redactSensitiveNumbers(text);
}

Result<QString> ComplaintService::checkedNote(const QString &note, bool required,
                                              const QString &field)
{
    auto stored = storedText(note, maxNoteLength, field);
    if (!stored)
        return stored.error();
    if (required && stored->text.isEmpty())
        return Error::invalid(tr("Write the note."), field);
    return stored->text;
}

Result<QString> ComplaintService::checkedReason(const QString &reason)
{
    auto stored = storedText(reason, maxNoteLength, QStringLiteral("reason"));
    if (!stored)
        return stored.error();
    if (stored->text.isEmpty())
        return Error::invalid(tr("Give a reason."), QStringLiteral("reason"));
    return stored->text;
}

Result<QString> ComplaintService::signedInReason(const QString &reason) const
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in before working on complaints."));
    return checkedReason(reason);
}

Result<void> ComplaintService::reclassify(const AsSeen &complaint, qint64 categoryId,
                                          std::optional<qint64> subcategoryId,
                                          const QString &reason)
{
    auto why = signedInReason(reason);
    if (!why)
        return why.error();
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    const auto *category = taxonomy.category(categoryId);
    if (!category || !category->active)
        return Error::invalid(tr("Choose the category of the complaint."),
                              QStringLiteral("category"));
    if (subcategoryId) {
        const auto *sub = taxonomy.subcategory(*subcategoryId);
        if (!sub || sub->categoryId != categoryId || !sub->active)
            return Error::invalid(tr("This sub-category does not belong to the category."),
                                  QStringLiteral("subcategory"));
    }
    std::optional<storage::ComplaintRecord> corrected;
    auto done = workOn<void>(
        complaint, QStringLiteral("reclassify"),
        [&](const storage::ComplaintRecord &before) -> Result<void> {
            const QSqlDatabase db = m_workspace.database().connection();
            storage::ComplaintRepository complaints(db);
            storage::RoutingRepository routing(db);
            if (before.categoryId == categoryId && before.subcategoryId == subcategoryId)
                return Error::invalid(
                    tr("Complaint %1 has this classification already.").arg(before.reference),
                    QStringLiteral("category"));
            storage::ComplaintRecord after = before;
            after.categoryId = categoryId;
            after.subcategoryId = subcategoryId;
            QStringList routingReasons;
            // Routing runs again unless a person placed the complaint by hand.
            if (!before.assignedManually && rules::isOpen(*rules::statusFromCode(before.status))) {
                auto ruleList = routing.rules();
                if (!ruleList)
                    return ruleList.error();
                const rules::RoutingDecision decision = rules::Routing::route(
                    *ruleList,
                    {categoryId, subcategoryId,
                     rules::severityFromCode(before.severity).value_or(rules::Severity::P3),
                     rules::channelFromCode(before.channel).value_or(rules::Channel::Hotline),
                     before.amountFen, before.description},
                    category->defaultDepartmentId);
                routingReasons = decision.reasons;
                after.routingRuleId = decision.ruleId;
                after.severity = rules::code(decision.severity);
                if (decision.departmentId != before.departmentId) {
                    after.departmentId = decision.departmentId;
                    auto assignee = pickAssignee(routing, decision.departmentId, decision.strategy);
                    if (!assignee)
                        return assignee.error();
                    after.assigneeId = *assignee;
                    if (after.assigneeId && after.status == QLatin1String("NEW"))
                        after.status = rules::code(rules::Status::Assigned);
                    else if (!after.assigneeId && after.status == QLatin1String("ASSIGNED"))
                        after.status = rules::code(rules::Status::New);
                }
            }
            after.updatedAt = m_workspace.clock().nowMs();
            if (auto updated = complaints.updateClassification(after); !updated)
                return updated;
            if (auto reviewed = complaints.setNeedsReview(before.id, false); !reviewed)
                return reviewed; // a person decided the category
            corrected = before;
            // Severity and category choose the deadline policy.
            if (auto clocks = m_workspace.slaClocks().refreshClocks(after, true); !clocks)
                return clocks;
            if (after.departmentId != before.departmentId) {
                if (auto held = routing.moveHold(before.id, after.departmentId, after.updatedAt);
                    !held)
                    return held;
            }
            auto describe = [&taxonomy](const storage::ComplaintRecord &r) {
                return QJsonObject {
                    {QStringLiteral("category"), taxonomy.categoryCode(r.categoryId)},
                    {QStringLiteral("subcategory"), taxonomy.subcategoryCode(r.subcategoryId)},
                    {QStringLiteral("department"), taxonomy.departmentCode(r.departmentId)},
                    {QStringLiteral("severity"), r.severity},
                    {QStringLiteral("assignee_id"),
                     r.assigneeId ? QJsonValue(double(*r.assigneeId)) : QJsonValue()}};
            };
            auditlog::Entry entry =
                auditlog::complaintEvent(QStringLiteral("reclassified"), before.id, *why);
            entry.fromStatus = after.status != before.status ? before.status : QString();
            entry.toStatus = after.status != before.status ? after.status : QString();
            entry.details = {{QStringLiteral("before"), describe(before)},
                             {QStringLiteral("after"), describe(after)},
                             {QStringLiteral("routing"),
                              before.assignedManually ? QStringLiteral("kept: assigned by hand")
                                                      : routingReasons.join(u' ')},
                             {QStringLiteral("due"), auditlog::dueTimesOf(after)}};
            if (auto appended = auditlog::append(m_workspace, entry); !appended)
                return appended.error();
            return {};
        });
    if (done && corrected) {
        // An agent's correction is a training example: the old category loses it.
        m_workspace.classifier().correct(corrected->categoryId, corrected->subcategoryId,
                                         categoryId, subcategoryId, corrected->description);
    }
    return done;
}

Result<int> ComplaintService::anonymiseExpiredCustomers(bool dryRun)
{
    if (!rules::canRunRetention(m_workspace.rulesActor())) {
        return auditlog::refuse(m_workspace, QStringLiteral("anonymise"),
                                tr("Only an administrator may anonymise customers."));
    }
    const qint64 now = m_workspace.clock().nowMs();
    const qint64 cutoff =
        QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addYears(-retentionYears).toMSecsSinceEpoch();
    const QSqlDatabase db = m_workspace.database().connection();
    storage::PersonalDataRepository store(db);
    std::optional<bool> secureDelete;
    if (!dryRun) {
        // What is erased is overwritten, not left in free pages.
        auto before = store.setSecureDelete(true);
        if (!before)
            return before.error();
        secureDelete = *before;
    }
    auto anonymised = storage::inTransaction(m_workspace.database(), [&]() -> Result<int> {
        auto expired = storage::CustomerRepository(db).pastRetention(cutoff);
        if (!expired)
            return expired.error();
        if (dryRun)
            return int(expired->size());
        int erased = 0;
        for (const qint64 id : std::as_const(*expired)) {
            auto done = eraseCustomer(m_workspace, id);
            if (!done)
                return done.error();
            erased += *done;
        }
        if (!expired->isEmpty()) {
            if (auto compacted = store.compactSearchIndex(); !compacted)
                return compacted.error();
        }
        if (auto appended = auditlog::append(m_workspace,
                                             {QStringLiteral("customers_anonymised"),
                                              std::nullopt,
                                              {{QStringLiteral("count"), int(expired->size())},
                                               {QStringLiteral("erased"), erased},
                                               {QStringLiteral("closed_before"), cutoff}},
                                              {},
                                              {},
                                              {},
                                              std::nullopt});
            !appended)
            return appended.error();
        return int(expired->size());
    });
    if (secureDelete) {
        if (anonymised && *anonymised > 0)
            store.truncateWriteAheadLog();
        [[maybe_unused]] auto restored = store.setSecureDelete(*secureDelete);
    }
    return anonymised;
}

} // namespace cd::models
