// ComplaintService's intake: validating a call, logging it as a new complaint or as a
// follow-up call on an open one (the workflow moves are in complaintservice.cpp).
#include "complaintservice.h"

#include "auditlog.h"
#include "callrepository.h"
#include "classifierservice.h"
#include "complaintbuilder.h"
#include "complaintrepository.h"
#include "customerrepository.h"
#include "draftservice.h"
#include "eventrepository.h"
#include "formatting.h"
#include "freetext.h"
#include "money.h"
#include "permissions.h"
#include "phonenumber.h"
#include "reference.h"
#include "routingrepository.h"
#include "slaclocks.h"
#include "transaction.h"
#include "workflow.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::models {

namespace {

// The earliest receipt time a complaint may have: 2000-01-01 00:00, business time.
qint64 earliestReceipt()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), rules::businessTimeZone()).toMSecsSinceEpoch();
}

} // namespace

QList<Error> ComplaintService::validate(const NewCallInput &in) const
{
    QList<Error> errors;
    const auto phone = rules::PhoneNumbers::parse(in.phone);
    if (!phone)
        errors << phone.error();

    auto description =
        storedText(in.description, maxDescriptionLength, QStringLiteral("description"));
    if (!description) {
        errors << description.error();
    } else if (description->text.isEmpty()) {
        errors << Error::invalid(tr("Describe the complaint in the caller's words."),
                                 QStringLiteral("description"));
    }
    if (auto name = storedText(in.customerName, maxNameLength, QStringLiteral("customer_name"));
        !name)
        errors << name.error();
    if (auto reference = storedText(in.transactionRef, maxTransactionRefLength,
                                    QStringLiteral("transaction_ref"));
        !reference)
        errors << reference.error();
    if (!in.amountText.trimmed().isEmpty()) {
        if (auto amount = rules::Money::parseYuan(in.amountText); !amount)
            errors << amount.error();
    }
    const qint64 now = m_workspace.clock().nowMs();
    if (in.receivedAt
        && (*in.receivedAt < earliestReceipt() || *in.receivedAt > now + maxClockSkewMs)) {
        errors << Error::invalid(tr("The receipt time must lie between 2000-01-01 and five "
                                    "minutes from now (%1).")
                                     .arg(Formatting::dateTime(now + maxClockSkewMs)),
                                 QStringLiteral("received_at"));
    }

    if (in.followUpOf)
        return errors; // the complaint keeps its classification

    const auto *category =
        in.categoryId ? m_workspace.taxonomy().category(*in.categoryId) : nullptr;
    if (!category || !category->active) {
        errors << Error::invalid(tr("Choose the category of the complaint."),
                                 QStringLiteral("category"));
    } else if (in.subcategoryId) {
        const auto *sub = m_workspace.taxonomy().subcategory(*in.subcategoryId);
        if (!sub || sub->categoryId != category->id || !sub->active) {
            errors << Error::invalid(tr("This sub-category does not belong to the category."),
                                     QStringLiteral("subcategory"));
        }
    }
    return errors;
}

Result<LogCallOutcome> ComplaintService::logCall(const NewCallInput &in)
{
    if (!rules::canLogCalls(m_workspace.rulesActor()))
        return Error::permission(tr("Sign in before logging calls."));
    if (const QList<Error> errors = validate(in); !errors.isEmpty())
        return errors.first();
    // Card and ID numbers never reach the store: each path stores its texts redacted.
    const rules::Redaction name = storedText(in.customerName, maxNameLength, {}).value();
    const rules::PhoneNumber phone = rules::PhoneNumbers::parse(in.phone).value();
    const qint64 now = m_workspace.clock().nowMs();
    std::optional<rules::Classifier::FeatureKeys> learnt;
    auto logged = storage::inTransaction(m_workspace.database(), [&]() -> Result<LogCallOutcome> {
        if (in.removesDraft) {
            if (auto removed = DraftService(m_workspace).discardCallDraft(); !removed)
                return removed.error();
        }
        if (!in.saveId.isEmpty()) {
            auto earlier = earlierSave(in.saveId);
            if (!earlier)
                return earlier.error();
            if (*earlier)
                return **earlier;
        }
        auto caller = findOrAddCaller(phone.e164, name.text, now);
        if (!caller)
            return caller.error();
        LogCallOutcome outcome;
        auto path = in.followUpOf ? attachFollowUp(in, *caller, outcome)
                                  : createComplaint(in, *caller, outcome, learnt);
        if (!path)
            return path.error();
        outcome.maskedNumbers += name.cardNumbers + name.idNumbers;

        storage::CallRecord call;
        call.customerId = caller->id;
        call.complaintId = outcome.complaintId;
        call.agentId = m_workspace.actor().id;
        call.channel = rules::code(in.channel);
        call.startedAt = in.callStartedAt.value_or(now);
        call.durationMs = std::max<qint64>(0, in.callDurationMs);
        call.notes = path->description;
        call.followUp = outcome.followUp;
        call.externalCallId = in.externalCallId;
        call.line = in.line;
        call.saveId = in.saveId;
        auto callId = storage::CallRepository(m_workspace.database().connection()).insert(call);
        if (!callId)
            return callId.error();
        outcome.callId = *callId;
        if (auto appended = auditlog::append(m_workspace, path->event); !appended)
            return appended.error();
        return outcome;
    });
    if (!logged && !in.saveId.isEmpty()) {
        // The same save, sent again while the first was still committing on a connection
        // that broke, waits on the save id's unique index and then fails: it was saved.
        if (auto earlier = earlierSave(in.saveId); earlier && *earlier)
            return **earlier;
    }
    if (!logged || logged->alreadySaved)
        return logged;
    if (logged->followUp) {
        Q_EMIT complaintChanged(logged->complaintId);
    } else {
        m_workspace.classifier().learn(*in.categoryId, in.subcategoryId, *learnt);
        Q_EMIT complaintCreated(logged->complaintId);
    }
    return logged;
}

