#include "permissions.h"

#include "codetable.h"

namespace cd::rules {

namespace {
constexpr CodeTable<Role, 3> roleCodes {{"agent", "lead", "admin"}, Qt::CaseInsensitive};
constexpr LabelTable<Role, 3> roleLabels {"RoleLabels",
                                          {QT_TRANSLATE_NOOP("RoleLabels", "Agent"),
                                           QT_TRANSLATE_NOOP("RoleLabels", "Team lead"),
                                           QT_TRANSLATE_NOOP("RoleLabels", "Administrator")}};
} // namespace

QString code(Role role)
{
    return roleCodes.code(role);
}

std::optional<Role> roleFromCode(const QString &text)
{
    return roleCodes.fromCode(text);
}

QString RoleLabels::role(Role role)
{
    return roleLabels.label(role);
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
