#include "cliprocess.h"
#include "testsupport.h"

#include "auditservice.h"
#include "authservice.h"
#include "changewatcher.h"
#include "complaintqueries.h"
#include "complaintrepository.h"
#include "database.h"
#include "searchtext.h"
#include "serveraddress.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <memory>
#include <thread>

using namespace cd;
using namespace cd::models;

// The store of a call centre on a PostgreSQL server (COMPLAINTDESK_TEST_PG; scripts/test.sh
// runs the suites beside a throwaway cluster): the services on it, several desks at once.
class TestServerStore : public QObject
{
    Q_OBJECT

    // Runs `sql` with psql on the database at `address` (libpq keywords) as the user and with
    // the password given; what psql said on stderr, or nothing when it succeeded.
    static std::optional<QString> psql(const QString &address, const QString &sql,
                                       const QString &password = qEnvironmentVariable("PGPASSWORD"))
    {
        QProcess run;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        run.setProcessEnvironment(environment);
        run.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), address,
                   QStringLiteral("-c"), sql});
        if (!run.waitForFinished(60000))
            return QStringLiteral("psql did not finish");
        if (run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0)
            return std::nullopt;
        return QString::fromUtf8(run.readAllStandardError());
    }

    // The SQL block of docs/deployment.md's section on the application's role.
    static QString deploymentRoleSql()
    {
        QFile docs(QStringLiteral(DEPLOYMENT_DOC));
        if (!docs.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", DEPLOYMENT_DOC);
        const QString text = QString::fromUtf8(docs.readAll());
        const auto section = text.indexOf(QLatin1String("## The application's role"));
        const auto begin = text.indexOf(QLatin1String("```sql\n"), section);
        const auto end = text.indexOf(QLatin1String("```"), begin + 7);
        if (section < 0 || begin < 0 || end < 0)
            qFatal("docs/deployment.md has no SQL block for the application's role");
        return text.mid(begin + 7, end - begin - 7);
    }

    // What a desk sees of the same calls on `store`: searches, counts and the audit trail.
    static QStringList deskView(test::StoreFixture &store)
    {
        Workspace &ws = store.open();
        const QList<std::pair<QString, QString>> calls {
            {QStringLiteral("13812340001"), QStringLiteral("申请退款十天了还没到账")},
            {QStringLiteral("13812340002"), QStringLiteral("商户资金冻结了,要求解冻")},
            {QStringLiteral("13812340003"),
             QStringLiteral("The POS terminals will not read cards")},
        };
        QStringList references;
        for (const auto &[phone, text] : calls) {
            NewCallInput in = test::sampleCall(ws, phone);
            in.description = text;
            auto logged = ws.complaints().logCall(in);
            if (!logged)
                qFatal("log: %s", qPrintable(logged.error().message));
            references << logged->reference;
        }
        auto frozen = storage::ComplaintRepository(ws.database().connection())
                          .findByReference(references.at(1));
        if (!frozen || !*frozen)
            qFatal("no complaint %s", qPrintable(references.at(1)));
        const qint64 risk = ws.taxonomy().departmentByCode(QStringLiteral("RISK"))->id;
        if (auto moved = ws.complaints().transfer((*frozen)->id, {risk, std::nullopt},
                                                  QStringLiteral("funds frozen"));
            !moved)
            qFatal("transfer: %s", qPrintable(moved.error().message));
        QStringList view;
        for (const QString &typed :
             {QStringLiteral("退款"), QStringLiteral("资金冻结"), QStringLiteral("冻结资金"),
              QStringLiteral("terminals"), QStringLiteral("0003"), QStringLiteral("13812340002"),
              references.at(0)}) {
            view << typed + u'=' + test::searchReferences(ws, typed).join(u',');
        }
        storage::QueueQuery inRisk;
        inRisk.departmentId = risk;
        view << QStringLiteral("risk=%1").arg(*ws.queries().queueCount(inRisk));
        view << QStringLiteral("all=%1").arg(*ws.queries().queueCount({}));
        view << QStringLiteral("transfers=%1")
                    .arg(test::eventCount(ws, QStringLiteral("transferred")));
        auto verified = AuditService::verify(ws.database(), {});
        view << QStringLiteral("audit=%1")
                    .arg(verified && verified->intact() ? u"intact" : u"broken");
        return view;
    }

    // A new store on the test server, its schema made and no connection of this process left
    // on it: for command-line programs and other desks to open.
    static std::unique_ptr<test::StoreFixture> serverStoreForPrograms()
    {
        auto store = std::make_unique<test::StoreFixture>(test::StoreFixture::Store::Server);
        store->open();
        store->close();
        return store;
    }

private Q_SLOTS:
    void shouldRefuseAServerAddressThatHoldsAPassword()
    {
        QVERIFY(storage::ServerAddress::isServer(QStringLiteral("postgresql://desk@db1/cd")));
        QVERIFY(storage::ServerAddress::isServer(
            QStringLiteral("host=db1,db2 dbname=cd target_session_attrs=read-write")));
        QVERIFY(!storage::ServerAddress::isServer(QStringLiteral("/home/desk/store.sqlite")));
        auto withPassword =
            storage::Database::open(QStringLiteral("postgresql://desk:secret@db1/cd"));
        QVERIFY(!withPassword);
        QCOMPARE(withPassword.error().kind, Error::Kind::Usage);
        QVERIFY(withPassword.error().message.contains(QLatin1String("password")));
        QVERIFY(!withPassword.error().message.contains(QLatin1String("secret")));
    }

    void shouldAskForThePasswordTheServerWantsAndUseTheOneTyped()
    {
        if (test::testServer().isEmpty())
            QSKIP("No PostgreSQL server configured (COMPLAINTDESK_TEST_PG).");
        if (qEnvironmentVariableIsEmpty("PGPASSWORD"))
            QSKIP("The test server takes connections without a password (PGPASSWORD unset).");
        const auto store = serverStoreForPrograms();
        const QByteArray password = qgetenv("PGPASSWORD");
        // GIVEN no password from the environment, ~/.pgpass or a service file
        qunsetenv("PGPASSWORD");
        const auto restore = qScopeGuard([&] { qputenv("PGPASSWORD", password); });
        // WHEN a desk opens the store: it is told that the server wants one
        auto refused = Workspace::open(store->path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Credentials);
        // and the command line, without a terminal to ask on, says where to put it
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGPASSWORD"));
        test::startCli(cli,
                       {QStringLiteral("list"), QStringLiteral("--database"), store->path(),
                        QStringLiteral("--lang"), QStringLiteral("en")},
                       environment);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QLatin1String("~/.pgpass")));
        // THEN the password typed is used for this program's connections to it
        Workspace::useServerPassword(store->path(), QString::fromUtf8(password));
        auto opened = Workspace::open(store->path());
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    }

    void shouldWorkAsTheDocumentedApplicationRoleThatCannotChangeEvents()
    {
        if (test::testServer().isEmpty())
            QSKIP("No PostgreSQL server configured (COMPLAINTDESK_TEST_PG).");
        const QString role =
            QStringLiteral("cd_app_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString password = QUuid::createUuid().toString(QUuid::Id128);
        const auto dropRole = qScopeGuard([&] { // once the store's database is dropped
            test::onTestServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        });
        // GIVEN a store created by its owner (the test server's user), with a complaint
        test::StoreFixture store(test::StoreFixture::Store::Server);
        {
            Workspace &owner = store.open();
            QVERIFY(owner.complaints().logCall(test::sampleCall(owner)).ok());
        }
        store.close();
        // AND the role of docs/deployment.md set up exactly as written there
        QString sql = deploymentRoleSql();
        sql.replace(QRegularExpression(QStringLiteral("--[^\\n]*")), QString());
        sql.replace(QLatin1String("'change me'"), QLatin1Char('\'') + password + QLatin1Char('\''));
        sql.replace(QLatin1String("cd_app"), role);
        sql.replace(QLatin1String("cd_owner"), QLatin1String("CURRENT_USER"));
        const auto setUp = psql(store.path(), sql);
        QVERIFY2(!setUp, qPrintable(setUp.value_or(QString())));
        const QString asApp = store.path() + QStringLiteral(" user=") + role;

        // WHEN a desk connects as that role
        Workspace::useServerPassword(asApp, password);
        auto opened = Workspace::open(asApp, nullptr, PasswordHasher::Strength::Fast);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        Workspace &desk = **opened;
        QVERIFY(desk.auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()).ok());
        // THEN the desk's work goes on: a call logged, moved on, the trail intact
        auto logged =
            desk.complaints().logCall(test::sampleCall(desk, QStringLiteral("13912345678")));
        QVERIFY2(logged.ok(), logged ? "" : qPrintable(logged.error().message));
        const auto status =
            rules::statusFromCode(test::complaintOf(desk, logged->complaintId).status);
        QVERIFY(status.has_value());
        auto moved = desk.complaints().changeStatus(logged->complaintId, *status,
                                                    rules::Status::Investigating,
                                                    QStringLiteral("Asked the acquiring team;"
                                                                   " call back 13912345678"));
        QVERIFY2(moved.ok(), moved ? "" : qPrintable(moved.error().message));
        const QString verified = test::auditProblems(desk);
        QVERIFY2(verified.isEmpty(), qPrintable(verified));
        // WHEN that desk's administrator erases a customer whose data is in an event's note
        // (the complaint closed past the retention period)
        const auto aged = psql(store.path(),
                               QStringLiteral("UPDATE complaints SET status = 'CLOSED',"
                                              " received_at = 0, closed_at = 1 WHERE id = %1")
                                   .arg(logged->complaintId));
        QVERIFY2(!aged, qPrintable(aged.value_or(QString())));
        const qint64 eventsBefore = test::rowCount(desk, QStringLiteral("events"));
        auto erased = desk.complaints().anonymiseExpiredCustomers(false);
        // THEN the server's refusal is told as such, and nothing is changed
        QVERIFY(!erased.ok());
        QCOMPARE(erased.error().kind, Error::Kind::Permission);
        QVERIFY2(erased.error().message.contains(role)
                     && erased.error().message.contains(QLatin1String("owner")),
                 qPrintable(erased.error().message));
        QCOMPARE(test::rowCount(desk, QStringLiteral("events")), eventsBefore);
        QCOMPARE(test::scalar(desk,
                              QStringLiteral("SELECT count(*) FROM events WHERE note LIKE"
                                             " '%13912345678%'"))
                     .toInt(),
                 1);
        // AND as that role no event can be changed or deleted, nor its guard dropped
        for (const QString &change :
             {QStringLiteral("UPDATE events SET note = '' WHERE id = 1"),
              QStringLiteral("DELETE FROM events WHERE id = 1"), QStringLiteral("TRUNCATE events"),
              QStringLiteral("DROP TRIGGER events_are_append_only_update"
                             " ON events")}) {
            const auto refused = psql(asApp, change, password);
            QVERIFY2(refused.has_value(), qPrintable(change));
            QVERIFY2(refused->contains(QLatin1String("permission denied"))
                         || refused->contains(QLatin1String("must be owner")),
                     qPrintable(*refused));
        }
    }

    void shouldCarryOnWhenTheServerDropsTheDesksConnections()
    {
        if (test::testServer().isEmpty())
            QSKIP("No PostgreSQL server configured (COMPLAINTDESK_TEST_PG).");
        // GIVEN a desk working on the server, its queue watched live
        test::StoreFixture store(test::StoreFixture::Store::Server);
        Workspace &ws = store.open();
        QVERIFY(ws.complaints().logCall(test::sampleCall(ws)).ok());
        ChangeWatcher watcher(ws);
        QVERIFY(watcher.start().ok());
        QVERIFY(watcher.isListening());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        const QString database = test::databaseName(store.path());
        QVERIFY(!database.isEmpty());

        // WHEN the server ends every connection to the store (as a restart or failover does)
        QVERIFY(test::onTestServer(
            QStringLiteral(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                .arg(database)));
        QTest::qWait(200);
        // THEN the next call is saved at once, on a new connection
        auto logged = ws.complaints().logCall(test::sampleCall(ws, QStringLiteral("13912345678")));
        QVERIFY2(logged.ok(), logged ? "" : qPrintable(logged.error().message));
        // AND the queue reads it
        storage::QueueQuery query;
        auto rows = ws.queries().queuePage(query, std::nullopt, 100);
        QVERIFY2(rows.ok(), rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 2);
        // AND the live queue listens again and reads what was appended meanwhile
        watcher.keepListening();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        const auto missed = changed.takeFirst().at(0).value<QList<storage::StoreChange>>();
        QVERIFY(std::any_of(missed.cbegin(), missed.cend(), [&](const storage::StoreChange &c) {
            return c.event.complaintId == logged->complaintId;
        }));
        changed.clear();
        // and is told of later changes again (LISTEN on the new connection)
        auto later = ws.complaints().logCall(test::sampleCall(ws, QStringLiteral("13712345678")));
        QVERIFY(later.ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QVERIFY(watcher.lastError().isEmpty());
    }

    void shouldSaveACallOnceWhenTheAnswerToItsCommitWasLost()
    {
        if (test::testServer().isEmpty())
            QSKIP("No PostgreSQL server configured (COMPLAINTDESK_TEST_PG).");
        test::StoreFixture store(test::StoreFixture::Store::Server);
        Workspace &ws = store.open();
        NewCallInput in = test::sampleCall(ws);
        in.saveId = QStringLiteral("b2b4c7de-commit-cut-off");
        // GIVEN a save whose connection breaks before the server answers its COMMIT
        {
            storage::Transaction save(ws.database());
            QVERIFY(save.isActive());
            QVERIFY(ws.complaints().logCall(in).ok());
            QVERIFY(test::onTestServer(
                QStringLiteral(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                    .arg(test::databaseName(store.path()))));
            QTest::qWait(100);
            const auto committed = save.commit();
            // THEN the desk is told the server could not be reached, not that it failed
            QVERIFY(!committed.ok());
            QCOMPARE(committed.error().kind, Error::Kind::Unreachable);
        }
        // WHEN the desk sends the same save again, twice
        const auto again = ws.complaints().logCall(in);
        QVERIFY2(again.ok(), again ? "" : qPrintable(again.error().message));
        QVERIFY(!again->alreadySaved); // that COMMIT had not taken
        const auto once = ws.complaints().logCall(in);
        QVERIFY(once.ok());
        QVERIFY(once->alreadySaved);
        QCOMPARE(once->reference, again->reference);
        // THEN the call is in the store once
        QCOMPARE(test::rowCount(ws, QStringLiteral("calls")), 1);
        QCOMPARE(*ws.queries().queueCount({}), 1);
    }

    void shouldLogACallOnceWhenItsProgramIsKilledAndRunAgain()
    {
        if (test::testServer().isEmpty())
            QSKIP("No PostgreSQL server configured (COMPLAINTDESK_TEST_PG).");
        const auto store = serverStoreForPrograms();
        const auto log = [&](int round) {
            auto *process = new QProcess(this);
            test::startCli(
                *process,
                test::onStore({QStringLiteral("log"), QStringLiteral("--phone"),
                               QStringLiteral("1381234%1").arg(1000 + round),
                               QStringLiteral("--text"), QStringLiteral("round %1").arg(round),
                               QStringLiteral("--save-id"),
                               QStringLiteral("kill-round-%1").arg(round)},
                              store->path()));
            return process;
        };
        // How long one run takes, to kill the next ones anywhere in it.
        QElapsedTimer timer;
        timer.start();
        QProcess *first = log(0);
        QVERIFY(first->waitForFinished(60000));
        QCOMPARE(first->exitCode(), 0);
        const int runMs = int(timer.elapsed());
        constexpr int rounds = 8;
        for (int round = 1; round <= rounds; ++round) {
            // GIVEN a run killed (kill -9) somewhere between its start and its end
            QProcess *killed = log(round);
            QTest::qWait(runMs * round / rounds);
            // (a run that already ended is left as it is: waitForFinished() is false then)
            if (killed->state() != QProcess::NotRunning) {
                killed->kill();
                QVERIFY(killed->waitForFinished(60000));
            }
            // WHEN it is run again with the same save id, twice
            for (int again = 0; again < 2; ++again) {
                QProcess *rerun = log(round);
                QVERIFY(rerun->waitForFinished(60000));
                QVERIFY2(rerun->exitCode() == 0, rerun->readAllStandardError().constData());
            }
        }
        // THEN every round's call is in the store exactly once
        Workspace &opened = store->open();
        QCOMPARE(test::rowCount(opened, QStringLiteral("calls")), rounds + 1);
        QCOMPARE(test::scalar(opened, QStringLiteral("SELECT count(DISTINCT save_id) FROM calls"))
                     .toInt(),
                 rounds + 1);
        QVERIFY(AuditService::verify(opened.database(), {})->intact());
    }

    void shouldWorkAsOnSqliteWithTheSameSearchesCountsAndAuditTrail()
    {
        if (test::testServer().isEmpty())
            QSKIP("No PostgreSQL server configured (COMPLAINTDESK_TEST_PG); scripts/test.sh "
                  "runs this beside a throwaway cluster.");
        // GIVEN the same calls logged and moved on a file and on the server
        test::StoreFixture file(test::StoreFixture::Store::File);
        test::StoreFixture server(test::StoreFixture::Store::Server);
        const QStringList onFile = deskView(file);
        const QStringList onServer = deskView(server);
        // THEN a desk finds, counts and verifies the same
        QCOMPARE(onServer, onFile);
        QVERIFY(onServer.contains(QStringLiteral("audit=intact")));
        QVERIFY(onServer.contains(QStringLiteral("冻结资金="))); // words in that order only
        QVERIFY(onServer.contains(QStringLiteral("risk=1")));
    }

    void shouldGiveEightDesksSavingAtOnceUniqueGapFreeReferences()
    {
        if (test::testServer().isEmpty())
            QSKIP("No PostgreSQL server configured (COMPLAINTDESK_TEST_PG).");
        const auto store = serverStoreForPrograms();
        // WHEN 8 command-line programs log 5 calls each at the same time
        constexpr int desks = 8;
        constexpr int calls = 5;
        QList<QProcess *> running;
        for (int desk = 0; desk < desks; ++desk) {
            auto *process = new QProcess(this);
            process->setProcessEnvironment(test::fixtureCliEnvironment());
            process->setStandardInputFile(QProcess::nullDevice());
            QString script;
            for (int i = 0; i < calls; ++i) {
                script += QStringLiteral("\"%1\" log --database \"%2\" --as tester --lang en"
                                         " --phone 1381234%3 --text 'desk %4 call %5' || exit 1;")
                              .arg(QStringLiteral(CLI_PATH), store->path())
                              .arg(1000 + desk * 10 + i)
                              .arg(desk)
                              .arg(i);
            }
            process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
            running << process;
        }
        QStringList references;
        for (QProcess *process : running) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            references << QString::fromUtf8(process->readAllStandardOutput())
                              .split(u'\n', Qt::SkipEmptyParts);
        }
        // THEN the 40 references are distinct and numbered 1..40 of the day, no gap
        QCOMPARE(references.size(), desks * calls);
        QSet<int> numbers;
        for (const QString &reference : std::as_const(references))
            numbers.insert(reference.section(u'-', 2).toInt());
        QCOMPARE(numbers.size(), desks * calls);
        for (int n = 1; n <= desks * calls; ++n)
            QVERIFY2(numbers.contains(n), qPrintable(QString::number(n)));
    }

    void shouldUpgradeAnEmptyDatabaseOnceWhenDesksStartTogether()
    {
        if (test::testServer().isEmpty())
            QSKIP("No PostgreSQL server configured (COMPLAINTDESK_TEST_PG).");
        test::ServerDatabase server;
        // WHEN 6 desks open (creating) the empty database at the same moment
        constexpr int desks = 6;
        std::atomic<int> ready {0};
        QStringList errors[desks];
        std::vector<std::thread> threads;
        for (int i = 0; i < desks; ++i) {
            threads.emplace_back([&, i] {
                ++ready;
                while (ready < desks)
                    std::this_thread::yield();
                auto opened =
                    storage::Database::open(server.address(), storage::Database::Upgrade::ToLatest,
                                            storage::Database::Missing::Create);
                if (!opened)
                    errors[i] << opened.error().message;
            });
        }
        for (auto &thread : threads)
            thread.join();
        // THEN every desk opened it, and the store was created once (one sealed trail)
        for (int i = 0; i < desks; ++i)
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i].join(u' ')));
        auto opened = storage::Database::open(server.address());
        QVERIFY(opened.ok());
        QSqlQuery query((*opened)->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM events), (SELECT version FROM schema_version)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1); // audit_trail_sealed
        QCOMPARE(query.value(1).toInt(), Workspace::schemaVersion());
    }

    void shouldTellTheSecondDeskWhoChangedTheComplaintFirst()
    {
        if (test::testServer().isEmpty())
            QSKIP("No PostgreSQL server configured (COMPLAINTDESK_TEST_PG).");
        // GIVEN a complaint, and desk A changing it in a transaction not yet committed
        test::StoreFixture deskA(test::StoreFixture::Store::Server);
        Workspace &a =
            deskA.open(test::wednesdayMorning(), QStringLiteral("alice"), QStringLiteral("lead"));
        auto logged = a.complaints().logCall(test::sampleCall(a));
        QVERIFY(logged.ok());
        const qint64 id = logged->complaintId;
        const QString address = deskA.path();

        // desk B signed in (a sign-in is recorded, so it waits for no one later)
        std::optional<Error> seenByB;
        std::atomic<int> stage {0}; // 1: B ready, 2: A changing, 3: B done
        std::thread deskB([&] {
            auto b = Workspace::open(address, nullptr, PasswordHasher::Strength::Fast);
            if (!b
                || !(*b)->auth().signIn(QStringLiteral("tester"), test::StoreFixture::password())) {
                seenByB = Error::storage(QStringLiteral("desk B could not sign in"));
                stage = 3;
                return;
            }
            const qint64 tech = (*b)->taxonomy().departmentByCode(QStringLiteral("TECH"))->id;
            // B shows the complaint as it is before A's change
            const qint64 seen = test::complaintOf(**b, id).version;
            stage = 1;
            while (stage < 2)
                std::this_thread::yield();
            // WHEN B transfers the complaint it saw while A's change is not committed yet
            auto moved = (*b)->complaints().transfer({id, seen}, {tech, std::nullopt},
                                                     QStringLiteral("a technical fault"));
            if (!moved)
                seenByB = moved.error();
            stage = 3;
        });
        QTRY_VERIFY_WITH_TIMEOUT(stage >= 1, 30000);
        auto transaction = std::make_unique<storage::Transaction>(a.database());
        QVERIFY(a.complaints().escalate(id, QStringLiteral("customer very upset")).ok());
        stage = 2;
        QTest::qWait(500);
        QCOMPARE(stage.load(), 2); // B waits for A's change
        QVERIFY(transaction->commit().ok());
        transaction.reset();
        deskB.join();

        // THEN B is told that alice changed it first, and A's change is kept
        QVERIFY(seenByB.has_value());
        QCOMPARE(seenByB->kind, Error::Kind::Conflict);
        QVERIFY2(seenByB->message.contains(QLatin1String("alice")), qPrintable(seenByB->message));
        auto after = storage::ComplaintRepository(a.database().connection()).findById(id);
        QVERIFY(after.ok() && after->has_value());
        QVERIFY((*after)->escalatedAt.has_value());
        QCOMPARE((*after)->departmentId, logged->departmentId);
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
