#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// What the queue asks of the store, in values: the layers above storage build these and
// hand them to the queries (ComplaintQueries), which hand them to ComplaintRepository.
namespace cd::storage {

// What a queue shows: optional equality filters, one sort column, a direction.
struct QueueQuery
{
    enum class Sort { Reference, Received, Category, Severity, Department, Status, Due };

    std::optional<QString> status;
    std::optional<qint64> categoryId;
    std::optional<qint64> subcategoryId;
    std::optional<QString> severity;
    std::optional<QString> channel;
    std::optional<int> satisfaction; // the customer's score, 1-5
    std::optional<qint64> departmentId;
    std::optional<qint64> assigneeId;
    bool unassignedOnly = false;
    bool escalatedOnly = false;
    bool openOnly = false;
    bool classificationReviewOnly = false; // suggestion unsure or not followed
    // An FTS5 query (rules::SearchText::matchQuery). Its hits come newest logged first
    // (by id), whatever `sort` says: the index hands them out in that order, so the
    // first page costs the same for a rare word and for one in every other complaint.
    QString searchMatch;
    std::optional<qint64> dueFrom; // next due time at or after (UTC ms)
    std::optional<qint64> dueBefore; // next due time before (overdue: before now)
    std::optional<qint64> atRiskAt; // at risk at this instant, not yet due
    std::optional<qint64> receivedFrom; // received at or after (UTC ms)
    std::optional<qint64> receivedBefore; // received before
    Sort sort = Sort::Received;
    bool descending = true;
    // How many complaints the queue holds, when the caller has counted them (the queue
    // model does): it decides how a page is read when the filters and the sort need
    // different indexes. A few (<= smallQueue): read them by the filters' index and sort
    // them; many: walk the sort's index and check the filters on the way (200 matches
    // come quickly); none: nothing to read. Unset: as SQLite chooses.
    std::optional<qint64> knownCount;
    static constexpr qint64 smallQueue = 5000;

    // Visibility, set by ComplaintQueries from the actor: only complaints of this
    // department, or (with visibleToUser) also those assigned to or logged by this user.
    std::optional<qint64> visibleToDepartment;
    std::optional<qint64> visibleToUser;
};

// Where the next page starts: the sort key of the last row already shown.
struct QueueCursor
{
    QVariantList key; // values of QueueRepository::sortColumns(), in order
};

// Which way a queue page is read: Backward walks the queue from its end (rows come last
// first, and a cursor means "before").
enum class QueueDirection { Forward, Backward };

// A queue's count stops past this where QueueRepository::countIsCapped(): a count above
// it means "more than that".
inline constexpr qint64 queueCountCap = 10000;
static_assert(queueCountCap > QueueQuery::smallQueue, "a capped count must still mean many rows");

} // namespace cd::storage
