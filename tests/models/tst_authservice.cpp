#include "authservice.h"
#include "testsupport.h"

#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

int events(Workspace &ws, const QString &type)
{
    return scalar(ws, QStringLiteral("SELECT count(*) FROM events WHERE type = '%1'").arg(type))
        .toInt();
}

} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Workspace> bare(QTemporaryDir &dir, qint64 now = test::wednesdayMorning())
    {
        test::pinEnvironment();
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("a.sqlite")),
                                         std::make_unique<ManualClock>(now),
                                         PasswordHasher::Strength::Fast);
        if (!workspace)
            qFatal("cannot open");
        return std::move(workspace).value();
    }

private Q_SLOTS:
    void shouldAskForTheFirstAdministratorWithoutADefaultPassword()
    {
        QTemporaryDir dir;
        auto ws = bare(dir);
        QVERIFY(ws->auth().needsFirstAdministrator().value());
        QVERIFY(!ws->isSignedIn());
        // nobody can sign in: there is no default account
        QVERIFY(!ws->auth().signIn(QStringLiteral("admin"), QStringLiteral("admin")).ok());
        auto weak = ws->auth().createFirstAdministrator(QStringLiteral("boss"), {},
                                                        QStringLiteral("short"));
        QVERIFY(!weak.ok());
        QCOMPARE(weak.error().field, QStringLiteral("password"));
        auto created = ws->auth().createFirstAdministrator(QStringLiteral("boss"),
                                                           QStringLiteral("Boss"),
                                                           QStringLiteral("a long secret"));
        QVERIFY(created.ok());
        QCOMPARE(created->role, QStringLiteral("admin"));
        QVERIFY(created->passwordHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!ws->auth().needsFirstAdministrator().value());
        QVERIFY(!ws->auth().createFirstAdministrator(QStringLiteral("other"), {},
                                                     QStringLiteral("another secret")).ok());
        QVERIFY(ws->auth().signIn(QStringLiteral("BOSS"), QStringLiteral("a long secret")).ok());
        QCOMPARE(ws->actor().username, QStringLiteral("boss"));
        QCOMPARE(events(*ws, QStringLiteral("signed_in")), 1);
    }

    void shouldRefuseAndRecordBadSignIns_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong password") << QStringLiteral("tester") << QStringLiteral("guess1234")
                                        << QStringLiteral("password");
        QTest::newRow("empty password") << QStringLiteral("tester") << QString()
                                        << QStringLiteral("password");
        QTest::newRow("10,000 characters") << QStringLiteral("tester") << QString(10000, u'x')
                                           << QStringLiteral("password");
        QTest::newRow("sql user name") << QStringLiteral("' OR '1'='1' --")
                                       << QStringLiteral("anything1") << QStringLiteral("password");
        QTest::newRow("empty user name") << QString() << QStringLiteral("anything1")
                                         << QStringLiteral("username");
    }
    void shouldRefuseAndRecordBadSignIns()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, field);
        test::StoreFixture store;
        Workspace &ws = store.open();
        const int before = events(ws, QStringLiteral("sign_in_failed"));
        auto refused = ws.auth().signIn(username, password);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, field);
        QVERIFY(!refused.error().message.isEmpty());
        if (!password.isEmpty() && !username.isEmpty())
            QCOMPARE(events(ws, QStringLiteral("sign_in_failed")), before + 1);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
    }

    void shouldLockAfterFiveFailuresForFifteenMinutes()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        for (int i = 0; i < AuthService::maxFailedSignIns - 1; ++i) {
            auto refused = ws.auth().signIn(QStringLiteral("tester"), QStringLiteral("wrong-one"));
            QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        }
        auto fifth = ws.auth().signIn(QStringLiteral("tester"), QStringLiteral("wrong-one"));
        QCOMPARE(fifth.error().kind, Error::Kind::Locked);
        QCOMPARE(events(ws, QStringLiteral("account_locked")), 1);
        // even the right password waits
        auto locked = ws.auth().signIn(QStringLiteral("tester"), test::StoreFixture::password());
        QCOMPARE(locked.error().kind, Error::Kind::Locked);
        store.clock().advance(AuthService::lockMs - 1000);
        QVERIFY(!ws.auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()).ok());
        store.clock().advance(2000);
        QVERIFY(ws.auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()).ok());
        QCOMPARE(scalar(ws, QStringLiteral("SELECT failed_sign_ins FROM users")).toInt(), 0);
    }

    void shouldLetAnAdministratorUnlock()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("agent.wu"), QStringLiteral("agent"));
        const qint64 agentId = ws.actor().id;
        for (int i = 0; i < AuthService::maxFailedSignIns; ++i)
            QVERIFY(!ws.auth().signIn(QStringLiteral("agent.wu"), QStringLiteral("nope-nope")).ok());
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QVERIFY(ws.auth().unlock(agentId).ok());
        QVERIFY(ws.auth().signIn(QStringLiteral("agent.wu"), test::StoreFixture::password()).ok());
    }

    void shouldChangePasswords()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QCOMPARE(ws.auth().changePassword(QStringLiteral("not it"), QStringLiteral("new secret 1"))
                     .error().field,
                 QStringLiteral("current"));
        QCOMPARE(ws.auth().changePassword(test::StoreFixture::password(), QStringLiteral("short"))
                     .error().field,
                 QStringLiteral("password"));
        QVERIFY(!ws.auth().changePassword(test::StoreFixture::password(), QString(10000, u'y')).ok());
        QVERIFY(ws.auth().changePassword(test::StoreFixture::password(),
                                         QStringLiteral("new secret 1")).ok());
        QVERIFY(!ws.auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()).ok());
        QVERIFY(ws.auth().signIn(QStringLiteral("tester"), QStringLiteral("new secret 1")).ok());
        QCOMPARE(events(ws, QStringLiteral("password_changed")), 1);
    }

    void shouldKeepUserAdministrationToAdministrators()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("lead.zhao"), QStringLiteral("lead"), QStringLiteral("RISK"));
        auto refused = ws.auth().createUser(QStringLiteral("x.y"), {}, QStringLiteral("agent"),
                                            QStringLiteral("CS"), QStringLiteral("password123"));
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QVERIFY(!ws.auth().users().ok());
        QCOMPARE(events(ws, QStringLiteral("permission_denied")), 2);
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QCOMPARE(ws.auth().createUser(QStringLiteral("lead.zhao"), {}, QStringLiteral("agent"),
                                      QStringLiteral("CS"), QStringLiteral("password123"))
                     .error().field,
                 QStringLiteral("username"));
        QCOMPARE(ws.auth().createUser(QStringLiteral("robert'); DROP TABLE users;--"), {},
                                      QStringLiteral("agent"), QStringLiteral("CS"),
                                      QStringLiteral("password123")).error().field,
                 QStringLiteral("username"));
        QCOMPARE(ws.auth().createUser(QStringLiteral("new.agent"), {}, QStringLiteral("agent"),
                                      QStringLiteral("NOWHERE"), QStringLiteral("password123"))
                     .error().field,
                 QStringLiteral("department"));
        auto created = ws.auth().createUser(QStringLiteral("new.agent"), {},
                                            QStringLiteral("agent"), QStringLiteral("TECH"),
                                            QStringLiteral("password123"));
        QVERIFY(created.ok());
        QVERIFY(ws.auth().setActive(created->id, false).ok());
        auto disabled = ws.auth().signIn(QStringLiteral("new.agent"), QStringLiteral("password123"));
        QCOMPARE(disabled.error().kind, Error::Kind::Permission);
        QVERIFY(!ws.auth().setActive(ws.actor().id, false).ok());   // not yourself
    }

    void shouldLockTheIdleWorkstationOnlyWithTheUsersPassword()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(!ws.auth().confirmPassword(QStringLiteral("wrong pass")).ok());
        QVERIFY(ws.auth().confirmPassword(test::StoreFixture::password()).ok());
        QCOMPARE(ws.idleLockMinutes(), 10);
        QVERIFY(ws.setIdleLockMinutes(5).ok());
        QCOMPARE(ws.idleLockMinutes(), 5);
        QVERIFY(!ws.setIdleLockMinutes(-1).ok());
        store.signInAs(QStringLiteral("agent.ma"), QStringLiteral("agent"));
        QCOMPARE(ws.setIdleLockMinutes(60).error().kind, Error::Kind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
