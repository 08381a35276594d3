#include "permissions.h"

#include <QTest>

using namespace cd::rules;

class TestPermissions : public QObject
{
    Q_OBJECT
    const Actor agent {10, Role::Agent, 1};
    const Actor lead {20, Role::Lead, 1};
    const Actor admin {30, Role::Admin, std::nullopt};
    const Actor nobody {};

private Q_SLOTS:
    void shouldLetAgentsSeeTheirDepartmentAndTheirOwn()
    {
        QVERIFY(canSee(agent, {1, std::nullopt, 99})); // department
        QVERIFY(canSee(agent, {2, 10, 99})); // assigned to them
        QVERIFY(canSee(agent, {2, std::nullopt, 10})); // logged by them
        QVERIFY(!canSee(agent, {2, 11, 99})); // another department's
        QVERIFY(!canWorkOn(agent, {2, std::nullopt, 99}));
    }

    void shouldLetLeadsSeeTheirDepartmentOnly()
    {
        QVERIFY(canSee(lead, {1, std::nullopt, 99}));
        QVERIFY(!canSee(lead, {2, 20, 20}));
        QVERIFY(canManageDepartment(lead, 1));
        QVERIFY(!canManageDepartment(lead, 2));
    }

    void shouldLetAdministratorsDoEverything()
    {
        QVERIFY(canSee(admin, {3, std::nullopt, 1}));
        QVERIFY(canManageUsers(admin));
        QVERIFY(canManageTaxonomy(admin));
        QVERIFY(canManageCalendars(admin));
        QVERIFY(canManageDepartment(admin, 2));
        QVERIFY(canExportUnmasked(admin));
        QVERIFY(canRunRetention(admin));
        QVERIFY(canManageBackups(admin));
    }

    void shouldKeepPrivilegesFromAgents()
    {
        QVERIFY(canLogCalls(agent));
        QVERIFY(!canRevealPersonalData(agent));
        QVERIFY(canRevealPersonalData(lead));
        for (const Actor &a : {agent, lead}) {
            QVERIFY(!canManageUsers(a));
            QVERIFY(!canManageTaxonomy(a));
            QVERIFY(!canExportUnmasked(a));
            QVERIFY(!canRunRetention(a));
            QVERIFY(!canManageBackups(a)); // a copy holds every department's data
        }
    }

    void shouldRefuseEverythingToNobody()
    {
        QVERIFY(!canLogCalls(nobody));
        QVERIFY(!canSee(nobody, {1, std::nullopt, 0}));
        QVERIFY(!canRevealPersonalData(nobody));
        QVERIFY(!canManageDepartment(nobody, 1));
    }

    void shouldParseRoles()
    {
        QCOMPARE(roleFromCode(QStringLiteral("LEAD")), Role::Lead);
        QVERIFY(!roleFromCode(QStringLiteral("root")));
        QCOMPARE(code(Role::Admin), QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
