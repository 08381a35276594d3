#include "userrepository.h"

#include "sqlquery.h"

namespace cd::storage {

Result<std::optional<UserRecord>> UserRepository::findOne(const QString &where,
                                                          const QVariant &value) const
{
    auto query = runQuery(m_db, QStringLiteral(
        "SELECT id, username, display_name, role, department_id, active FROM users WHERE ")
        + where, {value});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<UserRecord>();
    UserRecord user{query->value(0).toLongLong(), query->value(1).toString(),
                    query->value(2).toString(), query->value(3).toString(), std::nullopt,
                    query->value(5).toBool()};
    if (!query->value(4).isNull())
        user.departmentId = query->value(4).toLongLong();
    return std::optional<UserRecord>(user);
}

Result<std::optional<UserRecord>> UserRepository::findByUsername(const QString &username) const
{
    return findOne(QStringLiteral("username = ?"), username);
}

Result<std::optional<UserRecord>> UserRepository::findById(qint64 id) const
{
    return findOne(QStringLiteral("id = ?"), id);
}

Result<qint64> UserRepository::insert(const UserRecord &user, qint64 createdAt)
{
    return runInsert(m_db, QStringLiteral(
        "INSERT INTO users (username, display_name, role, department_id, active, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"),
        {user.username, user.displayName, user.role, nullable(user.departmentId),
         user.active ? 1 : 0, createdAt});
}

} // namespace cd::storage
