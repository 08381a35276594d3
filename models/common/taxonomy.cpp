#include "taxonomy.h"

#include "language.h"
#include "taxonomyrepository.h"

#include <algorithm>

namespace cd::models {

namespace {
template<typename Record, typename Pred> const Record *findIf(const QList<Record> &list, Pred pred)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), pred);
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

Result<Taxonomy> Taxonomy::load(const QSqlDatabase &db)
{
    const storage::TaxonomyRepository repository(db);
    Taxonomy taxonomy;
    auto departments = repository.departments();
    if (!departments)
        return departments.error();
    auto categories = repository.categories();
    if (!categories)
        return categories.error();
    auto subcategories = repository.subcategories();
    if (!subcategories)
        return subcategories.error();
    taxonomy.m_departments = std::move(departments).value();
    taxonomy.m_categories = std::move(categories).value();
    taxonomy.m_subcategories = std::move(subcategories).value();
    return taxonomy;
}

QList<storage::SubcategoryRecord> Taxonomy::subcategoriesOf(qint64 categoryId) const
{
    QList<storage::SubcategoryRecord> list;
    for (const auto &s : m_subcategories) {
        if (s.categoryId == categoryId)
            list.append(s);
    }
    return list;
}

const storage::CategoryRecord *Taxonomy::category(qint64 id) const
{
    return findIf(m_categories, [id](const auto &c) { return c.id == id; });
}

const storage::CategoryRecord *Taxonomy::categoryByCode(const QString &code) const
{
    return findIf(m_categories, [&code](const auto &c) {
        return c.code.compare(code, Qt::CaseInsensitive) == 0;
    });
}

const storage::SubcategoryRecord *Taxonomy::subcategory(qint64 id) const
{
    return findIf(m_subcategories, [id](const auto &s) { return s.id == id; });
}

const storage::SubcategoryRecord *Taxonomy::subcategoryByCode(qint64 categoryId,
                                                              const QString &code) const
{
    return findIf(m_subcategories, [&](const auto &s) {
        return s.categoryId == categoryId && s.code.compare(code, Qt::CaseInsensitive) == 0;
    });
}

const storage::DepartmentRecord *Taxonomy::department(qint64 id) const
{
    return findIf(m_departments, [id](const auto &d) { return d.id == id; });
}

const storage::DepartmentRecord *Taxonomy::departmentByCode(const QString &code) const
{
    return findIf(m_departments, [&code](const auto &d) {
        return d.code.compare(code, Qt::CaseInsensitive) == 0;
    });
}

QString Taxonomy::categoryName(qint64 id) const
{
    const auto *c = category(id);
    return c ? pickName(c->nameZh, c->nameEn) : QString();
}

QString Taxonomy::subcategoryName(std::optional<qint64> id) const
{
    const auto *s = id ? subcategory(*id) : nullptr;
    return s ? pickName(s->nameZh, s->nameEn) : QString();
}

QString Taxonomy::departmentName(qint64 id) const
{
    const auto *d = department(id);
    return d ? pickName(d->nameZh, d->nameEn) : QString();
}

QString Taxonomy::categoryCode(qint64 id) const
{
    const auto *c = category(id);
    return c ? c->code : QString();
}

QString Taxonomy::subcategoryCode(std::optional<qint64> id) const
{
    const auto *s = id ? subcategory(*id) : nullptr;
    return s ? s->code : QString();
}

QString Taxonomy::departmentCode(qint64 id) const
{
    const auto *d = department(id);
    return d ? d->code : QString();
}

} // namespace cd::models
