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
            return Error::invalid(tr("%1 is inactive and cannot take complaints.")
                                      .arg((*user)->displayName), QStringLiteral("target"));
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
        return Error::invalid(assigneeId ? tr("%1 holds complaint %2 already.")
                                               .arg(targetName, c.reference)
                                         : tr("Complaint %1 is in %2's queue already.")
                                               .arg(c.reference, taxonomy.departmentName(departmentId)),
                              QStringLiteral("target"));
    }
    const qint64 now = m_workspace.clock().nowMs();
    storage::ComplaintRepository complaints(db);
    if (auto assigned = complaints.assign(c.id, departmentId, assigneeId, true, now); !assigned)
        return assigned;
    QString status = c.status;
    if (assigneeId && c.status == QLatin1String("NEW")) {
        status = rules::code(rules::Status::Assigned);
        if (auto moved = complaints.updateStatus(c.id, status, now, c.closedAt); !moved)
            return moved;
    }
    if (auto held = storage::RoutingRepository(db).moveHold(c.id, departmentId, now); !held)
        return held;
    auto assigneeName = [&db](std::optional<qint64> id) {
        if (!id)
            return QString();
        auto user = storage::UserRepository(db).findById(*id);
        return user && *user ? (*user)->username : QString();
    };
    auditlog::Entry entry;
    entry.type = eventType;
    entry.complaintId = c.id;
    entry.note = reason;
    entry.fromStatus = status != c.status ? c.status : QString();
    entry.toStatus = status != c.status ? status : QString();
    entry.details = {{QStringLiteral("before"),
                      QJsonObject{{QStringLiteral("department"), taxonomy.departmentCode(c.departmentId)},
                                  {QStringLiteral("assignee"), assigneeName(c.assigneeId)}}},
                     {QStringLiteral("after"),
                      QJsonObject{{QStringLiteral("department"), taxonomy.departmentCode(departmentId)},
                                  {QStringLiteral("assignee"), assigneeName(assigneeId)},
                                  {QStringLiteral("assignee_name"), targetName}}},
                     {QStringLiteral("due"), auditlog::dueTimesOf(c)}};
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
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in before working on complaints."));
    auto why = checkedReason(reason);
    if (!why)
        return why.error();
    if (complaintIds.isEmpty())
        return Error::invalid(tr("Select the complaints to reassign."));
    auto selected = selectionToChangeInBulk(
        complaintIds, QStringLiteral("bulk_assign"),
        tr("Only the lead of %1 may reassign complaint %2 in bulk."));
    if (!selected)
        return selected.error();
    const QList<storage::ComplaintRecord> &records = *selected;
    auto written = storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        for (const auto &record : std::as_const(records)) {
            if (auto moved = applyTransfer(record, target, *why, QStringLiteral("reassigned_in_bulk"));
                !moved)
                return Error{moved.error().kind, record.reference + QStringLiteral(": ")
                                                     + moved.error().message, moved.error().field};
        }
        return {};
    });
    if (!written)
        return written.error();
    for (const auto &record : std::as_const(records))
        Q_EMIT complaintChanged(record.id);
    return int(records.size());
}


Result<QList<storage::ComplaintRecord>> ComplaintService::selectionToChangeInBulk(
    const QList<qint64> &complaintIds, const QString &action, const QString &refusal)
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
            return auditlog::refuse(m_workspace, action,
                                    refusal.arg(m_workspace.taxonomy().departmentName(
                                                    (*found)->departmentId),
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
    return workOn<void>(complaint, QStringLiteral("escalate"),
                        [&](const storage::ComplaintRecord &c) -> Result<void> {
        if (c.escalatedAt)
            return Error::invalid(tr("Complaint %1 is escalated already.").arg(c.reference),
                                  QStringLiteral("reason"));
        if (c.status == QLatin1String("CLOSED"))
            return Error::invalid(tr("A closed complaint cannot be escalated; reopen it first."),
                                  QStringLiteral("reason"));
        if (auto done = storage::ComplaintRepository(m_workspace.database().connection())
                            .escalate(c.id, m_workspace.clock().nowMs(), *why);
            !done)
            return done;
        if (auto appended = auditlog::append(m_workspace, {QStringLiteral("escalated"), c.id,
                                                            {}, *why, {}, {}, std::nullopt});
            !appended)
            return appended.error();
        return {};
    });
}


} // namespace cd::models
