#include "taxonomyrepository.h"

#include "sqlquery.h"

namespace cd::storage {

Result<QList<DepartmentRecord>> TaxonomyRepository::departments() const
{
    auto query = runQuery(m_db, QStringLiteral(
        "SELECT id, code, name_zh, name_en, active FROM departments ORDER BY id"));
    if (!query)
        return query.error();
    QList<DepartmentRecord> list;
    while (query->next()) {
        list.append({query->value(0).toLongLong(), query->value(1).toString(),
                     query->value(2).toString(), query->value(3).toString(),
                     query->value(4).toBool()});
    }
    return list;
}

Result<QList<CategoryRecord>> TaxonomyRepository::categories() const
{
    auto query = runQuery(m_db, QStringLiteral(
        "SELECT id, code, name_zh, name_en, default_department_id, default_severity, position,"
        " active FROM categories ORDER BY position, id"));
    if (!query)
        return query.error();
    QList<CategoryRecord> list;
    while (query->next()) {
        list.append({query->value(0).toLongLong(), query->value(1).toString(),
                     query->value(2).toString(), query->value(3).toString(),
                     query->value(4).toLongLong(), query->value(5).toString(),
                     query->value(6).toInt(), query->value(7).toBool()});
    }
    return list;
}

Result<QList<SubcategoryRecord>> TaxonomyRepository::subcategories() const
{
    auto query = runQuery(m_db, QStringLiteral(
        "SELECT id, category_id, code, name_zh, name_en, position, active FROM subcategories"
        " ORDER BY category_id, position, id"));
    if (!query)
        return query.error();
    QList<SubcategoryRecord> list;
    while (query->next()) {
        list.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                     query->value(2).toString(), query->value(3).toString(),
                     query->value(4).toString(), query->value(5).toInt(),
                     query->value(6).toBool()});
    }
    return list;
}

Result<qint64> TaxonomyRepository::insertDepartment(const DepartmentRecord &d)
{
    return runInsert(m_db, QStringLiteral(
        "INSERT INTO departments (code, name_zh, name_en, active) VALUES (?, ?, ?, ?)"),
        {d.code, d.nameZh, d.nameEn, d.active ? 1 : 0});
}

Result<void> TaxonomyRepository::updateDepartment(const DepartmentRecord &d)
{
    auto query = runQuery(m_db, QStringLiteral(
        "UPDATE departments SET name_zh = ?, name_en = ?, active = ? WHERE id = ?"),
        {d.nameZh, d.nameEn, d.active ? 1 : 0, d.id});
    if (!query)
        return query.error();
    return {};
}

} // namespace cd::storage