Result<std::optional<LogCallOutcome>> ComplaintService::earlierSave(const QString &saveId) const
{
    const QSqlDatabase db = m_workspace.database().connection();
    auto call = storage::CallRepository(db).bySaveId(saveId);
    if (!call)
        return call.error();
    if (!*call || !(*call)->complaintId)
        return std::optional<LogCallOutcome>();
    auto complaint = storage::ComplaintRepository(db).findById(*(*call)->complaintId);
    if (!complaint)
        return complaint.error();
    if (!*complaint)
        return std::optional<LogCallOutcome>();
    LogCallOutcome outcome;
    outcome.complaintId = (*complaint)->id;
    outcome.reference = (*complaint)->reference;
    outcome.callId = (*call)->id;
    outcome.followUp = (*call)->followUp;
    outcome.status = (*complaint)->status;
    outcome.departmentId = (*complaint)->departmentId;
    outcome.alreadySaved = true;
    return std::optional<LogCallOutcome>(outcome);
}

Result<storage::CustomerRecord> ComplaintService::findOrAddCaller(const QString &e164,
                                                                  const QString &name, qint64 now)
{
    storage::CustomerRepository customers(m_workspace.database().connection());
    auto existing = customers.findByPhone(e164);
    if (!existing)
        return existing.error();
    if (!*existing) {
        storage::CustomerRecord added {0, e164, name, now};
        auto id = customers.insert(added);
        if (!id)
            return id.error();
        added.id = *id;
        return added;
    }
    storage::CustomerRecord caller = **existing;
    if (!name.isEmpty() && name != caller.name) {
        if (auto updated = customers.updateName(caller.id, name); !updated)
            return updated.error();
        caller.name = name;
    }
    return caller;
}

Result<ComplaintService::LoggedCall>
ComplaintService::attachFollowUp(const NewCallInput &in, const storage::CustomerRecord &caller,
                                 LogCallOutcome &outcome)
{
    storage::ComplaintRepository complaints(m_workspace.database().connection());
    auto target = complaints.findById(*in.followUpOf);
    if (!target)
        return target.error();
    if (!*target || (*target)->customerId != caller.id) {
        return Error::invalid(tr("The follow-up must be attached to a complaint of this "
                                 "caller."),
                              QStringLiteral("follow_up"));
    }
    const auto status = rules::statusFromCode((*target)->status);
    if (!status || !rules::isOpen(*status)) {
        return Error::invalid(tr("Complaint %1 is closed; log a new complaint or reopen it.")
                                  .arg((*target)->reference),
                              QStringLiteral("follow_up"));
    }
    const rules::Redaction note = storedText(in.description, maxDescriptionLength, {}).value();
    outcome.complaintId = (*target)->id;
    outcome.reference = (*target)->reference;
    outcome.status = (*target)->status;
    outcome.departmentId = (*target)->departmentId;
    outcome.followUp = true;
    outcome.maskedNumbers = note.cardNumbers + note.idNumbers;
    if (auto touched = complaints.touch(outcome.complaintId, m_workspace.clock().nowMs()); !touched)
        return touched.error();
    // The customer is on the line: that is a contact for the first-response clock.
    storage::ComplaintRecord attached = **target;
    if (auto contacted = m_workspace.slaClocks().applyFirstContact(attached); !contacted)
        return contacted.error();
    auditlog::Entry entry =
        auditlog::complaintEvent(QStringLiteral("call_attached"), outcome.complaintId, note.text);
    entry.details = {{QStringLiteral("channel"), rules::code(in.channel)},
                     {QStringLiteral("duration_ms"), in.callDurationMs},
                     {QStringLiteral("due"), auditlog::dueTimesOf(attached)}};
    return LoggedCall {entry, note.text};
}

