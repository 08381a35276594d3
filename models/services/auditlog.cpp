#include "auditlog.h"

#include "auditreplay.h"
#include "eventrepository.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonDocument>

namespace cd::models::auditlog {

Entry complaintEvent(const QString &type, qint64 complaintId, const QString &note)
{
    Entry entry;
    entry.type = type;
    entry.complaintId = complaintId;
    entry.note = note;
    return entry;
}

Entry settingChanged(const QString &key, const QJsonValue &before, const QJsonValue &after)
{
    return {QStringLiteral("setting_changed"),
            std::nullopt,
            {{QStringLiteral("key"), key},
             {QStringLiteral("before"), before},
             {QStringLiteral("after"), after}},
            {},
            {},
            {},
            std::nullopt};
}

QJsonObject dueTimesOf(const storage::ComplaintRecord &complaint)
{
    return rules::ComplaintReplay::dueTimes(complaint.firstResponseDueAt,
                                            complaint.resolutionDueAt);
}

storage::EventRecord toEvent(const Entry &entry, qint64 actorId, qint64 at)
{
    storage::EventRecord event;
    event.complaintId = entry.complaintId;
    event.actorId = entry.actorId;
    if (!event.actorId && !entry.bySystem && actorId != 0)
        event.actorId = actorId;
    event.at = at;
    event.type = entry.type;
    event.fromStatus = entry.fromStatus;
    event.toStatus = entry.toStatus;
    event.note = entry.note;
    event.details = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    return event;
}

Result<qint64> append(Workspace &workspace, const Entry &entry)
{
    return storage::EventRepository(workspace.database().connection())
        .append(toEvent(entry, workspace.actor().id, workspace.clock().nowMs()));
}

void recordRefusal(Workspace &workspace, const Entry &entry)
{
    [[maybe_unused]] auto recorded =
        storage::inTransaction(workspace.database(), [&] { return append(workspace, entry); });
}

Error refuse(Workspace &workspace, const QString &action, const QString &message,
             std::optional<qint64> complaintId)
{
    recordRefusal(workspace,
                  {QStringLiteral("permission_denied"),
                   complaintId,
                   {{QStringLiteral("action"), action}},
                   {},
                   {},
                   {},
                   std::nullopt});
    return Error::permission(message);
}

} // namespace cd::models::auditlog
