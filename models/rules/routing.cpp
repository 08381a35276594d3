#include "routing.h"

#include "codetable.h"
#include "money.h"

#include <algorithm>

namespace cd::rules {

namespace {
constexpr CodeTable<AssignmentStrategy, 3> strategyCodes {{"QUEUE", "ROUND_ROBIN", "FEWEST_OPEN"},
                                                          Qt::CaseInsensitive};
} // namespace

QString code(AssignmentStrategy strategy)
{
    return strategyCodes.code(strategy);
}

std::optional<AssignmentStrategy> strategyFromCode(const QString &text)
{
    return strategyCodes.fromCode(text);
}

bool Routing::matches(const RoutingRule &rule, const RoutingInput &in, QStringList *reasons)
{
    QStringList why;
    if (rule.categoryId) {
        if (*rule.categoryId != in.categoryId)
            return false;
        why << tr("the category matches");
    }
    if (rule.subcategoryId) {
        if (!in.subcategoryId || *rule.subcategoryId != *in.subcategoryId)
            return false;
        why << tr("the sub-category matches");
    }
    if (rule.severity) {
        if (*rule.severity != in.severity)
            return false;
        why << tr("the severity is %1").arg(code(in.severity));
    }
    if (rule.channel) {
        if (*rule.channel != in.channel)
            return false;
        why << tr("the channel is %1").arg(Labels::channel(in.channel));
    }
    if (rule.regulatorForwardedOnly) {
        if (in.channel != Channel::Regulator)
            return false;
        why << tr("it was forwarded by a regulator");
    }
    if (rule.minAmountFen) {
        if (!in.amountFen || *in.amountFen < *rule.minAmountFen)
            return false;
        why << tr("the amount %1 is at least %2 yuan")
                   .arg(Money::formatYuan(*in.amountFen), Money::formatYuan(*rule.minAmountFen));
    }
    if (!rule.keywords.isEmpty()) {
        const auto hit =
            std::find_if(rule.keywords.cbegin(), rule.keywords.cend(), [&in](const QString &k) {
                return !k.isEmpty() && in.text.contains(k, Qt::CaseInsensitive);
            });
        if (hit == rule.keywords.cend())
            return false;
        why << tr("the text contains \"%1\"").arg(*hit);
    }
    if (why.isEmpty())
        why << tr("the rule has no conditions");
    if (reasons)
        *reasons = why;
    return true;
}

RoutingDecision Routing::route(const QList<RoutingRule> &rules, const RoutingInput &in,
                               qint64 fallbackDepartmentId)
{
    RoutingDecision decision;
    decision.departmentId = fallbackDepartmentId;
    decision.severity = in.severity;
    for (const RoutingRule &rule : rules) {
        QStringList why;
        if (!rule.active || !matches(rule, in, &why))
            continue;
        decision.ruleId = rule.id;
        decision.ruleName = rule.name;
        decision.departmentId = rule.departmentId.value_or(fallbackDepartmentId);
        decision.strategy = rule.strategy;
        if (rule.raiseSeverityTo && int(*rule.raiseSeverityTo) < int(in.severity)) {
            decision.severity = *rule.raiseSeverityTo;
            why << tr("severity raised to %1").arg(code(*rule.raiseSeverityTo));
        }
        decision.reasons = QStringList {
            tr("Rule \"%1\" matched: %2.").arg(rule.name, why.join(QStringLiteral(", ")))};
        return decision;
    }
    decision.reasons = QStringList {tr("No rule matched: the category's default department.")};
    return decision;
}

std::optional<qint64> Routing::roundRobin(QList<qint64> candidates,
                                          std::optional<qint64> lastAssigned)
{
    if (candidates.isEmpty())
        return std::nullopt;
    std::sort(candidates.begin(), candidates.end());
    if (lastAssigned) {
        const auto next = std::upper_bound(candidates.cbegin(), candidates.cend(), *lastAssigned);
        if (next != candidates.cend())
            return *next;
    }
    return candidates.constFirst();
}

std::optional<qint64> Routing::fewestOpen(const QList<std::pair<qint64, int>> &openCounts)
{
    if (openCounts.isEmpty())
        return std::nullopt;
    const auto best =
        std::min_element(openCounts.cbegin(), openCounts.cend(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second < b.second : a.first < b.first;
        });
    return best->first;
}

std::optional<qint64> Routing::assignee(AssignmentStrategy strategy, const AgentPool &pool)
{
    switch (strategy) {
    case AssignmentStrategy::Queue:
        return std::nullopt;
    case AssignmentStrategy::FewestOpen:
        return fewestOpen(pool.openCounts);
    case AssignmentStrategy::RoundRobin:
        break;
    }
    QList<qint64> ids;
    ids.reserve(pool.openCounts.size());
    for (const auto &agent : pool.openCounts)
        ids << agent.first;
    return roundRobin(ids, pool.lastRoundRobin);
}

} // namespace cd::rules
