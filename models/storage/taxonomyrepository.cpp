#include "taxonomyrepository.h"

#include "rowfields.h"
#include "sqlquery.h"

namespace cd::storage {

namespace {

// The columns of each taxonomy table that a change to an entry may set, and their values in
// that order; an insert writes the entry's code (and a subcategory's category) besides.
const QString departmentColumns = QStringLiteral("name_zh, name_en, active");

QVariantList departmentValues(const DepartmentRecord &d)
{
    return {d.nameZh, d.nameEn, d.active ? 1 : 0};
}

const QString categoryColumns =
    QStringLiteral("name_zh, name_en, default_department_id, default_severity, position, active,"
                   " regulatory_cause");

QVariantList categoryValues(const CategoryRecord &c)
{
    return {c.nameZh,   c.nameEn,         c.defaultDepartmentId, c.defaultSeverity,
            c.position, c.active ? 1 : 0, c.regulatoryCause};
}

const QString subcategoryColumns = QStringLiteral("name_zh, name_en, position, active");

QVariantList subcategoryValues(const SubcategoryRecord &s)
{
    return {s.nameZh, s.nameEn, s.position, s.active ? 1 : 0};
}

} // namespace

Result<QList<DepartmentRecord>> TaxonomyRepository::departments() const
{
    return readRecords(
        m_db,
        QStringLiteral("SELECT id, code, name_zh, name_en, active FROM departments ORDER BY id"),
        {}, &DepartmentRecord::id, &DepartmentRecord::code, &DepartmentRecord::nameZh,
        &DepartmentRecord::nameEn, &DepartmentRecord::active);
}

Result<QList<CategoryRecord>> TaxonomyRepository::categories() const
{
    return readRecords(
        m_db,
        QStringLiteral(
            "SELECT id, code, name_zh, name_en, default_department_id, default_severity, position,"
            " active, regulatory_cause FROM categories ORDER BY position, id"),
        {}, &CategoryRecord::id, &CategoryRecord::code, &CategoryRecord::nameZh,
        &CategoryRecord::nameEn, &CategoryRecord::defaultDepartmentId,
        &CategoryRecord::defaultSeverity, &CategoryRecord::position, &CategoryRecord::active,
        &CategoryRecord::regulatoryCause);
}

Result<QList<SubcategoryRecord>> TaxonomyRepository::subcategories() const
{
    return readRecords(
        m_db,
        QStringLiteral(
            "SELECT id, category_id, code, name_zh, name_en, position, active FROM subcategories"
            " ORDER BY category_id, position, id"),
        {}, &SubcategoryRecord::id, &SubcategoryRecord::categoryId, &SubcategoryRecord::code,
        &SubcategoryRecord::nameZh, &SubcategoryRecord::nameEn, &SubcategoryRecord::position,
        &SubcategoryRecord::active);
}

Result<qint64> TaxonomyRepository::insertDepartment(const DepartmentRecord &d)
{
    return insertRow(m_db, QStringLiteral("departments"),
                     QStringLiteral("code, ") + departmentColumns,
                     QVariantList {d.code} + departmentValues(d));
}

Result<void> TaxonomyRepository::updateDepartment(const DepartmentRecord &d)
{
    return updateRow(m_db, QStringLiteral("departments"), departmentColumns, departmentValues(d),
                     d.id);
}

Result<qint64> TaxonomyRepository::insertCategory(const CategoryRecord &c)
{
    return insertRow(m_db, QStringLiteral("categories"), QStringLiteral("code, ") + categoryColumns,
                     QVariantList {c.code} + categoryValues(c));
}

Result<void> TaxonomyRepository::updateCategory(const CategoryRecord &c)
{
    return updateRow(m_db, QStringLiteral("categories"), categoryColumns, categoryValues(c), c.id);
}

Result<qint64> TaxonomyRepository::insertSubcategory(const SubcategoryRecord &s)
{
    return insertRow(m_db, QStringLiteral("subcategories"),
                     QStringLiteral("category_id, code, ") + subcategoryColumns,
                     QVariantList {s.categoryId, s.code} + subcategoryValues(s));
}

Result<void> TaxonomyRepository::updateSubcategory(const SubcategoryRecord &s)
{
    return updateRow(m_db, QStringLiteral("subcategories"), subcategoryColumns,
                     subcategoryValues(s), s.id);
}

Result<bool> TaxonomyRepository::categoryInUse(qint64 categoryId) const
{
    auto query = runQuery(
        m_db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM complaints WHERE category_id = ?)"
                       " OR EXISTS (SELECT 1 FROM complaints WHERE suggested_category_id = ?)"
                       " OR EXISTS (SELECT 1 FROM routing_rules WHERE category_id = ?)"
                       " OR EXISTS (SELECT 1 FROM sla_policies WHERE category_id = ?)"),
        {categoryId, categoryId, categoryId, categoryId});
    if (!query)
        return query.error();
    return query->next() && query->value(0).toBool();
}

Result<bool> TaxonomyRepository::subcategoryInUse(qint64 subcategoryId) const
{
    auto query = runQuery(
        m_db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM complaints WHERE subcategory_id = ?)"
                       " OR EXISTS (SELECT 1 FROM routing_rules WHERE subcategory_id = ?)"),
        {subcategoryId, subcategoryId});
    if (!query)
        return query.error();
    return query->next() && query->value(0).toBool();
}

Result<void> TaxonomyRepository::deleteCategory(qint64 categoryId)
{
    if (auto subs = runQuery(
            m_db, QStringLiteral("DELETE FROM subcategories WHERE category_id = ?"), {categoryId});
        !subs)
        return subs.error();
    return runStatement(m_db, QStringLiteral("DELETE FROM categories WHERE id = ?"), {categoryId});
}

Result<void> TaxonomyRepository::deleteSubcategory(qint64 subcategoryId)
{
    return runStatement(m_db, QStringLiteral("DELETE FROM subcategories WHERE id = ?"),
                        {subcategoryId});
}

} // namespace cd::storage
