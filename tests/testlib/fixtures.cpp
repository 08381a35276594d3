#include "fixtures.h"

#include "savedviewservice.h"
#include "taxonomyservice.h"

namespace cd::test {

namespace {

template<typename T> T valueOf(Result<T> result, const char *step)
{
    if (!result)
        qFatal("%s: %s", step, qPrintable(result.error().message));
    return *result;
}

} // namespace

void saveViewOfARemovedCategory(models::Workspace &workspace)
{
    storage::CategoryRecord onboarding;
    onboarding.code = QStringLiteral("ONBOARDING");
    onboarding.nameZh = QStringLiteral("商户进件");
    onboarding.nameEn = QStringLiteral("Onboarding");
    onboarding.defaultDepartmentId =
        workspace.taxonomy().departmentByCode(QStringLiteral("CS"))->id;
    onboarding.defaultSeverity = QStringLiteral("P3");
    const qint64 added =
        valueOf(workspace.taxonomyEditor().saveCategory(onboarding), "add a category");
    models::ViewDefinition view;
    view.category = QStringLiteral("ONBOARDING");
    valueOf(models::SavedViewService(workspace).save(std::nullopt, QStringLiteral("Onboarding"),
                                                     view, false),
            "save a view");
    if (auto removed = workspace.taxonomyEditor().removeCategory(added); !removed)
        qFatal("remove a category: %s", qPrintable(removed.error().message));
}

} // namespace cd::test
