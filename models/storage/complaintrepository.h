#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <optional>

namespace cd::storage {

// What a queue shows: optional equality filters, one sort column, a direction.
struct QueueQuery
{
    enum class Sort { Reference, Received, Category, Severity, Department, Status, Due };

    std::optional<QString> status;
    std::optional<qint64> categoryId;
    std::optional<QString> severity;
    std::optional<qint64> departmentId;
    Sort sort = Sort::Received;
    bool descending = true;
};

// Where the next page starts: the sort value and id of the last row already shown.
struct QueueCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

class ComplaintRepository
{
public:
    explicit ComplaintRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The next sequence number of `dayKey` (yyyyMMdd); must run inside the transaction
    // that inserts the complaint, so numbers are never handed out twice.
    Result<qint64> nextReferenceSequence(const QString &dayKey);

    Result<qint64> insert(const ComplaintRecord &complaint);
    Result<std::optional<ComplaintRecord>> findById(qint64 id) const;
    Result<std::optional<ComplaintRecord>> findByReference(const QString &reference) const;

    // Sets status and updated_at; closed_at is set when `closedAt` has a value and cleared
    // otherwise.
    Result<void> updateStatus(qint64 id, const QString &status, qint64 updatedAt,
                              std::optional<qint64> closedAt);
    Result<void> touch(qint64 id, qint64 updatedAt);

    // Complaints with id > `afterId` in id order, at most `limit` (exports).
    Result<QList<ComplaintRecord>> pageById(qint64 afterId, int limit) const;

    // The customer's complaints, newest first, at most `limit`.
    Result<QList<ComplaintRecord>> forCustomer(qint64 customerId, int limit) const;

    // One page of a queue, keyset-paged: rows after `after` (none: from the start).
    // Uses the indexes of migration v3; never scans the whole table for a page.
    Result<QList<QueueRow>> queuePage(const QueueQuery &query,
                                      const std::optional<QueueCursor> &after, int limit) const;
    Result<std::optional<QueueRow>> queueRow(qint64 id) const;

    // The value of the sort column of `row`, for building the next cursor.
    static QVariant sortValue(const QueueRow &row, QueueQuery::Sort sort);

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
