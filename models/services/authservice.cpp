#include "authservice.h"

#include "auditlog.h"
#include "freetext.h"
#include "permissions.h"
#include "transaction.h"
#include "userrepository.h"
#include "workspace.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cd::models {

namespace {

QJsonObject userJson(const storage::UserRecord &user, const Workspace &workspace)
{
    return {
        {QStringLiteral("username"), user.username},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("role"), user.role},
        {QStringLiteral("department"),
         user.departmentId ? workspace.taxonomy().departmentCode(*user.departmentId) : QString()},
        {QStringLiteral("active"), user.active}};
}

} // namespace

AuthService::AuthService(Workspace &workspace, PasswordHasher hasher)
    : m_workspace(workspace)
    , m_hasher(hasher)
{
}

QString AuthService::passwordProblem(const QString &password, const QString &username,
                                     const QString &current)
{
    return rules::PasswordQuality::problem(password, username, current);
}

QString AuthService::displayNameProblem(const QString &displayName)
{
    if (auto characters =
            rules::FreeText::checkCharacters(displayName, QStringLiteral("display_name"));
        !characters)
        return characters.error().message;
    if (rules::FreeText::characterCount(displayName.trimmed()) > maxDisplayNameLength)
        return tr("A name has at most %1 characters.").arg(maxDisplayNameLength);
    return {};
}

bool AuthService::passwordMatches(const QString &hash, const QString &password) const
{
    if (!hash.isEmpty() && password.size() <= maxPasswordLength)
        return m_hasher.verify(hash, password);
    if (m_decoyHash.isEmpty())
        m_decoyHash = m_hasher.hash(password.left(maxPasswordLength));
    else
        m_hasher.verify(m_decoyHash, password.left(maxPasswordLength));
    return false;
}

QString AuthService::usernameProblem(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}._@-]{1,64}$"));
    if (username.isEmpty())
        return tr("Enter a user name.");
    if (!allowed.match(username).hasMatch())
        return tr("A user name has 1 to 64 letters, digits, dots, dashes, underscores or @.");
    return {};
}

void AuthService::recordOutsideTransaction(const QString &type, std::optional<qint64> actorId,
                                           const QString &details)
{
    auditlog::Entry entry;
    entry.type = type;
    entry.actorId = actorId;
    entry.details = {{QStringLiteral("username"), details}};
    auditlog::recordRefusal(m_workspace, entry);
}

Result<void> AuthService::changeAccount(const std::function<Result<void>()> &change,
                                        const QString &eventType, const QJsonObject &details)
{
    return storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        if (auto changed = change(); !changed)
            return changed;
        if (auto appended = auditlog::append(
                m_workspace, {eventType, std::nullopt, details, {}, {}, {}, std::nullopt});
            !appended)
            return appended.error();
        return {};
    });
}

Result<bool> AuthService::needsFirstAdministrator() const
{
    auto all = storage::UserRepository(m_workspace.database().connection()).all();
    if (!all)
        return all.error();
    for (const auto &user : *all) {
        if (user.active && user.role == QLatin1String("admin") && !user.passwordHash.isEmpty())
            return false;
    }
    return true;
}

Result<storage::UserRecord> AuthService::insertUser(storage::UserRecord user,
                                                    const QString &eventType)
{
    storage::UserRepository users(m_workspace.database().connection());
    auto existing = users.findByUsername(user.username);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::invalid(tr("The user name \"%1\" is taken.").arg(user.username),
                              QStringLiteral("username"));
    auto id = users.insert(user, m_workspace.clock().nowMs());
    if (!id)
        return id.error();
    user.id = *id;
    auditlog::Entry entry;
    entry.type = eventType;
    entry.details = {{QStringLiteral("after"), userJson(user, m_workspace)}};
    if (m_workspace.actor().id == 0)
        entry.actorId = user.id;
    if (auto appended = auditlog::append(m_workspace, entry); !appended)
        return appended.error();
    return user;
}

