#include "taxonomyservice.h"

#include "auditlog.h"
#include "codes.h"
#include "freetext.h"
#include "permissions.h"
#include "taxonomyrepository.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

namespace cd::models {

namespace {

constexpr int maxNameLength = 60;

// Removes a taxonomy entry with `remove`, or refuses with `refusal` while it is `used`.
Result<bool> deleteUnlessUsed(bool used, const QString &refusal,
                              const std::function<Result<void>()> &remove)
{
    if (used)
        return Error::conflict(refusal);
    if (auto removed = remove(); !removed)
        return removed.error();
    return true;
}

// A category or sub-category as typed, made ready to check and store: its code in capitals,
// its names without surrounding spaces.
template<typename Record> Record normalised(const Record &input)
{
    Record record = input;
    record.code = record.code.trimmed().toUpper();
    record.nameZh = record.nameZh.trimmed();
    record.nameEn = record.nameEn.trimmed();
    return record;
}

// Writes `record`: where `before` is its stored state, in place of it with `update`; else
// after the last of `siblings`, with `insert`, which gives its new id.
template<typename Record, typename Update, typename Insert>
Result<void> write(Record &record, const Record *before, const QList<Record> &siblings,
                   const Update &update, const Insert &insert)
{
    if (before) {
        record.position = before->position;
        return update(record);
    }
    for (const Record &existing : siblings)
        record.position = std::max(record.position, existing.position + 1);
    auto id = insert(record);
    if (!id)
        return id.error();
    record.id = *id;
    return {};
}

QJsonObject categoryJson(const storage::CategoryRecord &c, const Taxonomy &taxonomy)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("name_zh"), c.nameZh},
            {QStringLiteral("name_en"), c.nameEn},
            {QStringLiteral("department"), taxonomy.departmentCode(c.defaultDepartmentId)},
            {QStringLiteral("severity"), c.defaultSeverity},
            {QStringLiteral("regulatory_cause"), c.regulatoryCause},
            {QStringLiteral("position"), c.position},
            {QStringLiteral("active"), c.active}};
}

QJsonObject subcategoryJson(const storage::SubcategoryRecord &s)
{
    return {{QStringLiteral("code"), s.code},
            {QStringLiteral("name_zh"), s.nameZh},
            {QStringLiteral("name_en"), s.nameEn},
            {QStringLiteral("position"), s.position},
            {QStringLiteral("active"), s.active}};
}

} // namespace

bool TaxonomyService::mayEdit(const storage::CategoryRecord &category) const
{
    const rules::Actor actor = m_workspace.rulesActor();
    if (rules::canManageTaxonomy(actor))
        return true;
    return actor.role == rules::Role::Lead && actor.departmentId
        && *actor.departmentId == category.defaultDepartmentId;
}

Result<void> TaxonomyService::requireMayEdit(const storage::CategoryRecord &category,
                                             const QString &action)
{
    if (mayEdit(category))
        return {};
    return auditlog::refuse(m_workspace, action,
                            tr("Only an administrator, or the lead of the department that "
                               "handles it, may change category \"%1\".")
                                .arg(category.code));
}

QList<Error> TaxonomyService::problems(const QString &code, const QString &nameZh,
                                       const QString &nameEn) const
{
    QList<Error> errors;
    static const QRegularExpression codeShape(QStringLiteral("^[A-Z][A-Z0-9_]{1,39}$"));
    if (!codeShape.match(code).hasMatch())
        errors << Error::invalid(tr("The code is 2 to 40 capital letters, digits or _, starting "
                                    "with a letter (it is stored and used by the CLI)."),
                                 QStringLiteral("code"));
    if (nameZh.trimmed().isEmpty() || nameEn.trimmed().isEmpty())
        errors << Error::invalid(tr("Give the name in Chinese and in English."),
                                 QStringLiteral("name"));
    if (rules::FreeText::characterCount(nameZh) > maxNameLength
        || rules::FreeText::characterCount(nameEn) > maxNameLength)
        errors << Error::invalid(tr("A name has at most %1 characters.").arg(maxNameLength),
                                 QStringLiteral("name"));
    for (const QString &name : {nameZh, nameEn}) {
        if (auto characters = rules::FreeText::checkCharacters(name, QStringLiteral("name"));
            !characters)
            errors << characters.error();
    }
    return errors;
}

Result<void> TaxonomyService::finish(const QString &type, const QJsonObject &details)
{
    if (auto appended =
            auditlog::append(m_workspace, {type, std::nullopt, details, {}, {}, {}, std::nullopt});
        !appended)
        return appended.error();
    return {};
}

Result<void> TaxonomyService::reload()
{
    auto reloaded = m_workspace.reloadTaxonomy();
    if (reloaded)
        Q_EMIT changed();
    return reloaded;
}

