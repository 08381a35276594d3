#include "importrepository.h"

#include "sqlquery.h"

#include <QSqlQuery>

namespace cd::storage {

Result<bool> ImportRepository::contains(const QString &externalId) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT 1 FROM imported_rows WHERE external_id = ?"),
                          {externalId});
    if (!query)
        return query.error();
    return query->next();
}

Result<void> ImportRepository::insert(const QString &externalId, qint64 complaintId,
                                      const QString &source, qint64 importedAt)
{
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO imported_rows (external_id, complaint_id,"
                                         " source, imported_at) VALUES (?, ?, ?, ?)"),
                          {externalId, complaintId, source, importedAt});
    if (!query)
        return query.error();
    return {};
}

} // namespace cd::storage