Result<storage::UserRecord> AuthService::createFirstAdministrator(const QString &username,
                                                                  const QString &displayName,
                                                                  const QString &password)
{
    auto needed = needsFirstAdministrator();
    if (!needed)
        return needed.error();
    if (!*needed)
        return Error::permission(tr("An administrator exists already; sign in as them."));
    const QString name = username.trimmed();
    if (const QString problem = usernameProblem(name); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("username"));
    if (const QString problem = displayNameProblem(displayName); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("display_name"));
    if (const QString problem = passwordProblem(password, name); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("password"));

    storage::UserRepository users(m_workspace.database().connection());
    storage::UserRecord admin;
    auto done = storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        auto existing = users.findByUsername(name);
        if (!existing)
            return existing.error();
        const QString hash = m_hasher.hash(password);
        if (hash.isEmpty())
            return Error::storage(tr("The password could not be protected (out of memory)."));
        if (*existing) {
            // An account from before sign-in existed: it becomes the administrator.
            admin = **existing;
            if (auto updated = users.update(admin.id,
                                            displayName.trimmed().isEmpty() ? admin.displayName
                                                                            : displayName.trimmed(),
                                            QStringLiteral("admin"), admin.departmentId);
                !updated)
                return updated.error();
            if (auto set = users.setPasswordHash(admin.id, hash); !set)
                return set.error();
            if (auto active = users.setActive(admin.id, true); !active)
                return active.error();
            admin.role = QStringLiteral("admin");
            auditlog::Entry entry {QStringLiteral("administrator_created"),
                                   std::nullopt,
                                   {{QStringLiteral("after"), userJson(admin, m_workspace)}},
                                   {},
                                   {},
                                   {},
                                   admin.id};
            if (auto appended = auditlog::append(m_workspace, entry); !appended)
                return appended.error();
        } else {
            admin.username = name;
            admin.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
            admin.role = QStringLiteral("admin");
            admin.passwordHash = hash;
            auto created = insertUser(admin, QStringLiteral("administrator_created"));
            if (!created)
                return created.error();
            admin = *created;
        }
        return {};
    });
    if (!done)
        return done.error();
    auto fresh = users.findById(admin.id);
    if (!fresh || !*fresh)
        return Error::storage(tr("The new account could not be read back."));
    return **fresh;
}

Result<storage::UserRecord> AuthService::signIn(const QString &username, const QString &password)
{
    const QString wrong = tr("Wrong user name or password.");
    const QString name = username.trimmed();
    if (name.isEmpty())
        return Error::invalid(tr("Enter your user name."), QStringLiteral("username"));
    if (password.isEmpty())
        return Error::invalid(tr("Enter your password."), QStringLiteral("password"));

    storage::UserRepository users(m_workspace.database().connection());
    auto found = users.findByUsername(name.left(200));
    if (!found)
        return found.error();
    const qint64 now = m_workspace.clock().nowMs();
    if (!*found) {
        passwordMatches(QString(), password); // the time a real check takes
        recordOutsideTransaction(QStringLiteral("sign_in_failed"), std::nullopt, name.left(200));
        return Error::invalid(wrong, QStringLiteral("password"));
    }
    storage::UserRecord user = **found;
    const bool locked = user.lockedUntil && *user.lockedUntil > now;
    const bool matches = passwordMatches(user.passwordHash, password);
    if (!matches && locked) {
        // Not counted: the lock runs its course. Answered as any wrong password is.
        recordOutsideTransaction(QStringLiteral("sign_in_refused_locked"), user.id, user.username);
        return Error::invalid(wrong, QStringLiteral("password"));
    }
    if (!matches) {
        const int failures = user.failedSignIns + 1;
        const bool lock = failures >= maxFailedSignIns;
        // Recorded as far as it can be: the answer is the same either way.
        [[maybe_unused]] auto recorded =
            storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
                [[maybe_unused]] auto state =
                    users.setSignInState(user.id, lock ? 0 : failures,
                                         lock ? std::optional<qint64>(now + lockMs) : std::nullopt);
                auditlog::Entry entry {lock ? QStringLiteral("account_locked")
                                            : QStringLiteral("sign_in_failed"),
                                       std::nullopt,
                                       {{QStringLiteral("username"), user.username},
                                        {QStringLiteral("failed_sign_ins"), failures}},
                                       {},
                                       {},
                                       {},
                                       user.id};
                [[maybe_unused]] auto appended = auditlog::append(m_workspace, entry);
                return {};
            });
        return Error::invalid(wrong, QStringLiteral("password"));
    }
    if (locked) {
        // The right password: the person may know their account is locked, and until when.
        recordOutsideTransaction(QStringLiteral("sign_in_refused_locked"), user.id, user.username);
        const QString until = QDateTime::fromMSecsSinceEpoch(*user.lockedUntil)
                                  .toLocalTime()
                                  .toString(QStringLiteral("HH:mm"));
        return Error {Error::Kind::Locked,
                      tr("This account is locked after %1 failed sign-ins. Try again after %2, "
                         "or ask an administrator to unlock it.")
                          .arg(maxFailedSignIns)
                          .arg(until),
                      QStringLiteral("password")};
    }
    if (!user.active) {
        recordOutsideTransaction(QStringLiteral("sign_in_refused_inactive"), user.id,
                                 user.username);
        return Error::permission(tr("This account is disabled; ask an administrator."));
    }

    return storage::inTransaction(m_workspace.database(), [&]() -> Result<storage::UserRecord> {
        if (auto state = users.setSignInState(user.id, 0, std::nullopt); !state)
            return state.error();
        user.failedSignIns = 0;
        user.lockedUntil.reset();
        m_workspace.actAs(user);
        if (auto appended = auditlog::append(
                m_workspace,
                {QStringLiteral("signed_in"), std::nullopt, {}, {}, {}, {}, std::nullopt});
            !appended)
            return appended.error();
        return user;
    });
}

