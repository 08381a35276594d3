// ComplaintService's assignment: transfers to a department or person, a lead's bulk
// reassignment and escalation (the rest of its workflow is in complaintservice.cpp).
#include "complaintservice.h"

#include "auditlog.h"
#include "complaintrepository.h"
#include "permissions.h"
#include "routingrepository.h"
#include "transaction.h"
#include "userrepository.h"
#include "workflow.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::models {

storage::ComplaintRecord ComplaintService::transferred(const storage::ComplaintRecord &before,
                                                       qint64 departmentId,
                                                       std::optional<qint64> assigneeId, qint64 at)
{
    storage::ComplaintRecord after = before;
    after.departmentId = departmentId;
    after.assigneeId = assigneeId;
    after.assignedManually = true;
    after.updatedAt = at;
    if (assigneeId && before.status == QLatin1String("NEW"))
        after.status = rules::code(rules::Status::Assigned);
    return after;
}

auditlog::Entry ComplaintService::transferEntry(const Taxonomy &taxonomy,
                                                const storage::ComplaintRecord &before,
                                                const storage::ComplaintRecord &after,
                                                const QString &beforeAssignee,
                                                const QString &afterAssignee,
                                                const QString &assigneeName, const QString &reason,
                                                const QString &type)
{
    const bool moved = after.status != before.status;
    auditlog::Entry entry = auditlog::complaintEvent(type, before.id, reason);
    entry.fromStatus = moved ? before.status : QString();
    entry.toStatus = moved ? after.status : QString();
    entry.details = {
        {QStringLiteral("before"),
         QJsonObject {{QStringLiteral("department"), taxonomy.departmentCode(before.departmentId)},
                      {QStringLiteral("assignee"), beforeAssignee}}},
        {QStringLiteral("after"),
         QJsonObject {{QStringLiteral("department"), taxonomy.departmentCode(after.departmentId)},
                      {QStringLiteral("assignee"), afterAssignee},
                      {QStringLiteral("assignee_name"), assigneeName}}},
        {QStringLiteral("due"), auditlog::dueTimesOf(before)}};
    return entry;
}

auditlog::Entry ComplaintService::escalatedEntry(qint64 complaintId, const QString &reason)
{
    return {QStringLiteral("escalated"), complaintId, {}, reason, {}, {}, std::nullopt};
}

Result<void> ComplaintService::applyTransfer(const storage::ComplaintRecord &c,
                                             const Target &target, const QString &reason,
                                             const QString &eventType)
{
    const QSqlDatabase db = m_workspace.database().connection();
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    qint64 departmentId = 0;
    std::optional<qint64> assigneeId;
    QString targetName;
    if (target.userId) {
        auto user = storage::UserRepository(db).findById(*target.userId);
        if (!user)
            return user.error();
        if (!*user)
            return Error::invalid(tr("There is no such person."), QStringLiteral("target"));
        if (!(*user)->active)
            return Error::invalid(
                tr("%1 is inactive and cannot take complaints.").arg((*user)->displayName),
                QStringLiteral("target"));
        if (!(*user)->departmentId)
            return Error::invalid(tr("%1 belongs to no department.").arg((*user)->displayName),
                                  QStringLiteral("target"));
        departmentId = *(*user)->departmentId;
        assigneeId = (*user)->id;
        targetName = (*user)->displayName;
    } else if (target.departmentId) {
        departmentId = *target.departmentId;
    } else {
        return Error::invalid(tr("Choose a department or a person."), QStringLiteral("target"));
    }
    const auto *department = taxonomy.department(departmentId);
    if (!department || !department->active)
        return Error::invalid(tr("That department does not take complaints."),
                              QStringLiteral("target"));
    if (departmentId == c.departmentId && assigneeId == c.assigneeId) {
        return Error::invalid(
            assigneeId ? tr("%1 holds complaint %2 already.").arg(targetName, c.reference)
                       : tr("Complaint %1 is in %2's queue already.")
                             .arg(c.reference, taxonomy.departmentName(departmentId)),
            QStringLiteral("target"));
    }
    const storage::ComplaintRecord after =
        transferred(c, departmentId, assigneeId, m_workspace.clock().nowMs());
    storage::ComplaintRepository complaints(db);
    if (auto assigned = complaints.assign(c.id, after.departmentId, after.assigneeId,
                                          after.assignedManually, after.updatedAt);
        !assigned)
        return assigned;
    if (after.status != c.status) {
        if (auto moved = complaints.updateStatus(c.id, after.status, after.updatedAt, c.closedAt);
            !moved)
            return moved;
    }
    if (auto held = storage::RoutingRepository(db).moveHold(c.id, departmentId, after.updatedAt);
        !held)
        return held;
    auto assigneeName = [&db](std::optional<qint64> id) {
        if (!id)
            return QString();
        auto user = storage::UserRepository(db).findById(*id);
        return user && *user ? (*user)->username : QString();
    };
    const auditlog::Entry entry =
        transferEntry(taxonomy, c, after, assigneeName(c.assigneeId), assigneeName(assigneeId),
                      targetName, reason, eventType);
    if (auto appended = auditlog::append(m_workspace, entry); !appended)
        return appended.error();
    return {};
}

