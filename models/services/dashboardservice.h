#pragma once

#include "queuequery.h"
#include "result.h"
#include "statisticsrecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace cd::models {

class Workspace;

// A period of whole Beijing days, first to last inclusive, and a department (none: all).
struct StatisticsPeriod
{
    QDate first;
    QDate last;
    std::optional<qint64> departmentId;

    static constexpr int maxDays = 3660; // ten years
    // [from, to) in UTC ms.
    qint64 fromMs() const;
    qint64 toMs() const;
};

// Everything the team lead's dashboard shows for a period. Backlog, overdue ageing and
// workload are as of `asOf`; the rest is about complaints received (or calls started) in
// the period.
struct DashboardFigures
{
    StatisticsPeriod period;
    qint64 asOf = 0;
    QList<storage::BacklogCell> backlog;
    storage::AgingCounts overdueAging {}; // by storage::agingLimitsDays
    QList<storage::Compliance> complianceByDepartment;
    QList<storage::Compliance> complianceByAgent; // groupId 0: not assigned to anybody
    QList<storage::DailyVolume> dailyVolume;
    QList<storage::SubcategoryCount> topSubcategories;
    storage::PeriodTotals totals;
    QList<storage::Workload> workload;
    QList<storage::SuggestionAcceptance> suggestionAcceptance; // most suggested first
    QHash<qint64, QString> people; // user id -> display name

    // Shares in [0, 1]; none when there is nothing to divide by.
    std::optional<double> firstContactResolutionRate() const;
    std::optional<double> averageHandleSeconds() const;
    std::optional<double> averageSatisfaction() const;
    qint64 rated() const;
    // Every category's suggestions added up (categoryId 0).
    storage::SuggestionAcceptance overallSuggestionAcceptance() const;
    // Every department's compliance added up (groupId 0).
    storage::Compliance overallCompliance() const;
};

// Reads the dashboard's figures for team leads (their own department) and administrators
// (any department, or all). Agents are refused. compute() reads on the caller's
// connection; computeInBackground() opens a connection of its own on a worker thread so
// that the window never waits on it.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)
public:
    static constexpr int topSubcategoryCount = 10;

    explicit DashboardService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // The period as the actor may see it (a lead's department is forced), or the reason
    // why not: a period that ends before it starts, or longer than maxDays, or an agent.
    Result<StatisticsPeriod> checked(StatisticsPeriod period) const;

    Result<DashboardFigures> compute(const StatisticsPeriod &period) const;
    QFuture<Result<DashboardFigures>> computeInBackground(const StatisticsPeriod &period) const;

    // The figures on `db` for an already checked period, as of `nowMs`.
    static Result<DashboardFigures> read(const QSqlDatabase &db, const StatisticsPeriod &period,
                                         qint64 nowMs);

    // The queues behind the figures of `f` (a click on a bar or a workload row).
    // Open complaints of `departmentId` in `status` (the backlog).
    static storage::QueueQuery backlogQueue(qint64 departmentId, const QString &status);
    // Complaints `departmentId` received in the period (deadline compliance).
    static storage::QueueQuery receivedByQueue(const DashboardFigures &f, qint64 departmentId);
    // Complaints overdue by ageing bucket `bucket` (of storage::agingLimitsDays) at f.asOf,
    // the most overdue last.
    static storage::QueueQuery overdueQueue(const DashboardFigures &f, int bucket);
    // Complaints of `categoryId` received on Beijing day `day`.
    static storage::QueueQuery receivedOnQueue(const DashboardFigures &f, qint64 categoryId,
                                               const QDate &day);
    // Complaints of a sub-category received in the period.
    static storage::QueueQuery subcategoryQueue(const DashboardFigures &f,
                                                const storage::SubcategoryCount &subcategory);
    // Complaints received in the period whose customer answered `score` (1-5).
    static storage::QueueQuery satisfactionQueue(const DashboardFigures &f, int score);
    // Open complaints assigned to `userId` (in the period's department, if any).
    static storage::QueueQuery workloadQueue(const DashboardFigures &f, qint64 userId);

private:
    Workspace &m_workspace;
};

} // namespace cd::models
