#include "routingrepository.h"

#include "seedednames.h"
#include "sqlquery.h"

namespace cd::storage {

namespace {

// The columns of routing_rules a change to a rule writes, in the order of ruleBindings().
const QString ruleColumns =
    QStringLiteral("name, active, category_id, subcategory_id, severity, channel, min_amount_fen,"
                   " regulator_only, keywords, department_id, raise_severity_to, strategy");

QVariantList ruleBindings(const rules::RoutingRule &r)
{
    return {rules::SeededNames::stored(r.name),
            r.active ? 1 : 0,
            nullable(r.categoryId),
            nullable(r.subcategoryId),
            r.severity ? QVariant(rules::code(*r.severity)) : QVariant(),
            r.channel ? QVariant(rules::code(*r.channel)) : QVariant(),
            nullable(r.minAmountFen),
            r.regulatorForwardedOnly ? 1 : 0,
            r.keywords.join(u','),
            nullable(r.departmentId),
            r.raiseSeverityTo ? QVariant(rules::code(*r.raiseSeverityTo)) : QVariant(),
            rules::code(r.strategy)};
}

} // namespace

Result<QList<rules::RoutingRule>> RoutingRepository::rules() const
{
    return readRows(
        m_db,
        QStringLiteral(
            "SELECT id, name, active, category_id, subcategory_id, severity, channel,"
            " min_amount_fen, regulator_only, keywords, department_id, raise_severity_to, strategy"
            " FROM routing_rules ORDER BY position, id"),
        {}, [](const QSqlQuery &query) {
            rules::RoutingRule r;
            r.id = query.value(0).toLongLong();
            r.name = rules::SeededNames::shown(query.value(1).toString());
            r.active = query.value(2).toBool();
            r.categoryId = optionalId(query.value(3));
            r.subcategoryId = optionalId(query.value(4));
            r.severity = optionalCode(query.value(5), rules::severityFromCode);
            r.channel = optionalCode(query.value(6), rules::channelFromCode);
            r.minAmountFen = optionalId(query.value(7));
            r.regulatorForwardedOnly = query.value(8).toBool();
            for (const QString &k : query.value(9).toString().split(u',', Qt::SkipEmptyParts))
                r.keywords << k.trimmed();
            r.departmentId = optionalId(query.value(10));
            r.raiseSeverityTo = optionalCode(query.value(11), rules::severityFromCode);
            r.strategy = rules::strategyFromCode(query.value(12).toString())
                             .value_or(rules::AssignmentStrategy::Queue);
            return r;
        });
}

Result<qint64> RoutingRepository::insertRule(const rules::RoutingRule &rule, int position)
{
    return insertRow(m_db, QStringLiteral("routing_rules"),
                     QStringLiteral("position, ") + ruleColumns,
                     QVariantList {position} + ruleBindings(rule));
}

Result<void> RoutingRepository::updateRule(const rules::RoutingRule &rule)
{
    return updateRow(m_db, QStringLiteral("routing_rules"), ruleColumns, ruleBindings(rule),
                     rule.id);
}

Result<void> RoutingRepository::deleteRule(qint64 id)
{
    return runStatement(m_db, QStringLiteral("DELETE FROM routing_rules WHERE id = ?"), {id});
}

Result<void> RoutingRepository::setPositions(const QList<qint64> &orderedIds)
{
    for (int i = 0; i < orderedIds.size(); ++i) {
        auto query =
            runQuery(m_db, QStringLiteral("UPDATE routing_rules SET position = ? WHERE id = ?"),
                     {i + 1, orderedIds.at(i)});
        if (!query)
            return query.error();
    }
    return {};
}

Result<QList<std::pair<qint64, int>>> RoutingRepository::availableAgents(qint64 departmentId) const
{
    return readRows(
        m_db,
        QStringLiteral(
            "SELECT u.id, (SELECT count(*) FROM complaints c WHERE c.assignee_id = u.id"
            "   AND c.status <> 'CLOSED')"
            " FROM users u WHERE u.department_id = ? AND u.role = 'agent' AND u.active = 1"
            " AND u.availability = 'available' ORDER BY u.id"),
        {departmentId}, [](const QSqlQuery &query) {
            return std::pair<qint64, int>(query.value(0).toLongLong(), query.value(1).toInt());
        });
}

Result<std::optional<qint64>> RoutingRepository::lastRoundRobin(qint64 departmentId) const
{
    return readFirstRow(
        m_db, QStringLiteral("SELECT last_user_id FROM round_robin_state WHERE department_id = ?"),
        {departmentId}, [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
}

Result<rules::AgentPool> RoutingRepository::agentPool(qint64 departmentId) const
{
    auto agents = availableAgents(departmentId);
    if (!agents)
        return agents.error();
    auto last = lastRoundRobin(departmentId);
    if (!last)
        return last.error();
    return rules::AgentPool {*agents, *last};
}

QString RoutingRepository::setLastRoundRobinSql()
{
    return QStringLiteral(
        "INSERT INTO round_robin_state (department_id, last_user_id) VALUES (?, ?)"
        " ON CONFLICT (department_id) DO UPDATE SET last_user_id = excluded.last_user_id");
}

Result<void> RoutingRepository::setLastRoundRobin(qint64 departmentId, qint64 userId)
{
    return runStatement(m_db, setLastRoundRobinSql(), {departmentId, userId});
}

QString RoutingRepository::openHoldSql()
{
    return QStringLiteral("INSERT INTO department_holds (complaint_id, department_id,"
                          " started_at) VALUES (?, ?, ?)");
}

QString RoutingRepository::insertHoldSql()
{
    return QStringLiteral("INSERT INTO department_holds (complaint_id, department_id,"
                          " started_at, ended_at) VALUES (?, ?, ?, ?)");
}

Result<void> RoutingRepository::moveHold(qint64 complaintId, qint64 departmentId, qint64 at)
{
    auto current = runQuery(
        m_db,
        QStringLiteral("SELECT id, department_id FROM department_holds WHERE complaint_id = ?"
                       " AND ended_at IS NULL"),
        {complaintId});
    if (!current)
        return current.error();
    if (current->next()) {
        if (current->value(1).toLongLong() == departmentId)
            return {};
        const qint64 holdId = current->value(0).toLongLong();
        current->finish();
        auto closed =
            runQuery(m_db, QStringLiteral("UPDATE department_holds SET ended_at = ? WHERE id = ?"),
                     {at, holdId});
        if (!closed)
            return closed.error();
    }
    auto opened = runInsert(m_db, openHoldSql(), {complaintId, departmentId, at});
    if (!opened)
        return opened.error();
    return {};
}

Result<QList<DepartmentHold>> RoutingRepository::holds(qint64 complaintId) const
{
    return readRows(
        m_db,
        QStringLiteral("SELECT department_id, started_at, ended_at FROM department_holds"
                       " WHERE complaint_id = ? ORDER BY started_at, id"),
        {complaintId}, [](const QSqlQuery &query) {
            return DepartmentHold {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                   optionalId(query.value(2))};
        });
}

} // namespace cd::storage
