#pragma once

#include "auditrecords.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cd::storage {

// The audit chain's head recorded outside the store after each write (docs/security.md):
// a line "<event id> TAB <seal> TAB <UTC time>" appended to the store's anchor file beside
// its key (one O_APPEND write, flushed to the disk with fdatasync at most once a second per
// program; mode 0600), and a short line in the system log (syslog,
// LOG_AUTHPRIV; COMPLAINTDESK_AUDIT_SYSLOG=off leaves it out). Removing the last events
// from the store then leaves it behind its anchor. Programs writing the same store at once
// may append their lines out of order: the anchor that counts is the one of the highest
// event id.
class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchors)
public:
    using Anchor = AuditAnchor;

    // Appends the anchor of `eventId` sealed `seal` to `path`, and logs it for `storeId`.
    static Result<void> record(const QString &path, const QString &storeId, qint64 eventId,
                               const QByteArray &seal);
    // Appends a line after which earlier anchors no longer count: an administrator put back
    // an older copy of the store (a backup) on purpose; its head is `eventId`, `seal`.
    static Result<void> restart(const QString &path, qint64 eventId, const QByteArray &seal);
    // The anchor of the highest event id since the last restart line; none when the file
    // does not exist or holds no anchor. A line that is not an anchor is an error.
    static Result<std::optional<Anchor>> last(const QString &path);

    // The write transactions that appended events, by connection: EventRepository notes the
    // head each append leaves; Transaction forgets it when a savepoint rolls back (the head
    // is then read from the store), takes it before the outermost transaction commits and
    // anchors it once committed (anchor), or drops it when that transaction rolls back.
    struct Head
    {
        QString storeId;
        qint64 eventId = 0;
        QByteArray seal;
    };
    static void noteAppended(const QSqlDatabase &db, const Head &head);
    static void noteRolledBack(const QSqlDatabase &db);
    static std::optional<Head> takeHead(const QSqlDatabase &db);
    static void drop(const QSqlDatabase &db);
    // Records `head` in the anchor file of its store. A failure is reported as a warning
    // only: the change is committed already and must not be reported as lost; the next
    // write anchors a later head, and verify-audit shows how far the anchor is behind.
    static void anchor(const Head &head);
};

} // namespace cd::storage
