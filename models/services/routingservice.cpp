#include "routingservice.h"

#include "auditlog.h"
#include "freetext.h"
#include "permissions.h"
#include "routingrepository.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>

namespace cd::models {

namespace {

QJsonObject ruleJson(const rules::RoutingRule &r, const Taxonomy &taxonomy)
{
    return {
        {QStringLiteral("name"), r.name},
        {QStringLiteral("active"), r.active},
        {QStringLiteral("category"),
         r.categoryId ? taxonomy.categoryCode(*r.categoryId) : QString()},
        {QStringLiteral("subcategory"), taxonomy.subcategoryCode(r.subcategoryId)},
        {QStringLiteral("severity"), r.severity ? rules::code(*r.severity) : QString()},
        {QStringLiteral("channel"), r.channel ? rules::code(*r.channel) : QString()},
        {QStringLiteral("min_amount_fen"), r.minAmountFen ? double(*r.minAmountFen) : QJsonValue()},
        {QStringLiteral("regulator_only"), r.regulatorForwardedOnly},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(r.keywords)},
        {QStringLiteral("department"),
         r.departmentId ? taxonomy.departmentCode(*r.departmentId) : QString()},
        {QStringLiteral("raise_severity_to"),
         r.raiseSeverityTo ? rules::code(*r.raiseSeverityTo) : QString()},
        {QStringLiteral("strategy"), rules::code(r.strategy)}};
}

} // namespace

Result<QList<rules::RoutingRule>> RoutingService::rules() const
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in first."));
    return storage::RoutingRepository(m_workspace.database().connection()).rules();
}

Result<rules::RoutingDecision> RoutingService::test(const rules::RoutingInput &input) const
{
    auto all = rules();
    if (!all)
        return all.error();
    const auto *category = m_workspace.taxonomy().category(input.categoryId);
    if (!category)
        return Error::invalid(tr("Choose the category of the sample."), QStringLiteral("category"));
    return rules::Routing::route(*all, input, category->defaultDepartmentId);
}

QString RoutingService::problem(const rules::RoutingRule &r) const
{
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    if (r.name.trimmed().isEmpty())
        return tr("Give the rule a name.");
    if (auto characters = rules::FreeText::checkCharacters(r.name, QStringLiteral("name"));
        !characters)
        return characters.error().message;
    if (r.departmentId) {
        const auto *department = taxonomy.department(*r.departmentId);
        if (!department)
            return tr("The rule sends complaints to a department that does not exist.");
        if (!department->active)
            return tr("The rule sends complaints to %1, which is disabled.")
                .arg(taxonomy.departmentName(*r.departmentId));
    }
    if (r.categoryId) {
        const auto *category = taxonomy.category(*r.categoryId);
        if (!category || !category->active)
            return tr("This rule can never match: its category is disabled.");
    }
    if (r.subcategoryId) {
        const auto *sub = taxonomy.subcategory(*r.subcategoryId);
        if (!sub || !sub->active)
            return tr("This rule can never match: its sub-category is disabled.");
        if (r.categoryId && sub->categoryId != *r.categoryId)
            return tr("This rule can never match: the sub-category belongs to another category.");
    }
    if (r.regulatorForwardedOnly && r.channel && *r.channel != rules::Channel::Regulator)
        return tr("This rule can never match: a regulator-forwarded complaint comes through the "
                  "regulator channel.");
    if (r.minAmountFen && *r.minAmountFen < 0)
        return tr("The amount threshold cannot be negative.");
    for (const QString &keyword : r.keywords) {
        if (keyword.trimmed().isEmpty())
            return tr("A keyword cannot be empty.");
        if (auto characters = rules::FreeText::checkCharacters(keyword, QStringLiteral("keywords"));
            !characters)
            return characters.error().message;
    }
    return {};
}

bool RoutingService::mayEdit(const rules::RoutingRule &rule) const
{
    const rules::Actor actor = m_workspace.rulesActor();
    if (rule.departmentId)
        return rules::canManageDepartment(actor, *rule.departmentId);
    return rules::canManageUsers(actor); // rules for every department: administrators
}

