// ComplaintService's follow-up with the customer once a complaint is open: contacts
// recorded, call-backs promised, resolution deadlines extended and satisfaction recorded
// (the rest of its workflow is in complaintservice.cpp).
#include "complaintservice.h"

#include "auditlog.h"
#include "callrepository.h"
#include "complaintrepository.h"
#include "database.h"
#include "formatting.h"
#include "permissions.h"
#include "reference.h"
#include "slaclocks.h"
#include "slasettings.h"
#include "workflow.h"
#include "workspace.h"

#include <QJsonObject>

namespace cd::models {

namespace {

// The same wall-clock time a year after `ms`, business time: the planning horizon of
// call-backs and extensions.
qint64 oneYearAfter(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, rules::businessTimeZone())
        .addYears(1)
        .toMSecsSinceEpoch();
}

} // namespace

Result<void> ComplaintService::stillOpen(const storage::ComplaintRecord &complaint,
                                         const QString &field)
{
    if (complaint.status == QLatin1String("CLOSED"))
        return Error::invalid(
            tr("Complaint %1 is closed; reopen it first.").arg(complaint.reference), field);
    return {};
}

auditlog::Entry ComplaintService::satisfactionEntry(const storage::ComplaintRecord &before,
                                                    int score, const QString &comment)
{
    auditlog::Entry entry =
        auditlog::complaintEvent(QStringLiteral("satisfaction_recorded"), before.id, comment);
    entry.details = {{QStringLiteral("before"),
                      before.satisfaction ? QJsonValue(*before.satisfaction) : QJsonValue()},
                     {QStringLiteral("after"), score}};
    return entry;
}

Result<void> ComplaintService::recordSatisfaction(const AsSeen &complaint, int score,
                                                  const QString &comment)
{
    if (score < 1 || score > 5)
        return Error::invalid(tr("Satisfaction is a score from 1 to 5."), QStringLiteral("score"));
    auto said = checkedNote(comment, false, QStringLiteral("comment"));
    if (!said)
        return said.error();
    return workOn<void>(
        complaint, QStringLiteral("record_satisfaction"),
        [&](const storage::ComplaintRecord &c) -> Result<void> {
            const auto status = rules::statusFromCode(c.status);
            if (status != rules::Status::Replied && status != rules::Status::FollowUp
                && status != rules::Status::Closed) {
                return Error::invalid(
                    tr("Satisfaction is asked at follow-up, once the customer "
                       "has been told the solution (complaint %1 is \"%2\").")
                        .arg(c.reference, status ? rules::Labels::status(*status) : c.status),
                    QStringLiteral("score"));
            }
            if (auto written =
                    storage::ComplaintRepository(m_workspace.database().connection())
                        .setSatisfaction(c.id, score, *said, m_workspace.clock().nowMs());
                !written)
                return written;
            if (auto appended = auditlog::append(m_workspace, satisfactionEntry(c, score, *said));
                !appended)
                return appended.error();
            return {};
        });
}

auditlog::Entry ComplaintService::contactEntry(const storage::ComplaintRecord &contacted,
                                               rules::Channel channel, bool first,
                                               const QString &note)
{
    return {QStringLiteral("customer_contacted"),
            contacted.id,
            {{QStringLiteral("channel"), rules::code(channel)},
             {QStringLiteral("first_contact"), first},
             {QStringLiteral("due"), auditlog::dueTimesOf(contacted)}},
            note,
            {},
            {},
            std::nullopt};
}

Result<void> ComplaintService::recordContact(const AsSeen &complaint, const QString &note,
                                             rules::Channel channel, qint64 durationMs)
{
    auto why = checkedReason(note);
    if (!why)
        return Error::invalid(tr("Write down what was said to the customer."),
                              QStringLiteral("note"));
    return workOn<void>(
        complaint, QStringLiteral("record_contact"),
        [&](const storage::ComplaintRecord &c) -> Result<void> {
            if (auto open = stillOpen(c, QStringLiteral("note")); !open)
                return open;
            const qint64 now = m_workspace.clock().nowMs();
            storage::CallRecord call;
            call.customerId = c.customerId;
            call.complaintId = c.id;
            call.agentId = m_workspace.actor().id;
            call.channel = rules::code(channel);
            call.startedAt = now;
            call.durationMs = std::max<qint64>(0, durationMs);
            call.notes = *why;
            call.followUp = true;
            if (auto inserted =
                    storage::CallRepository(m_workspace.database().connection()).insert(call);
                !inserted)
                return inserted.error();
            storage::ComplaintRecord contacted = c;
            const bool first = !c.firstRespondedAt;
            if (auto clocks = m_workspace.slaClocks().applyFirstContact(contacted); !clocks)
                return clocks;
            if (auto touched = storage::ComplaintRepository(m_workspace.database().connection())
                                   .touch(c.id, now);
                !touched)
                return touched;
            if (auto appended =
                    auditlog::append(m_workspace, contactEntry(contacted, channel, first, *why));
                !appended)
                return appended.error();
            return {};
        });
}