Result<void> AuthService::confirmPassword(const QString &password)
{
    const storage::UserRecord &actor = m_workspace.actor();
    if (actor.id == 0)
        return Error::permission(tr("Nobody is signed in."));
    auto signedIn = signIn(actor.username, password);
    if (!signedIn)
        return signedIn.error();
    return {};
}

Result<void> AuthService::changePassword(const QString &current, const QString &replacement)
{
    const storage::UserRecord actor = m_workspace.actor();
    if (actor.id == 0)
        return Error::permission(tr("Nobody is signed in."));
    storage::UserRepository users(m_workspace.database().connection());
    auto found = users.findById(actor.id);
    if (!found || !*found)
        return Error::storage(tr("Your account could not be read."));
    if (!passwordMatches((*found)->passwordHash, current)) {
        recordOutsideTransaction(QStringLiteral("password_change_refused"), actor.id,
                                 actor.username);
        return Error::invalid(tr("The current password is wrong."), QStringLiteral("current"));
    }
    if (const QString problem = passwordProblem(replacement, actor.username, current);
        !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("password"));
    return changeAccount(
        [&] { return users.setPasswordHash(actor.id, m_hasher.hash(replacement)); },
        QStringLiteral("password_changed"), {});
}

Result<void> AuthService::setAvailability(const QString &availability)
{
    const storage::UserRecord actor = m_workspace.actor();
    if (actor.id == 0)
        return Error::permission(tr("Nobody is signed in."));
    const QStringList allowed {QStringLiteral("available"), QStringLiteral("busy"),
                               QStringLiteral("away")};
    if (!allowed.contains(availability))
        return Error::invalid(tr("Availability is available, busy or away."));
    storage::UserRepository users(m_workspace.database().connection());
    auto before = users.availability(actor.id);
    if (!before)
        return before.error();
    return changeAccount(
        [&] { return users.setAvailability(actor.id, availability); },
        QStringLiteral("availability_changed"),
        {{QStringLiteral("before"), *before}, {QStringLiteral("after"), availability}});
}

Result<QString> AuthService::availability() const
{
    if (m_workspace.actor().id == 0)
        return Error::permission(tr("Nobody is signed in."));
    return storage::UserRepository(m_workspace.database().connection())
        .availability(m_workspace.actor().id);
}

Result<storage::UserRecord> AuthService::existingUser(qint64 userId) const
{
    auto found = storage::UserRepository(m_workspace.database().connection()).findById(userId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("There is no such user."));
    return **found;
}

Result<void> AuthService::requireAdministrator(const QString &action) const
{
    if (rules::canManageUsers(m_workspace.rulesActor()))
        return {};
    auditlog::Entry entry;
    entry.type = QStringLiteral("permission_denied");
    entry.details = {{QStringLiteral("action"), action}};
    auditlog::recordRefusal(const_cast<Workspace &>(m_workspace), entry);
    return Error::permission(tr("Only an administrator may manage users."));
}

Result<QList<storage::UserRecord>> AuthService::users() const
{
    if (auto allowed = requireAdministrator(QStringLiteral("list_users")); !allowed)
        return allowed.error();
    return storage::UserRepository(m_workspace.database().connection()).all();
}

Result<storage::UserRecord> AuthService::createUser(const QString &username,
                                                    const QString &displayName, const QString &role,
                                                    const QString &departmentCode,
                                                    const QString &password)
{
    if (auto allowed = requireAdministrator(QStringLiteral("create_user")); !allowed)
        return allowed.error();
    const QString name = username.trimmed();
    if (const QString problem = usernameProblem(name); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("username"));
    if (!rules::roleFromCode(role))
        return Error::invalid(tr("The role is agent, lead or admin."), QStringLiteral("role"));
    const auto *department = m_workspace.taxonomy().departmentByCode(departmentCode);
    if (!department && role != QLatin1String("admin")) {
        return Error::invalid(tr("Agents and team leads belong to a department."),
                              QStringLiteral("department"));
    }
    if (const QString problem = displayNameProblem(displayName); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("display_name"));
    if (const QString problem = passwordProblem(password, name); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("password"));
    storage::UserRecord user;
    user.username = name;
    user.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    user.role = rules::code(*rules::roleFromCode(role));
    if (department)
        user.departmentId = department->id;
    user.passwordHash = m_hasher.hash(password);

    return storage::inTransaction(m_workspace.database(),
                                  [&] { return insertUser(user, QStringLiteral("user_created")); });
}

