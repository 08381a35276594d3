#pragma once

#include "codes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// Which department gets a new complaint, and how a person in it is chosen: an ordered
// list of rules, the first match wins, the category's default department is the fallback.
namespace cd::rules {

enum class AssignmentStrategy { Queue, RoundRobin, FewestOpen };

QString code(AssignmentStrategy strategy);
std::optional<AssignmentStrategy> strategyFromCode(const QString &code);

struct RoutingRule
{
    qint64 id = 0;
    QString name;
    bool active = true;
    // Conditions: each one set must hold; none set matches every complaint.
    std::optional<qint64> categoryId;
    std::optional<qint64> subcategoryId;
    std::optional<Severity> severity;
    std::optional<Channel> channel;
    std::optional<qint64> minAmountFen; // amount at or above
    bool regulatorForwardedOnly = false; // channel REGULATOR
    QStringList keywords; // any one, case-insensitive, in the text
    // Actions.
    std::optional<qint64> departmentId; // none: the category's default department
    std::optional<Severity> raiseSeverityTo; // only ever raises (P1 is highest)
    AssignmentStrategy strategy = AssignmentStrategy::Queue;
};

struct RoutingInput
{
    qint64 categoryId = 0;
    std::optional<qint64> subcategoryId;
    Severity severity = Severity::P3;
    Channel channel = Channel::Hotline;
    std::optional<qint64> amountFen;
    QString text;
};

struct RoutingDecision
{
    std::optional<qint64> ruleId; // none: the fallback
    QString ruleName;
    qint64 departmentId = 0;
    Severity severity = Severity::P3;
    AssignmentStrategy strategy = AssignmentStrategy::Queue;
    QStringList reasons; // why, for the "test" box and the audit trail
};

// Who routing may hand a complaint to in the department it chose: the available agents
// with how many open complaints each has, and whom round robin chose there last.
struct AgentPool
{
    QList<std::pair<qint64, int>> openCounts; // agent id -> open complaints
    std::optional<qint64> lastRoundRobin;
};

struct Routing
{
    Q_DECLARE_TR_FUNCTIONS(Routing)
public:
    // `rules` in order; inactive ones are skipped. `fallbackDepartmentId` is the category's
    // default department.
    static RoutingDecision route(const QList<RoutingRule> &rules, const RoutingInput &input,
                                 qint64 fallbackDepartmentId);

    // Whether `rule` holds for `input`; `reasons` gets one line per condition that held.
    static bool matches(const RoutingRule &rule, const RoutingInput &input,
                        QStringList *reasons = nullptr);

    // The next candidate after `lastAssigned` in id order, wrapping round; the first one
    // when there was none. `candidates` need not be sorted.
    static std::optional<qint64> roundRobin(QList<qint64> candidates,
                                            std::optional<qint64> lastAssigned);

    // The candidate with the fewest open complaints; ties go to the lowest id.
    static std::optional<qint64> fewestOpen(const QList<std::pair<qint64, int>> &openCounts);

    // Whom `strategy` hands a complaint to from `pool`; none: the department's queue.
    static std::optional<qint64> assignee(AssignmentStrategy strategy, const AgentPool &pool);
};

} // namespace cd::rules
