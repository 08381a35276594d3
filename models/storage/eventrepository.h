#pragma once

#include "auditkey.h"
#include "auditreplay.h"
#include "records.h"
#include "result.h"
#include "sqlquery.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace cd::storage {

// The audit trail. Events are only ever appended (from schema v4 the database refuses
// UPDATE and DELETE on them) and each carries a seal of the previous event's seal and its
// own content (from schema v21 as 32 bytes in `seal`; before, as hex digits in `hash`,
// with the previous one repeated in `prev_hash`): from schema v14 a keyed BLAKE2b with the store's
// audit key (AuditKey), kept outside the store, so that a changed, removed, reordered or recomputed
// event breaks the chain for anyone who does not hold the key (docs/security.md). Schemas v4-v13
// chained with plain SHA-256 ("legacy"), which anybody could recompute.
class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Where each event's seal is kept: `seal`, 32 bytes (schema 21 on), or `hash`, hex
    // digits, with the previous seal repeated in `prev_hash` (schemas 4-20, which the
    // migrations up to v21 write and read).
    enum class SealColumn { Binary, LegacyHex };

    // Must run inside a transaction (every service's), so the chain has no gaps; the
    // transaction anchors the new head when it commits (AuditAnchors).
    Result<qint64> append(const EventRecord &event, SealColumn column = SealColumn::Binary);

    // The store's audit record: its id (naming its key and anchor files), the fingerprint
    // of its key, and the head of its chain. storeId is empty before schema v14.
    struct ChainRecord
    {
        QString storeId;
        QString fingerprint;
        qint64 lastEventId = 0;
        QByteArray lastSeal;
    };
    Result<ChainRecord> chainRecord() const;
    // Whether the store's trail is sealed with a key (schema 14 on): false for a store
    // (a backup, say) of an older schema.
    Result<bool> isSealed() const;
    // The seal stored with event `id`; none when there is no such event.
    Result<std::optional<QByteArray>> sealOf(qint64 id) const;

    // Walks the whole chain in id order. brokenAt is the first event whose link or content
    // does not match (or, past the last event, the chain record's head), 0 when intact.
    // A read that fails is an Error (a damaged store), never taken for the trail's end.
    struct Verification
    {
        qint64 brokenAt = 0;
        qint64 checked = 0;
        QString reason;
        qint64 lastId = 0; // the last event read
        QByteArray lastSeal; // and its seal
        qint64 sealedAt = 0; // the "audit_trail_sealed" event (schema v14), if read
        QByteArray sealedDetails; // and its details (JSON)
    };
    Result<Verification> verifyChain(const AuditKey &key) const;
    // The same walk with the plain SHA-256 chain of schemas v4-v13 (the v14 migration).
    Result<Verification> verifyLegacyChain() const;

    // Seals every event again with `key`, in id order, and moves the chain record's head;
    // the number of events. Writes the columns of schemas 4-20 (prev_hash, hash): for the
    // v14 migration only, with the append-only triggers off.
    Result<qint64> resealAll(const AuditKey &key);

    // Many events in one transaction (bulk writes): the chain's head is read at the
    // transaction's first append and kept in memory, the statement prepared once.
    // storeHead() must run before the transaction commits; the head then again points at
    // the last event appended, and the next append (in the next transaction) reads it
    // again, so other writers may append between two transactions.
    class ChainedAppender
    {
    public:
        explicit ChainedAppender(QSqlDatabase db);
        Result<qint64> append(const EventRecord &event);
        Result<void> storeHead();

    private:
        QSqlDatabase m_db;
        PreparedStatement m_insert;
        PreparedStatement m_moveHead;
        AuditKey m_key;
        QString m_storeId;
        bool m_headRead = false;
        bool m_moved = false;
        qint64 m_lastId = 0;
        QByteArray m_lastSeal;
    };

    // The columns, in order, that a seal covers.
    static QString hashedColumns();
    // What is sealed: the previous seal, then each value after a unit separator (NULL as a
    // NUL byte, integers in decimal, text as UTF-8). `values`: the sealed columns as stored
    // (see storedValues()).
    static QByteArray sealedContent(QByteArrayView previousSeal, const QVariantList &values);
    static QByteArray seal(const AuditKey &key, QByteArrayView previousSeal,
                           const QVariantList &values);
    // The SHA-256 link of schemas v4-v13 (the v4 migration chains with it).
    static QString legacyHash(const QString &previousHash, const QVariantList &values);
    static QString legacyHash(const QString &previousHash, const QSqlQuery &row);
    // The sealed columns of event `id` as SQLite will give them back.
    static QVariantList storedValues(qint64 id, const EventRecord &event);

    // A complaint's row as verify-audit compares it with its events, and its events.
    struct ReplayEvent
    {
        qint64 id = 0;
        QString type;
        QString fromStatus;
        QString toStatus;
        QJsonObject details;
    };
    struct StoredComplaint
    {
        qint64 id = 0;
        QString reference;
        rules::ComplaintFacts facts; // every field known
    };
    // Every complaint and every complaint id that events name, in id order, with its events
    // oldest first: `visit` gets a null row for events of a complaint that has no row. One
    // walk over the complaints and one over the events by complaint (no query per
    // complaint). A read that fails is an Error.
    using ComplaintVisitor = std::function<void(qint64 complaintId, const StoredComplaint *row,
                                                const QList<ReplayEvent> &events)>;
    Result<void> walkComplaints(const ComplaintVisitor &visit) const;
    // User id -> user name, for events naming an assignee by id.
    Result<QHash<qint64, QString>> usernames() const;

    // Erasure of personal data from events' notes (anonymisation): the only change ever
    // made to a written event. Each event keeps its place and its seal in the chain (the
    // next event still links to it); its note is replaced, and the seal of its new content
    // (seal() with the store's key, of its previous seal and its columns with the new note)
    // is returned by event id, for the caller to record in a "personal_data_erased" event
    // appended in the same transaction (itself sealed, so nobody without the key can forge
    // one). verifyChain() accepts an event whose content no longer matches its seal only
    // when such a recorded seal matches the content it has now, so any other change is
    // still caught. Runs inside the caller's transaction; the append-only trigger is lifted
    // only for these updates and restored in the same transaction.
    static constexpr const char *erasureEventType = "personal_data_erased";
    Result<QJsonObject> eraseNotes(const QHash<qint64, QString> &notesById);
    // Lifts the append-only trigger `trigger` of events until the statement returned is
    // run (empty: there was none). Only inside a transaction, for the one change it allows.
    static Result<QString> liftAppendOnly(const QSqlDatabase &db, const QString &trigger);
    // Oldest first.
    Result<QList<EventRecord>> forComplaint(qint64 complaintId) const;

    // The columns every reader of events selects first, of `events e`: id, complaint_id,
    // actor_id, at, type, from_status, to_status.
    static QString readColumns();
    // An event from a row that starts with readColumns(); the columns after them are the
    // caller's to read.
    static EventRecord eventOf(const QSqlQuery &row);

private:
    template<typename Sealer>
    Result<Verification> walkChain(SealColumn column, const Sealer &sealer) const;
    // The seals recorded by every erasure, by event id (the latest erasure of an event wins).
    Result<QHash<qint64, QByteArray>> erasureSeals() const;

    QSqlDatabase m_db;
};

} // namespace cd::storage
