#include "queuerepository.h"

#include "codes.h"
#include "database.h"
#include "sqlquery.h"

#include <QSqlRecord>

#include <utility>

namespace cd::storage {

namespace {

const QString queueColumns = QStringLiteral(
    "SELECT c.id, c.reference, c.received_at, cu.phone, cu.name, c.category_id,"
    " c.subcategory_id, c.severity, c.department_id, u.display_name, c.status,"
    " c.resolution_due_at, c.escalated_at IS NOT NULL, c.routing_rule_id, c.next_due_at,"
    " c.next_at_risk_at, c.paused_at IS NOT NULL,"
    " (c.first_response_breached <> 0 OR c.resolution_breached <> 0)");
const QString queueJoins = QStringLiteral(
    " JOIN customers cu ON cu.id = c.customer_id LEFT JOIN users u ON u.id = c.assignee_id");
// A search walks the index's hits newest first and stops at the page's end, however
// many complaints match (an IN over all hits would collect them all first).
// CROSS JOIN makes SQLite read the search index first; PostgreSQL's planner chooses itself.
QString searchFrom(Dialect::Kind dialect)
{
    return dialect == Dialect::Kind::Postgres
        ? QStringLiteral(" FROM complaint_search JOIN complaints c"
                         " ON c.id = complaint_search.rowid")
        : QStringLiteral(" FROM complaint_search CROSS JOIN complaints c"
                         " ON c.id = complaint_search.rowid");
}

QueueRow readQueueRow(const QSqlQuery &q)
{
    return QueueRow {q.value(0).toLongLong(),  q.value(1).toString(),   q.value(2).toLongLong(),
                     q.value(3).toString(),    q.value(4).toString(),   q.value(5).toLongLong(),
                     optionalId(q.value(6)),   q.value(7).toString(),   q.value(8).toLongLong(),
                     q.value(9).toString(),    q.value(10).toString(),  q.value(11).toLongLong(),
                     q.value(12).toBool(),     optionalId(q.value(13)), q.value(14).toLongLong(),
                     q.value(15).toLongLong(), q.value(16).toBool(),    q.value(17).toBool()};
}

} // namespace

QStringList QueueRepository::sortColumns(const QueueQuery &q)
{
    if (!q.searchMatch.isEmpty())
        return {QStringLiteral("complaint_search.rowid")};
    const QueueQuery::Sort sort = q.sort;
    const QString id = QStringLiteral("c.id");
    const QString received = QStringLiteral("c.received_at");
    switch (sort) {
    case QueueQuery::Sort::Reference:
        return {QStringLiteral("c.reference"), id};
    case QueueQuery::Sort::Received:
        return {received, id};
    case QueueQuery::Sort::Category:
        return {QStringLiteral("c.category_id"), received, id};
    case QueueQuery::Sort::Severity:
        return {QStringLiteral("c.severity"), received, id};
    case QueueQuery::Sort::Department:
        return {QStringLiteral("c.department_id"), received, id};
    case QueueQuery::Sort::Status:
        return {QStringLiteral("c.status"), received, id};
    case QueueQuery::Sort::Due:
        return {QStringLiteral("c.next_due_at"), id};
    }
    return {received, id};
}

QueueCursor QueueRepository::cursorAfter(const QueueRow &row, const QueueQuery &q)
{
    QVariantList key;
    if (!q.searchMatch.isEmpty())
        return {{row.id}};
    switch (q.sort) {
    case QueueQuery::Sort::Reference:
        key << row.reference;
        break;
    case QueueQuery::Sort::Received:
        key << row.receivedAt;
        break;
    case QueueQuery::Sort::Category:
        key << row.categoryId << row.receivedAt;
        break;
    case QueueQuery::Sort::Severity:
        key << row.severity << row.receivedAt;
        break;
    case QueueQuery::Sort::Department:
        key << row.departmentId << row.receivedAt;
        break;
    case QueueQuery::Sort::Status:
        key << row.status << row.receivedAt;
        break;
    case QueueQuery::Sort::Due:
        key << row.nextDueAt;
        break;
    }
    key << row.id;
    return {key};
}

namespace {

void addVisibility(const QueueQuery &q, QStringList *where, QVariantList *bindings)
{
    if (q.visibleToDepartment && q.visibleToUser) {
        *where << QStringLiteral("(c.department_id = ? OR c.assignee_id = ? OR c.created_by = ?)");
        *bindings << *q.visibleToDepartment << *q.visibleToUser << *q.visibleToUser;
    } else if (q.visibleToDepartment) {
        *where << QStringLiteral("c.department_id = ?");
        *bindings << *q.visibleToDepartment;
    }
}

} // namespace

QStringList QueueRepository::queueConditions(const QueueQuery &q, QVariantList *bindings,
                                             SearchForm searchForm, Dialect::Kind dialect)
{
    QStringList where;
    // `condition`, with `value` bound, when the query filters on it.
    const auto filterOn = [&](const auto &value, const QString &condition) {
        if (value) {
            where << condition;
            *bindings << *value;
        }
    };
    addVisibility(q, &where, bindings);
    filterOn(q.status, QStringLiteral("c.status = ?"));
    filterOn(q.categoryId, QStringLiteral("c.category_id = ?"));
    filterOn(q.subcategoryId, QStringLiteral("c.subcategory_id = ?"));
    filterOn(q.severity, QStringLiteral("c.severity = ?"));
    filterOn(q.channel, QStringLiteral("c.channel = ?"));
    filterOn(q.satisfaction, QStringLiteral("c.satisfaction = ?"));
    filterOn(q.receivedFrom, QStringLiteral("c.received_at >= ?"));
    filterOn(q.receivedBefore, QStringLiteral("c.received_at < ?"));
    filterOn(q.departmentId, QStringLiteral("c.department_id = ?"));
    filterOn(q.assigneeId, QStringLiteral("c.assignee_id = ?"));
    if (q.unassignedOnly)
        where << QStringLiteral("c.assignee_id IS NULL");
    if (q.escalatedOnly)
        where << QStringLiteral("c.escalated_at IS NOT NULL");
    if (q.openOnly)
        where << QStringLiteral("c.status <> 'CLOSED'");
    if (q.classificationReviewOnly)
        where << QStringLiteral("c.needs_classification_review = 1");
    if (!q.searchMatch.isEmpty()) {
        const QString matches = Dialect::searchMatches(dialect);
        where << (searchForm == SearchForm::Joined
                      ? matches
                      : QStringLiteral("c.id IN (SELECT rowid FROM complaint_search WHERE %1)")
                            .arg(matches));
        *bindings << Dialect::searchQuery(dialect, q.searchMatch);
    }
    // The deadline queues: `dueFrom` <= next due time < `dueBefore`; at risk: a running
    // clock is past 75 % of its target and not yet due.
    filterOn(q.dueFrom, QStringLiteral("c.next_due_at >= ?"));
    filterOn(q.dueBefore, QStringLiteral("c.next_due_at < ?"));
    if (q.atRiskAt) {
        where << QStringLiteral("c.next_at_risk_at <= ? AND c.next_due_at >= ?");
        *bindings << *q.atRiskAt << *q.atRiskAt;
    }
    return where;
}

namespace {

// A unary + keeps SQLite from reading a filter column's own index for the conditions of
// `where` on the queue's filter columns, but for those in `kept`: the statement walks the
// index it was written for.
void keepOffTheirIndexes(QStringList *where, const QStringList &kept, Dialect::Kind dialect)
{
    if (dialect == Dialect::Kind::Postgres)
        return; // its planner needs no such hint, and + does not apply to text there
    for (QString &condition : *where) {
        for (const QString &column :
             {QStringLiteral("c.status"), QStringLiteral("c.category_id"),
              QStringLiteral("c.subcategory_id"), QStringLiteral("c.severity"),
              QStringLiteral("c.channel"), QStringLiteral("c.satisfaction"),
              QStringLiteral("c.department_id"), QStringLiteral("c.assignee_id"),
              QStringLiteral("c.created_by")}) {
            if (!kept.contains(column) && condition.startsWith(column + u' '))
                condition.prepend(u'+');
        }
    }
}

// The rows after `after` in the order of `columns` (a row value: served by the index that
// is walked in that order).
QString keysetCondition(const QStringList &columns, bool descending, const QueueCursor &after,
                        QVariantList *bindings)
{
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    *bindings << after.key;
    return QStringLiteral("(%1) %2 (%3)")
        .arg(columns.join(QStringLiteral(", ")),
             descending ? QStringLiteral("<") : QStringLiteral(">"),
             marks.join(QStringLiteral(", ")));
}

// " ORDER BY" the columns, each ascending or descending.
QString orderByClause(const QStringList &columns, bool descending)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + columns.join(direction + QStringLiteral(", "))
        + direction;
}

// " LIMIT ?", and " OFFSET ?" when rows are skipped, with their bindings.
QString limitClause(int limit, int offset, QVariantList *bindings)
{
    *bindings << limit;
    if (offset <= 0)
        return QStringLiteral(" LIMIT ?");
    *bindings << offset;
    return QStringLiteral(" LIMIT ? OFFSET ?");
}

// The queue's rows (customer and assignee joined) of the ids that `idsSql` chooses, in
// `orderBy`: the page's ids are chosen on an index first, then only those rows are read.
QString rowsOfIds(const QString &idsSql, const QString &orderBy)
{
    return queueColumns + QStringLiteral(" FROM complaints c") + queueJoins
        + QStringLiteral(" WHERE c.id IN (") + idsSql + u')' + orderBy;
}

// Whether `q` is an agent's view (their department's complaints, or assigned to or logged
// by them) sorted by a column that follows the department: categories belong to
// departments, so walking the sort's index passed every other department's complaints,
// checking the visibility on each (1-5 s at 1M for an agent outside the first department).
bool readsVisibilityPartsMerged(const QueueQuery &q)
{
    return q.visibleToDepartment && q.visibleToUser
        && (q.sort == QueueQuery::Sort::Category || q.sort == QueueQuery::Sort::Department);
}

// Such a view as three walks merged (UNION: a row in two parts is one row), one per part of
// the visibility, each on an index in the sort's order: the department's
// (complaints_by_department_category, complaints_by_department) and, of migration v11,
// the assignee's and the creator's. Each walk reads only the index (id and sort key); the
// page's ids are then joined with the rest of the row.
QString visibilityPartsSql(const QueueQuery &q, const std::optional<QueueCursor> &after, int limit,
                           int offset, bool descending, QVariantList *bindings,
                           Dialect::Kind dialect)
{
    const QStringList columns = QueueRepository::sortColumns(q); // sort, received, id
    QueueQuery filters = q;
    filters.visibleToDepartment.reset();
    filters.visibleToUser.reset();
    QStringList parts;
    for (const auto &[column, value] :
         {std::pair {QStringLiteral("c.department_id"), *q.visibleToDepartment},
          std::pair {QStringLiteral("c.assignee_id"), *q.visibleToUser},
          std::pair {QStringLiteral("c.created_by"), *q.visibleToUser}}) {
        QStringList where {column + QStringLiteral(" = ?")};
        *bindings << value;
        where << QueueRepository::queueConditions(filters, bindings,
                                                  QueueRepository::SearchForm::Subquery, dialect);
        keepOffTheirIndexes(&where, {column, columns.constFirst()}, dialect);
        if (after && column == columns.constFirst()) {
            // The part holds one value of the sort's first column (a department sorted by
            // department): its rows all come after the cursor, none do, or those after the
            // cursor's (received, id) — a range of the department's own index.
            const qint64 key = after->key.constFirst().toLongLong();
            if (key == value) {
                where << keysetCondition(columns.mid(1), descending,
                                         QueueCursor {after->key.mid(1)}, bindings);
            } else if ((value < key) != descending) {
                where << QStringLiteral("1 = 0"); // the cursor is past the whole part
            }
        } else if (after) {
            where << keysetCondition(columns, descending, *after, bindings);
        }
        QString part =
            QStringLiteral("SELECT c.id AS id, %1 AS k0, %2 AS k1 FROM complaints c WHERE %3")
                .arg(columns.at(0), columns.at(1), where.join(QStringLiteral(" AND ")));
        // SQLite merges the parts' ordered walks and stops at the page's end; PostgreSQL
        // would gather every row of every part (a department: a third of the store) before
        // choosing the page, so each part is cut to the rows the page can take from it.
        if (dialect == Dialect::Kind::Postgres) {
            part = QStringLiteral("SELECT * FROM (") + part + orderByClause(columns, descending)
                + limitClause(limit + std::max(offset, 0), 0, bindings)
                + QStringLiteral(") AS part%1").arg(parts.size());
        }
        parts << part;
    }
    const QString page =
        orderByClause({QStringLiteral("k0"), QStringLiteral("k1"), QStringLiteral("id")},
                      descending)
        + limitClause(limit, offset, bindings);
    return rowsOfIds(QStringLiteral("SELECT id FROM (") + parts.join(QStringLiteral(" UNION "))
                         + page + QStringLiteral(") AS parts"),
                     orderByClause(columns, descending));
}

} // namespace

