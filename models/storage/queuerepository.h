#pragma once

#include "dialect.h"
#include "queuequery.h"
#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace cd::storage {

// The complaint queue's reads: its pages (keyset-paged, or with an offset), its count and
// single rows, and the SQL planner behind them (which index serves which filter and sort).
class QueueRepository
{
public:
    explicit QueueRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // One page of a queue, keyset-paged: rows after `after` (none: from the start).
    // Uses the indexes of migration v3; never scans the whole table for a page.
    // `direction` Backward walks the queue from its end (rows come last first, and `after`
    // means before): the last page of a long queue costs what the first does. `offset`
    // skips rows (for a page far from any page already read; costs what it skips).
    using Direction = QueueDirection;
    Result<QList<QueueRow>> queuePage(const QueueQuery &query,
                                      const std::optional<QueueCursor> &after, int limit,
                                      Direction direction = Direction::Forward,
                                      int offset = 0) const;
    // How many rows the whole queue has (its filters and visibility; no paging). A queue
    // filtered at most by status, department, category, severity and channel is counted
    // from the kept tallies (migration v12); one with other filters on its indexes. Where
    // countIsCapped(), counting stops past countCap: a count above it means "more than that".
    static constexpr qint64 countCap = queueCountCap;
    Result<qint64> queueCount(const QueueQuery &query) const;
    // A search (a common word matches hundreds of thousands) and an agent's view (their
    // department's complaints, or assigned to or logged by them: no index serves that OR,
    // and an exact count read the whole table, 155 ms at 1M) are counted up to countCap.
    static bool countIsCapped(const QueueQuery &query);
    // One row, if it exists and `visibility` (its visibleTo* fields) allows it.
    Result<std::optional<QueueRow>> queueRow(qint64 id, const QueueQuery &visibility) const;

    // The full ordering of a queue sorted by `query.sort`: the sort column, then (for
    // columns with repeated values) the receipt time, then the id, so that every row has a
    // distinct key and each ordering is served by one index of migration v3. A search is
    // ordered by the search index's rowid (the complaint id), descending.
    static QStringList sortColumns(const QueueQuery &query);
    // The key of `row` under that ordering, for building the next cursor.
    static QueueCursor cursorAfter(const QueueRow &row, const QueueQuery &query);
    // The WHERE conditions of a queue (filters and visibility), with their bindings. The
    // search is a subquery on c.id, or (Joined) a MATCH on complaint_search joined in.
    enum class SearchForm { Subquery, Joined };
    // `dialect`: the store the statement is for (Dialect::of the connection).
    static QStringList queueConditions(const QueueQuery &query, QVariantList *bindings,
                                       SearchForm searchForm = SearchForm::Subquery,
                                       Dialect::Kind dialect = Dialect::Kind::Sqlite);
    // The count of the open complaints of `query`'s conditions, worded so that the partial
    // indexes of the open work serve it; queueCount() subtracts it to count a closed queue
    // (for EXPLAIN QUERY PLAN tests).
    static QString openCountSql(const QueueQuery &query, QVariantList *bindings,
                                Dialect::Kind dialect = Dialect::Kind::Sqlite);
    // The statement queuePage() runs, with its bindings (for EXPLAIN QUERY PLAN tests).
    static QString queueSql(const QueueQuery &query, const std::optional<QueueCursor> &after,
                            int limit, QVariantList *bindings,
                            Direction direction = Direction::Forward, int offset = 0,
                            Dialect::Kind dialect = Dialect::Kind::Sqlite);

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
