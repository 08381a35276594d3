#include "reviewservice.h"

#include "auditlog.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "redaction.h"
#include "slaservice.h"
#include "transaction.h"
#include "workflow.h"
#include "workspace.h"

namespace cd::models {

Result<QString> ReviewService::checkedText(const QString &text, const QString &field,
                                           bool required) const
{
    const QString cleaned = rules::redactSensitiveNumbers(text.trimmed()).text;
    if (required && cleaned.isEmpty()) {
        return Error::invalid(field == QLatin1String("note") ? tr("Write the note.")
                                                             : tr("Give a reason."),
                              field);
    }
    if (cleaned.size() > ComplaintService::maxNoteLength) {
        return Error::invalid(tr("At most %1 characters.").arg(ComplaintService::maxNoteLength),
                              field);
    }
    return cleaned;
}

void ReviewService::announce(const QList<qint64> &complaintIds)
{
    for (const qint64 id : complaintIds)
        Q_EMIT m_workspace.complaints().complaintChanged(id);
}

Result<void> ReviewService::recordSatisfaction(qint64 complaintId, int score,
                                               const QString &comment)
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in before working on complaints."));
    if (score < 1 || score > 5)
        return Error::invalid(tr("Satisfaction is a score from 1 to 5."), QStringLiteral("score"));
    auto said = checkedText(comment, QStringLiteral("comment"), false);
    if (!said)
        return said.error();
    std::optional<storage::ComplaintRecord> refused;
    {
        storage::Transaction transaction(m_workspace.database());
        if (!transaction.isActive())
            return transaction.beginError();
        storage::ComplaintRepository complaints(m_workspace.database().connection());
        auto found = complaints.findById(complaintId);
        if (!found)
            return found.error();
        if (!*found)
            return Error::notFound(tr("The complaint does not exist."));
        const storage::ComplaintRecord &c = **found;
        if (!rules::canWorkOn(m_workspace.rulesActor(), {c.departmentId, c.assigneeId, c.createdBy})) {
            refused = c;
        } else {
            const auto status = rules::statusFromCode(c.status);
            if (status != rules::Status::Replied && status != rules::Status::FollowUp
                && status != rules::Status::Closed) {
                return Error::invalid(tr("Satisfaction is asked at follow-up, once the customer "
                                         "has been told the solution (complaint %1 is \"%2\").")
                                          .arg(c.reference, status ? rules::Labels::status(*status)
                                                                   : c.status),
                                      QStringLiteral("score"));
            }
            const qint64 now = m_workspace.clock().nowMs();
            if (auto written = complaints.setSatisfaction(c.id, score, *said, now); !written)
                return written;
            auditlog::Entry entry;
            entry.type = QStringLiteral("satisfaction_recorded");
            entry.complaintId = c.id;
            entry.note = *said;
            entry.details = {{QStringLiteral("before"), c.satisfaction ? QJsonValue(*c.satisfaction)
                                                                       : QJsonValue()},
                             {QStringLiteral("after"), score}};
            if (auto appended = auditlog::append(m_workspace, entry); !appended)
                return appended.error();
            if (auto committed = transaction.commit(); !committed)
                return committed;
            announce({c.id});
            return {};
        }
    }
    return auditlog::refuse(m_workspace, QStringLiteral("record_satisfaction"),
                            tr("You may not work on complaint %1: it belongs to %2.")
                                .arg(refused->reference,
                                     m_workspace.taxonomy().departmentName(refused->departmentId)),
                            refused->id);
}