QString QueueRepository::queueSql(const QueueQuery &q, const std::optional<QueueCursor> &after,
                                  int limit, QVariantList *bindings, Direction walk, int offset,
                                  Dialect::Kind dialect)
{
    const bool search = !q.searchMatch.isEmpty();
    const QStringList columns = sortColumns(q);
    // Filters and a sort other than by receipt (every filter index ends with received_at)
    // need different indexes; the known count says which way is cheap.
    const bool filtered = q.status || q.categoryId || q.subcategoryId || q.severity || q.channel
        || q.satisfaction || q.departmentId || q.assigneeId || q.unassignedOnly || q.escalatedOnly
        || q.classificationReviewOnly || q.visibleToDepartment;
    const bool ownIndexes =
        !search && filtered && q.sort != QueueQuery::Sort::Received && q.knownCount;
    const bool fewRows = ownIndexes && *q.knownCount <= QueueQuery::smallQueue;
    const bool walkSortIndex = ownIndexes && !fewRows;
    // Search hits: newest logged first. Walking backward reverses the order.
    const bool descending = (search || q.descending) != (walk == Direction::Backward);
    if (!search && !fewRows && readsVisibilityPartsMerged(q))
        return visibilityPartsSql(q, after, limit, offset, descending, bindings, dialect);
    QStringList where;
    if (fewRows) {
        // the few rows by the filters' own indexes (no ORDER BY to lure the planner onto
        // the sort's index), then sorted: at most smallQueue rows
        QVariantList inner;
        const QStringList conditions = queueConditions(q, &inner, SearchForm::Subquery, dialect);
        where << QStringLiteral("c.id IN (SELECT c.id FROM complaints c WHERE %1)")
                     .arg(conditions.join(QStringLiteral(" AND ")));
        *bindings << inner;
    } else {
        where = queueConditions(q, bindings, search ? SearchForm::Joined : SearchForm::Subquery,
                                dialect);
    }
    if (walkSortIndex) {
        // The sort's leading column keeps its index (it is the one walked). A department
        // sorted by category keeps both: complaints_by_department_category serves them.
        QStringList kept {columns.constFirst()};
        if (q.sort == QueueQuery::Sort::Category)
            kept << QStringLiteral("c.department_id");
        keepOffTheirIndexes(&where, kept, dialect);
    }
    if (after)
        where << keysetCondition(columns, descending, *after, bindings);
    const QString orderBy = orderByClause(columns, descending);
    const QString whereSql = where.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if ((offset > 0 || fewRows) && !search) {
        // Skipping rows costs what is skipped, and a few rows are all sorted: choose the
        // page's ids first (on the sort's index, or sorting the few), then join the
        // customer and assignee for the page's rows only (4,716 NEW complaints sorted by
        // reference at 1M: 10 ms instead of 22).
        return rowsOfIds(QStringLiteral("SELECT c.id FROM complaints c") + whereSql + orderBy
                             + limitClause(limit, offset, bindings),
                         orderBy);
    }
    return queueColumns + (search ? searchFrom(dialect) : QStringLiteral(" FROM complaints c"))
        + queueJoins + whereSql + orderBy + limitClause(limit, offset, bindings);
}

