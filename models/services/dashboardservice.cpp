#include "dashboardservice.h"

#include "auditlog.h"
#include "database.h"
#include "reference.h"
#include "statisticsrepository.h"
#include "userrepository.h"
#include "workspace.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace cd::models {

namespace {

// One row whose `fields` are the sums of theirs over `rows`; its other fields are defaults.
template<typename Row, typename... Fields> Row sumOf(const QList<Row> &rows, Fields Row::*...fields)
{
    Row all;
    for (const Row &row : rows)
        ((all.*fields += row.*fields), ...);
    return all;
}

qint64 startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), rules::businessTimeZone()).toMSecsSinceEpoch();
}

// Moves a read's value into `target`, or its error into `error` (false).
template<typename T> bool take(T &target, Result<T> read, Error *error)
{
    if (!read) {
        *error = read.error();
        return false;
    }
    target = std::move(read).value();
    return true;
}

} // namespace

qint64 StatisticsPeriod::fromMs() const
{
    return startOfDay(first);
}
qint64 StatisticsPeriod::toMs() const
{
    return startOfDay(last.addDays(1));
}

std::optional<double> DashboardFigures::firstContactResolutionRate() const
{
    if (totals.received == 0)
        return std::nullopt;
    return double(totals.solvedOnCall) / double(totals.received);
}

std::optional<double> DashboardFigures::averageHandleSeconds() const
{
    if (totals.calls == 0)
        return std::nullopt;
    return double(totals.callDurationMs) / 1000.0 / double(totals.calls);
}

qint64 DashboardFigures::rated() const
{
    qint64 n = 0;
    for (const qint64 count : totals.satisfaction)
        n += count;
    return n;
}

storage::SuggestionAcceptance DashboardFigures::overallSuggestionAcceptance() const
{
    using Row = storage::SuggestionAcceptance;
    return sumOf(suggestionAcceptance, &Row::suggested, &Row::accepted);
}

storage::Compliance DashboardFigures::overallCompliance() const
{
    using Row = storage::Compliance;
    return sumOf(complianceByDepartment, &Row::complaints, &Row::firstResponseDecided,
                 &Row::firstResponseMet, &Row::resolutionDecided, &Row::resolutionMet);
}

std::optional<double> DashboardFigures::averageSatisfaction() const
{
    const qint64 n = rated();
    if (n == 0)
        return std::nullopt;
    qint64 sum = 0;
    for (std::size_t score = 0; score < totals.satisfaction.size(); ++score)
        sum += qint64(score + 1) * totals.satisfaction.at(score);
    return double(sum) / double(n);
}

Result<StatisticsPeriod> DashboardService::checked(StatisticsPeriod period) const
{
    const rules::Actor actor = m_workspace.rulesActor();
    if (actor.id == 0 || actor.role == rules::Role::Agent) {
        return auditlog::refuse(m_workspace, QStringLiteral("view_statistics"),
                                tr("Statistics are for team leads and administrators."));
    }
    if (!period.first.isValid() || !period.last.isValid())
        return Error::invalid(tr("Choose the first and the last day of the period."),
                              QStringLiteral("from"));
    if (period.last < period.first) {
        return Error::invalid(
            tr("The period ends (%1) before it starts (%2).")
                .arg(period.last.toString(Qt::ISODate), period.first.toString(Qt::ISODate)),
            QStringLiteral("to"));
    }
    if (period.first.daysTo(period.last) >= StatisticsPeriod::maxDays) {
        return Error::invalid(
            tr("A period can be at most %1 days long.").arg(StatisticsPeriod::maxDays),
            QStringLiteral("to"));
    }
    if (actor.role == rules::Role::Lead) {
        if (period.departmentId && period.departmentId != actor.departmentId) {
            return auditlog::refuse(m_workspace, QStringLiteral("view_statistics"),
                                    tr("Team leads see the statistics of their own department."));
        }
        period.departmentId = actor.departmentId;
    }
    if (period.departmentId && !m_workspace.taxonomy().department(*period.departmentId))
        return Error::notFound(tr("That department no longer exists."));
    return period;
}

