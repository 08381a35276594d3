#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace cd::storage {

// Departments, categories and sub-categories: small tables read whole.
class TaxonomyRepository
{
public:
    explicit TaxonomyRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QList<DepartmentRecord>> departments() const;
    Result<QList<CategoryRecord>> categories() const; // in position order
    Result<QList<SubcategoryRecord>> subcategories() const; // by category, position

    Result<qint64> insertDepartment(const DepartmentRecord &department);
    Result<void> updateDepartment(const DepartmentRecord &department);

    Result<qint64> insertCategory(const CategoryRecord &category);
    // Writes names, default department and severity, position, active and cause.
    Result<void> updateCategory(const CategoryRecord &category);
    Result<qint64> insertSubcategory(const SubcategoryRecord &subcategory);
    Result<void> updateSubcategory(const SubcategoryRecord &subcategory); // names, position, active
    // Whether a complaint (as its category or its suggested one), routing rule or
    // deadline policy refers to it.
    Result<bool> categoryInUse(qint64 categoryId) const;
    Result<bool> subcategoryInUse(qint64 subcategoryId) const;
    // Only for categories and sub-categories nothing refers to.
    Result<void> deleteCategory(qint64 categoryId);
    Result<void> deleteSubcategory(qint64 subcategoryId);

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