Result<QList<QueueRow>> QueueRepository::queuePage(const QueueQuery &q,
                                                   const std::optional<QueueCursor> &after,
                                                   int limit, Direction direction, int offset) const
{
    QVariantList bindings;
    const QString sql = queueSql(q, after, limit, &bindings, direction, offset, Dialect::of(m_db));
    return readRows(m_db, sql, bindings, readQueueRow);
}

namespace {

// Whether `q` has no condition but those that `keep` copies into a query of its own: the
// conditions written for both are the same.
template<typename Keep> bool conditionsOnlyOf(const QueueQuery &q, Keep keep)
{
    QueueQuery covered;
    keep(q, covered);
    QVariantList ignored;
    return QueueRepository::queueConditions(q, &ignored)
        == QueueRepository::queueConditions(covered, &ignored);
}

// Copies the conditions that complaint_tallies (migration v12) are kept by: status (or
// open only), department, a department's visibility, category, severity and channel.
void copyTalliedConditions(const QueueQuery &from, QueueQuery &to)
{
    to.status = from.status;
    to.openOnly = from.openOnly;
    to.departmentId = from.departmentId;
    to.categoryId = from.categoryId;
    to.severity = from.severity;
    to.channel = from.channel;
    if (!from.visibleToUser)
        to.visibleToDepartment = from.visibleToDepartment;
}

// Whether `q` is counted from complaint_tallies: it has no other condition. Their
// conditions are worded on the alias `c`, which the count gives the tallies.
bool countedFromTallies(const QueueQuery &q)
{
    return conditionsOnlyOf(q, copyTalliedConditions);
}

// Whether the closed complaints of `q` are counted as those of its other conditions less
// the open ones: nearly every complaint is closed, so a walk of the status index is long,
// while the other conditions' count is an index range and the open ones are in partial
// indexes of the open work (complaints_open leads with the department; migration v10 adds
// one by category and one by severity, v11 by sub-category, channel and satisfaction). So:
// a closed queue filtered by sub-category or satisfaction, and at most by the tallies'
// columns besides (the tallies count the rest; 1M: with a satisfaction score 85 -> 2.6 ms;
// see docs/performance.md).
bool closedCountedAsAllLessOpen(const QueueQuery &q)
{
    if (q.status != rules::code(rules::Status::Closed) || !q.searchMatch.isEmpty())
        return false;
    return conditionsOnlyOf(q, [](const QueueQuery &from, QueueQuery &to) {
        copyTalliedConditions(from, to);
        to.subcategoryId = from.subcategoryId;
        to.satisfaction = from.satisfaction;
    });
}

} // namespace