Result<qint64> TaxonomyService::saveCategory(const storage::CategoryRecord &input)
{
    storage::CategoryRecord c = normalised(input);
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    const storage::CategoryRecord *before = c.id ? taxonomy.category(c.id) : nullptr;
    if (c.id && !before)
        return Error::notFound(tr("The category does not exist any more."));
    if (before)
        c.code = before->code; // codes are stable
    if (auto allowed = requireMayEdit(c, QStringLiteral("save_category")); !allowed)
        return allowed.error();
    if (before) {
        if (auto allowed = requireMayEdit(*before, QStringLiteral("save_category")); !allowed)
            return allowed.error();
    }
    if (const QList<Error> errors = problems(c.code, c.nameZh, c.nameEn); !errors.isEmpty())
        return errors.first();
    if (!before && taxonomy.categoryByCode(c.code))
        return Error::conflict(tr("There is a category %1 already.").arg(c.code));
    const auto *department = taxonomy.department(c.defaultDepartmentId);
    if (!department || !department->active)
        return Error::invalid(tr("Choose the department that handles it by default."),
                              QStringLiteral("department"));
    if (!rules::severityFromCode(c.defaultSeverity))
        return Error::invalid(tr("The severity is P1, P2, P3 or P4."), QStringLiteral("severity"));
    if (!rules::regulatoryCauseFromCode(c.regulatoryCause))
        return Error::invalid(tr("Choose the regulatory cause."), QStringLiteral("cause"));
    storage::TaxonomyRepository repository(m_workspace.database().connection());
    auto saved = saveInTransaction(
        before ? QStringLiteral("category_changed") : QStringLiteral("category_added"),
        [&]() -> Result<QJsonObject> {
            if (auto written = write(
                    c, before, taxonomy.categories(),
                    [&](const storage::CategoryRecord &r) { return repository.updateCategory(r); },
                    [&](const storage::CategoryRecord &r) { return repository.insertCategory(r); });
                !written)
                return written.error();
            QJsonObject details {{QStringLiteral("after"), categoryJson(c, taxonomy)}};
            if (before)
                details.insert(QStringLiteral("before"), categoryJson(*before, taxonomy));
            return details;
        });
    if (!saved)
        return saved.error();
    return c.id;
}

Result<qint64> TaxonomyService::saveSubcategory(const storage::SubcategoryRecord &input)
{
    storage::SubcategoryRecord s = normalised(input);
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    const storage::SubcategoryRecord *before = s.id ? taxonomy.subcategory(s.id) : nullptr;
    if (s.id && !before)
        return Error::notFound(tr("The sub-category does not exist any more."));
    if (before) {
        s.code = before->code;
        s.categoryId = before->categoryId;
    }
    const storage::CategoryRecord *category = taxonomy.category(s.categoryId);
    if (!category)
        return Error::invalid(tr("Choose the category it belongs to."), QStringLiteral("category"));
    if (auto allowed = requireMayEdit(*category, QStringLiteral("save_subcategory")); !allowed)
        return allowed.error();
    if (const QList<Error> errors = problems(s.code, s.nameZh, s.nameEn); !errors.isEmpty())
        return errors.first();
    if (!before && taxonomy.subcategoryByCode(s.categoryId, s.code))
        return Error::conflict(
            tr("Category %1 has a sub-category %2 already.").arg(category->code, s.code));
    storage::TaxonomyRepository repository(m_workspace.database().connection());
    auto saved = saveInTransaction(
        before ? QStringLiteral("subcategory_changed") : QStringLiteral("subcategory_added"),
        [&]() -> Result<QJsonObject> {
            if (auto written = write(
                    s, before, taxonomy.subcategoriesOf(s.categoryId),
                    [&](const storage::SubcategoryRecord &r) {
                        return repository.updateSubcategory(r);
                    },
                    [&](const storage::SubcategoryRecord &r) {
                        return repository.insertSubcategory(r);
                    });
                !written)
                return written.error();
            QJsonObject details {{QStringLiteral("category"), category->code},
                                 {QStringLiteral("after"), subcategoryJson(s)}};
            if (before)
                details.insert(QStringLiteral("before"), subcategoryJson(*before));
            return details;
        });
    if (!saved)
        return saved.error();
    return s.id;
}

namespace {

// Moves the record with `id` by `step` places in `order` and numbers all positions from 1
// with `write`; false when it cannot move that far (nothing to do).
template<typename Record>
Result<bool> reorder(QList<Record> order, qint64 id, int step,
                     const std::function<Result<void>(const Record &)> &write)
{
    qsizetype from = 0;
    while (from < order.size() && order.at(from).id != id)
        ++from;
    const qsizetype to = from + step;
    if (from >= order.size() || to < 0 || to >= order.size())
        return false;
    order.move(from, to);
    for (int i = 0; i < order.size(); ++i) {
        Record record = order.at(i);
        record.position = i + 1;
        if (auto written = write(record); !written)
            return written.error();
    }
    return true;
}

} // namespace

