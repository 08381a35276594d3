#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <optional>

// The aggregates of the team lead's dashboard and of the periodic statistics report, each
// one SQL statement over an index range (complaints received in the period, open
// complaints by status, overdue by next due time, calls by start). Merged duplicates are
// left out of every figure about complaints received (they count once, as the complaint
// they were merged into). Times are UTC epoch milliseconds; days are Beijing days.
namespace cd::storage {

struct StatisticsScope
{
    qint64 fromMs = 0;                   // received at or after
    qint64 toMs = 0;                     // received before
    qint64 nowMs = 0;                    // what "open", "overdue" and "decided" are as of
    std::optional<qint64> departmentId;  // none: every department
};

struct BacklogCell
{
    QString status;
    qint64 departmentId = 0;
    qint64 count = 0;
};

// Deadline compliance of a group (a department or an assignee). A clock is decided once
// it stopped or its due time passed; it was met when it stopped by its due time.
struct Compliance
{
    qint64 groupId = 0;                  // department or user id; 0: nobody assigned
    qint64 complaints = 0;
    qint64 firstResponseDecided = 0;
    qint64 firstResponseMet = 0;
    qint64 resolutionDecided = 0;
    qint64 resolutionMet = 0;

    // Met of decided, in [0, 1]; none when nothing is decided yet.
    std::optional<double> firstResponseShare() const;
    std::optional<double> resolutionShare() const;
};

struct DailyVolume
{
    QDate day;                           // Beijing day of receipt
    qint64 categoryId = 0;
    qint64 count = 0;
};

struct SubcategoryCount
{
    qint64 categoryId = 0;
    qint64 subcategoryId = 0;
    qint64 count = 0;
};

struct PeriodTotals
{
    qint64 received = 0;
    qint64 solvedOnCall = 0;             // first-contact resolution
    qint64 regulatorForwarded = 0;
    qint64 calls = 0;                    // calls started in the period
    qint64 callDurationMs = 0;           // their total handle time
    qint64 repeatCallers = 0;            // numbers that called again within 7 days
    qint64 repeatCalls = 0;              // calls that came within 7 days of the previous one
    std::array<qint64, 5> satisfaction{};   // how many rated 1..5
};

// One agent's (or lead's) load as of now.
struct Workload
{
    qint64 userId = 0;
    qint64 open = 0;
    qint64 dueToday = 0;
    qint64 atRisk = 0;
    qint64 overdue = 0;
    qint64 closedThisWeek = 0;
};

// One row of the statistics report: business type x regulatory cause x category.
struct ReportCell
{
    QString businessType;
    QString regulatoryCause;
    qint64 categoryId = 0;
    qint64 received = 0;
    qint64 resolved = 0;                 // a reply or closure told to the customer
    qint64 resolvedOnTime = 0;
    qint64 regulatorForwarded = 0;
    QList<qint64> resolutionMs;          // each resolved complaint's time to resolution
};

class StatisticsRepository
{
public:
    explicit StatisticsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr qint64 repeatWindowMs = 7LL * 24 * 3600 * 1000;
    // Overdue ageing: less than 1 day, 1-3 days, 3-7 days, 7-30 days, 30 days or more.
    static constexpr std::array<qint64, 4> agingLimitsDays{1, 3, 7, 30};

    Result<QList<BacklogCell>> backlog(const StatisticsScope &scope) const;
    Result<std::array<qint64, 5>> overdueAging(const StatisticsScope &scope) const;
    enum class ComplianceBy { Department, Assignee };
    Result<QList<Compliance>> compliance(const StatisticsScope &scope, ComplianceBy by) const;
    Result<QList<DailyVolume>> dailyVolume(const StatisticsScope &scope) const;
    Result<QList<SubcategoryCount>> topSubcategories(const StatisticsScope &scope, int limit) const;
    Result<PeriodTotals> totals(const StatisticsScope &scope) const;
    // `dayStart`/`dayEnd`: today in the business time zone; `weekStart`: this Monday 00:00.
    Result<QList<Workload>> workload(const StatisticsScope &scope, qint64 dayStart, qint64 dayEnd,
                                     qint64 weekStart) const;

    // The report's cells, read in batches of complaints received in the period;
    // `progress(done, total)` after each batch returns false to stop (the result is then
    // an Error::Cancelled).
    Result<QList<ReportCell>> reportCells(const StatisticsScope &scope,
                                          const std::function<bool(qint64, qint64)> &progress) const;
    // How many complaints the report reads (for its progress).
    Result<qint64> receivedCount(const StatisticsScope &scope) const;

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
