#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace cd::storage {

// The `imported_rows` table (schema v16): one row per imported file row, keyed by its id in
// the source (or a hash of the row), naming the complaint it became.
class ImportRepository
{
public:
    explicit ImportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<bool> contains(const QString &externalId) const;
    Result<void> insert(const QString &externalId, qint64 complaintId, const QString &source,
                        qint64 importedAt);

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
