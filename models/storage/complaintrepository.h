#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <optional>

namespace cd::storage {

// What full-text search indexes for a complaint: its reference, the customer's name and
// phone (national number and last four digits), the transaction reference and the text.
QString searchTokensOf(const QString &reference, const QString &customerName,
                       const QString &phoneE164, const QString &description,
                       const QString &transactionRef);

// Complaints one at a time: numbering, insert, reads by id, reference and customer, and
// each change. The queue's reads are QueueRepository's.
class ComplaintRepository
{
public:
    explicit ComplaintRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // The next sequence number of `dayKey` (yyyyMMdd); must run inside the transaction
    // that inserts the complaint, so numbers are never handed out twice.
    Result<qint64> nextReferenceSequence(const QString &dayKey);

    // Reserves `count` consecutive sequence numbers of `dayKey` at once; the first one.
    Result<qint64> reserveReferenceSequences(const QString &dayKey, int count);
    Result<qint64> insert(const ComplaintRecord &complaint);
    // Takes the complaint for a change at `version` (the one its change was based on):
    // raises its version, and on a server holds its row until the transaction ends. False,
    // and nothing changed, when another change came first (the version moved on): desks
    // changing one complaint at once never overwrite each other.
    Result<bool> claim(qint64 id, qint64 version);
    // Who made the complaint's latest recorded change, what and when (its latest event).
    struct LastChange
    {
        QString actorName;
        QString actorUsername;
        QString eventType;
        qint64 at = 0;
    };
    Result<std::optional<LastChange>> lastChange(qint64 id) const;
    // The statement insert() runs, for bulk writers that prepare it once.
    static QString insertSql();
    static QVariantList insertValues(const ComplaintRecord &complaint);
    static QString touchSql(); // updated_at, id
    // complaint_tallies (migration v12) counts complaints by department, category, channel,
    // severity and status, kept by triggers. The insert trigger makes every INSERT into
    // complaints a statement of two writes, which SQLite journals page by page in case it
    // must undo it halfway: a bulk writer (the demonstration fill; 100k: 9 -> 17 s with it)
    // drops the trigger inside its transaction, adds what it inserted with addToTallySql()
    // (department, category, channel, severity, status, complaints), and creates it again
    // with tallyOnInsertTriggerSql() before it commits, so no other connection sees it gone.
    static QString tallyOnInsertTriggerSql();
    static QString dropTallyOnInsertTriggerSql();
    static QString addToTallySql();
    Result<std::optional<ComplaintRecord>> findById(qint64 id) const;
    Result<std::optional<ComplaintRecord>> findByReference(const QString &reference) const;
    // Each complaint of `ids` that exists, read in turn (one no longer there is passed
    // over) and given to `visit`; stops at the first failure, of a read or of `visit`.
    Result<void> forEachById(const QList<qint64> &ids,
                             const std::function<Result<void>(ComplaintRecord &)> &visit) const;

    // Sets status and updated_at; closed_at is set when `closedAt` has a value and cleared
    // otherwise.
    Result<void> updateStatus(qint64 id, const QString &status, qint64 updatedAt,
                              std::optional<qint64> closedAt);
    Result<void> touch(qint64 id, qint64 updatedAt);
    Result<void> assign(qint64 id, qint64 departmentId, std::optional<qint64> assigneeId,
                        bool manually, qint64 updatedAt);
    Result<void> escalate(qint64 id, qint64 at, const QString &reason);
    // Writes the deadline columns of `complaint` (policy, clocks, due times, breach flags,
    // call-back).
    Result<void> updateClocks(const ComplaintRecord &complaint);
    // Writes category, sub-category, severity, department, assignee, routing rule, status
    // and updated_at of `complaint`.
    Result<void> updateClassification(const ComplaintRecord &complaint);

    // The customer's satisfaction (1-5) and comment, recorded at `at`.
    Result<void> setSatisfaction(qint64 id, int score, const QString &comment, qint64 at);
    Result<void> setSeverity(qint64 id, const QString &severity, qint64 updatedAt);
    // Marks `id` (and the duplicates merged into it) as merged into `keptId`.
    Result<void> setMergedInto(qint64 id, qint64 keptId, qint64 updatedAt);
    // The ids of the complaints merged into `keptId`, oldest first.
    Result<QList<qint64>> mergedInto(qint64 keptId) const;

    // Complaints with id > `afterId` in id order, at most `limit` (exports).
    Result<QList<ComplaintRecord>> pageById(qint64 afterId, int limit) const;

    // What the classifier learns from: the latest `limit` complaints' category,
    // sub-category and description, newest first.
    struct Classified
    {
        qint64 categoryId = 0;
        std::optional<qint64> subcategoryId;
        QString description;
    };
    Result<QList<Classified>> latestClassified(int limit) const;
    Result<void> setNeedsReview(qint64 id, bool needsReview);
    // What full-text search finds the complaint by (rules::SearchText::indexTokens).
    Result<void> setSearchTokens(qint64 id, const QString &tokens);
    // Indexes the stored complaints with ids from `firstId` to `lastId` for search, as
    // their intake indexed them (an anonymised customer's placeholder number is not
    // indexed, as the eraser indexes: no name, no number). None of them may be indexed yet.
    Result<void> indexForSearch(qint64 firstId, qint64 lastId);

    // The customer's complaints, newest first, at most `limit`.
    Result<QList<ComplaintRecord>> forCustomer(qint64 customerId, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