QString QueueRepository::openCountSql(const QueueQuery &q, QVariantList *bindings,
                                      Dialect::Kind dialect)
{
    QStringList where = queueConditions(q, bindings, SearchForm::Subquery, dialect);
    where << QStringLiteral("c.status <> 'CLOSED'"); // as the partial indexes are worded
    return QStringLiteral("SELECT count(*) FROM complaints c WHERE ")
        + where.join(QStringLiteral(" AND "));
}

bool QueueRepository::countIsCapped(const QueueQuery &q)
{
    return !q.searchMatch.isEmpty() || q.visibleToUser.has_value();
}

Result<qint64> QueueRepository::queueCount(const QueueQuery &q) const
{
    QVariantList bindings;
    QString sql;
    const Dialect::Kind dialect = Dialect::of(m_db);
    if (countedFromTallies(q)) {
        const QStringList where = queueConditions(q, &bindings, SearchForm::Subquery, dialect);
        sql = QStringLiteral("SELECT coalesce(sum(complaints), 0) FROM complaint_tallies c");
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    } else if (closedCountedAsAllLessOpen(q)) {
        QueueQuery any = q;
        any.status.reset();
        auto all = queueCount(any);
        if (!all)
            return all.error();
        QVariantList openBindings;
        auto opened = runQuery(m_db, openCountSql(any, &openBindings, dialect), openBindings);
        if (!opened)
            return opened.error();
        return *all - (opened->next() ? opened->value(0).toLongLong() : 0);
    } else if (!countIsCapped(q)) {
        // Open complaints are counted on the status index's ranges (a page walks the sort's
        // index instead and skips closed ones as it goes).
        QueueQuery counted = q;
        counted.openOnly = false;
        QStringList where = queueConditions(counted, &bindings, SearchForm::Subquery, dialect);
        if (q.openOnly) {
            QStringList open;
            for (const rules::Status status : rules::allStatuses()) {
                if (rules::isOpen(status)) {
                    open << QStringLiteral("?");
                    bindings << rules::code(status);
                }
            }
            where << QStringLiteral("c.status IN (%1)").arg(open.join(QStringLiteral(", ")));
        }
        sql = QStringLiteral("SELECT count(*) FROM complaints c");
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    } else {
        // Count no further than the cap (see countIsCapped()).
        const bool search = !q.searchMatch.isEmpty();
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1")
            + (search ? searchFrom(dialect) : QStringLiteral(" FROM complaints c"))
            + QStringLiteral(" WHERE ")
            + queueConditions(q, &bindings, search ? SearchForm::Joined : SearchForm::Subquery,
                              dialect)
                  .join(QStringLiteral(" AND "))
            + QStringLiteral(" LIMIT ?) AS capped");
        bindings << countCap + 1;
    }
    auto query = runQuery(m_db, sql, bindings);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<std::optional<QueueRow>> QueueRepository::queueRow(qint64 id,
                                                          const QueueQuery &visibility) const
{
    QStringList where {QStringLiteral("c.id = ?")};
    QVariantList bindings {id};
    addVisibility(visibility, &where, &bindings);
    return readFirstRow(m_db,
                        queueColumns + QStringLiteral(" FROM complaints c") + queueJoins
                            + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                        bindings, readQueueRow);
}

} // namespace cd::storage
