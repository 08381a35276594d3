#pragma once

#include "result.h"
#include "statisticsrecords.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace cd::storage {

// The figures of statisticsrecords.h, each one SQL statement over an index range.
class StatisticsRepository
{
public:
    explicit StatisticsRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    static constexpr qint64 repeatWindowMs = 7LL * 24 * 3600 * 1000;

    Result<QList<BacklogCell>> backlog(const StatisticsScope &scope) const;
    // Overdue complaints in each ageing bucket (agingLimitsDays).
    Result<AgingCounts> overdueAging(const StatisticsScope &scope) const;
    enum class ComplianceBy { Department, Assignee };
    Result<QList<Compliance>> compliance(const StatisticsScope &scope, ComplianceBy by) const;
    Result<QList<DailyVolume>> dailyVolume(const StatisticsScope &scope) const;
    Result<QList<SubcategoryCount>> topSubcategories(const StatisticsScope &scope, int limit) const;
    Result<PeriodTotals> totals(const StatisticsScope &scope) const;
    // Per suggested category, the most suggested first.
    Result<QList<SuggestionAcceptance>> suggestionAcceptance(const StatisticsScope &scope) const;
    // `dayStart`/`dayEnd`: today in the business time zone; `weekStart`: this Monday 00:00.
    Result<QList<Workload>> workload(const StatisticsScope &scope, qint64 dayStart, qint64 dayEnd,
                                     qint64 weekStart) const;

    // The report's cells, read in batches of complaints received in the period;
    // `progress(done, total)` after each batch returns false to stop (the result is then
    // an Error::Cancelled).
    Result<QList<ReportCell>>
    reportCells(const StatisticsScope &scope,
                const std::function<bool(qint64, qint64)> &progress) const;
    // How many complaints the report reads (for its progress).
    Result<qint64> receivedCount(const StatisticsScope &scope) const;

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