Result<void> RoutingService::requireMayEdit(const rules::RoutingRule &rule)
{
    if (mayEdit(rule))
        return {};
    auditlog::recordRefusal(m_workspace,
                            {QStringLiteral("permission_denied"),
                             std::nullopt,
                             {{QStringLiteral("action"), QStringLiteral("edit_routing_rule")},
                              {QStringLiteral("rule"), rule.name}},
                             {},
                             {},
                             {},
                             std::nullopt});
    return Error::permission(tr("Only the lead of the rule's department or an administrator may "
                                "change this rule."));
}

Result<qint64> RoutingService::save(const rules::RoutingRule &rule)
{
    if (const QString why = problem(rule); !why.isEmpty())
        return Error::invalid(why, QStringLiteral("rule"));
    storage::RoutingRepository repository(m_workspace.database().connection());
    auto all = repository.rules();
    if (!all)
        return all.error();
    std::optional<rules::RoutingRule> before;
    for (const auto &existing : *all) {
        if (existing.id == rule.id)
            before = existing;
    }
    if (rule.id != 0 && !before)
        return Error::notFound(tr("The rule does not exist any more."));
    if (auto allowed = requireMayEdit(rule); !allowed)
        return allowed.error();
    if (before) {
        if (auto allowed = requireMayEdit(*before); !allowed)
            return allowed.error();
    }

    return storage::inTransaction(m_workspace.database(), [&]() -> Result<qint64> {
        qint64 id = rule.id;
        if (before) {
            if (auto updated = repository.updateRule(rule); !updated)
                return updated.error();
        } else {
            auto inserted = repository.insertRule(rule, int(all->size()) + 1);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        }
        QJsonObject details {{QStringLiteral("rule_id"), double(id)},
                             {QStringLiteral("after"), ruleJson(rule, m_workspace.taxonomy())}};
        if (before)
            details.insert(QStringLiteral("before"), ruleJson(*before, m_workspace.taxonomy()));
        if (auto appended = auditlog::append(m_workspace,
                                             {before ? QStringLiteral("routing_rule_changed")
                                                     : QStringLiteral("routing_rule_added"),
                                              std::nullopt,
                                              details,
                                              {},
                                              {},
                                              {},
                                              std::nullopt});
            !appended)
            return appended.error();
        return id;
    });
}

Result<void> RoutingService::remove(qint64 ruleId)
{
    storage::RoutingRepository repository(m_workspace.database().connection());
    auto all = repository.rules();
    if (!all)
        return all.error();
    for (const auto &rule : *all) {
        if (rule.id != ruleId)
            continue;
        if (auto allowed = requireMayEdit(rule); !allowed)
            return allowed;
        return storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
            if (auto deleted = repository.deleteRule(ruleId); !deleted)
                return deleted;
            if (auto appended = auditlog::append(
                    m_workspace,
                    {QStringLiteral("routing_rule_removed"),
                     std::nullopt,
                     {{QStringLiteral("rule_id"), double(ruleId)},
                      {QStringLiteral("before"), ruleJson(rule, m_workspace.taxonomy())}},
                     {},
                     {},
                     {},
                     std::nullopt});
                !appended)
                return appended.error();
            return {};
        });
    }
    return Error::notFound(tr("The rule does not exist any more."));
}

Result<void> RoutingService::move(qint64 ruleId, int step)
{
    storage::RoutingRepository repository(m_workspace.database().connection());
    auto all = repository.rules();
    if (!all)
        return all.error();
    QList<qint64> order;
    int at = -1;
    for (int i = 0; i < all->size(); ++i) {
        order << all->at(i).id;
        if (all->at(i).id == ruleId)
            at = i;
    }
    if (at < 0)
        return Error::notFound(tr("The rule does not exist any more."));
    const int to = at + step;
    if (to < 0 || to >= order.size())
        return {};
    if (auto allowed = requireMayEdit(all->at(at)); !allowed)
        return allowed;
    order.swapItemsAt(at, to);
    return storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        if (auto moved = repository.setPositions(order); !moved)
            return moved;
        if (auto appended = auditlog::append(m_workspace,
                                             {QStringLiteral("routing_rule_moved"),
                                              std::nullopt,
                                              {{QStringLiteral("rule_id"), double(ruleId)},
                                               {QStringLiteral("before"), at + 1},
                                               {QStringLiteral("after"), to + 1}},
                                              {},
                                              {},
                                              {},
                                              std::nullopt});
            !appended)
            return appended.error();
        return {};
    });
}

} // namespace cd::models
