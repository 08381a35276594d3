#pragma once

#include "records.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd::models {

// The departments, categories and sub-categories of the store, read once and kept in
// memory (they are small and change rarely). Names come out in the UI language.
class Taxonomy
{
public:
    static Result<Taxonomy> load(const QSqlDatabase &db);

    const QList<storage::CategoryRecord> &categories() const { return m_categories; }
    const QList<storage::DepartmentRecord> &departments() const { return m_departments; }
    QList<storage::SubcategoryRecord> subcategoriesOf(qint64 categoryId) const;

    const storage::CategoryRecord *category(qint64 id) const;
    const storage::CategoryRecord *categoryByCode(const QString &code) const;
    const storage::SubcategoryRecord *subcategory(qint64 id) const;
    const storage::SubcategoryRecord *subcategoryByCode(qint64 categoryId,
                                                        const QString &code) const;
    const storage::DepartmentRecord *department(qint64 id) const;
    const storage::DepartmentRecord *departmentByCode(const QString &code) const;

    QString categoryName(qint64 id) const;
    QString subcategoryName(std::optional<qint64> id) const;
    QString departmentName(qint64 id) const;
    QString categoryCode(qint64 id) const;
    QString subcategoryCode(std::optional<qint64> id) const;
    QString departmentCode(qint64 id) const;

private:
    QList<storage::DepartmentRecord> m_departments;
    QList<storage::CategoryRecord> m_categories;
    QList<storage::SubcategoryRecord> m_subcategories;
};

} // namespace cd::models
