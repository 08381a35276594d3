#include "userrepository.h"

#include "rowfields.h"
#include "sqlquery.h"

namespace cd::storage {

namespace {

const QString userColumns =
    QStringLiteral("SELECT id, username, display_name, role, department_id, active, password_hash,"
                   " failed_sign_ins, locked_until FROM users ");

UserRecord readUser(const QSqlQuery &query)
{
    UserRecord user;
    readInto(query, 0, user.id, user.username, user.displayName, user.role, user.departmentId,
             user.active, user.passwordHash, user.failedSignIns, user.lockedUntil);
    return user;
}

} // namespace

Result<std::optional<UserRecord>> UserRepository::findOne(const QString &where,
                                                          const QVariant &value) const
{
    return readFirstRow(m_db, userColumns + QStringLiteral("WHERE ") + where, {value}, readUser);
}

Result<QList<UserRecord>> UserRepository::all() const
{
    return readRows(m_db, userColumns + QStringLiteral("ORDER BY username"), {}, readUser);
}

Result<int> UserRepository::count() const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT count(*) FROM users"));
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toInt();
}

Result<void> UserRepository::exec(const QString &sql, const QVariantList &bindings)
{
    return runStatement(m_db, sql, bindings);
}

Result<void> UserRepository::setPasswordHash(qint64 id, const QString &hash)
{
    return exec(QStringLiteral("UPDATE users SET password_hash = ?, failed_sign_ins = 0,"
                               " locked_until = NULL WHERE id = ?"),
                {hash, id});
}

Result<void> UserRepository::setSignInState(qint64 id, int failedSignIns,
                                            std::optional<qint64> lockedUntil)
{
    return exec(QStringLiteral("UPDATE users SET failed_sign_ins = ?, locked_until = ?"
                               " WHERE id = ?"),
                {failedSignIns, nullable(lockedUntil), id});
}

Result<void> UserRepository::setActive(qint64 id, bool active)
{
    return exec(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
}

Result<QString> UserRepository::availability(qint64 id) const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT availability FROM users WHERE id = ?"), {id});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<void> UserRepository::setAvailability(qint64 id, const QString &availability)
{
    return exec(QStringLiteral("UPDATE users SET availability = ? WHERE id = ?"),
                {availability, id});
}

Result<void> UserRepository::update(qint64 id, const QString &displayName, const QString &role,
                                    std::optional<qint64> departmentId)
{
    return exec(QStringLiteral("UPDATE users SET display_name = ?, role = ?, department_id = ?"
                               " WHERE id = ?"),
                {displayName, role, nullable(departmentId), id});
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
    return runInsert(
        m_db,
        QStringLiteral(
            "INSERT INTO users (username, display_name, role, department_id, active, created_at,"
            " password_hash) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {user.username, user.displayName, user.role, nullable(user.departmentId),
         user.active ? 1 : 0, createdAt,
         user.passwordHash.isEmpty() ? QVariant() : QVariant(user.passwordHash)});
}

} // namespace cd::storage
