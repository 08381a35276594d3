#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd::storage {

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Username comparison ignores case.
    Result<std::optional<UserRecord>> findByUsername(const QString &username) const;
    Result<std::optional<UserRecord>> findById(qint64 id) const;
    Result<qint64> insert(const UserRecord &user, qint64 createdAt);
    Result<QList<UserRecord>> all() const; // by username
    Result<int> count() const;

    Result<void> setPasswordHash(qint64 id, const QString &hash);
    // Records the consecutive failure count and, when reached, the end of the lock.
    Result<void> setSignInState(qint64 id, int failedSignIns, std::optional<qint64> lockedUntil);
    Result<void> setActive(qint64 id, bool active);
    Result<QString> availability(qint64 id) const;
    Result<void> setAvailability(qint64 id, const QString &availability);
    Result<void> update(qint64 id, const QString &displayName, const QString &role,
                        std::optional<qint64> departmentId);

private:
    Result<std::optional<UserRecord>> findOne(const QString &where, const QVariant &value) const;
    Result<void> exec(const QString &sql, const QVariantList &bindings);

    QSqlDatabase m_db;
};

} // namespace cd::storage
