#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Who may do what (issue: roles and permissions). The services ask these questions before
// every read and write; the UI asks them only to hide what would be refused anyway.
namespace cd::rules {

enum class Role { Agent, Lead, Admin };

QString code(Role role);
std::optional<Role> roleFromCode(const QString &code);

struct RoleLabels
{
    Q_DECLARE_TR_FUNCTIONS(RoleLabels)
public:
    static QString role(Role role);
};

// The signed-in person as the rules see them.
struct Actor
{
    qint64 id = 0;
    Role role = Role::Agent;
    std::optional<qint64> departmentId; // an agent's department; the department a lead leads
};

// The parts of a complaint that decide who may see it.
struct ComplaintScope
{
    qint64 departmentId = 0;
    std::optional<qint64> assigneeId;
    qint64 createdBy = 0;
};

// Agents: complaints of their department, assigned to them or logged by them.
// Leads: their department's. Admins: all.
bool canSee(const Actor &actor, const ComplaintScope &complaint);
bool canWorkOn(const Actor &actor, const ComplaintScope &complaint);

// Everybody signed in logs calls and sees a caller's history while on the phone.
bool canLogCalls(const Actor &actor);
// Full phone and ID numbers: leads and admins, each reveal recorded.
bool canRevealPersonalData(const Actor &actor);
bool canManageUsers(const Actor &actor);
bool canManageTaxonomy(const Actor &actor);
bool canManageCalendars(const Actor &actor);
// Routing and deadline settings, bulk actions: the department's lead, or an admin.
bool canManageDepartment(const Actor &actor, qint64 departmentId);
bool canExportUnmasked(const Actor &actor);
bool canRunRetention(const Actor &actor);
// Backing up, restoring and setting the daily backup: administrators. A backup holds every
// department's complaints with full phone numbers, and the accounts' password hashes.
bool canManageBackups(const Actor &actor);

} // namespace cd::rules
