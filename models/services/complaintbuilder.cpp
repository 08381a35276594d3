#include "complaintbuilder.h"

#include "complaintservice.h"
#include "intake.h"
#include "slaclocks.h"
#include "taxonomy.h"

namespace cd::models {

namespace {

// `text` as stored (ComplaintService::storedText; the writer validated it), adding the
// numbers masked in it to `masked`.
QString stored(const QString &text, qsizetype maxCharacters, int &masked)
{
    const rules::Redaction redaction =
        ComplaintService::storedText(text, maxCharacters, {}).value();
    masked += redaction.cardNumbers + redaction.idNumbers;
    return redaction.text;
}

} // namespace

ComplaintBuilder::ComplaintBuilder(const Taxonomy &taxonomy, const SlaClocks &sla,
                                   const ClassifierService &classifier)
    : m_taxonomy(taxonomy)
    , m_sla(sla)
    , m_classifier(classifier)
{
}

BuiltComplaint ComplaintBuilder::route(const QList<rules::RoutingRule> &rules,
                                       const ComplaintFacts &facts) const
{
    BuiltComplaint built;
    storage::ComplaintRecord &c = built.record;
    c.description =
        stored(facts.description, ComplaintService::maxDescriptionLength, built.maskedNumbers);
    c.transactionRef = stored(facts.transactionRef, ComplaintService::maxTransactionRefLength,
                              built.maskedNumbers);
    const storage::CategoryRecord *category = m_taxonomy.category(facts.categoryId);
    const rules::Severity chosen = facts.severity.value_or(
        rules::severityFromCode(category->defaultSeverity).value_or(rules::Severity::P3));
    built.decision = rules::Routing::route(
        rules,
        {category->id, facts.subcategoryId, chosen, facts.channel, facts.amountFen, c.description},
        category->defaultDepartmentId);
    return built;
}

void ComplaintBuilder::complete(BuiltComplaint &built, const ComplaintFacts &facts,
                                const rules::AgentPool &pool, const QString &reference) const
{
    const rules::RoutingDecision &decision = built.decision;
    storage::ComplaintRecord &c = built.record;
    c.reference = reference;
    c.categoryId = facts.categoryId;
    c.subcategoryId = facts.subcategoryId;
    c.severity = rules::code(decision.severity);
    c.channel = rules::code(facts.channel);
    c.departmentId = decision.departmentId;
    c.routingRuleId = decision.ruleId;
    if (facts.solvedOnCall) {
        c.assigneeId = facts.agentId;
    } else {
        c.assigneeId = rules::Routing::assignee(decision.strategy, pool);
        built.roundRobinPicked =
            c.assigneeId && decision.strategy == rules::AssignmentStrategy::RoundRobin;
    }
    c.status =
        rules::code(rules::Intake::initialStatus(facts.solvedOnCall, c.assigneeId.has_value()));
    if (!facts.demand || !facts.businessType) {
        const ClassifierService::Intent intent =
            ClassifierService::suggestIntent(facts.description);
        c.demand =
            rules::code(facts.demand.value_or(intent.demand.value_or(rules::Demand::Explanation)));
        c.businessType = rules::code(
            facts.businessType.value_or(intent.businessType.value_or(rules::BusinessType::Other)));
    } else {
        c.demand = rules::code(*facts.demand);
        c.businessType = rules::code(*facts.businessType);
    }
    c.amountFen = facts.amountFen;
    c.solvedOnCall = facts.solvedOnCall;
    c.receivedAt = facts.receivedAt;
    c.createdBy = facts.agentId;
    c.updatedAt = facts.savedAt;
    m_sla.startClocks(c);
    if (facts.solvedOnCall)
        c.closedAt = facts.savedAt;

    // What the classifier would have chosen.
    built.features = ClassifierService::featuresOf(c.description);
    const ClassifierService::Suggestions suggested = m_classifier.suggest(built.features);
    if (!suggested.top.isEmpty()) {
        c.suggestedCategoryId = suggested.top.first().categoryId;
        c.suggestionConfidence = suggested.top.first().confidence;
    }
    c.needsClassificationReview = rules::Intake::needsClassificationReview(
        suggested.clear, c.suggestedCategoryId, c.categoryId);
    built.suggestionFollowed = !c.needsClassificationReview;
}

} // namespace cd::models
