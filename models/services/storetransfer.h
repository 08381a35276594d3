#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cd::models {

// copy-store: moves a desk's store to the call centre's server, or makes a single-desk copy
// of the server's store (docs/deployment.md). Either store is an SQLite file or a server
// address, as --database takes them; both must be at this program's schema version.
//
// The target must be a new store made by init (no users, complaints or events of its own):
// the defaults init put in it are replaced by the source's. Its tables are written one
// after the other in primary-key order, in batches, each committed together with a marker
// on the target saying how far the copy got; while the marker is there Database::open
// refuses the target, so no desk works on a half-copied store. Stopped at any point
// (killed, cancelled, a lost connection), the same call continues where it stopped. At the
// end the rows of each table are counted on both stores and the target's audit trail is
// verified as verify-audit does; only then is the marker removed. The source is only read.
// The finished target is a store of its own: a new store id, sealed with the source's
// audit key, which this computer keeps under the new id (AuditKey::folder()), and anchored
// in a file of its own from the copy's head on, so both stores can be worked on afterwards.
class StoreTransfer
{
    Q_DECLARE_TR_FUNCTIONS(StoreTransfer)
public:
    struct Progress
    {
        QString table;
        qint64 copied = 0; // rows of `table` on the target
        qint64 total = 0; // rows of `table` in the source
    };
    struct Options
    {
        int batchRows = 1000;
        // Called after each committed batch (and once per table already complete);
        // returning false stops the copy there (Error::Cancelled; run again to continue).
        std::function<bool(const Progress &)> progress;
    };
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Summary
    {
        QString source; // display names
        QString target;
        bool alreadyComplete = false; // an earlier run had finished it: only verified again
        QList<TableCount> tables;
        qint64 auditEvents = 0; // verified on the target
        QStringList mismatches; // translated; none when verified
        bool verified() const { return mismatches.isEmpty(); }
        qint64 targetRows(const QString &table) const;
    };

    // Copies (or goes on copying) `from` into `to` and verifies the copy. An error when it
    // could not be done, nothing more changed on the target: a refused store (its message
    // names it and says why; Error::Credentials, its `field` the address, when a server
    // asks for a password nobody gave: Workspace::useServerPassword, then run again).
    // A copy whose verification found differences is a Summary with its mismatches; the
    // target then stays marked incomplete.
    static Result<Summary> run(const QString &from, const QString &to, const Options &options);
};

} // namespace cd::models
