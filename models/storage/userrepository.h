#pragma once

#include "records.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace cd::storage {

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Username comparison ignores case.
    Result<std::optional<UserRecord>> findByUsername(const QString &username) const;
    Result<std::optional<UserRecord>> findById(qint64 id) const;
    Result<qint64> insert(const UserRecord &user, qint64 createdAt);

private:
    Result<std::optional<UserRecord>> findOne(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace cd::storage