Result<DashboardFigures> DashboardService::read(const QSqlDatabase &db,
                                                const StatisticsPeriod &period, qint64 nowMs)
{
    const storage::StatisticsRepository stats(db);
    const storage::StatisticsScope scope {period.fromMs(), period.toMs(), nowMs,
                                          period.departmentId};
    DashboardFigures f;
    f.period = period;
    f.asOf = nowMs;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, rules::businessTimeZone());
    const QDate today = now.date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    using By = storage::StatisticsRepository::ComplianceBy;
    Error error;
    if (!take(f.backlog, stats.backlog(scope), &error)
        || !take(f.overdueAging, stats.overdueAging(scope), &error)
        || !take(f.complianceByDepartment, stats.compliance(scope, By::Department), &error)
        || !take(f.complianceByAgent, stats.compliance(scope, By::Assignee), &error)
        || !take(f.dailyVolume, stats.dailyVolume(scope), &error)
        || !take(f.topSubcategories, stats.topSubcategories(scope, topSubcategoryCount), &error)
        || !take(f.totals, stats.totals(scope), &error)
        || !take(f.suggestionAcceptance, stats.suggestionAcceptance(scope), &error)
        || !take(f.workload,
                 stats.workload(scope, startOfDay(today), startOfDay(today.addDays(1)),
                                startOfDay(monday)),
                 &error)) {
        return error;
    }
    auto users = storage::UserRepository(db).all();
    if (!users)
        return users.error();
    for (const storage::UserRecord &user : std::as_const(*users))
        f.people.insert(user.id, user.shownName());
    return f;
}

Result<DashboardFigures> DashboardService::compute(const StatisticsPeriod &period) const
{
    auto allowed = checked(period);
    if (!allowed)
        return allowed.error();
    return read(m_workspace.database().connection(), *allowed, m_workspace.clock().nowMs());
}

QFuture<Result<DashboardFigures>>
DashboardService::computeInBackground(const StatisticsPeriod &period) const
{
    auto allowed = checked(period);
    if (!allowed)
        return QtFuture::makeReadyFuture(Result<DashboardFigures>(allowed.error()));
    const QString path = m_workspace.database().path();
    const qint64 now = m_workspace.clock().nowMs();
    const StatisticsPeriod scope = *allowed;
    return QtConcurrent::run([path, scope, now]() -> Result<DashboardFigures> {
        auto database = storage::Database::open(path, storage::Database::Upgrade::None);
        if (!database)
            return database.error();
        return read((*database)->connection(), scope, now);
    });
}

storage::QueueQuery DashboardService::backlogQueue(qint64 departmentId, const QString &status)
{
    storage::QueueQuery query;
    query.departmentId = departmentId;
    query.status = status;
    return query;
}

storage::QueueQuery DashboardService::receivedByQueue(const DashboardFigures &f,
                                                      qint64 departmentId)
{
    storage::QueueQuery query;
    query.departmentId = departmentId;
    query.receivedFrom = f.period.fromMs();
    query.receivedBefore = f.period.toMs();
    return query;
}

storage::QueueQuery DashboardService::overdueQueue(const DashboardFigures &f, int bucket)
{
    constexpr qint64 dayMs = 24LL * 3600 * 1000;
    const auto &limits = storage::agingLimitsDays;
    storage::QueueQuery query;
    query.departmentId = f.period.departmentId;
    const qint64 atLeastDays = bucket == 0 ? 0 : limits.at(std::size_t(bucket - 1));
    query.dueBefore = f.asOf - atLeastDays * dayMs + 1;
    if (std::size_t(bucket) < limits.size())
        query.dueFrom = f.asOf - limits.at(std::size_t(bucket)) * dayMs + 1;
    query.sort = storage::QueueQuery::Sort::Due;
    query.descending = false;
    return query;
}

storage::QueueQuery DashboardService::receivedOnQueue(const DashboardFigures &f, qint64 categoryId,
                                                      const QDate &day)
{
    storage::QueueQuery query;
    query.categoryId = categoryId;
    query.departmentId = f.period.departmentId;
    const StatisticsPeriod oneDay {day, day, std::nullopt};
    query.receivedFrom = oneDay.fromMs();
    query.receivedBefore = oneDay.toMs();
    return query;
}

storage::QueueQuery DashboardService::subcategoryQueue(const DashboardFigures &f,
                                                       const storage::SubcategoryCount &subcategory)
{
    storage::QueueQuery query = receivedByQueue(f, 0);
    query.departmentId = f.period.departmentId;
    query.categoryId = subcategory.categoryId;
    query.subcategoryId = subcategory.subcategoryId;
    return query;
}

storage::QueueQuery DashboardService::satisfactionQueue(const DashboardFigures &f, int score)
{
    storage::QueueQuery query = receivedByQueue(f, 0);
    query.departmentId = f.period.departmentId;
    query.satisfaction = score;
    return query;
}

storage::QueueQuery DashboardService::workloadQueue(const DashboardFigures &f, qint64 userId)
{
    storage::QueueQuery query;
    query.assigneeId = userId;
    query.openOnly = true;
    query.departmentId = f.period.departmentId;
    return query;
}

} // namespace cd::models
