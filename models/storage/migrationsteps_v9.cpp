// The schema ladder, versions 9 onwards, and the ladder itself (steps()). A new version
// is a step appended here and to steps().

#include "migrationsteps.h"

#include "migrations.h"

#include "auditkey.h"
#include "complaintrepository.h"
#include "dialect.h"
#include "eventrepository.h"
#include "sqlquery.h"
#include "storeerror.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <sqlite3.h>

#include <vector>

namespace cd::storage::migration {

// v9: the team lead's review: the customer's satisfaction recorded at follow-up, merged
// duplicates (the duplicate keeps its calls and events and points at the complaint it was
// merged into), saved queue views, and the indexes the dashboard's period figures read.
Result<void> createReview(const QSqlDatabase &db)
{
    return runScript(
        db,
        {
            QStringLiteral("ALTER TABLE complaints ADD COLUMN satisfaction INTEGER"
                           " CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5)"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN satisfaction_comment TEXT NOT NULL"
                           " DEFAULT ''"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN satisfaction_at INTEGER"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN merged_into_id INTEGER"
                           " REFERENCES complaints(id)"),
            QStringLiteral("CREATE INDEX complaints_merged ON complaints (merged_into_id)"
                           " WHERE merged_into_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX calls_by_start ON calls (started_at)"),
            QStringLiteral("CREATE INDEX complaints_by_closed ON complaints (closed_at)"
                           " WHERE closed_at IS NOT NULL"),
            // The open work only (the backlog and each person's load), read without the table.
            QStringLiteral("CREATE INDEX complaints_open ON complaints (department_id, status,"
                           " assignee_id, next_due_at, next_at_risk_at) WHERE status <> 'CLOSED'"),
            QStringLiteral(
                "CREATE TABLE saved_views ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL,"
                " owner_id INTEGER NOT NULL REFERENCES users(id),"
                " shared_department_id INTEGER REFERENCES departments(id)," // null: personal
                " definition TEXT NOT NULL," // JSON object
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX views_by_owner ON saved_views (owner_id)"),
        });
}

// v10: the open complaints by category and by severity, as partial indexes of the open
// work (a few percent of the store): a closed queue filtered by one of them is counted as
// all its complaints less the open ones (QueueRepository::queueCount). And a
// department's complaints by category: categories belong to departments, so a
// department's queue sorted by category walked past every other department's categories
// (0.7-1.1 s at 1M).
Result<void> indexQueueCountsAndSorts(const QSqlDatabase &db)
{
    return runScript(
        db,
        {
            QStringLiteral("CREATE INDEX complaints_by_department_category ON complaints"
                           " (department_id, category_id, received_at)"),
            QStringLiteral("CREATE INDEX complaints_open_by_category ON complaints (category_id)"
                           " WHERE status <> 'CLOSED'"),
            QStringLiteral("CREATE INDEX complaints_open_by_severity ON complaints (severity)"
                           " WHERE status <> 'CLOSED'"),
        });
}

// v11: an agent's view (their department's complaints, or assigned to or logged by them)
// sorted by category or by department is read as three walks merged, one per part of the
// visibility, each on an index in the sort's order (QueueRepository::queueSql): walking
// the sort's own index checked the visibility on every row and passed every other
// department's complaints. The department part has its indexes already; the first four
// serve the assigned and logged parts. And the queue's other filters — channel,
// sub-category, satisfaction score (saved views, the dashboard's drill-down) — had no
// index: their counts read the whole table (150-480 ms at 1M). Each gets one, and one of
// its open complaints (a few percent of the store), so that a closed queue with one of
// them is counted as all its complaints less the open ones, like v10's.
Result<void> indexAgentViewsAndFilters(const QSqlDatabase &db)
{
    return runScript(
        db,
        {
            QStringLiteral("CREATE INDEX complaints_by_assignee_category ON complaints"
                           " (assignee_id, category_id, received_at)"),
            QStringLiteral("CREATE INDEX complaints_by_assignee_department ON complaints"
                           " (assignee_id, department_id, received_at)"),
            QStringLiteral("CREATE INDEX complaints_by_creator_category ON complaints"
                           " (created_by, category_id, received_at)"),
            QStringLiteral("CREATE INDEX complaints_by_creator_department ON complaints"
                           " (created_by, department_id, received_at)"),
            QStringLiteral(
                "CREATE INDEX complaints_by_channel ON complaints (channel, received_at)"),
            QStringLiteral("CREATE INDEX complaints_by_subcategory ON complaints"
                           " (subcategory_id, received_at)"),
            QStringLiteral("CREATE INDEX complaints_by_satisfaction ON complaints"
                           " (satisfaction, received_at) WHERE satisfaction IS NOT NULL"),
            QStringLiteral("CREATE INDEX complaints_open_by_channel ON complaints (channel)"
                           " WHERE status <> 'CLOSED'"),
            QStringLiteral(
                "CREATE INDEX complaints_open_by_subcategory ON complaints (subcategory_id)"
                " WHERE status <> 'CLOSED'"),
            QStringLiteral(
                "CREATE INDEX complaints_open_by_satisfaction ON complaints (satisfaction)"
                " WHERE status <> 'CLOSED'"),
        });
}

// v12: how many complaints there are of each department, category, channel, severity
// and status, kept by triggers as complaints are written. A queue filtered by nothing
// else is counted by adding up its rows (a few thousand at 1M) instead of walking an
// index: the channel HOTLINE holds 60 % of a store, and counting its closed complaints
// walked 600,000 index entries (31 ms at 1M, 45 ms on a slower machine). The counts are
// exact: every insert, change of one of these columns and delete moves one complaint
// between rows, in the statement's own transaction.
Result<void> keepComplaintTallies(const QSqlDatabase &db)
{
    return runScript(
        db,
        {
            QStringLiteral("CREATE TABLE complaint_tallies ("
                           " department_id INTEGER NOT NULL,"
                           " category_id INTEGER NOT NULL,"
                           " channel TEXT NOT NULL,"
                           " severity TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " complaints INTEGER NOT NULL,"
                           " PRIMARY KEY (department_id, category_id, channel, severity, status))"
                           " WITHOUT ROWID"),
            QStringLiteral("INSERT INTO complaint_tallies"
                           " SELECT department_id, category_id, channel, severity, status, count(*)"
                           " FROM complaints"
                           " GROUP BY department_id, category_id, channel, severity, status"),
            ComplaintRepository::tallyOnInsertTriggerSql(), // (a later change keeps v12's text
                                                            // here)
            QStringLiteral(
                "CREATE TRIGGER complaints_tally_update"
                " AFTER UPDATE OF department_id, category_id, channel, severity, status"
                " ON complaints"
                " WHEN OLD.department_id IS NOT NEW.department_id"
                "  OR OLD.category_id IS NOT NEW.category_id"
                "  OR OLD.channel IS NOT NEW.channel OR OLD.severity IS NOT NEW.severity"
                "  OR OLD.status IS NOT NEW.status BEGIN"
                " UPDATE complaint_tallies SET complaints = complaints - 1"
                "  WHERE department_id = OLD.department_id AND category_id = OLD.category_id"
                "  AND channel = OLD.channel AND severity = OLD.severity"
                "  AND status = OLD.status;"
                " INSERT INTO complaint_tallies VALUES (NEW.department_id, NEW.category_id,"
                "  NEW.channel, NEW.severity, NEW.status, 1)"
                "  ON CONFLICT DO UPDATE SET complaints = complaints + 1;"
                " END"),
            QStringLiteral(
                "CREATE TRIGGER complaints_tally_delete AFTER DELETE ON complaints BEGIN"
                " UPDATE complaint_tallies SET complaints = complaints - 1"
                "  WHERE department_id = OLD.department_id AND category_id = OLD.category_id"
                "  AND channel = OLD.channel AND severity = OLD.severity"
                "  AND status = OLD.status;"
                " END"),
        });
}

// v13: what each person was typing into a form and has not saved (the Log-call form's
// draft), so that a crash, a power cut or a killed program loses nothing. One row per
// person and form; `fields` is a JSON object the form's service defines (DraftService).
// Personal data: only its author reads it, and drafts older than the retention period go.
Result<void> createDrafts(const QSqlDatabase &db)
{
    return runScript(db,
                     {
                         QStringLiteral("CREATE TABLE drafts ("
                                        " user_id INTEGER NOT NULL REFERENCES users(id),"
                                        " form TEXT NOT NULL,"
                                        " fields TEXT NOT NULL," // JSON object
                                        " call_started_at INTEGER," // null: no call timer running
                                        " updated_at INTEGER NOT NULL,"
                                        " PRIMARY KEY (user_id, form)) WITHOUT ROWID"),
                     });
}

// Names the store `storeId` sealed with `key` in audit_chain, records the
// "audit_trail_sealed" event (with `details`, the key's fingerprint and the store id added)
// and writes the key file for `storePath` (AuditKey).
Result<void> recordSeal(const QSqlDatabase &db, const QString &storeId, const AuditKey &key,
                        QJsonObject details, const QString &storePath,
                        EventRepository::SealColumn column)
{
    if (auto named = runQuery(
            db,
            QStringLiteral("UPDATE audit_chain SET store_id = ?, key_fingerprint = ? WHERE id = 1"),
            {storeId, key.fingerprint()});
        !named)
        return named.error();
    AuditKey::remember(storeId, key);
    details.insert(QStringLiteral("key_fingerprint"), key.fingerprint());
    details.insert(QStringLiteral("store_id"), storeId);
    EventRecord sealed;
    sealed.at = QDateTime::currentMSecsSinceEpoch();
    sealed.type = QStringLiteral("audit_trail_sealed");
    sealed.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (auto appended = EventRepository(db).append(sealed, column); !appended)
        return appended.error();
    // Last: a failure before this point leaves no key behind for a store never sealed.
    return key.write(AuditKey::keyPath(storeId), storeId, storePath);
}

// v14: the audit trail sealed with the installation's audit key (docs/security.md). The
// store gets an id, which names its key file and anchor file outside it (AuditKey); the key
// is made here, by the first program that upgrades the store (init, the window, any
// command), and only its fingerprint is kept in the store. The plain SHA-256 chain of
// v4-v13 is checked, then every event is sealed again with the key, and an
// "audit_trail_sealed" event records how many, the old head, and whether the old chain was
// intact (verify-audit reports it when it was not). A store with events that presents
// itself as older than v14 while a key made for a store at its path has been anchored is
// refused: it may have been rolled back to shed its key.
Result<void> sealAuditTrail(const QSqlDatabase &db)
{
    if (auto added =
            runScript(db,
                      {QStringLiteral("ALTER TABLE audit_chain ADD COLUMN store_id TEXT"),
                       QStringLiteral("ALTER TABLE audit_chain ADD COLUMN key_fingerprint TEXT")});
        !added)
        return added;
    EventRepository events(db);
    auto legacy = events.verifyLegacyChain();
    if (!legacy)
        return legacy.error();
    const QString storePath = QFileInfo(db.databaseName()).absoluteFilePath();
    if (legacy->checked > 0) {
        if (const QString earlier = AuditKey::anchoredKeyOf(storePath); !earlier.isEmpty()) {
            return Error::storage(
                Migrations::tr(
                    "This store was sealed with an audit key before (\"%1\" was made for a store "
                    "at "
                    "this place and has been used), yet it now presents itself as an older store "
                    "without one: it may have been rolled back to escape its key. It was not "
                    "upgraded. If you put an old backup here on purpose, move that key file and "
                    "its "
                    "anchor file aside and open the store again.")
                    .arg(earlier));
        }
    }
    auto before = events.chainRecord();
    if (!before)
        return before.error();

    const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const AuditKey key = AuditKey::generate();
    if (auto lifted =
            runScript(db,
                      {QStringLiteral("DROP TRIGGER IF EXISTS events_are_append_only_update"),
                       QStringLiteral("DROP TRIGGER IF EXISTS events_are_append_only_delete")});
        !lifted)
        return lifted;
    auto resealed = events.resealAll(key);
    if (!resealed)
        return resealed.error();
    if (auto restored = runScript(db, appendOnlyTriggers()); !restored)
        return restored;
    QJsonObject details {
        {QStringLiteral("events"), double(*resealed)},
        {QStringLiteral("legacy_head"), QString::fromLatin1(before->lastSeal)},
        {QStringLiteral("legacy_chain"),
         legacy->brokenAt == 0 ? QStringLiteral("intact") : QStringLiteral("broken")}};
    if (legacy->brokenAt != 0) {
        details.insert(QStringLiteral("legacy_broken_at"), double(legacy->brokenAt));
        details.insert(QStringLiteral("legacy_reason"), legacy->reason);
    }
    return recordSeal(db, storeId, key, details, storePath, EventRepository::SealColumn::LegacyHex);
}

// v15: a call rung through by the phone system (screen pop) keeps the phone system's call
// id and the line it came in on; empty for calls typed without one.
Result<void> recordPhoneSystemCallIds(const QSqlDatabase &db)
{
    // A store whose version was set back (tests of older stores) may have them already.
    auto present = hasColumn(db, QStringLiteral("calls"), QStringLiteral("external_call_id"));
    if (!present)
        return present.error();
    if (*present)
        return {};
    return runScript(
        db,
        {
            QStringLiteral(
                "ALTER TABLE calls ADD COLUMN external_call_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN line TEXT NOT NULL DEFAULT ''"),
        });
}

// v16: seeded names in one language each. The seeded deadline policies had names in both
// languages at once ("\u6807\u51c6 Standard"): they now keep their English name, which is
// shown in the UI language (rules/seedednames.h); names an administrator changed stay. The
// seeded Chinese category name takes full-width brackets.
Result<void> nameSeededDataInOneLanguage(const QSqlDatabase &db)
{
    return runScript(
        db,
        {
            QStringLiteral("UPDATE sla_policies SET name = 'Forwarded by a regulator'"
                           " WHERE name = '\u76d1\u7ba1\u8f6c\u529e Forwarded by a regulator'"),
            QStringLiteral("UPDATE sla_policies SET name = 'Urgent (P1)'"
                           " WHERE name = '\u7d27\u6025 Urgent (P1)'"),
            QStringLiteral("UPDATE sla_policies SET name = 'Standard'"
                           " WHERE name = '\u6807\u51c6 Standard'"),
            QStringLiteral("UPDATE categories SET name_zh = '\u8d44\u91d1\u5b89\u5168\uff08"
                           "\u76d7\u5237/\u8bc8\u9a97\uff09' WHERE code = 'FUNDS_SECURITY'"
                           " AND name_zh = '\u8d44\u91d1\u5b89\u5168(\u76d7\u5237/\u8bc8\u9a97)'"),
        });
}

// v17: English words of the search index by their stems too ("refunded" is also "refund"),
// so that a search for one form of a word finds the others: the index is made again.
Result<void> stemEnglishSearchWords(const QSqlDatabase &db)
{
    if (auto cleared = runQuery(db, QStringLiteral("DELETE FROM complaint_search")); !cleared)
        return cleared.error();
    return indexEveryComplaint(db);
}

// v18: each imported row's id in its source (or a hash of the row) and the complaint it
// became, so that importing the same file again adds nothing.
Result<void> recordImportedRows(const QSqlDatabase &db)
{
    // A store whose version was set back (tests of older stores) may have it already.
    return runScript(db,
                     {
                         QStringLiteral("CREATE TABLE IF NOT EXISTS imported_rows ("
                                        " external_id TEXT PRIMARY KEY,"
                                        " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                                        " source TEXT NOT NULL DEFAULT '',"
                                        " imported_at INTEGER NOT NULL"
                                        ") WITHOUT ROWID"),
                     });
}

// v19: a version per complaint, raised by every change of its row: a change made from an
// older version (another desk changed it meanwhile) is refused, so that nothing is
// silently overwritten (ComplaintRepository).
Result<void> versionComplaints(const QSqlDatabase &db)
{
    // A store whose version was set back (tests of older stores) may have it already.
    auto present = hasColumn(db, QStringLiteral("complaints"), QStringLiteral("version"));
    if (!present)
        return present.error();
    if (*present)
        return {};
    return runScript(
        db,
        {
            QStringLiteral("ALTER TABLE complaints ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        });
}

// v20: a call saved from a form carries the id its desk generated for that save (unique
// when present), so that a save sent again after its outcome was lost (the connection to
// the server broke during COMMIT) finds the call it made instead of making a second one.
Result<void> identifyCallSaves(const QSqlDatabase &db)
{
    if (!Dialect::isPostgres(db)) {
        // A store whose version was set back (tests of older stores) may have it already.
        auto present = hasColumn(db, QStringLiteral("calls"), QStringLiteral("save_id"));
        if (!present)
            return present.error();
        if (*present)
            return {};
    }
    return runScript(db,
                     {
                         QStringLiteral("ALTER TABLE calls ADD COLUMN save_id TEXT"),
                         QStringLiteral("CREATE UNIQUE INDEX calls_by_save_id ON calls (save_id)"
                                        " WHERE save_id IS NOT NULL"),
                     });
}

namespace {

// cd_unhex(TEXT): the bytes the hex digits spell (SQLite 3.40 has no unhex()).
void unhex(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *digits = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QByteArray bytes = QByteArray::fromHex(
        QByteArray::fromRawData(digits ? digits : "", sqlite3_value_bytes(arguments[0])));
    sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

} // namespace

// v21: the audit trail in less room. Each event's seal is kept as its 32 bytes in `seal`
// instead of 64 hex digits in `hash`, and `prev_hash` (the previous event's seal, repeated)
// goes: verification takes it from the event before. The seals and what they cover are
// unchanged, so the chain and its anchors verify as before. SQLite cannot change a
// column's type: the table is rebuilt in id order (Migrations::upgrade then compacts the
// file); a server converts the column in place, and its index of the queue by due time
// gets the id (see below).
Result<void> storeSealsAsBytes(const QSqlDatabase &db)
{
    if (Dialect::isPostgres(db)) {
        return runScript(db,
                         {
                             QStringLiteral("ALTER TABLE events DROP COLUMN prev_hash"),
                             QStringLiteral("ALTER TABLE events ALTER COLUMN hash DROP DEFAULT"),
                             QStringLiteral("ALTER TABLE events ALTER COLUMN hash TYPE BYTEA"
                                            " USING decode(hash, 'hex')"),
                             QStringLiteral("ALTER TABLE events RENAME COLUMN hash TO seal"),
                             // and the queue by due time: closed complaints share one
                             // next_due_at, and without the id in the index a page of them
                             // sorted the whole tie (3.3 s at 1M); SQLite's index has the
                             // rowid at its end
                             QStringLiteral("DROP INDEX complaints_by_next_due"),
                             QStringLiteral("CREATE INDEX complaints_by_next_due ON complaints"
                                            " (next_due_at, id)"),
                         });
    }
    // A store whose version was set back (tests of older stores) may have it already.
    auto present = hasColumn(db, QStringLiteral("events"), QStringLiteral("seal"));
    if (!present)
        return present.error();
    if (*present)
        return {};
    if (sqlite3_create_function_v2(StoreError::handleOf(db), "cd_unhex", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, unhex, nullptr,
                                   nullptr, nullptr)
        != SQLITE_OK)
        return Error::storage(Migrations::tr("The conversion of the audit seals could not be "
                                             "prepared."));
    return runScript(db,
                     QStringList {
                         QStringLiteral("CREATE TABLE events_v21 ("
                                        " id INTEGER PRIMARY KEY,"
                                        " complaint_id INTEGER REFERENCES complaints(id),"
                                        " actor_id INTEGER REFERENCES users(id),"
                                        " at INTEGER NOT NULL,"
                                        " type TEXT NOT NULL,"
                                        " from_status TEXT,"
                                        " to_status TEXT,"
                                        " note TEXT NOT NULL DEFAULT '',"
                                        " details TEXT NOT NULL DEFAULT '{}'," // JSON object
                                        " seal BLOB NOT NULL)"),
                         QStringLiteral("INSERT INTO events_v21 SELECT id, complaint_id, actor_id,"
                                        " at, type, from_status, to_status, note, details,"
                                        " cd_unhex(hash) FROM events ORDER BY id"),
                         QStringLiteral("DROP TABLE events"),
                         QStringLiteral("ALTER TABLE events_v21 RENAME TO events"),
                         QStringLiteral("CREATE INDEX events_by_complaint ON events"
                                        " (complaint_id, at)"),
                     } + appendOnlyTriggers());
}

const std::vector<Step> &steps()
{
    static const std::vector<Step> ladder {
        createOrganisationAndTaxonomy, // -> 1
        createComplaints, // -> 2
        createQueueIndexes, // -> 3
        secureAccountsAndAuditTrail, // -> 4
        createRouting, // -> 5
        createDeadlines, // -> 6
        recordClassificationSuggestions, // -> 7
        createSearchIndex, // -> 8
        createReview, // -> 9
        indexQueueCountsAndSorts, // -> 10
        indexAgentViewsAndFilters, // -> 11
        keepComplaintTallies, // -> 12
        createDrafts, // -> 13
        sealAuditTrail, // -> 14
        recordPhoneSystemCallIds, // -> 15
        nameSeededDataInOneLanguage, // -> 16
        stemEnglishSearchWords, // -> 17
        recordImportedRows, // -> 18
        versionComplaints, // -> 19
        identifyCallSaves, // -> 20
        storeSealsAsBytes, // -> 21
    };
    return ladder;
}

} // namespace cd::storage::migration