Result<ComplaintService::LoggedCall>
ComplaintService::createComplaint(const NewCallInput &in, const storage::CustomerRecord &caller,
                                  LogCallOutcome &outcome,
                                  std::optional<rules::Classifier::FeatureKeys> &features)
{
    const QSqlDatabase db = m_workspace.database().connection();
    storage::ComplaintRepository complaints(db);
    storage::RoutingRepository routing(db);
    const qint64 now = m_workspace.clock().nowMs();
    ComplaintFacts facts;
    facts.categoryId = *in.categoryId;
    facts.subcategoryId = in.subcategoryId;
    facts.severity = in.severity;
    facts.channel = in.channel;
    facts.demand = in.demand;
    facts.businessType = in.businessType;
    facts.description = in.description;
    if (!in.amountText.trimmed().isEmpty())
        facts.amountFen = rules::Money::parseYuan(in.amountText).value();
    facts.transactionRef = in.transactionRef;
    facts.solvedOnCall = in.solvedOnCall;
    facts.receivedAt = in.receivedAt.value_or(in.callStartedAt.value_or(now));
    facts.savedAt = now;
    facts.agentId = m_workspace.actor().id;

    const ComplaintBuilder builder(m_workspace.taxonomy(), m_workspace.slaClocks(),
                                   m_workspace.classifier());
    auto ruleList = routing.rules();
    if (!ruleList)
        return ruleList.error();
    BuiltComplaint built = builder.route(*ruleList, facts);
    rules::AgentPool pool;
    if (!facts.solvedOnCall && built.decision.strategy != rules::AssignmentStrategy::Queue) {
        auto read = routing.agentPool(built.decision.departmentId);
        if (!read)
            return read.error();
        pool = *read;
    }
    const QDate day =
        QDateTime::fromMSecsSinceEpoch(facts.receivedAt, rules::businessTimeZone()).date();
    auto sequence = complaints.nextReferenceSequence(rules::referenceDayKey(day));
    if (!sequence)
        return sequence.error();
    builder.complete(built, facts, pool, rules::formatReference(day, *sequence));
    storage::ComplaintRecord &c = built.record;
    c.customerId = caller.id;
    if (built.roundRobinPicked) {
        if (auto set = routing.setLastRoundRobin(c.departmentId, *c.assigneeId); !set)
            return set.error();
    }
    auto id = complaints.insert(c);
    if (!id)
        return id.error();
    c.id = *id;
    if (auto indexed = complaints.setSearchTokens(
            c.id,
            storage::searchTokensOf(c.reference, caller.name, caller.phone, c.description,
                                    c.transactionRef));
        !indexed)
        return indexed.error();
    if (auto held = routing.moveHold(c.id, c.departmentId, c.receivedAt); !held)
        return held.error();
    outcome.complaintId = c.id;
    outcome.reference = c.reference;
    outcome.status = c.status;
    outcome.departmentId = c.departmentId;
    outcome.maskedNumbers = built.maskedNumbers;
    outcome.suggestionFollowed = built.suggestionFollowed;
    features = std::move(built.features);
    return LoggedCall {createdEntry(c, m_workspace.taxonomy(), built.decision), c.description};
}

auditlog::Entry ComplaintService::createdEntry(const storage::ComplaintRecord &c,
                                               const Taxonomy &taxonomy,
                                               const rules::RoutingDecision &decision)
{
    auditlog::Entry entry = auditlog::complaintEvent(QStringLiteral("complaint_created"), c.id);
    entry.toStatus = c.status;
    if (c.solvedOnCall)
        entry.note = tr("Solved on the call.");
    entry.details = {
        {QStringLiteral("reference"), c.reference},
        {QStringLiteral("category"), taxonomy.categoryCode(c.categoryId)},
        {QStringLiteral("subcategory"), taxonomy.subcategoryCode(c.subcategoryId)},
        {QStringLiteral("severity"), c.severity},
        {QStringLiteral("channel"), c.channel},
        {QStringLiteral("department"), taxonomy.departmentCode(c.departmentId)},
        {QStringLiteral("demand"), c.demand},
        {QStringLiteral("business_type"), c.businessType},
        {QStringLiteral("amount_fen"), c.amountFen ? QJsonValue(*c.amountFen) : QJsonValue()},
        {QStringLiteral("solved_on_call"), c.solvedOnCall},
        {QStringLiteral("received_at"), c.receivedAt},
        {QStringLiteral("routing_rule"), decision.ruleName},
        {QStringLiteral("routing"), decision.reasons.join(u' ')},
        {QStringLiteral("assignee_id"),
         c.assigneeId ? QJsonValue(double(*c.assigneeId)) : QJsonValue()},
        {QStringLiteral("due"), auditlog::dueTimesOf(c)},
    };
    return entry;
}

} // namespace cd::models
