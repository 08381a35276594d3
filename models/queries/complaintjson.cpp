#include "complaintjson.h"

#include "formatting.h"
#include "money.h"
#include "taxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cd::models {

namespace {
QJsonValue optionalTime(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(Formatting::isoDateTime(*ms)) : QJsonValue();
}

QString segmentKind(rules::TimeSegment::Kind kind)
{
    switch (kind) {
    case rules::TimeSegment::Kind::Counted:
        return QStringLiteral("counted");
    case rules::TimeSegment::Kind::OutOfHours:
        return QStringLiteral("out_of_hours");
    case rules::TimeSegment::Kind::Weekend:
        return QStringLiteral("day_off");
    case rules::TimeSegment::Kind::Holiday:
        return QStringLiteral("holiday");
    case rules::TimeSegment::Kind::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

QJsonObject clockJson(const ClockExplanation &clock)
{
    QJsonArray steps;
    for (const rules::TimeSegment &s : clock.steps) {
        QJsonObject step {{QStringLiteral("kind"), segmentKind(s.kind)},
                          {QStringLiteral("from"), Formatting::isoDateTime(s.from)},
                          {QStringLiteral("to"), Formatting::isoDateTime(s.to)}};
        if (s.kind == rules::TimeSegment::Kind::Holiday)
            step.insert(QStringLiteral("name"), QString(s.name + QStringLiteral(" / ") + s.nameEn));
        if (s.kind == rules::TimeSegment::Kind::Paused)
            step.insert(QStringLiteral("reason"), s.name);
        steps.append(step);
    }
    return {{QStringLiteral("target"), clock.target.describe()},
            {QStringLiteral("started_at"), Formatting::isoDateTime(clock.startedAt)},
            {QStringLiteral("due_at"), Formatting::isoDateTime(clock.dueAt)},
            {QStringLiteral("stopped_at"), optionalTime(clock.stoppedAt)},
            {QStringLiteral("paused"), clock.paused},
            {QStringLiteral("steps"), steps}};
}

QJsonObject deadlinesJson(const DeadlineExplanation &d)
{
    QJsonArray pauses;
    for (const rules::SlaPause &p : d.pauses) {
        pauses.append(QJsonObject {{QStringLiteral("from"), Formatting::isoDateTime(p.from)},
                                   {QStringLiteral("to"), optionalTime(p.to)},
                                   {QStringLiteral("reason"), p.reason}});
    }
    return {{QStringLiteral("policy"), d.policyName},
            {QStringLiteral("applies_to"), d.policyConditions},
            {QStringLiteral("calendar"), d.calendarName},
            {QStringLiteral("calendar_hours"), d.calendarHours},
            {QStringLiteral("extension_days"), d.extensionDays},
            {QStringLiteral("first_response"), clockJson(d.firstResponse)},
            {QStringLiteral("resolution"), clockJson(d.resolution)},
            {QStringLiteral("pauses"), pauses},
            {QStringLiteral("text"), d.text()}};
}
} // namespace

QJsonObject complaintToJson(const ComplaintDetail &d, const Taxonomy &taxonomy,
                            const QString &phone)
{
    const storage::ComplaintRecord &c = d.complaint;
    QJsonArray calls;
    for (const auto &call : d.calls) {
        calls.append(QJsonObject {
            {QStringLiteral("started_at"), Formatting::isoDateTime(call.startedAt)},
            {QStringLiteral("duration_seconds"), double(call.durationMs / 1000)},
            {QStringLiteral("channel"), call.channel},
            {QStringLiteral("agent"), call.agentName},
            {QStringLiteral("follow_up"), call.followUp},
            {QStringLiteral("notes"), call.notes},
        });
    }
    QJsonArray shares;
    for (const auto &share : d.departmentShares) {
        shares.append(QJsonObject {
            {QStringLiteral("department"), taxonomy.departmentCode(share.departmentId)},
            {QStringLiteral("held_seconds"), double(share.heldMs / 1000)}});
    }
    QJsonArray events;
    for (const auto &e : d.events) {
        events.append(QJsonObject {
            {QStringLiteral("at"), Formatting::isoDateTime(e.at)},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("actor"), e.actorName},
            {QStringLiteral("from_status"), e.fromStatus.isEmpty() ? QJsonValue() : e.fromStatus},
            {QStringLiteral("to_status"), e.toStatus.isEmpty() ? QJsonValue() : e.toStatus},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("details"), QJsonDocument::fromJson(e.details.toUtf8()).object()},
        });
    }
    return QJsonObject {
        {QStringLiteral("reference"), c.reference},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("category"), taxonomy.categoryCode(c.categoryId)},
        {QStringLiteral("subcategory"), taxonomy.subcategoryCode(c.subcategoryId)},
        {QStringLiteral("severity"), c.severity},
        {QStringLiteral("department"), taxonomy.departmentCode(c.departmentId)},
        {QStringLiteral("assignee"), d.assigneeName},
        {QStringLiteral("channel"), c.channel},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("customer_name"), d.customer.name},
        {QStringLiteral("received_at"), Formatting::isoDateTime(c.receivedAt)},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("demand"), c.demand},
        {QStringLiteral("business_type"), c.businessType},
        {QStringLiteral("regulatory_cause"),
         taxonomy.category(c.categoryId) ? taxonomy.category(c.categoryId)->regulatoryCause
                                         : QString()},
        {QStringLiteral("amount_fen"),
         c.amountFen ? QJsonValue(double(*c.amountFen)) : QJsonValue()},
        {QStringLiteral("amount"),
         c.amountFen ? QJsonValue(rules::Money::formatYuan(*c.amountFen)) : QJsonValue()},
        {QStringLiteral("transaction_ref"), c.transactionRef},
        {QStringLiteral("solved_on_call"), c.solvedOnCall},
        {QStringLiteral("created_by"), d.createdByName},
        {QStringLiteral("first_response_due_at"), Formatting::isoDateTime(c.firstResponseDueAt)},
        {QStringLiteral("resolution_due_at"), Formatting::isoDateTime(c.resolutionDueAt)},
        {QStringLiteral("sla_state"), rules::code(d.slaState)},
        {QStringLiteral("sla_policy"), d.deadlines.policyName},
        {QStringLiteral("first_responded_at"), optionalTime(c.firstRespondedAt)},
        {QStringLiteral("resolved_at"), optionalTime(c.resolvedAt)},
        {QStringLiteral("callback_at"), optionalTime(c.callbackAt)},
        {QStringLiteral("callback_note"), c.callbackNote},
        {QStringLiteral("deadline_explanation"), deadlinesJson(d.deadlines)},
        {QStringLiteral("closed_at"), optionalTime(c.closedAt)},
        {QStringLiteral("updated_at"), Formatting::isoDateTime(c.updatedAt)},
        {QStringLiteral("routing_rule"), d.routingRuleName},
        {QStringLiteral("escalated_at"), optionalTime(c.escalatedAt)},
        {QStringLiteral("escalation_reason"), c.escalationReason},
        {QStringLiteral("department_time"), shares},
        {QStringLiteral("calls"), calls},
        {QStringLiteral("events"), events},
    };
}

