// The SQL text of complaint writes, shared by ComplaintRepository and the bulk writers
// that prepare the statements once (declared in complaintrepository.h).
#include "complaintrepository.h"

#include "sqlquery.h"

namespace cd::storage {

QString ComplaintRepository::insertSql()
{
    return QStringLiteral(
        "INSERT INTO complaints (reference, customer_id, category_id, subcategory_id, severity,"
        " channel, status, department_id, assignee_id, description, demand, amount_fen,"
        " transaction_ref, solved_on_call, received_at, created_by, updated_at,"
        " first_response_due_at, resolution_due_at, closed_at, routing_rule_id,"
        " assigned_manually, sla_policy_id, first_responded_at, resolution_started_at,"
        " resolved_at, next_due_at, next_at_risk_at, business_type, paused_at, extension_days,"
        " first_response_breached, resolution_breached, satisfaction, satisfaction_comment,"
        " satisfaction_at, suggested_category_id, suggestion_confidence,"
        " needs_classification_review, escalated_at, escalation_reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList ComplaintRepository::insertValues(const ComplaintRecord &c)
{
    return {c.reference,
            c.customerId,
            c.categoryId,
            nullable(c.subcategoryId),
            c.severity,
            c.channel,
            c.status,
            c.departmentId,
            nullable(c.assigneeId),
            c.description,
            c.demand,
            nullable(c.amountFen),
            c.transactionRef,
            c.solvedOnCall ? 1 : 0,
            c.receivedAt,
            c.createdBy,
            c.updatedAt,
            c.firstResponseDueAt,
            c.resolutionDueAt,
            nullable(c.closedAt),
            nullable(c.routingRuleId),
            c.assignedManually ? 1 : 0,
            nullable(c.slaPolicyId),
            nullable(c.firstRespondedAt),
            c.resolutionStartedAt,
            nullable(c.resolvedAt),
            c.nextDueAt,
            c.nextAtRiskAt,
            c.businessType,
            nullable(c.pausedAt),
            c.extensionDays,
            c.firstResponseBreached ? 1 : 0,
            c.resolutionBreached ? 1 : 0,
            nullable(c.satisfaction),
            c.satisfactionComment,
            nullable(c.satisfactionAt),
            nullable(c.suggestedCategoryId),
            c.suggestionConfidence,
            c.needsClassificationReview ? 1 : 0,
            nullable(c.escalatedAt),
            c.escalationReason};
}

QString ComplaintRepository::touchSql()
{
    return QStringLiteral("UPDATE complaints SET updated_at = ? WHERE id = ?");
}

QString ComplaintRepository::tallyOnInsertTriggerSql()
{
    return QStringLiteral("CREATE TRIGGER complaints_tally_insert AFTER INSERT ON complaints BEGIN"
                          " INSERT INTO complaint_tallies VALUES (NEW.department_id,"
                          "  NEW.category_id, NEW.channel, NEW.severity, NEW.status, 1)"
                          "  ON CONFLICT DO UPDATE SET complaints = complaints + 1;"
                          " END");
}

QString ComplaintRepository::dropTallyOnInsertTriggerSql()
{
    return QStringLiteral("DROP TRIGGER complaints_tally_insert");
}

QString ComplaintRepository::addToTallySql()
{
    return QStringLiteral(
        "INSERT INTO complaint_tallies VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT DO UPDATE SET complaints = complaints + excluded.complaints");
}

} // namespace cd::storage
