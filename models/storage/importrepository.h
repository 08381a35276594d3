#pragma once

#include "result.h"
#include "sqlquery.h"

#include <QSqlDatabase>
#include <QString>

namespace cd::storage {

// The `imported_rows` table (schema v16): one row per imported file row, keyed by its id in
// the source (or a hash of the row), naming the complaint it became. Its two statements are
// prepared once (an import asks for every row of a file): destroy it before the connection
// closes.
class ImportRepository
{
public:
    explicit ImportRepository(const QSqlDatabase &db);

    Result<bool> contains(const QString &externalId);
    Result<void> insert(const QString &externalId, qint64 complaintId, const QString &source,
                        qint64 importedAt);

private:
    PreparedStatement m_find;
    PreparedStatement m_insert;
};

} // namespace cd::storage
