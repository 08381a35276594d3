#include "slaclocks.h"

#include "complaintrepository.h"
#include "database.h"
#include "formatting.h"
#include "slarepository.h"
#include "slasettings.h"
#include "userrepository.h"
#include "workspace.h"

#include <QJsonObject>

#include <algorithm>

namespace cd::models {

namespace {

void storeClocks(storage::ComplaintRecord &c, const rules::ComplaintClocks &clocks)
{
    c.firstResponseDueAt = clocks.firstResponse.dueAt;
    c.resolutionDueAt = clocks.resolution.dueAt;
    c.nextDueAt = clocks.nextDueAt;
    c.nextAtRiskAt = clocks.nextAtRiskAt;
}

QJsonObject dueTimesJson(const storage::ComplaintRecord &c)
{
    return {
        {QStringLiteral("policy_id"),
         c.slaPolicyId ? QJsonValue(double(*c.slaPolicyId)) : QJsonValue()},
        {QStringLiteral("first_response_due_at"), Formatting::isoDateTime(c.firstResponseDueAt)},
        {QStringLiteral("resolution_due_at"), Formatting::isoDateTime(c.resolutionDueAt)}};
}

} // namespace

rules::ComplaintClockInput SlaClocks::clockInput(const storage::ComplaintRecord &c,
                                                 const QList<rules::SlaPause> &pauses)
{
    rules::ComplaintClockInput in;
    in.receivedAt = c.receivedAt;
    in.resolutionStartedAt = std::max(c.receivedAt, c.resolutionStartedAt);
    in.firstRespondedAt = c.firstRespondedAt;
    in.resolvedAt = c.resolvedAt;
    in.solvedOnCall = c.solvedOnCall;
    in.extensionDays = c.extensionDays;
    in.pauses = pauses;
    return in;
}

void SlaClocks::startClocks(storage::ComplaintRecord &c) const
{
    const rules::SlaPolicy policy = m_workspace.slaSettings().policyFor(
        rules::severityFromCode(c.severity).value_or(rules::Severity::P3), c.categoryId,
        rules::channelFromCode(c.channel).value_or(rules::Channel::Hotline));
    c.slaPolicyId = policy.id ? std::optional<qint64>(policy.id) : std::nullopt;
    c.resolutionStartedAt = c.receivedAt;
    if (c.solvedOnCall) {
        c.firstRespondedAt = c.receivedAt;
        c.resolvedAt = c.receivedAt;
    }
    storeClocks(c,
                rules::computeClocks(clockInput(c, {}), policy,
                                     m_workspace.slaSettings().calendar(policy.calendarId)));
}

void SlaClocks::noteStatusChange(storage::ComplaintRecord &c, rules::Status from, rules::Status to,
                                 qint64 now)
{
    if (from == rules::Status::WaitingCustomer && to != rules::Status::WaitingCustomer)
        c.pausedAt.reset();
    if (to == rules::Status::WaitingCustomer)
        c.pausedAt = now;
    if (to == rules::Status::Replied) {
        if (!c.firstRespondedAt)
            c.firstRespondedAt = now;
        if (!c.resolvedAt)
            c.resolvedAt = now;
    }
    const bool wasAnswered = from == rules::Status::Replied || from == rules::Status::FollowUp
        || from == rules::Status::Closed;
    if (to == rules::Status::Investigating && wasAnswered) {
        c.resolutionStartedAt = now;
        c.resolvedAt.reset();
        c.resolutionBreached = false;
        c.extensionDays = 0;
    }
}

Result<void> SlaClocks::applyStatusChange(storage::ComplaintRecord &c, rules::Status from,
                                          rules::Status to, const QString &note)
{
    const qint64 now = m_workspace.clock().nowMs();
    storage::SlaRepository repository(m_workspace.database().connection());
    if (from == rules::Status::WaitingCustomer && to != rules::Status::WaitingCustomer) {
        if (auto closed = repository.closePause(c.id, now); !closed)
            return closed;
    }
    if (to == rules::Status::WaitingCustomer) {
        if (auto opened = repository.openPause(c.id, now, note); !opened)
            return opened;
    }
    noteStatusChange(c, from, to, now);
    return refreshClocks(c, false);
}

void SlaClocks::computeClocks(storage::ComplaintRecord &c,
                              const QList<rules::SlaPause> &pauses) const
{
    const rules::SlaPolicy policy = m_workspace.slaSettings().policyOf(c);
    storeClocks(c,
                rules::computeClocks(clockInput(c, pauses), policy,
                                     m_workspace.slaSettings().calendar(policy.calendarId)));
}

Result<void> SlaClocks::applyFirstContact(storage::ComplaintRecord &c)
{
    if (c.firstRespondedAt)
        return {};
    c.firstRespondedAt = m_workspace.clock().nowMs();
    return refreshClocks(c, false);
}

Result<void> SlaClocks::refreshClocks(storage::ComplaintRecord &c, bool repickPolicy)
{
    if (repickPolicy) {
        const rules::SlaPolicy policy = m_workspace.slaSettings().policyFor(
            rules::severityFromCode(c.severity).value_or(rules::Severity::P3), c.categoryId,
            rules::channelFromCode(c.channel).value_or(rules::Channel::Hotline));
        if ((policy.id ? std::optional<qint64>(policy.id) : std::nullopt) != c.slaPolicyId) {
            c.slaPolicyId = policy.id ? std::optional<qint64>(policy.id) : std::nullopt;
            c.extensionDays = 0; // an extension belongs to the policy that allowed it
        }
    }
    auto pauses = storage::SlaRepository(m_workspace.database().connection()).pauses(c.id);
    if (!pauses)
        return pauses.error();
    computeClocks(c, *pauses);
    if (auto recorded = recordBreaches(c); !recorded)
        return recorded;
    return storage::ComplaintRepository(m_workspace.database().connection()).updateClocks(c);
}

QList<SlaClocks::Breach> SlaClocks::unrecordedBreaches(const storage::ComplaintRecord &c,
                                                       qint64 now)
{
    if (c.solvedOnCall)
        return {};
    // The instant a clock is judged at: when it stopped, when it was paused, or now.
    auto judgedAt = [&](const std::optional<qint64> &stoppedAt) {
        return stoppedAt ? *stoppedAt : c.pausedAt ? *c.pausedAt : now;
    };
    QList<Breach> breaches;
    if (!c.firstResponseBreached && judgedAt(c.firstRespondedAt) > c.firstResponseDueAt)
        breaches.append({true, c.firstResponseDueAt});
    if (!c.resolutionBreached && judgedAt(c.resolvedAt) > c.resolutionDueAt)
        breaches.append({false, c.resolutionDueAt});
    return breaches;
}

auditlog::Entry SlaClocks::breachEntry(storage::ComplaintRecord &c, const Breach &breach,
                                       const QString &assigneeUsername) const
{
    auditlog::Entry entry = auditlog::complaintEvent(QStringLiteral("deadline_breached"), c.id);
    entry.bySystem = true;
    entry.details = {
        {QStringLiteral("clock"),
         breach.firstResponse ? QStringLiteral("first_response") : QStringLiteral("resolution")},
        {QStringLiteral("due_at"), Formatting::isoDateTime(breach.dueAt)},
        {QStringLiteral("department"), m_workspace.taxonomy().departmentCode(c.departmentId)},
        {QStringLiteral("assignee"), assigneeUsername},
        {QStringLiteral("status"), c.status}};
    (breach.firstResponse ? c.firstResponseBreached : c.resolutionBreached) = true;
    return entry;
}

Result<void> SlaClocks::recordBreaches(storage::ComplaintRecord &c)
{
    const QList<Breach> breaches = unrecordedBreaches(c, m_workspace.clock().nowMs());
    if (breaches.isEmpty())
        return {};
    QString assignee;
    if (c.assigneeId) {
        auto user =
            storage::UserRepository(m_workspace.database().connection()).findById(*c.assigneeId);
        if (user && *user)
            assignee = (*user)->username;
    }
    for (const Breach &breach : breaches) {
        if (auto appended = auditlog::append(m_workspace, breachEntry(c, breach, assignee));
            !appended)
            return appended.error();
    }
    return {};
}

Result<int> SlaClocks::reapplyToOpenComplaints()
{
    const QSqlDatabase db = m_workspace.database().connection();
    storage::ComplaintRepository complaints(db);
    auto ids = storage::SlaRepository(db).unclosedComplaintIds();
    if (!ids)
        return ids.error();
    int changed = 0;
    auto reapplied = complaints.forEachById(*ids, [&](storage::ComplaintRecord &c) -> Result<void> {
        if (c.nextDueAt == rules::noDeadline && !c.pausedAt)
            return {}; // no clock running: its deadlines are history
        const storage::ComplaintRecord before = c;
        if (auto refreshed = refreshClocks(c, true); !refreshed)
            return refreshed.error();
        if (c.firstResponseDueAt == before.firstResponseDueAt
            && c.resolutionDueAt == before.resolutionDueAt && c.slaPolicyId == before.slaPolicyId)
            return {};
        ++changed;
        auditlog::Entry entry = auditlog::complaintEvent(QStringLiteral("due_times_changed"), c.id);
        entry.details = {{QStringLiteral("before"), dueTimesJson(before)},
                         {QStringLiteral("after"), dueTimesJson(c)},
                         {QStringLiteral("due"), auditlog::dueTimesOf(c)}};
        if (auto appended = auditlog::append(m_workspace, entry); !appended)
            return appended.error();
        return {};
    });
    if (!reapplied)
        return reapplied.error();
    return changed;
}

} // namespace cd::models
