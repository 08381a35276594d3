#pragma once

#include "records.h"
#include "result.h"
#include "sqlquery.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace cd::storage {

// The audit trail. Events are only ever appended (from schema v4 the database refuses
// UPDATE and DELETE on them) and each carries the SHA-256 of the previous event's hash and
// its own content, so that a changed, removed or reordered event breaks the chain.
class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Must run inside a transaction (every service's), so the chain has no gaps.
    Result<qint64> append(const EventRecord &event);

    // Walks the whole chain. Returns the id of the first event whose link or content does
    // not match, 0 when the chain is intact (including its recorded end).
    struct Verification
    {
        qint64 brokenAt = 0;
        qint64 checked = 0;
        QString reason;
    };
    Result<Verification> verifyChain() const;

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
        bool m_headRead = false;
        bool m_moved = false;
        qint64 m_lastId = 0;
        QString m_lastHash;
    };

    // The columns, in order, that chainHash() reads from a query row.
    static QString hashedColumns();
    static QString chainHash(const QString &previousHash, const QSqlQuery &row);
    // `values`: the hashed columns as stored (see storedValues()).
    static QString chainHash(const QString &previousHash, const QVariantList &values);
    // The hashed columns of event `id` as SQLite will give them back.
    static QVariantList storedValues(qint64 id, const EventRecord &event);

    // Erasure of personal data from events' notes (anonymisation): the only change ever
    // made to a written event. Each event keeps its place and its hash in the chain (the
    // next event still links to it); its note is replaced, and the seal of its new content
    // (chainHash() of its previous hash and its columns with the new note) is returned by
    // event id, for the caller to record in a "personal_data_erased" event appended in the
    // same transaction. verifyChain() accepts an event whose content no longer matches its
    // hash only when such a recorded seal matches the content it has now, so any other
    // change is still caught. Runs inside the caller's transaction; the append-only
    // trigger is lifted only for these updates and restored in the same transaction.
    static constexpr const char *erasureEventType = "personal_data_erased";
    Result<QJsonObject> eraseNotes(const QHash<qint64, QString> &notesById);
    // Oldest first.
    Result<QList<EventRecord>> forComplaint(qint64 complaintId) const;

private:
    // The seals recorded by every erasure, by event id (the latest erasure of an event wins).
    Result<QHash<qint64, QString>> erasureSeals() const;

    QSqlDatabase m_db;
};

} // namespace cd::storage
