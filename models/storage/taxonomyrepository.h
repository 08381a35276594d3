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
    explicit TaxonomyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<DepartmentRecord>> departments() const;
    Result<QList<CategoryRecord>> categories() const;         // in position order
    Result<QList<SubcategoryRecord>> subcategories() const;   // by category, position

    Result<qint64> insertDepartment(const DepartmentRecord &department);
    Result<void> updateDepartment(const DepartmentRecord &department);

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
