#include "statisticsrepository.h"

#include "dialect.h"
#include "rowfields.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <limits>

namespace cd::storage {

namespace {

// Beijing time has had no daylight saving since 1991: a day is UTC+8 cut at midnight.
constexpr qint64 beijingOffsetMs = 8LL * 3600 * 1000;
constexpr qint64 dayMs = 24LL * 3600 * 1000;

// Complaints received in the scope's period (not merged away), in its department.
QString receivedWhere(const StatisticsScope &scope, QVariantList *bindings)
{
    QString where = QStringLiteral(" c.received_at >= ? AND c.received_at < ?"
                                   " AND c.merged_into_id IS NULL");
    *bindings << scope.fromMs << scope.toMs;
    if (scope.departmentId) {
        where += QStringLiteral(" AND c.department_id = ?");
        *bindings << *scope.departmentId;
    }
    return where;
}

// `byIndex` false: a unary + keeps SQLite from reading the department index instead of
// the one the statement is written for.
QString departmentCondition(const StatisticsScope &scope, QVariantList *bindings,
                            bool byIndex = true)
{
    if (!scope.departmentId)
        return {};
    *bindings << *scope.departmentId;
    return byIndex ? QStringLiteral(" AND c.department_id = ?")
                   : QStringLiteral(" AND +c.department_id = ?");
}

// " INDEXED BY `index`" on SQLite, whose planner is told which index serves; a server's
// planner chooses by its statistics.
QString indexedBy(const QSqlDatabase &db, const QString &index)
{
    return Dialect::isPostgres(db) ? QString() : QStringLiteral(" INDEXED BY ") + index;
}

// Open complaints, worded as the partial index complaints_open is (so that it is used).
QString openStatuses()
{
    return QStringLiteral("c.status <> 'CLOSED'");
}

} // namespace

Result<QList<BacklogCell>> StatisticsRepository::backlog(const StatisticsScope &scope) const
{
    QVariantList bindings;
    const QString sql = QStringLiteral("SELECT c.status, c.department_id, count(*)"
                                       " FROM complaints c WHERE ")
        + openStatuses() + departmentCondition(scope, &bindings)
        + QStringLiteral(" GROUP BY c.status, c.department_id");
    return readRows(m_db, sql, bindings, [](const QSqlQuery &query) {
        return BacklogCell {query.value(0).toString(), query.value(1).toLongLong(),
                            query.value(2).toLongLong()};
    });
}

Result<AgingCounts> StatisticsRepository::overdueAging(const StatisticsScope &scope) const
{
    // A running clock past its due time (stopped and paused clocks have no next due time).
    QVariantList bindings;
    QString cases = QStringLiteral("CASE");
    for (std::size_t i = 0; i < agingLimitsDays.size(); ++i) {
        cases += QStringLiteral(" WHEN ? - c.next_due_at < ? THEN %1").arg(i);
        bindings << scope.nowMs << agingLimitsDays.at(i) * dayMs;
    }
    cases += QStringLiteral(" ELSE %1 END").arg(agingLimitsDays.size());
    bindings << scope.nowMs;
    const QString sql = QStringLiteral("SELECT ") + cases
        + QStringLiteral(", count(*) FROM complaints c WHERE c.next_due_at < ?")
        + departmentCondition(scope, &bindings, false) + QStringLiteral(" GROUP BY 1");
    AgingCounts buckets {};
    auto read = forEachRow(m_db, sql, bindings, [&buckets](const QSqlQuery &query) {
        const int bucket = query.value(0).toInt();
        if (bucket >= 0 && bucket < int(buckets.size()))
            buckets.at(std::size_t(bucket)) = query.value(1).toLongLong();
    });
    if (!read)
        return read.error();
    return buckets;
}

Result<QList<Compliance>> StatisticsRepository::compliance(const StatisticsScope &scope,
                                                           ComplianceBy by) const
{
    const QString group = by == ComplianceBy::Department
        ? QStringLiteral("c.department_id")
        : QStringLiteral("coalesce(c.assignee_id, 0)");
    QVariantList bindings {scope.nowMs, scope.nowMs};
    const QString sql = QStringLiteral("SELECT ") + group
        + QStringLiteral(", count(*),"
                         " count(*) FILTER (WHERE c.first_responded_at IS NOT NULL"
                         "     OR c.first_response_due_at <= ?),"
                         " count(*) FILTER (WHERE c.first_responded_at IS NOT NULL"
                         "     AND c.first_responded_at <= c.first_response_due_at),"
                         " count(*) FILTER (WHERE c.resolved_at IS NOT NULL"
                         "     OR c.resolution_due_at <= ?),"
                         " count(*) FILTER (WHERE c.resolved_at IS NOT NULL"
                         "     AND c.resolved_at <= c.resolution_due_at)"
                         " FROM complaints c WHERE")
        + receivedWhere(scope, &bindings) + QStringLiteral(" GROUP BY 1");
    return readRows(m_db, sql, bindings, [](const QSqlQuery &query) {
        return Compliance {query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toLongLong(), query.value(3).toLongLong(),
                           query.value(4).toLongLong(), query.value(5).toLongLong()};
    });
}

Result<QList<DailyVolume>> StatisticsRepository::dailyVolume(const StatisticsScope &scope) const
{
    QVariantList bindings {beijingOffsetMs, dayMs};
    const QString sql = QStringLiteral("SELECT (c.received_at + ?) / ?, c.category_id, count(*)"
                                       " FROM complaints c WHERE")
        + receivedWhere(scope, &bindings) + QStringLiteral(" GROUP BY 1, 2");
    const QDate epoch(1970, 1, 1);
    return readRows(m_db, sql, bindings, [&epoch](const QSqlQuery &query) {
        return DailyVolume {epoch.addDays(query.value(0).toLongLong()), query.value(1).toLongLong(),
                            query.value(2).toLongLong()};
    });
}

Result<QList<SubcategoryCount>> StatisticsRepository::topSubcategories(const StatisticsScope &scope,
                                                                       int limit) const
{
    QVariantList bindings;
    const QString sql = QStringLiteral("SELECT c.category_id, c.subcategory_id, count(*)"
                                       " FROM complaints c WHERE")
        + receivedWhere(scope, &bindings)
        + QStringLiteral(" AND c.subcategory_id IS NOT NULL GROUP BY 1, 2"
                         " ORDER BY 3 DESC, 2 LIMIT ?");
    bindings << limit;
    return readRows(m_db, sql, bindings, [](const QSqlQuery &query) {
        return SubcategoryCount {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                 query.value(2).toLongLong()};
    });
}

Result<QList<SuggestionAcceptance>>
StatisticsRepository::suggestionAcceptance(const StatisticsScope &scope) const
{
    QVariantList bindings;
    const QString sql = QStringLiteral("SELECT c.suggested_category_id, count(*),"
                                       " sum(CASE WHEN c.category_id = c.suggested_category_id"
                                       " THEN 1 ELSE 0 END) FROM complaints c WHERE")
        + receivedWhere(scope, &bindings)
        + QStringLiteral(" AND c.suggested_category_id IS NOT NULL GROUP BY 1"
                         " ORDER BY 2 DESC, 1");
    return readRows(m_db, sql, bindings, [](const QSqlQuery &query) {
        return SuggestionAcceptance {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                     query.value(2).toLongLong()};
    });
}

Result<PeriodTotals> StatisticsRepository::totals(const StatisticsScope &scope) const
{
    PeriodTotals totals;
    {
        QVariantList bindings;
        const QString sql = QStringLiteral("SELECT count(*), coalesce(sum(c.solved_on_call), 0),"
                                           " count(*) FILTER (WHERE c.channel = 'REGULATOR'),"
                                           " count(*) FILTER (WHERE c.satisfaction = 1),"
                                           " count(*) FILTER (WHERE c.satisfaction = 2),"
                                           " count(*) FILTER (WHERE c.satisfaction = 3),"
                                           " count(*) FILTER (WHERE c.satisfaction = 4),"
                                           " count(*) FILTER (WHERE c.satisfaction = 5)"
                                           " FROM complaints c WHERE")
            + receivedWhere(scope, &bindings);
        auto query = runQuery(m_db, sql, bindings);
        if (!query)
            return query.error();
        if (query->next()) {
            readInto(*query, 0, totals.received, totals.solvedOnCall, totals.regulatorForwarded);
            for (int score = 0; score < 5; ++score)
                totals.satisfaction.at(std::size_t(score)) = query->value(3 + score).toLongLong();
        }
    }
    // Calls started in the period, of the department's complaints; a repeat call is one
    // from the same number within 7 days of its previous call in the period.
    QVariantList bindings {repeatWindowMs, repeatWindowMs, scope.fromMs, scope.toMs};
    QString callsOfScope = QStringLiteral("SELECT k.customer_id, k.started_at, k.duration_ms"
                                          " FROM calls k");
    if (scope.departmentId) // calls first (SQLite's CROSS JOIN keeps the order)
        callsOfScope +=
            (Dialect::isPostgres(m_db) ? QStringLiteral(" JOIN") : QStringLiteral(" CROSS JOIN"))
            + QStringLiteral(" complaints c ON c.id = k.complaint_id");
    callsOfScope += QStringLiteral(" WHERE k.started_at >= ? AND k.started_at < ?")
        + departmentCondition(scope, &bindings);
    const QString sql =
        QStringLiteral("SELECT count(*), coalesce(sum(duration_ms), 0),"
                       " count(DISTINCT CASE WHEN gap <= ? THEN customer_id END),"
                       " count(*) FILTER (WHERE gap <= ?)"
                       " FROM (SELECT customer_id, duration_ms, started_at - lag(started_at) OVER"
                       " (PARTITION BY customer_id ORDER BY started_at) AS gap FROM (%1) AS scoped)"
                       " AS gaps")
            .arg(callsOfScope);
    auto query = runQuery(m_db, sql, bindings);
    if (!query)
        return query.error();
    if (query->next()) {
        readInto(*query, 0, totals.calls, totals.callDurationMs, totals.repeatCallers,
                 totals.repeatCalls);
    }
    return totals;
}

Result<QList<Workload>> StatisticsRepository::workload(const StatisticsScope &scope,
                                                       qint64 dayStart, qint64 dayEnd,
                                                       qint64 weekStart) const
{
    // (Left to itself SQLite walks the assignee index to group without sorting, visiting
    // every complaint ever assigned; the open ones are in complaints_open, the recently
    // closed in complaints_by_closed.)
    QMap<qint64, Workload> byUser; // by user id
    auto entry = [&byUser](qint64 user) -> Workload & {
        Workload &w = byUser[user];
        w.userId = user;
        return w;
    };
    {
        QVariantList bindings {std::max(scope.nowMs, dayStart), dayEnd, scope.nowMs, scope.nowMs,
                               scope.nowMs};
        const QString sql =
            QStringLiteral("SELECT c.assignee_id, count(*),"
                           " count(*) FILTER (WHERE c.next_due_at >= ? AND c.next_due_at < ?),"
                           " count(*) FILTER (WHERE c.next_at_risk_at <= ? AND c.next_due_at >= ?),"
                           " count(*) FILTER (WHERE c.next_due_at < ?) FROM complaints c")
            + indexedBy(m_db, QStringLiteral("complaints_open"))
            + QStringLiteral(" WHERE c.assignee_id IS NOT NULL AND ") + openStatuses()
            + departmentCondition(scope, &bindings) + QStringLiteral(" GROUP BY 1");
        auto read = forEachRow(m_db, sql, bindings, [&entry](const QSqlQuery &query) {
            Workload &w = entry(query.value(0).toLongLong());
            readInto(query, 1, w.open, w.dueToday, w.atRisk, w.overdue);
        });
        if (!read)
            return read.error();
    }
    QVariantList bindings {weekStart};
    const QString sql = QStringLiteral("SELECT c.assignee_id, count(*) FROM complaints c")
        + indexedBy(m_db, QStringLiteral("complaints_by_closed"))
        + QStringLiteral(" WHERE c.closed_at >= ? AND c.assignee_id IS NOT NULL"
                         " AND c.merged_into_id IS NULL")
        + departmentCondition(scope, &bindings) + QStringLiteral(" GROUP BY 1");
    auto read = forEachRow(m_db, sql, bindings, [&entry](const QSqlQuery &query) {
        entry(query.value(0).toLongLong()).closedThisWeek = query.value(1).toLongLong();
    });
    if (!read)
        return read.error();
    return byUser.values();
}

Result<qint64> StatisticsRepository::receivedCount(const StatisticsScope &scope) const
{
    QVariantList bindings;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT count(*) FROM complaints c WHERE")
                              + receivedWhere(scope, &bindings),
                          bindings);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QList<ReportCell>>
StatisticsRepository::reportCells(const StatisticsScope &scope,
                                  const std::function<bool(qint64, qint64)> &progress) const
{
    auto total = receivedCount(scope);
    if (!total)
        return total.error();
    // Batches walk the receipt index from where the last one stopped (its time and id).
    constexpr int batch = 20000;
    QHash<QString, int> cellOf;
    QList<ReportCell> cells;
    qint64 done = 0;
    qint64 afterReceived = scope.fromMs - 1;
    qint64 afterId = 0; // the first batch: everything received from the period's start
    for (;;) {
        QVariantList bindings {afterReceived, afterReceived, afterId};
        QString sql = QStringLiteral(
            "SELECT c.received_at, c.id, c.business_type, k.regulatory_cause, c.category_id,"
            " c.resolved_at, c.resolution_due_at, c.channel = 'REGULATOR'"
            " FROM complaints c JOIN categories k ON k.id = c.category_id"
            " WHERE (c.received_at > ? OR (c.received_at = ? AND c.id > ?)) AND");
        sql += receivedWhere(scope, &bindings)
            + QStringLiteral(" ORDER BY c.received_at, c.id LIMIT ?");
        bindings << batch;
        int read = 0;
        auto ended = forEachRow(m_db, sql, bindings, [&](const QSqlQuery &query) {
            ++read;
            const qint64 receivedAt = query.value(0).toLongLong();
            afterReceived = receivedAt;
            afterId = query.value(1).toLongLong();
            const QString type = query.value(2).toString();
            const QString cause = query.value(3).toString();
            const qint64 category = query.value(4).toLongLong();
            const QString key = type + u'|' + cause + u'|' + QString::number(category);
            auto found = cellOf.constFind(key);
            int index;
            if (found == cellOf.constEnd()) {
                index = int(cells.size());
                cellOf.insert(key, index);
                ReportCell cell;
                cell.businessType = type;
                cell.regulatoryCause = cause;
                cell.categoryId = category;
                cells.append(cell);
            } else {
                index = *found;
            }
            ReportCell &cell = cells[index];
            ++cell.received;
            if (!query.value(5).isNull()) {
                const qint64 resolvedAt = query.value(5).toLongLong();
                ++cell.resolved;
                if (resolvedAt <= query.value(6).toLongLong())
                    ++cell.resolvedOnTime;
                cell.resolutionMs.append(std::max<qint64>(0, resolvedAt - receivedAt));
            }
            if (query.value(7).toBool())
                ++cell.regulatorForwarded;
        });
        if (!ended)
            return ended.error();
        done += read;
        if (progress && !progress(done, *total)) {
            return Error::cancelled(
                QCoreApplication::translate("StatisticsRepository", "The report was cancelled."));
        }
        if (read < batch)
            break;
    }
    return cells;
}

} // namespace cd::storage
