#pragma once

#include "result.h"
#include "routing.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd::storage {

// A department's time with a complaint; `endedAt` is empty while it still holds it.
struct DepartmentHold
{
    qint64 departmentId = 0;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt;
};

// Routing rules, round-robin state, the members a complaint can go to, and the record of
// which department held which complaint when.
class RoutingRepository
{
public:
    explicit RoutingRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QList<rules::RoutingRule>> rules() const; // by position
    Result<qint64> insertRule(const rules::RoutingRule &rule, int position);
    Result<void> updateRule(const rules::RoutingRule &rule);
    Result<void> deleteRule(qint64 id);
    Result<void> setPositions(const QList<qint64> &orderedIds);

    // Active agents of the department who are available, with their open complaints.
    Result<QList<std::pair<qint64, int>>> availableAgents(qint64 departmentId) const;
    Result<std::optional<qint64>> lastRoundRobin(qint64 departmentId) const;
    // Both of the above: whom routing may hand a complaint of the department to.
    Result<rules::AgentPool> agentPool(qint64 departmentId) const;
    Result<void> setLastRoundRobin(qint64 departmentId, qint64 userId);
    static QString setLastRoundRobinSql(); // department_id, last_user_id

    // Closes the open hold of the complaint (if any) at `at` and opens one for
    // `departmentId`, unless that department holds it already.
    // The first hold of a new complaint (complaint_id, department_id, started_at);
    // moveHold() opens the next one with it too.
    static QString openHoldSql();
    // A hold as a whole (complaint_id, department_id, started_at, ended_at), for bulk
    // writers that write a complaint's transfers at once.
    static QString insertHoldSql();
    Result<void> moveHold(qint64 complaintId, qint64 departmentId, qint64 at);
    Result<QList<DepartmentHold>> holds(qint64 complaintId) const; // oldest first

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
