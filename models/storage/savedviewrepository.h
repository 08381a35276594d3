#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cd::storage {

// A saved queue view as stored: its definition is a JSON object (models/savedviews.h).
struct SavedViewRecord
{
    qint64 id = 0;
    QString name;
    qint64 ownerId = 0;
    std::optional<qint64> sharedDepartmentId; // none: the owner's alone
    QString definition;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString ownerName; // read only: joined from users
};

class SavedViewRepository
{
public:
    explicit SavedViewRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // The views `userId` owns and those shared with `departmentId`, by name.
    Result<QList<SavedViewRecord>> visibleTo(qint64 userId,
                                             std::optional<qint64> departmentId) const;
    Result<std::optional<SavedViewRecord>> findById(qint64 id) const;
    Result<qint64> insert(const SavedViewRecord &view);
    Result<void> update(const SavedViewRecord &view); // name, sharing, definition, updated_at
    Result<void> remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