Result<void> ComplaintService::extendDeadline(const AsSeen &complaint, int days,
                                              const QString &reason)
{
    auto why = checkedReason(reason);
    if (!why)
        return why.error();
    if (days <= 0)
        return Error::invalid(tr("Extend by at least one day."), QStringLiteral("days"));
    return workOn<void>(
        complaint, QStringLiteral("extend_deadline"),
        [&](const storage::ComplaintRecord &c) -> Result<void> {
            if (!rules::canManageDepartment(m_workspace.rulesActor(), c.departmentId))
                return Error::permission(
                    tr("Only the lead of %1 may approve an extension.")
                        .arg(m_workspace.taxonomy().departmentName(c.departmentId)));
            const rules::SlaPolicy policy = m_workspace.slaSettings().policyOf(c);
            if (!policy.maxResolutionDays)
                return Error::invalid(tr("The policy \"%1\" allows no extension.").arg(policy.name),
                                      QStringLiteral("days"));
            if (c.resolvedAt)
                return Error::invalid(tr("Complaint %1 has been answered; there is no deadline to "
                                         "extend.")
                                          .arg(c.reference),
                                      QStringLiteral("days"));
            const int total = policy.resolution.amount + c.extensionDays + days;
            if (total > *policy.maxResolutionDays)
                return Error::invalid(
                    tr("At most %1 days in all: this complaint can be extended by "
                       "%n more day(s).",
                       nullptr,
                       *policy.maxResolutionDays - policy.resolution.amount - c.extensionDays)
                        .arg(*policy.maxResolutionDays),
                    QStringLiteral("days"));
            storage::ComplaintRecord extended = c;
            extended.extensionDays += days;
            extended.resolutionBreached = false; // judged again against the new due time
            if (auto clocks = m_workspace.slaClocks().refreshClocks(extended, false); !clocks)
                return clocks;
            const qint64 limit = oneYearAfter(m_workspace.clock().nowMs());
            if (extended.resolutionDueAt > limit)
                return Error::invalid(
                    tr("Extended by %n day(s), complaint %1 would be due on %2, "
                       "more than a year from now.",
                       nullptr, days)
                        .arg(c.reference, Formatting::dateTime(extended.resolutionDueAt)),
                    QStringLiteral("days"));
            auditlog::Entry entry =
                auditlog::complaintEvent(QStringLiteral("deadline_extended"), c.id, *why);
            entry.details = {
                {QStringLiteral("days"), days},
                {QStringLiteral("total_days"), total},
                {QStringLiteral("before"), Formatting::isoDateTime(c.resolutionDueAt)},
                {QStringLiteral("after"), Formatting::isoDateTime(extended.resolutionDueAt)},
                {QStringLiteral("due"), auditlog::dueTimesOf(extended)}};
            if (auto appended = auditlog::append(m_workspace, entry); !appended)
                return appended.error();
            return {};
        });
}

Result<void> ComplaintService::promiseCallback(const AsSeen &complaint, std::optional<qint64> at,
                                               const QString &note)
{
    auto checked = checkedNote(note);
    if (!checked)
        return checked.error();
    const QString trimmed = *checked;
    const qint64 now = m_workspace.clock().nowMs();
    if (at && *at <= now)
        return Error::invalid(tr("A call-back is promised for a time still to come."),
                              QStringLiteral("callback_at"));
    if (at && *at > oneYearAfter(now))
        return Error::invalid(tr("A call-back is promised at most a year ahead (until %1).")
                                  .arg(Formatting::dateTime(oneYearAfter(now))),
                              QStringLiteral("callback_at"));
    return workOn<void>(
        complaint, QStringLiteral("promise_callback"),
        [&](const storage::ComplaintRecord &c) -> Result<void> {
            if (auto open = stillOpen(c, QStringLiteral("callback_at")); !open)
                return open;
            storage::ComplaintRecord promised = c;
            promised.callbackAt = at;
            promised.callbackNote = at ? trimmed : QString();
            if (auto written = storage::ComplaintRepository(m_workspace.database().connection())
                                   .updateClocks(promised);
                !written)
                return written;
            auditlog::Entry entry = auditlog::complaintEvent(
                at ? QStringLiteral("callback_promised") : QStringLiteral("callback_cleared"), c.id,
                promised.callbackNote);
            if (at)
                entry.details = {{QStringLiteral("callback_at"), Formatting::isoDateTime(*at)}};
            if (auto appended = auditlog::append(m_workspace, entry); !appended)
                return appended.error();
            return {};
        });
}

} // namespace cd::models