Result<void> ComplaintService::transfer(const AsSeen &complaint, const Target &target,
                                        const QString &reason)
{
    auto why = checkedReason(reason);
    if (!why)
        return why.error();
    return workOn<void>(complaint, QStringLiteral("transfer"),
                        [&](const storage::ComplaintRecord &c) {
                            return applyTransfer(c, target, *why, QStringLiteral("transferred"));
                        });
}

Result<int> ComplaintService::bulkAssign(const QList<qint64> &complaintIds, const Target &target,
                                         const QString &reason)
{
    auto why = signedInReason(reason);
    if (!why)
        return why.error();
    if (complaintIds.isEmpty())
        return Error::invalid(tr("Select the complaints to reassign."));
    return changeInBulk(complaintIds, QStringLiteral("bulk_assign"),
                        tr("Only the lead of %1 may reassign complaint %2 in bulk."),
                        [&](storage::ComplaintRecord &record) {
                            return applyTransfer(record, target, *why,
                                                 QStringLiteral("reassigned_in_bulk"));
                        });
}

Result<int> ComplaintService::changeInBulk(
    const QList<qint64> &complaintIds, const QString &action, const QString &refusal,
    const std::function<Result<void>(storage::ComplaintRecord &)> &change)
{
    auto selected = selectionToChangeInBulk(complaintIds, action, refusal);
    if (!selected)
        return selected.error();
    QList<storage::ComplaintRecord> records = std::move(selected).value();
    auto done = storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        for (storage::ComplaintRecord &record : records) {
            if (auto changed = change(record); !changed) {
                return Error {changed.error().kind,
                              record.reference + QStringLiteral(": ") + changed.error().message,
                              changed.error().field};
            }
        }
        return {};
    });
    if (!done)
        return done.error();
    for (const auto &record : std::as_const(records))
        Q_EMIT complaintChanged(record.id);
    return int(records.size());
}

Result<QList<storage::ComplaintRecord>>
ComplaintService::selectionToChangeInBulk(const QList<qint64> &complaintIds, const QString &action,
                                          const QString &refusal)
{
    const rules::Actor actor = m_workspace.rulesActor();
    storage::ComplaintRepository complaints(m_workspace.database().connection());
    QList<storage::ComplaintRecord> records;
    for (const qint64 id : complaintIds) {
        auto found = complaints.findById(id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::notFound(tr("A selected complaint does not exist any more."));
        if (!rules::canManageDepartment(actor, (*found)->departmentId)) {
            return auditlog::refuse(
                m_workspace, action,
                refusal.arg(m_workspace.taxonomy().departmentName((*found)->departmentId),
                            (*found)->reference),
                id);
        }
        records << **found;
    }
    return records;
}

Result<void> ComplaintService::escalate(const AsSeen &complaint, const QString &reason)
{
    auto why = checkedReason(reason);
    if (!why)
        return why.error();
    return workOn<void>(
        complaint, QStringLiteral("escalate"),
        [&](const storage::ComplaintRecord &c) -> Result<void> {
            if (c.escalatedAt)
                return Error::invalid(tr("Complaint %1 is escalated already.").arg(c.reference),
                                      QStringLiteral("reason"));
            if (c.status == QLatin1String("CLOSED"))
                return Error::invalid(
                    tr("A closed complaint cannot be escalated; reopen it first."),
                    QStringLiteral("reason"));
            if (auto done = storage::ComplaintRepository(m_workspace.database().connection())
                                .escalate(c.id, m_workspace.clock().nowMs(), *why);
                !done)
                return done;
            if (auto appended = auditlog::append(m_workspace, escalatedEntry(c.id, *why));
                !appended)
                return appended.error();
            return {};
        });
}

} // namespace cd::models
