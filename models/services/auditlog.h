#pragma once

#include "records.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace cd::models {

class Workspace;

// Appending to the audit trail as the workspace's current actor, at the clock's now.
namespace auditlog {

struct Entry
{
    QString type; // e.g. "status_changed", "signed_in"
    std::optional<qint64> complaintId;
    QJsonObject details; // before/after values and context
    QString note;
    QString fromStatus;
    QString toStatus;
    std::optional<qint64> actorId; // default: the workspace's actor (none if 0)
    bool bySystem = false; // no actor: the program noticed it (e.g. a breach)
};

// The event `type` on complaint `complaintId`, with `note` (a reason, a comment) if any;
// the caller adds the rest.
Entry complaintEvent(const QString &type, qint64 complaintId, const QString &note = {});

// The "due" object of events that (re)compute a complaint's deadlines: the due times they
// leave, which verify-audit compares with the complaint's row (rules/auditreplay.h).
QJsonObject dueTimesOf(const storage::ComplaintRecord &complaint);

// The "setting_changed" event of the store setting `key` changed from `before` to `after`.
Entry settingChanged(const QString &key, const QJsonValue &before, const QJsonValue &after);

// The event `entry` becomes when `actorId` (0: nobody) records it at `at`.
storage::EventRecord toEvent(const Entry &entry, qint64 actorId, qint64 at);

// Inside the caller's transaction.
Result<qint64> append(Workspace &workspace, const Entry &entry);

// In a transaction of its own, for refusals whose work was rolled back: the refusal is
// recorded even though nothing else is. Failures to record are ignored (the refusal
// itself is what the user must see).
void recordRefusal(Workspace &workspace, const Entry &entry);

// Records a "permission_denied" event for `action` (on `complaintId`, if any) and returns
// the Error::Permission carrying `message`, for the caller to return.
Error refuse(Workspace &workspace, const QString &action, const QString &message,
             std::optional<qint64> complaintId = std::nullopt);

} // namespace auditlog
} // namespace cd::models
