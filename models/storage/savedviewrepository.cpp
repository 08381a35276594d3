#include "savedviewrepository.h"

#include "rowfields.h"
#include "sqlquery.h"

namespace cd::storage {

namespace {

const QString columns = QStringLiteral(
    "SELECT v.id, v.name, v.owner_id, v.shared_department_id, v.definition, v.created_at,"
    " v.updated_at, coalesce(nullif(u.display_name, ''), u.username)"
    " FROM saved_views v JOIN users u ON u.id = v.owner_id");

SavedViewRecord readView(const QSqlQuery &q)
{
    SavedViewRecord v;
    readInto(q, 0, v.id, v.name, v.ownerId, v.sharedDepartmentId, v.definition, v.createdAt,
             v.updatedAt, v.ownerName);
    return v;
}

} // namespace

Result<QList<SavedViewRecord>>
SavedViewRepository::visibleTo(qint64 userId, std::optional<qint64> departmentId) const
{
    return readRows(
        m_db,
        columns
            + QStringLiteral(" WHERE v.owner_id = ? OR (v.shared_department_id IS NOT NULL"
                             " AND v.shared_department_id = ?) ORDER BY v.name, v.id"),
        {userId, nullable(departmentId)}, readView);
}

Result<std::optional<SavedViewRecord>> SavedViewRepository::findById(qint64 id) const
{
    return readFirstRow(m_db, columns + QStringLiteral(" WHERE v.id = ?"), {id}, readView);
}

Result<qint64> SavedViewRepository::insert(const SavedViewRecord &v)
{
    return insertRow(m_db, QStringLiteral("saved_views"),
                     QStringLiteral("name, owner_id, shared_department_id, definition, created_at,"
                                    " updated_at"),
                     {v.name, v.ownerId, nullable(v.sharedDepartmentId), v.definition, v.createdAt,
                      v.updatedAt});
}

Result<void> SavedViewRepository::update(const SavedViewRecord &v)
{
    return updateRow(m_db, QStringLiteral("saved_views"),
                     QStringLiteral("name, shared_department_id, definition, updated_at"),
                     {v.name, nullable(v.sharedDepartmentId), v.definition, v.updatedAt}, v.id);
}

Result<void> SavedViewRepository::remove(qint64 id)
{
    return runStatement(m_db, QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id});
}

} // namespace cd::storage
