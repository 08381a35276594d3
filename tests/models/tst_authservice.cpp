#include "authservice.h"
#include "testsupport.h"

#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Workspace> bare(QTemporaryDir &dir, qint64 now = test::wednesdayMorning())
    {
        test::pinEnvironment();
        auto workspace =
            Workspace::create(dir.filePath(QStringLiteral("a.sqlite")),
                              std::make_unique<ManualClock>(now), PasswordHasher::Strength::Fast);
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
        auto created = ws->auth().createFirstAdministrator(
            QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("a long secret"));
        QVERIFY(created.ok());
        QCOMPARE(created->role, QStringLiteral("admin"));
        QVERIFY(created->passwordHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!ws->auth().needsFirstAdministrator().value());
        QVERIFY(!ws->auth()
                     .createFirstAdministrator(QStringLiteral("other"), {},
                                               QStringLiteral("another secret"))
                     .ok());
        QVERIFY(ws->auth().signIn(QStringLiteral("BOSS"), QStringLiteral("a long secret")).ok());
        QCOMPARE(ws->actor().username, QStringLiteral("boss"));
        QCOMPARE(test::eventCount(*ws, QStringLiteral("signed_in")), 1);
    }

    void shouldRefuseAndRecordBadSignIns_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong password") << QStringLiteral("tester") << QStringLiteral("guess1234")
                                        << QStringLiteral("password");
        QTest::newRow("empty password")
            << QStringLiteral("tester") << QString() << QStringLiteral("password");
        QTest::newRow("10,000 characters")
            << QStringLiteral("tester") << QString(10000, u'x') << QStringLiteral("password");
        QTest::newRow("sql user name") << QStringLiteral("' OR '1'='1' --")
                                       << QStringLiteral("anything1") << QStringLiteral("password");
        QTest::newRow("empty user name")
            << QString() << QStringLiteral("anything1") << QStringLiteral("username");
    }
    void shouldRefuseAndRecordBadSignIns()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, field);
        test::StoreFixture store;
        Workspace &ws = store.open();
        const int before = test::eventCount(ws, QStringLiteral("sign_in_failed"));
        auto refused = ws.auth().signIn(username, password);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, field);
        QVERIFY(!refused.error().message.isEmpty());
        if (!password.isEmpty() && !username.isEmpty())
            QCOMPARE(test::eventCount(ws, QStringLiteral("sign_in_failed")), before + 1);
        QCOMPARE(test::rowCount(ws, QStringLiteral("users")), 1);
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
        QCOMPARE(fifth.error().kind, Error::Kind::Invalid); // told only to the right password
        QCOMPARE(test::eventCount(ws, QStringLiteral("account_locked")), 1);
        // even the right password waits
        auto locked = ws.auth().signIn(QStringLiteral("tester"), test::StoreFixture::password());
        QCOMPARE(locked.error().kind, Error::Kind::Locked);
        store.clock().advance(AuthService::lockMs - 1000);
        QVERIFY(!ws.auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()).ok());
        store.clock().advance(2000);
        QVERIFY(ws.auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()).ok());
        QCOMPARE(scalar(ws, QStringLiteral("SELECT failed_sign_ins FROM users")).toInt(), 0);
    }

    // Issue 20, reproduction 7: a wrong password, an unknown user and a locked account get
    // the same answer until the right password is given.
    void shouldNotTellWhetherAUserExistsOrIsLocked()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("agent.wu"), QStringLiteral("agent"));
        for (int i = 0; i < AuthService::maxFailedSignIns; ++i)
            QVERIFY(
                !ws.auth().signIn(QStringLiteral("agent.wu"), QStringLiteral("nope-nope")).ok());
        QCOMPARE(test::eventCount(ws, QStringLiteral("account_locked")), 1);
        const auto wrong = ws.auth().signIn(QStringLiteral("tester"), QStringLiteral("nope-nope"));
        const auto unknown =
            ws.auth().signIn(QStringLiteral("nobody"), QStringLiteral("nope-nope"));
        const auto locked =
            ws.auth().signIn(QStringLiteral("agent.wu"), QStringLiteral("nope-nope"));
        for (const auto *answer : {&wrong, &unknown, &locked}) {
            QCOMPARE(answer->error().kind, Error::Kind::Invalid);
            QCOMPARE(answer->error().field, QStringLiteral("password"));
            QCOMPARE(answer->error().message, QStringLiteral("Wrong user name or password."));
        }
        QVERIFY(!locked.error().message.contains(QStringLiteral("locked")));
        // the right password is told about the lock, and the attempts are all recorded
        const auto right =
            ws.auth().signIn(QStringLiteral("agent.wu"), test::StoreFixture::password());
        QCOMPARE(right.error().kind, Error::Kind::Locked);
        QVERIFY(right.error().message.contains(QStringLiteral("locked")));
        QCOMPARE(test::eventCount(ws, QStringLiteral("sign_in_refused_locked")), 2);
    }

    // Issue 20, reproduction 7: weak passwords are refused, in our own words.
    void shouldRefuseWeakPasswords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("says");
        QTest::newRow("dictionary word")
            << QStringLiteral("password") << QStringLiteral("dictionary word");
        QTest::newRow("word and digits")
            << QStringLiteral("Password1") << QStringLiteral("dictionary word");
        QTest::newRow("pattern") << QStringLiteral("12345678") << QStringLiteral("simple pattern");
        QTest::newRow("keyboard") << QStringLiteral("qwertyui")
                                  << QStringLiteral("dictionary word");
        QTest::newRow("user name")
            << QStringLiteral("new.agent 2026") << QStringLiteral("user name");
        QTest::newRow("short") << QStringLiteral("Tr0ub4d") << QStringLiteral("at least 8");
        QTest::newRow("palindrome") << QStringLiteral("abcddcba") << QStringLiteral("backwards");
        QTest::newRow("control") << QStringLiteral("longpassword")
                                 << QStringLiteral("control characters");
    }
    void shouldRefuseWeakPasswords()
    {
        QFETCH(QString, password);
        QFETCH(QString, says);
        test::StoreFixture store;
        Workspace &ws = store.open();
        auto refused =
            ws.auth().createUser(QStringLiteral("new.agent"), {}, QStringLiteral("agent"),
                                 QStringLiteral("CS"), password);
        QCOMPARE(refused.error().field, QStringLiteral("password"));
        QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
        QCOMPARE(test::rowCount(ws, QStringLiteral("users")), 1);
        // long passphrases, Chinese ones included, pass
        for (const QString &good :
             {QStringLiteral("quiet harbour 42"), QStringLiteral("退款没到账请尽快")})
            QVERIFY(rules::PasswordQuality::problem(good, QStringLiteral("new.agent")).isEmpty());
        // a new password must not be the current one
        QVERIFY(ws.auth()
                    .changePassword(test::StoreFixture::password(), test::StoreFixture::password())
                    .error()
                    .message.contains(QStringLiteral("current")));
    }

    void shouldLetAnAdministratorUnlock()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("agent.wu"), QStringLiteral("agent"));
        const qint64 agentId = ws.actor().id;
        for (int i = 0; i < AuthService::maxFailedSignIns; ++i)
            QVERIFY(
                !ws.auth().signIn(QStringLiteral("agent.wu"), QStringLiteral("nope-nope")).ok());
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QVERIFY(ws.auth().unlock(agentId).ok());
        QVERIFY(ws.auth().signIn(QStringLiteral("agent.wu"), test::StoreFixture::password()).ok());
    }

    void shouldChangePasswords()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QCOMPARE(ws.auth()
                     .changePassword(QStringLiteral("not it"), QStringLiteral("new secret 1"))
                     .error()
                     .field,
                 QStringLiteral("current"));
        QCOMPARE(ws.auth()
                     .changePassword(test::StoreFixture::password(), QStringLiteral("short"))
                     .error()
                     .field,
                 QStringLiteral("password"));
        QVERIFY(
            !ws.auth().changePassword(test::StoreFixture::password(), QString(10000, u'y')).ok());
        QVERIFY(ws.auth()
                    .changePassword(test::StoreFixture::password(), QStringLiteral("new secret 1"))
                    .ok());
        QVERIFY(!ws.auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()).ok());
        QVERIFY(ws.auth().signIn(QStringLiteral("tester"), QStringLiteral("new secret 1")).ok());
        QCOMPARE(test::eventCount(ws, QStringLiteral("password_changed")), 1);
    }

    void shouldKeepUserAdministrationToAdministrators()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        // an agent `username` of `department`, with a good password
        const auto createAgent = [&](const QString &username, const QString &department) {
            return ws.auth().createUser(username, {}, QStringLiteral("agent"), department,
                                        QStringLiteral("quiet harbour 42"));
        };
        store.signInAs(QStringLiteral("lead.zhao"), QStringLiteral("lead"), QStringLiteral("RISK"));
        auto refused = createAgent(QStringLiteral("x.y"), QStringLiteral("CS"));
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QVERIFY(!ws.auth().users().ok());
        QCOMPARE(test::eventCount(ws, QStringLiteral("permission_denied")), 2);
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QCOMPARE(createAgent(QStringLiteral("lead.zhao"), QStringLiteral("CS")).error().field,
                 QStringLiteral("username"));
        QCOMPARE(createAgent(QStringLiteral("robert'); DROP TABLE users;--"), QStringLiteral("CS"))
                     .error()
                     .field,
                 QStringLiteral("username"));
        QCOMPARE(createAgent(QStringLiteral("new.agent"), QStringLiteral("NOWHERE")).error().field,
                 QStringLiteral("department"));
        auto created = createAgent(QStringLiteral("new.agent"), QStringLiteral("TECH"));
        QVERIFY(created.ok());
        QVERIFY(ws.auth().setActive(created->id, false).ok());
        auto disabled =
            ws.auth().signIn(QStringLiteral("new.agent"), QStringLiteral("quiet harbour 42"));
        QCOMPARE(disabled.error().kind, Error::Kind::Permission);
        QVERIFY(!ws.auth().setActive(ws.actor().id, false).ok()); // not yourself
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
