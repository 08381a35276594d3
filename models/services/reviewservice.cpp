#include "reviewservice.h"

#include "auditlog.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "database.h"
#include "slaclocks.h"
#include "workflow.h"
#include "workspace.h"

namespace cd::models {

Result<int>
ReviewService::inBulk(const QList<qint64> &complaintIds, const QString &action,
                      const std::function<Result<void>(storage::ComplaintRecord &)> &change)
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in before working on complaints."));
    if (complaintIds.isEmpty())
        return Error::invalid(tr("Select the complaints first."));
    return m_workspace.complaints().changeInBulk(
        complaintIds, action, tr("Only the lead of %1 may change complaint %2 in bulk."), change);
}

Result<int> ReviewService::bulkSetSeverity(const QList<qint64> &complaintIds,
                                           rules::Severity severity, const QString &reason)
{
    auto why = ComplaintService::checkedReason(reason);
    if (!why)
        return why.error();
    const QString code = rules::code(severity);
    return inBulk(complaintIds, QStringLiteral("bulk_severity"),
                  [&](storage::ComplaintRecord &c) -> Result<void> {
                      if (c.severity == code)
                          return {};
                      const qint64 now = m_workspace.clock().nowMs();
                      if (auto written =
                              storage::ComplaintRepository(m_workspace.database().connection())
                                  .setSeverity(c.id, code, now);
                          !written)
                          return written;
                      const QString before = c.severity;
                      c.severity = code;
                      if (c.status != QLatin1String("CLOSED")) {
                          if (auto clocks = m_workspace.slaClocks().refreshClocks(c, true); !clocks)
                              return clocks; // the policy may depend on it
                      }
                      auditlog::Entry entry =
                          auditlog::complaintEvent(QStringLiteral("severity_changed"), c.id, *why);
                      entry.details = {{QStringLiteral("before"), before},
                                       {QStringLiteral("after"), code},
                                       {QStringLiteral("due"), auditlog::dueTimesOf(c)}};
                      if (auto appended = auditlog::append(m_workspace, entry); !appended)
                          return appended.error();
                      return {};
                  });
}

Result<int> ReviewService::bulkAddNote(const QList<qint64> &complaintIds, const QString &note)
{
    auto text = ComplaintService::checkedNote(note, true);
    if (!text)
        return text.error();
    return inBulk(complaintIds, QStringLiteral("bulk_note"),
                  [&](storage::ComplaintRecord &c) -> Result<void> {
                      if (auto touched =
                              storage::ComplaintRepository(m_workspace.database().connection())
                                  .touch(c.id, m_workspace.clock().nowMs());
                          !touched)
                          return touched;
                      auditlog::Entry entry =
                          auditlog::complaintEvent(QStringLiteral("note_added"), c.id, *text);
                      if (auto appended = auditlog::append(m_workspace, entry); !appended)
                          return appended.error();
                      return {};
                  });
}

Result<void> ReviewService::merge(qint64 keptId, const QList<qint64> &duplicateIds,
                                  const QString &reason)
{
    auto why = ComplaintService::checkedReason(reason);
    if (!why)
        return why.error();
    if (duplicateIds.contains(keptId))
        return Error::invalid(tr("A complaint cannot be merged into itself."));
    storage::ComplaintRepository complaints(m_workspace.database().connection());
    auto kept = complaints.findById(keptId);
    if (!kept)
        return kept.error();
    if (!*kept)
        return Error::notFound(tr("The complaint does not exist."));
    if ((*kept)->mergedIntoId) {
        return Error::invalid(tr("Complaint %1 was itself merged into another complaint; merge "
                                 "into that one.")
                                  .arg((*kept)->reference));
    }
    const storage::ComplaintRecord target = **kept;
    auto merged = inBulk(
        duplicateIds, QStringLiteral("merge"), [&](storage::ComplaintRecord &d) -> Result<void> {
            if (!rules::canManageDepartment(m_workspace.rulesActor(), target.departmentId)) {
                return Error::permission(
                    tr("Only the lead of %1 may merge into complaint %2.")
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
                if (auto closed =
                        repository.updateStatus(d.id, rules::code(rules::Status::Closed), now, now);
                    !closed)
                    return closed;
                d.status = rules::code(rules::Status::Closed);
                if (auto clocks = m_workspace.slaClocks().applyStatusChange(
                        d, *from, rules::Status::Closed, *why);
                    !clocks)
                    return clocks;
            }
            auditlog::Entry closedEntry =
                auditlog::complaintEvent(QStringLiteral("merged_into"), d.id, *why);
            closedEntry.fromStatus = from ? rules::code(*from) : QString();
            closedEntry.toStatus = rules::code(rules::Status::Closed);
            closedEntry.details = {{QStringLiteral("kept"), target.reference},
                                   {QStringLiteral("due"), auditlog::dueTimesOf(d)}};
            if (auto appended = auditlog::append(m_workspace, closedEntry); !appended)
                return appended.error();
            auditlog::Entry keptEntry =
                auditlog::complaintEvent(QStringLiteral("duplicate_merged"), target.id, *why);
            keptEntry.details = {{QStringLiteral("duplicate"), d.reference}};
            if (auto appended = auditlog::append(m_workspace, keptEntry); !appended)
                return appended.error();
            return repository.touch(target.id, now);
        });
    if (!merged)
        return merged.error();
    Q_EMIT m_workspace.complaints().complaintChanged(target.id);
    return {};
}

} // namespace cd::models
