#include "permissions.h"

namespace cd::rules {

QString code(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &text)
{
    for (Role role : {Role::Agent, Role::Lead, Role::Admin}) {
        if (text.compare(code(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString RoleLabels::role(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("Agent");
    case Role::Lead:
        return tr("Team lead");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

bool canSee(const Actor &actor, const ComplaintScope &c)
{
    if (actor.id == 0)
        return false;
    switch (actor.role) {
    case Role::Admin:
        return true;
    case Role::Lead:
        return actor.departmentId && *actor.departmentId == c.departmentId;
    case Role::Agent:
        return (actor.departmentId && *actor.departmentId == c.departmentId)
            || (c.assigneeId && *c.assigneeId == actor.id) || c.createdBy == actor.id;
    }
    return false;
}

bool canWorkOn(const Actor &actor, const ComplaintScope &complaint)
{
    return canSee(actor, complaint);
}

bool canLogCalls(const Actor &actor)
{
    return actor.id != 0;
}

bool canRevealPersonalData(const Actor &actor)
{
    return actor.id != 0 && (actor.role == Role::Lead || actor.role == Role::Admin);
}

bool canManageUsers(const Actor &actor)
{
    return actor.id != 0 && actor.role == Role::Admin;
}
bool canManageTaxonomy(const Actor &actor)
{
    return canManageUsers(actor);
}
bool canManageCalendars(const Actor &actor)
{
    return canManageUsers(actor);
}

bool canManageDepartment(const Actor &actor, qint64 departmentId)
{
    if (actor.id == 0)
        return false;
    return actor.role == Role::Admin
        || (actor.role == Role::Lead && actor.departmentId && *actor.departmentId == departmentId);
}

bool canExportUnmasked(const Actor &actor)
{
    return canManageUsers(actor);
}
bool canRunRetention(const Actor &actor)
{
    return canManageUsers(actor);
}
bool canManageBackups(const Actor &actor)
{
    return canManageUsers(actor);
}

} // namespace cd::rules