Result<void> TaxonomyService::moveCategory(qint64 categoryId, int step)
{
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    const storage::CategoryRecord *category = taxonomy.category(categoryId);
    if (!category)
        return Error::notFound(tr("The category does not exist any more."));
    if (auto allowed = requireMayEdit(*category, QStringLiteral("move_category")); !allowed)
        return allowed;
    const QJsonObject details {{QStringLiteral("code"), category->code},
                               {QStringLiteral("step"), step}};
    storage::TaxonomyRepository repository(m_workspace.database().connection());
    return changeInTransaction(QStringLiteral("category_moved"), details, [&]() -> Result<bool> {
        return reorder<storage::CategoryRecord>(
            taxonomy.categories(), categoryId, step,
            [&](const storage::CategoryRecord &c) { return repository.updateCategory(c); });
    });
}

Result<void> TaxonomyService::moveSubcategory(qint64 subcategoryId, int step)
{
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    const storage::SubcategoryRecord *sub = taxonomy.subcategory(subcategoryId);
    if (!sub)
        return Error::notFound(tr("The sub-category does not exist any more."));
    const storage::CategoryRecord *category = taxonomy.category(sub->categoryId);
    if (auto allowed = requireMayEdit(*category, QStringLiteral("move_subcategory")); !allowed)
        return allowed;
    const QJsonObject details {{QStringLiteral("category"), category->code},
                               {QStringLiteral("code"), sub->code},
                               {QStringLiteral("step"), step}};
    storage::TaxonomyRepository repository(m_workspace.database().connection());
    return changeInTransaction(QStringLiteral("subcategory_moved"), details, [&]() -> Result<bool> {
        return reorder<storage::SubcategoryRecord>(
            taxonomy.subcategoriesOf(sub->categoryId), subcategoryId, step,
            [&](const storage::SubcategoryRecord &s) { return repository.updateSubcategory(s); });
    });
}

Result<void> TaxonomyService::changeInTransaction(const QString &type, const QJsonObject &details,
                                                  const std::function<Result<bool>()> &change)
{
    auto changed = storage::inTransaction(m_workspace.database(), [&]() -> Result<bool> {
        auto made = change();
        if (!made || !*made)
            return made; // an error, or nothing to change and nothing recorded
        if (auto done = finish(type, details); !done)
            return done.error();
        return true;
    });
    if (!changed)
        return changed.error();
    return *changed ? reload() : Result<void>();
}

Result<void> TaxonomyService::saveInTransaction(const QString &type,
                                                const std::function<Result<QJsonObject>()> &write)
{
    QJsonObject details; // what `write` returns, recorded once it has run
    return changeInTransaction(type, details, [&]() -> Result<bool> {
        auto written = write();
        if (!written)
            return written.error();
        details = *written;
        return true;
    });
}

Result<void> TaxonomyService::removeCategory(qint64 categoryId)
{
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    const storage::CategoryRecord *category = taxonomy.category(categoryId);
    if (!category)
        return Error::notFound(tr("The category does not exist any more."));
    if (auto allowed = requireMayEdit(*category, QStringLiteral("remove_category")); !allowed)
        return allowed;
    const QString code = category->code;
    storage::TaxonomyRepository repository(m_workspace.database().connection());
    return changeInTransaction(QStringLiteral("category_removed"), {{QStringLiteral("code"), code}},
                               [&]() -> Result<bool> {
                                   auto used = repository.categoryInUse(categoryId);
                                   if (!used)
                                       return used.error();
                                   for (const auto &sub : taxonomy.subcategoriesOf(categoryId)) {
                                       if (*used)
                                           break;
                                       auto subUsed = repository.subcategoryInUse(sub.id);
                                       if (!subUsed)
                                           return subUsed.error();
                                       *used = *subUsed;
                                   }
                                   return deleteUnlessUsed(
                                       *used,
                                       tr("Category %1 is in use (complaints, routing rules or "
                                          "deadline policies refer to it): disable it instead.")
                                           .arg(code),
                                       [&] { return repository.deleteCategory(categoryId); });
                               });
}

Result<void> TaxonomyService::removeSubcategory(qint64 subcategoryId)
{
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    const storage::SubcategoryRecord *sub = taxonomy.subcategory(subcategoryId);
    if (!sub)
        return Error::notFound(tr("The sub-category does not exist any more."));
    const storage::CategoryRecord *category = taxonomy.category(sub->categoryId);
    if (auto allowed = requireMayEdit(*category, QStringLiteral("remove_subcategory")); !allowed)
        return allowed;
    const QString code = sub->code;
    storage::TaxonomyRepository repository(m_workspace.database().connection());
    return changeInTransaction(
        QStringLiteral("subcategory_removed"),
        {{QStringLiteral("category"), category->code}, {QStringLiteral("code"), code}},
        [&]() -> Result<bool> {
            auto used = repository.subcategoryInUse(subcategoryId);
            if (!used)
                return used.error();
            return deleteUnlessUsed(*used,
                                    tr("Sub-category %1 is in use: disable it instead.").arg(code),
                                    [&] { return repository.deleteSubcategory(subcategoryId); });
        });
}

} // namespace cd::models
