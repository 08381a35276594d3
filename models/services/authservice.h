#pragma once

#include "passwordhasher.h"
#include "passwordquality.h"
#include "records.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace cd::models {

class Workspace;

// Accounts: the first administrator, signing in (with lockout), passwords, and the
// administration of users. Every attempt, success or refusal, is an audit event.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)
public:
    static constexpr int maxFailedSignIns = 5;
    static constexpr qint64 lockMs = 15 * 60 * 1000;
    static constexpr int maxPasswordLength = rules::PasswordQuality::maxLength;
    static constexpr int maxDisplayNameLength = 100;

    AuthService(Workspace &workspace, PasswordHasher hasher);

    // True while no active administrator can sign in: the first start asks for one.
    Result<bool> needsFirstAdministrator() const;
    Result<storage::UserRecord> createFirstAdministrator(const QString &username,
                                                         const QString &displayName,
                                                         const QString &password);

    // Checks the password; on success the workspace acts as this user. A wrong password,
    // an unknown user and a locked account get the same answer, in the same time, until
    // the right password is given: only then is a lock (or a disabled account) told.
    Result<storage::UserRecord> signIn(const QString &username, const QString &password);
    // For the idle lock: the signed-in user proves it is still them.
    Result<void> confirmPassword(const QString &password);
    Result<void> changePassword(const QString &current, const QString &replacement);

    // available / busy / away: round robin and fewest-open pick only available agents.
    Result<void> setAvailability(const QString &availability);
    Result<QString> availability() const; // the signed-in user's

    // Administration (administrators only).
    Result<QList<storage::UserRecord>> users() const;
    Result<storage::UserRecord> createUser(const QString &username, const QString &displayName,
                                           const QString &role, const QString &departmentCode,
                                           const QString &password);
    Result<void> resetPassword(qint64 userId, const QString &password);
    Result<void> setActive(qint64 userId, bool active);
    Result<void> unlock(qint64 userId);
    // Changes a user's name, role and department (a lead leads the department).
    Result<void> updateUser(qint64 userId, const QString &displayName, const QString &role,
                            const QString &departmentCode);

    // A user who cannot sign in (no password), e.g. the demo's agents; administrators only.
    Result<storage::UserRecord> ensureUserWithoutPassword(const QString &username,
                                                          const QString &displayName,
                                                          const QString &role,
                                                          const QString &departmentCode);

    // "" when acceptable (rules::PasswordQuality), else why not (translated). The field
    // is "password".
    static QString passwordProblem(const QString &password, const QString &username,
                                   const QString &current = {});
    static QString usernameProblem(const QString &username);
    // "" when acceptable: no control characters, at most maxDisplayNameLength characters.
    static QString displayNameProblem(const QString &displayName);

private:
    Result<void> requireAdministrator(const QString &action) const;
    Result<storage::UserRecord> existingUser(qint64 userId) const; // NotFound when absent
    Result<storage::UserRecord> insertUser(storage::UserRecord user, const QString &eventType);
    void recordOutsideTransaction(const QString &type, std::optional<qint64> actorId,
                                  const QString &details);
    // In one transaction: `change` (a write to the account), then the event `eventType`
    // with `details` as the actor; nothing is kept when either fails.
    Result<void> changeAccount(const std::function<Result<void>()> &change,
                               const QString &eventType, const QJsonObject &details);
    // Whether `password` is the one of `hash`, after exactly one Argon2 computation in
    // every case (no hash, an unknown user, an overlong password), so that the time taken
    // tells nothing about the account.
    bool passwordMatches(const QString &hash, const QString &password) const;

    Workspace &m_workspace;
    PasswordHasher m_hasher;
    mutable QString m_decoyHash; // made by the first check that has no real hash
};

} // namespace cd::models
