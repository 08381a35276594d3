#include "importrepository.h"

namespace cd::storage {

ImportRepository::ImportRepository(const QSqlDatabase &db)
    : m_find(db, QStringLiteral("SELECT 1 FROM imported_rows WHERE external_id = ?"))
    , m_insert(db,
               QStringLiteral("INSERT INTO imported_rows (external_id, complaint_id, source,"
                              " imported_at) VALUES (?, ?, ?, ?)"))
{
}

Result<bool> ImportRepository::contains(const QString &externalId)
{
    auto found = m_find.firstValue({externalId});
    if (!found)
        return found.error();
    return found->isValid();
}

Result<void> ImportRepository::insert(const QString &externalId, qint64 complaintId,
                                      const QString &source, qint64 importedAt)
{
    if (auto inserted = m_insert.run({externalId, complaintId, source, importedAt}); !inserted)
        return inserted.error();
    return {};
}

} // namespace cd::storage
