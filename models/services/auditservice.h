#pragma once

#include "auditrecords.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::storage {
class Database;
}

namespace cd::models {

class Workspace;

// The audit trail's verification and its key (docs/security.md): verify-audit, and
// audit-key export / import.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    struct Options
    {
        QString keyFile; // the key to verify with; empty: this computer's key of the store
        QString anchorFile; // the anchors to compare with; empty: see verify()
        int maxFindings = 50; // the findings listed (all are counted)
    };
    struct Report
    {
        qint64 events = 0; // read and checked
        qint64 complaints = 0; // replayed and compared
        QString fingerprint; // of the key used
        QString keyPath;
        QString anchorPath; // empty: no anchor compared
        std::optional<storage::AuditAnchor> anchor;
        qint64 lastEventId = 0;
        QStringList findings; // translated sentences; none when intact
        qint64 findingCount = 0; // findings.size() may be capped at maxFindings
        QStringList notes; // what was not checked, and why

        bool intact() const { return findingCount == 0; }
    };

    // Reads the whole store: walks the chain with the key (edited, removed, reordered or
    // recomputed events), compares its end with the last anchor (removed last events), and
    // replays each complaint's events against its row (direct edits of a complaint). The
    // anchors: `anchorFile`; else, with `keyFile`, "<store id>.anchors" beside it when
    // there; else this computer's anchor file of the store, which must exist. Tampering
    // is a finding; a store that cannot be read to its end (damaged) is an Error.
    static Result<Report> verify(const QSqlDatabase &db, const Options &options);
    static Result<Report> verify(storage::Database &database, const Options &options);

    // Where this computer keeps the store's audit key and anchors, and the key's fingerprint.
    struct KeyLocation
    {
        QString keyPath;
        QString fingerprint;
        QString anchorPath;
    };
    static Result<KeyLocation> keyLocation(Workspace &workspace);

    // Administrators: writes the store's key to `path` (mode 0600, never over another
    // file) for an auditor, recorded as an "audit_key_exported" event; anyone else's
    // attempt is refused and recorded.
    static Result<void> exportKey(Workspace &workspace, const QString &path);

    // Puts the key file `path` in this computer's key folder for the store (moving a store
    // to another computer). Only the store's own key (by its fingerprint) is accepted, so
    // nobody needs to sign in; recorded as an "audit_key_imported" event. Where no anchor
    // file was there, it starts with the store's head as it is. The key's new path.
    static Result<QString> importKey(storage::Database &database, const QString &path);
};

} // namespace cd::models
