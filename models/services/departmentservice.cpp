#include "departmentservice.h"

#include "auditlog.h"
#include "freetext.h"
#include "permissions.h"
#include "routingrepository.h"
#include "taxonomyrepository.h"
#include "transaction.h"
#include "workspace.h"

#include <QRegularExpression>

namespace cd::models {

namespace {
QJsonObject departmentJson(const storage::DepartmentRecord &d)
{
    return {{QStringLiteral("code"), d.code},
            {QStringLiteral("name_zh"), d.nameZh},
            {QStringLiteral("name_en"), d.nameEn},
            {QStringLiteral("active"), d.active}};
}
} // namespace

Result<void> DepartmentService::requireAdministrator(const QString &action)
{
    if (rules::canManageTaxonomy(m_workspace.rulesActor()))
        return {};
    return auditlog::refuse(m_workspace, action,
                            tr("Only an administrator may change departments."));
}

QString DepartmentService::namesProblem(const QString &nameZh, const QString &nameEn) const
{
    if (nameZh.trimmed().isEmpty() || nameEn.trimmed().isEmpty())
        return tr("Give the department a Chinese and an English name.");
    for (const QString &name : {nameZh, nameEn}) {
        if (auto characters = rules::FreeText::checkCharacters(name, QStringLiteral("name"));
            !characters)
            return characters.error().message;
        if (rules::FreeText::characterCount(name.trimmed()) > 50)
            return tr("A department name has at most 50 characters.");
    }
    return {};
}

Result<qint64> DepartmentService::add(const QString &code, const QString &nameZh,
                                      const QString &nameEn)
{
    if (auto allowed = requireAdministrator(QStringLiteral("add_department")); !allowed)
        return allowed.error();
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_]{1,15}$"));
    const QString upper = code.trimmed().toUpper();
    if (!pattern.match(upper).hasMatch())
        return Error::invalid(tr("A department code has 2 to 16 capital letters, digits or _."),
                              QStringLiteral("code"));
    if (m_workspace.taxonomy().departmentByCode(upper))
        return Error::invalid(tr("The code %1 is taken.").arg(upper), QStringLiteral("code"));
    if (const QString problem = namesProblem(nameZh, nameEn); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("name"));
    storage::DepartmentRecord d {0, upper, nameZh.trimmed(), nameEn.trimmed(), true};
    auto id = storage::inTransaction(m_workspace.database(), [&]() -> Result<qint64> {
        auto inserted =
            storage::TaxonomyRepository(m_workspace.database().connection()).insertDepartment(d);
        if (!inserted)
            return inserted;
        if (auto appended = auditlog::append(m_workspace,
                                             {QStringLiteral("department_added"),
                                              std::nullopt,
                                              {{QStringLiteral("after"), departmentJson(d)}},
                                              {},
                                              {},
                                              {},
                                              std::nullopt});
            !appended)
            return appended.error();
        return inserted;
    });
    if (!id)
        return id.error();
    if (auto reloaded = m_workspace.reloadTaxonomy(); !reloaded)
        return reloaded.error();
    return *id;
}

Result<void> DepartmentService::update(qint64 id, const QString &nameZh, const QString &nameEn,
                                       bool active)
{
    if (auto allowed = requireAdministrator(QStringLiteral("change_department")); !allowed)
        return allowed;
    const auto *current = m_workspace.taxonomy().department(id);
    if (!current)
        return Error::notFound(tr("The department does not exist."));
    if (const QString problem = namesProblem(nameZh, nameEn); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("name"));
    if (!active && current->active) {
        for (const auto &category : m_workspace.taxonomy().categories()) {
            if (category.active && category.defaultDepartmentId == id) {
                return Error::invalid(tr("%1 is the default department of the category \"%2\"; "
                                         "give the category another department first.")
                                          .arg(m_workspace.taxonomy().departmentName(id),
                                               m_workspace.taxonomy().categoryName(category.id)));
            }
        }
        auto routingRules = storage::RoutingRepository(m_workspace.database().connection()).rules();
        if (!routingRules)
            return routingRules.error();
        for (const auto &rule : *routingRules) {
            if (rule.active && rule.departmentId == id) {
                return Error::invalid(
                    tr("The routing rule \"%1\" sends complaints to %2; change "
                       "or disable it first.")
                        .arg(rule.name, m_workspace.taxonomy().departmentName(id)));
            }
        }
    }
    storage::DepartmentRecord after = *current;
    after.nameZh = nameZh.trimmed();
    after.nameEn = nameEn.trimmed();
    after.active = active;
    auto written = storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        if (auto updated = storage::TaxonomyRepository(m_workspace.database().connection())
                               .updateDepartment(after);
            !updated)
            return updated;
        if (auto appended = auditlog::append(m_workspace,
                                             {QStringLiteral("department_changed"),
                                              std::nullopt,
                                              {{QStringLiteral("before"), departmentJson(*current)},
                                               {QStringLiteral("after"), departmentJson(after)}},
                                              {},
                                              {},
                                              {},
                                              std::nullopt});
            !appended)
            return appended.error();
        return {};
    });
    if (!written)
        return written;
    return m_workspace.reloadTaxonomy();
}

} // namespace cd::models
