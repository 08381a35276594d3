#pragma once

#include "result.h"
#include "routing.h"

#include <QCoreApplication>
#include <QList>

namespace cd::models {

class Workspace;

// The ordered routing rules: reading them, testing a sample complaint against them, and
// changing them (a department's lead for rules that send complaints to it, administrators
// for all). Every change is an audit event with the rule before and after.
class RoutingService
{
    Q_DECLARE_TR_FUNCTIONS(RoutingService)
public:
    explicit RoutingService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<QList<rules::RoutingRule>> rules() const;

    // Where a complaint like `input` would go, and why.
    Result<rules::RoutingDecision> test(const rules::RoutingInput &input) const;

    // Inserts (id 0, at the end) or updates a rule. Returns its id.
    Result<qint64> save(const rules::RoutingRule &rule);
    Result<void> remove(qint64 ruleId);
    // Moves the rule one place up (-1) or down (+1).
    Result<void> move(qint64 ruleId, int step);

    // Why `rule` cannot be saved ("" when it can): no name, a disabled department, or
    // conditions that can never hold together.
    QString problem(const rules::RoutingRule &rule) const;
    bool mayEdit(const rules::RoutingRule &rule) const;

private:
    Result<void> requireMayEdit(const rules::RoutingRule &rule);

    Workspace &m_workspace;
};

} // namespace cd::models