Result<void> AuthService::resetPassword(qint64 userId, const QString &password)
{
    if (auto allowed = requireAdministrator(QStringLiteral("reset_password")); !allowed)
        return allowed;
    storage::UserRepository users(m_workspace.database().connection());
    auto found = existingUser(userId);
    if (!found)
        return found.error();
    if (const QString problem = passwordProblem(password, found->username); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("password"));
    return changeAccount([&] { return users.setPasswordHash(userId, m_hasher.hash(password)); },
                         QStringLiteral("password_reset"),
                         {{QStringLiteral("username"), found->username}});
}

Result<void> AuthService::setActive(qint64 userId, bool active)
{
    if (auto allowed = requireAdministrator(QStringLiteral("set_active")); !allowed)
        return allowed;
    if (userId == m_workspace.actor().id && !active)
        return Error::invalid(tr("You cannot disable your own account."));
    storage::UserRepository users(m_workspace.database().connection());
    auto found = existingUser(userId);
    if (!found)
        return found.error();
    storage::UserRecord after = *found;
    after.active = active;
    return changeAccount([&] { return users.setActive(userId, active); },
                         active ? QStringLiteral("user_enabled") : QStringLiteral("user_disabled"),
                         {{QStringLiteral("before"), userJson(*found, m_workspace)},
                          {QStringLiteral("after"), userJson(after, m_workspace)}});
}

Result<void> AuthService::unlock(qint64 userId)
{
    if (auto allowed = requireAdministrator(QStringLiteral("unlock")); !allowed)
        return allowed;
    storage::UserRepository users(m_workspace.database().connection());
    auto found = existingUser(userId);
    if (!found)
        return found.error();
    return changeAccount([&] { return users.setSignInState(userId, 0, std::nullopt); },
                         QStringLiteral("account_unlocked"),
                         {{QStringLiteral("username"), found->username}});
}

Result<void> AuthService::updateUser(qint64 userId, const QString &displayName, const QString &role,
                                     const QString &departmentCode)
{
    if (auto allowed = requireAdministrator(QStringLiteral("update_user")); !allowed)
        return allowed;
    storage::UserRepository users(m_workspace.database().connection());
    auto found = existingUser(userId);
    if (!found)
        return found.error();
    const auto parsedRole = rules::roleFromCode(role);
    if (!parsedRole)
        return Error::invalid(tr("The role is agent, lead or admin."), QStringLiteral("role"));
    const auto *department = m_workspace.taxonomy().departmentByCode(departmentCode);
    if ((!department || !department->active) && *parsedRole != rules::Role::Admin) {
        return Error::invalid(tr("Agents and team leads belong to a department."),
                              QStringLiteral("department"));
    }
    if (userId == m_workspace.actor().id && *parsedRole != rules::Role::Admin)
        return Error::invalid(tr("You cannot take the administrator role from yourself."));
    if (const QString problem = displayNameProblem(displayName); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("display_name"));
    storage::UserRecord after = *found;
    after.displayName = displayName.trimmed().isEmpty() ? after.displayName : displayName.trimmed();
    after.role = rules::code(*parsedRole);
    after.departmentId = department ? std::optional<qint64>(department->id) : std::nullopt;
    return changeAccount(
        [&] { return users.update(userId, after.displayName, after.role, after.departmentId); },
        QStringLiteral("user_changed"),
        {{QStringLiteral("before"), userJson(*found, m_workspace)},
         {QStringLiteral("after"), userJson(after, m_workspace)}});
}

Result<storage::UserRecord> AuthService::ensureUserWithoutPassword(const QString &username,
                                                                   const QString &displayName,
                                                                   const QString &role,
                                                                   const QString &departmentCode)
{
    if (auto allowed = requireAdministrator(QStringLiteral("create_user")); !allowed)
        return allowed.error();
    storage::UserRepository users(m_workspace.database().connection());
    auto existing = users.findByUsername(username);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    storage::UserRecord user;
    user.username = username;
    user.displayName = displayName;
    user.role = role;
    if (const auto *department = m_workspace.taxonomy().departmentByCode(departmentCode))
        user.departmentId = department->id;
    return storage::inTransaction(m_workspace.database(),
                                  [&] { return insertUser(user, QStringLiteral("user_created")); });
}

} // namespace cd::models
