#include "auditservice.h"
#include "authservice.h"
#include "complaintqueries.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "demogenerator.h"
#include "routingservice.h"
#include "searchtext.h"
#include "slaclocks.h"
#include "slarepository.h"
#include "testsupport.h"
#include "workspace.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <array>
#include <atomic>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    // Replaces the routing rules by one that sends every complaint to department
    // `departmentCode` with `strategy`; false when the rules cannot be changed.
    static bool routeEverythingTo(Workspace &ws, const QString &departmentCode,
                                  rules::AssignmentStrategy strategy)
    {
        const auto current = ws.routing().rules();
        if (!current)
            return false;
        for (const rules::RoutingRule &rule : *current) {
            if (!ws.routing().remove(rule.id).ok())
                return false;
        }
        rules::RoutingRule everything;
        everything.name = QStringLiteral("Everything to ") + departmentCode;
        everything.departmentId = ws.taxonomy().departmentByCode(departmentCode)->id;
        everything.strategy = strategy;
        return ws.routing().save(everything).ok();
    }

private Q_SLOTS:
    void shouldCoverEveryCategoryChannelSeverityAndStatus()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        DemoGenerator generator(ws, store.clock(), 7);
        auto created = generator.generate(1500);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(*created, 1500);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 1500);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(DISTINCT category_id) FROM complaints"))
                     .toInt(),
                 15);
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT count(DISTINCT channel) FROM complaints")).toInt(),
            8);
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT count(DISTINCT severity) FROM complaints")).toInt(),
            4);
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT count(DISTINCT status) FROM complaints")).toInt(), 7);
        // every business type, as agents choose them in the Log-call pane
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(DISTINCT business_type) FROM complaints"))
                     .toInt(),
                 5);
        // within the last 90 days, never in the future
        const qint64 now = test::wednesdayMorning();
        QVERIFY(scalar(ws, QStringLiteral("SELECT min(received_at) FROM complaints")).toLongLong()
                >= now - 90LL * 24 * 3600 * 1000);
        QVERIFY(scalar(ws,
                       QStringLiteral("SELECT max(at) FROM events WHERE complaint_id IS NOT"
                                      " NULL"))
                    .toLongLong()
                <= now);
        // Chinese and English texts, follow-up calls, and the clock put back
        QVERIFY(scalar(ws,
                       ws.database().isServer()
                           ? QStringLiteral("SELECT count(*) FROM complaints WHERE description"
                                            " ~ '[a-z]' AND description !~ '[^ -~]'")
                           : QStringLiteral("SELECT count(*) FROM complaints WHERE description"
                                            " GLOB '*[a-z]*' AND description NOT GLOB '*[^ -~]*'"))
                    .toInt()
                > 0);
        QVERIFY(scalar(ws, QStringLiteral("SELECT count(*) FROM calls WHERE follow_up = 1")).toInt()
                > 0);
        QCOMPARE(store.clock().nowMs(), now);
        QCOMPARE(ws.actor().username, QStringLiteral("tester"));
    }

    // The generator writes final states directly; they must be what the services would
    // have left: an intact audit chain, events that end in the stored status, clocks that
    // the stored pauses reproduce, a search index, and reference counters that go on.
    void shouldWriteWhatTheServicesWouldHave()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        DemoGenerator generator(ws, store.clock(), 11);
        generator.setBatchSize(250); // three transactions: the chain and callers go on
        QList<int> reported;
        auto created = generator.generate(600, [&](int done) { reported << done; });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        QCOMPARE(reported.size(), QSet<int>(reported.cbegin(), reported.cend()).size());
        QVERIFY(reported.contains(250) && reported.contains(500));
        QCOMPARE(reported.constLast(), 600);
        QVERIFY(scalar(ws,
                       QStringLiteral("SELECT count(*) FROM customers WHERE (SELECT count(*)"
                                      " FROM complaints c WHERE c.customer_id = customers.id)"
                                      " > 1"))
                    .toInt()
                > 0);

        // Sealed with the store's key, anchored, and each complaint as its events leave it.
        auto audit = AuditService::verify(ws.database(), {});
        QVERIFY2(audit.ok(), qPrintable(audit.ok() ? QString() : audit.error().message));
        QVERIFY2(audit->intact(), qPrintable(audit->findings.join(u'\n')));
        QVERIFY(audit->events > 600);
        QCOMPARE(audit->complaints, 600);

        // Every complaint has its creation event, and its latest status event names its
        // status; closed ones have a closing time, paused ones an open pause.
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM complaints c WHERE NOT EXISTS"
                                       " (SELECT 1 FROM events e WHERE e.complaint_id = c.id"
                                       " AND e.type = 'complaint_created')"))
                     .toInt(),
                 0);
        QCOMPARE(
            scalar(ws,
                   QStringLiteral(
                       "SELECT count(*) FROM complaints c WHERE c.status <> (SELECT e.to_status"
                       " FROM events e WHERE e.complaint_id = c.id AND e.to_status IS NOT NULL"
                       " ORDER BY e.at DESC, e.id DESC LIMIT 1)"))
                .toInt(),
            0);
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM complaints WHERE (status = 'CLOSED')"
                                       " <> (closed_at IS NOT NULL)"))
                     .toInt(),
                 0);
        QCOMPARE(
            scalar(ws,
                   QStringLiteral(
                       "SELECT count(*) FROM complaints c WHERE (status = 'WAITING_CUSTOMER') <>"
                       " EXISTS (SELECT 1 FROM sla_pauses p WHERE p.complaint_id = c.id"
                       " AND p.ended_at IS NULL)"))
                .toInt(),
            0);
        QVERIFY(
            scalar(ws,
                   QStringLiteral("SELECT count(*) FROM events WHERE type = 'deadline_breached'"))
                .toInt()
            > 0);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaint_search")), 600);
        // One hold open per complaint, in its department; a transfer closed the one before.
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM department_holds h JOIN complaints c"
                                       " ON c.id = h.complaint_id WHERE h.ended_at IS NULL"
                                       " AND h.department_id = c.department_id"))
                     .toInt(),
                 600);
        QCOMPARE(test::rowCount(ws, QStringLiteral("department_holds")),
                 600
                     + scalar(ws,
                              QStringLiteral("SELECT count(*) FROM events WHERE type ="
                                             " 'transferred'"))
                           .toInt());

        // The clocks, recomputed from the stored complaint and pauses as a status change
        // would, are those stored.
        const QSqlDatabase db = ws.database().connection();
        auto page = storage::ComplaintRepository(db).pageById(0, 1000);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 600);
        for (const storage::ComplaintRecord &stored : *page) {
            auto pauses = storage::SlaRepository(db).pauses(stored.id);
            QVERIFY(pauses.ok());
            storage::ComplaintRecord again = stored;
            ws.slaClocks().computeClocks(again, *pauses);
            QCOMPARE(again.firstResponseDueAt, stored.firstResponseDueAt);
            QCOMPARE(again.resolutionDueAt, stored.resolutionDueAt);
            QCOMPARE(again.nextDueAt, stored.nextDueAt);
            QCOMPARE(again.nextAtRiskAt, stored.nextAtRiskAt);
        }

        // Search finds demo complaints, and the next call gets the next reference.
        storage::QueueQuery query;
        query.searchMatch = rules::SearchText::matchQuery(QStringLiteral("\u9000\u6b3e"));
        auto found = ComplaintQueries(ws).queueCount(query);
        QVERIFY(found.ok());
        QVERIFY(*found > 0);
        NewCallInput call;
        call.phone = QStringLiteral("13912345678");
        call.description = QStringLiteral("\u5237\u5361\u591a\u6263\u4e86\u4e00\u7b14");
        call.categoryId = ws.taxonomy().categories().first().id;
        auto logged = ws.complaints().logCall(call);
        QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.error().message));
    }

    // Another desk logs a call between two of the fill's transactions: the fill goes on
    // after it (the audit chain and the ids are read again in each transaction), and
    // both desks' complaints are there.
    void shouldGoOnWhenAnotherDeskWritesBetweenItsTransactions()
    {
        // GIVEN a store, and a second desk on it signed in as an agent
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(ws.auth()
                    .createUser(QStringLiteral("desk2"), QStringLiteral("Desk 2"),
                                QStringLiteral("agent"), QStringLiteral("CS"),
                                test::StoreFixture::password())
                    .ok());
        auto other =
            Workspace::open(store.path(), std::make_unique<ManualClock>(test::wednesdayMorning()),
                            PasswordHasher::Strength::Fast);
        QVERIFY(other.ok());
        QVERIFY(
            (*other)->auth().signIn(QStringLiteral("desk2"), test::StoreFixture::password()).ok());

        // WHEN a fill of five transactions runs, and the desk logs a call after each
        DemoGenerator generator(ws, store.clock(), 13);
        generator.setBatchSize(200);
        generator.setTransactionTime(std::chrono::minutes(10)); // batches by size only
        QStringList logged;
        QStringList failures;
        auto filled = generator.generate(1000, [&](int) {
            const QString phone =
                QStringLiteral("1390000%1").arg(logged.size(), 4, 10, QLatin1Char('0'));
            auto outcome = (*other)->complaints().logCall(test::sampleCall(**other, phone));
            if (outcome)
                logged << outcome->reference;
            else
                failures << outcome.error().message;
        });

        // THEN the fill finished, every call the desk logged is there, the chain holds
        QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().message));
        QCOMPARE(*filled, 1000);
        QCOMPARE(failures, QStringList());
        QCOMPARE(logged.size(), 5);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 1005);
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT count(DISTINCT reference) FROM complaints")).toInt(),
            1005);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaint_search")), 1005);
        for (const QString &reference : std::as_const(logged)) {
            auto detail = ws.queries().detailByReference(reference);
            QVERIFY2(detail.ok(), qPrintable(reference));
            QCOMPARE(detail->customer.phone.left(6), QStringLiteral("+86139"));
        }
        const QString audit = test::auditProblems(ws);
        QVERIFY2(audit.isEmpty(), qPrintable(audit));
    }

    // Three desks that wait at most 1 s for the write lock log calls all through a fill
    // of 0.3 s transactions: not one of their saves fails, and each lands some between
    // batches (the fill leaves a turn to every desk that waited, not only to the first).
    void shouldLeaveOtherDesksATurnWhileFilling()
    {
        // GIVEN a store, and three desks on threads of their own, each logging a call
        // every 100 ms
        test::StoreFixture store;
        Workspace &ws = store.open();
        struct Desk
        {
            QString user;
            QStringList logged; // written by the desk's thread until it has finished
            QStringList failures;
            int loggedBeforeFill = 0;
            std::unique_ptr<QThread> thread;
        };
        std::array<Desk, 3> desks;
        std::atomic<bool> filling = true;
        QSemaphore desksReady;
        for (std::size_t d = 0; d < desks.size(); ++d) {
            Desk &desk = desks[d];
            desk.user = QStringLiteral("desk%1").arg(d + 2);
            QVERIFY(ws.auth()
                        .createUser(desk.user, desk.user, QStringLiteral("agent"),
                                    QStringLiteral("CS"), test::StoreFixture::password())
                        .ok());
            desk.thread.reset(QThread::create([&, d] {
                auto other = Workspace::open(
                    store.path(), std::make_unique<ManualClock>(test::wednesdayMorning()),
                    PasswordHasher::Strength::Fast);
                if (!other || !(*other)->auth().signIn(desk.user, test::StoreFixture::password())) {
                    desk.failures << QStringLiteral("the desk could not sign in");
                    desksReady.release();
                    return;
                }
                QSqlQuery(QStringLiteral("PRAGMA busy_timeout = 1000"),
                          (*other)->database().connection());
                for (int i = 0; filling || i == 0; ++i) {
                    const QString phone =
                        QStringLiteral("139%1%2").arg(d).arg(i, 7, 10, QLatin1Char('0'));
                    auto outcome = (*other)->complaints().logCall(test::sampleCall(**other, phone));
                    if (outcome)
                        desk.logged << outcome->reference;
                    else
                        desk.failures << outcome.error().message;
                    if (i == 0) {
                        desk.loggedBeforeFill = int(desk.logged.size());
                        desksReady.release();
                    }
                    QThread::msleep(100);
                }
            }));
            desk.thread->start();
        }
        desksReady.acquire(int(desks.size()));

        // WHEN a fill of 6,000 complaints runs meanwhile (~2 s on a desk computer: longer
        // than the desks' 1 s busy timeout, so a fill that kept the store to itself fails them)
        DemoGenerator generator(ws, store.clock(), 17);
        generator.setTransactionTime(std::chrono::milliseconds(300));
        auto filled = generator.generate(6000);
        filling = false;
        for (Desk &desk : desks)
            desk.thread->wait();

        // THEN all finished, and every call a desk logged is there
        QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().message));
        int logged = 0;
        for (const Desk &desk : desks) {
            QCOMPARE(desk.failures, QStringList());
            QCOMPARE(desk.loggedBeforeFill, 1);
            QVERIFY2(desk.logged.size() >= 4, qPrintable(QString::number(desk.logged.size())));
            for (const QString &reference : desk.logged)
                QVERIFY2(ws.queries().detailByReference(reference).ok(), qPrintable(reference));
            logged += int(desk.logged.size());
        }
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 6000 + logged);
        const QString audit = test::auditProblems(ws);
        QVERIFY2(audit.isEmpty(), qPrintable(audit));
    }

    // The fill routes as logCall does: under fewest-open, the department's agent who already
    // has many open complaints gets none until the others catch up, and those share fairly.
    void shouldRouteAsLogCallDoesUnderFewestOpen()
    {
        // GIVEN every complaint routed to RISK, fewest open first, and a RISK agent given
        // 40 open complaints before the demonstration's agents exist
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(
            routeEverythingTo(ws, QStringLiteral("RISK"), rules::AssignmentStrategy::FewestOpen));
        store.signInAs(QStringLiteral("risk.busy"), QStringLiteral("agent"),
                       QStringLiteral("RISK"));
        for (int i = 0; i < 40; ++i) {
            auto logged = ws.complaints().logCall(
                test::sampleCall(ws, QStringLiteral("1391234%1").arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.error().message));
        }
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));

        // WHEN the demonstration data is filled
        QVERIFY(DemoGenerator(ws, store.clock(), 5).generate(300).ok());

        // THEN the busy agent got almost nothing of it, and the two demonstration agents of
        // RISK shared the rest
        const auto routedTo = [&](const QString &who) {
            return scalar(ws,
                          QStringLiteral("SELECT count(*) FROM complaints c JOIN users u"
                                         " ON u.id = c.assignee_id WHERE c.id > 40 AND"
                                         " c.solved_on_call = 0 AND u.username = '%1'")
                              .arg(who))
                .toInt();
        };
        const int routed = scalar(ws,
                                  QStringLiteral("SELECT count(*) FROM complaints WHERE id > 40"
                                                 " AND solved_on_call = 0"))
                               .toInt();
        QVERIFY(routed > 200);
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM complaints WHERE id > 40 AND"
                                       " solved_on_call = 0 AND assignee_id IS NULL"))
                     .toInt(),
                 0);
        QVERIFY2(routedTo(QStringLiteral("risk.busy")) < routed / 20,
                 qPrintable(QString::number(routedTo(QStringLiteral("risk.busy")))));
        for (const QString &agent :
             {QStringLiteral("risk.chenjie"), QStringLiteral("risk.zhaolei")})
            QVERIFY2(routedTo(agent) > routed * 2 / 5,
                     qPrintable(QString::number(routedTo(agent))));
    }

    // Round robin goes on from where the fill left it: the next call goes to the agent
    // after the fill's last pick.
    void shouldLeaveTheRoundRobinWhereItsLastPickWas()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(
            routeEverythingTo(ws, QStringLiteral("TECH"), rules::AssignmentStrategy::RoundRobin));
        QVERIFY(DemoGenerator(ws, store.clock(), 9).generate(101).ok());
        // (whom routing gave the last complaint, whoever holds it since a transfer)
        const qint64 last =
            scalar(ws,
                   (ws.database().isServer()
                        ? QStringLiteral("SELECT CAST(e.details AS json) ->> 'assignee_id'")
                        : QStringLiteral("SELECT json_extract(e.details, '$.assignee_id')"))
                       + QStringLiteral(
                           " FROM complaints c JOIN events e ON"
                           " e.complaint_id = c.id AND e.type = 'complaint_created' WHERE "
                           "c.solved_on_call = 0"
                           " ORDER BY c.received_at DESC, c.id DESC LIMIT 1"))
                .toLongLong();
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT last_user_id FROM round_robin_state")).toLongLong(),
            last);
    }

    void shouldBeReproducibleForASeed()
    {
        QStringList texts[2];
        for (int run = 0; run < 2; ++run) {
            test::StoreFixture store;
            Workspace &ws = store.open();
            QVERIFY(DemoGenerator(ws, store.clock(), 42).generate(50).ok());
            texts[run] << scalar(
                              ws,
                              ws.database().isServer()
                                  ? QStringLiteral("SELECT string_agg(reference || description"
                                                   " || status, '|' ORDER BY id) FROM complaints")
                                  : QStringLiteral("SELECT group_concat(reference || description"
                                                   " || status, '|') FROM complaints"))
                              .toString();
        }
        QVERIFY(!texts[0].first().isEmpty());
        QCOMPARE(texts[0], texts[1]);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