Result<int> ReviewService::inBulk(const QList<qint64> &complaintIds, const QString &action,
                                  const std::function<Result<void>(storage::ComplaintRecord &)> &change)
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in before working on complaints."));
    if (complaintIds.isEmpty())
        return Error::invalid(tr("Select the complaints first."));
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
                                    tr("Only the lead of %1 may change complaint %2 in bulk.")
                                        .arg(m_workspace.taxonomy().departmentName((*found)->departmentId),
                                             (*found)->reference),
                                    id);
        }
        records << **found;
    }
    storage::Transaction transaction(m_workspace.database());
    if (!transaction.isActive())
        return transaction.beginError();
    for (storage::ComplaintRecord &record : records) {
        if (auto changed = change(record); !changed) {
            return Error{changed.error().kind, record.reference + QStringLiteral(": ")
                                                   + changed.error().message,
                         changed.error().field};
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    announce(complaintIds);
    return int(records.size());
}

Result<int> ReviewService::bulkSetSeverity(const QList<qint64> &complaintIds,
                                           rules::Severity severity, const QString &reason)
{
    auto why = checkedText(reason, QStringLiteral("reason"), true);
    if (!why)
        return why.error();
    const QString code = rules::code(severity);
    return inBulk(complaintIds, QStringLiteral("bulk_severity"),
                  [&](storage::ComplaintRecord &c) -> Result<void> {
        if (c.severity == code)
            return {};
        const qint64 now = m_workspace.clock().nowMs();
        if (auto written = storage::ComplaintRepository(m_workspace.database().connection())
                               .setSeverity(c.id, code, now);
            !written)
            return written;
        auditlog::Entry entry;
        entry.type = QStringLiteral("severity_changed");
        entry.complaintId = c.id;
        entry.note = *why;
        entry.details = {{QStringLiteral("before"), c.severity}, {QStringLiteral("after"), code}};
        if (auto appended = auditlog::append(m_workspace, entry); !appended)
            return appended.error();
        c.severity = code;
        if (c.status == QLatin1String("CLOSED"))
            return {};
        return m_workspace.sla().refreshClocks(c, true);   // the policy may depend on it
    });
}

Result<int> ReviewService::bulkAddNote(const QList<qint64> &complaintIds, const QString &note)
{
    auto text = checkedText(note, QStringLiteral("note"), true);
    if (!text)
        return text.error();
    return inBulk(complaintIds, QStringLiteral("bulk_note"),
                  [&](storage::ComplaintRecord &c) -> Result<void> {
        if (auto touched = storage::ComplaintRepository(m_workspace.database().connection())
                               .touch(c.id, m_workspace.clock().nowMs());
            !touched)
            return touched;
        auditlog::Entry entry;
        entry.type = QStringLiteral("note_added");
        entry.complaintId = c.id;
        entry.note = *text;
        if (auto appended = auditlog::append(m_workspace, entry); !appended)
            return appended.error();
        return {};
    });
}

Result<void> ReviewService::merge(qint64 keptId, qint64 duplicateId, const QString &reason)
{
    auto why = checkedText(reason, QStringLiteral("reason"), true);
    if (!why)
        return why.error();
    if (keptId == duplicateId)
        return Error::invalid(tr("A complaint cannot be merged into itself."));
    storage::ComplaintRepository complaints(m_workspace.database().connection());
    auto kept = complaints.findById(keptId);
    if (!kept)
        return kept.error();
    if (!*kept)
        return Error::notFound(tr("The complaint does not exist."));
    if ((*kept)->mergedIntoId) {
        return Error::invalid(tr("Complaint %1 was itself merged into another complaint; merge "
                                 "into that one.").arg((*kept)->reference));
    }
    const storage::ComplaintRecord target = **kept;
    auto merged = inBulk({duplicateId}, QStringLiteral("merge"),
                         [&](storage::ComplaintRecord &d) -> Result<void> {
        if (!rules::canManageDepartment(m_workspace.rulesActor(), target.departmentId)) {
            return Error::permission(tr("Only the lead of %1 may merge into complaint %2.")
                                         .arg(m_workspace.taxonomy().departmentName(target.departmentId),
                                              target.reference));
        }
        if (d.mergedIntoId)
            return Error::invalid(tr("It was already merged into another complaint."));
        const qint64 now = m_workspace.clock().nowMs();
        storage::ComplaintRepository repository(m_workspace.database().connection());
        if (auto marked = repository.setMergedInto(d.id, target.id, now); !marked)
            return marked;
        const auto from = rules::statusFromCode(d.status);
        if (from && *from != rules::Status::Closed) {
            if (auto closed = repository.updateStatus(d.id, rules::code(rules::Status::Closed), now, now);
                !closed)
                return closed;
            d.status = rules::code(rules::Status::Closed);
            if (auto clocks = m_workspace.sla().applyStatusChange(d, *from, rules::Status::Closed, *why);
                !clocks)
                return clocks;
        }
        auditlog::Entry closedEntry;
        closedEntry.type = QStringLiteral("merged_into");
        closedEntry.complaintId = d.id;
        closedEntry.note = *why;
        closedEntry.fromStatus = from ? rules::code(*from) : QString();
        closedEntry.toStatus = rules::code(rules::Status::Closed);
        closedEntry.details = {{QStringLiteral("kept"), target.reference}};
        if (auto appended = auditlog::append(m_workspace, closedEntry); !appended)
            return appended.error();
        auditlog::Entry keptEntry;
        keptEntry.type = QStringLiteral("duplicate_merged");
        keptEntry.complaintId = target.id;
        keptEntry.note = *why;
        keptEntry.details = {{QStringLiteral("duplicate"), d.reference}};
        if (auto appended = auditlog::append(m_workspace, keptEntry); !appended)
            return appended.error();
        return repository.touch(target.id, now);
    });
    if (!merged)
        return merged.error();
    announce({target.id});
    return {};
}

} // namespace cd::models
