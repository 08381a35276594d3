#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// The aggregates of the team lead's dashboard and of the periodic statistics report, each
// one SQL statement over an index range (complaints received in the period, open
// complaints by status, overdue by next due time, calls by start). Merged duplicates are
// left out of every figure about complaints received (they count once, as the complaint
// they were merged into). Times are UTC epoch milliseconds; days are Beijing days.
namespace cd::storage {

struct StatisticsScope
{
    qint64 fromMs = 0; // received at or after
    qint64 toMs = 0; // received before
    qint64 nowMs = 0; // what "open", "overdue" and "decided" are as of
    std::optional<qint64> departmentId; // none: every department
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
    qint64 groupId = 0; // department or user id; 0: nobody assigned
    qint64 complaints = 0;
    qint64 firstResponseDecided = 0;
    qint64 firstResponseMet = 0;
    qint64 resolutionDecided = 0;
    qint64 resolutionMet = 0;

    // Met of decided, in [0, 1]; none when nothing is decided yet.
    std::optional<double> firstResponseShare() const
    {
        return share(firstResponseMet, firstResponseDecided);
    }
    std::optional<double> resolutionShare() const
    {
        return share(resolutionMet, resolutionDecided);
    }

private:
    static std::optional<double> share(qint64 part, qint64 whole)
    {
        return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
    }
};

struct DailyVolume
{
    QDate day; // Beijing day of receipt
    qint64 categoryId = 0;
    qint64 count = 0;
};

struct SubcategoryCount
{
    qint64 categoryId = 0;
    qint64 subcategoryId = 0;
    qint64 count = 0;
};

// How often the classifier's first suggestion of one category was kept: of the complaints
// received in the period for which it suggested `categoryId`, how many have that category
// (as classified now: a lead's later correction counts as not kept).
struct SuggestionAcceptance
{
    qint64 categoryId = 0;
    qint64 suggested = 0;
    qint64 accepted = 0;

    // In [0, 1]; none when nothing was suggested.
    std::optional<double> share() const
    {
        return suggested > 0 ? std::optional<double>(double(accepted) / double(suggested))
                             : std::nullopt;
    }
};

struct PeriodTotals
{
    qint64 received = 0;
    qint64 solvedOnCall = 0; // first-contact resolution
    qint64 regulatorForwarded = 0;
    qint64 calls = 0; // calls started in the period
    qint64 callDurationMs = 0; // their total handle time
    qint64 repeatCallers = 0; // numbers that called again within 7 days
    qint64 repeatCalls = 0; // calls that came within 7 days of the previous one
    std::array<qint64, 5> satisfaction {}; // how many rated 1..5
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
    qint64 resolved = 0; // a reply or closure told to the customer
    qint64 resolvedOnTime = 0;
    qint64 regulatorForwarded = 0;
    QList<qint64> resolutionMs; // each resolved complaint's time to resolution
};

// Overdue ageing, the one definition of its buckets: less than 1 day, 1-3 days, 3-7 days,
// 7-30 days, 30 days or more past due. Bucket i holds complaints overdue by at least
// agingLimitsDays[i-1] days (0 for the first) and less than agingLimitsDays[i] (none for
// the last).
inline constexpr std::array<qint64, 4> agingLimitsDays {1, 3, 7, 30};
using AgingCounts = std::array<qint64, agingLimitsDays.size() + 1>;

} // namespace cd::storage