rules::SlaState slaStateOf(const storage::QueueRow &row, qint64 nowMs)
{
    return rules::slaStateAt(nowMs, {row.paused, row.nextDueAt, row.nextAtRiskAt, row.breached});
}

QJsonObject queueRowToJson(const storage::QueueRow &row, const Taxonomy &taxonomy,
                           const QString &phone, const QString &routingRule, qint64 nowMs)
{
    return QJsonObject {
        {QStringLiteral("reference"), row.reference},
        {QStringLiteral("received_at"), Formatting::isoDateTime(row.receivedAt)},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("customer_name"), row.customerName},
        {QStringLiteral("category"), taxonomy.categoryCode(row.categoryId)},
        {QStringLiteral("subcategory"), taxonomy.subcategoryCode(row.subcategoryId)},
        {QStringLiteral("severity"), row.severity},
        {QStringLiteral("department"), taxonomy.departmentCode(row.departmentId)},
        {QStringLiteral("assignee"), row.assigneeName},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("resolution_due_at"), Formatting::isoDateTime(row.resolutionDueAt)},
        {QStringLiteral("next_due_at"),
         row.nextDueAt == rules::noDeadline ? QJsonValue()
                                            : QJsonValue(Formatting::isoDateTime(row.nextDueAt))},
        {QStringLiteral("sla_state"), rules::code(slaStateOf(row, nowMs))},
        {QStringLiteral("routing_rule"), routingRule},
        {QStringLiteral("escalated"), row.escalated},
    };
}

} // namespace cd::models
