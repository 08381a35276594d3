#include "complaintservice.h"
#include "database.h"
#include "eventrepository.h"
#include "migrations.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

class TestAuditTrail : public QObject
{
    Q_OBJECT

    // A store with a few complaints and status changes; returns the number of events.
    int fill(test::StoreFixture &store)
    {
        Workspace &ws = store.open();
        for (int i = 0; i < 3; ++i) {
            const qint64 id = ws.complaints().logCall(test::sampleCall(ws))->complaintId;
            [[maybe_unused]] auto moved = ws.complaints().changeStatus(
                id, rules::Status::New, rules::Status::Investigating, QStringLiteral("checking"));
        }
        return scalar(ws, QStringLiteral("SELECT count(*) FROM events")).toInt();
    }

    storage::EventRepository::Verification verify(Workspace &ws)
    {
        return storage::EventRepository(ws.database().connection()).verifyChain().value();
    }

    bool exec(Workspace &ws, const QString &sql)
    {
        QSqlQuery query(ws.database().connection());
        return query.exec(sql);
    }

    void dropGuards(Workspace &ws)
    {
        QVERIFY(exec(ws, QStringLiteral("DROP TRIGGER events_are_append_only_update")));
        QVERIFY(exec(ws, QStringLiteral("DROP TRIGGER events_are_append_only_delete")));
    }

private Q_SLOTS:
    void shouldChainEveryEvent()
    {
        test::StoreFixture store;
        const int count = fill(store);
        QVERIFY(count >= 8);
        const auto result = verify(store.workspace());
        QCOMPARE(result.brokenAt, qint64(0));
        QCOMPARE(result.checked, qint64(count));
    }

    void shouldRefuseUpdatesAndDeletesInTheDatabase()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        QSqlQuery query(ws.database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE events SET note = 'nothing happened'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM events WHERE id = 2")));
        QCOMPARE(verify(ws).brokenAt, qint64(0));
    }

    void shouldNameTheFirstChangedEvent()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        dropGuards(ws);
        QVERIFY(exec(ws, QStringLiteral("UPDATE events SET note = 'edited' WHERE id = 5")));
        QCOMPARE(verify(ws).brokenAt, qint64(5));
    }

    void shouldNoticeADeletedEvent()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        dropGuards(ws);
        QVERIFY(exec(ws, QStringLiteral("DELETE FROM events WHERE id = 4")));
        QCOMPARE(verify(ws).brokenAt, qint64(5));
    }

    void shouldNoticeReorderedEvents()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        dropGuards(ws);
        // swap the contents (and hashes) of events 3 and 4
        QVERIFY(exec(ws, QStringLiteral("UPDATE events SET id = -3 WHERE id = 3")));
        QVERIFY(exec(ws, QStringLiteral("UPDATE events SET id = 3 WHERE id = 4")));
        QVERIFY(exec(ws, QStringLiteral("UPDATE events SET id = 4 WHERE id = -3")));
        QCOMPARE(verify(ws).brokenAt, qint64(3));
    }

    void shouldNoticeTheLastEventsRemoved()
    {
        test::StoreFixture store;
        const int count = fill(store);
        Workspace &ws = store.workspace();
        dropGuards(ws);
        QVERIFY(exec(ws, QStringLiteral("DELETE FROM events WHERE id >= %1").arg(count - 1)));
        QVERIFY(verify(ws).brokenAt != 0);
    }

    void shouldChainEventsWrittenBeforeTheUpgrade()
    {
        // GIVEN a version-3 store with events and no chain
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            auto db = storage::Database::open(path, storage::Database::Upgrade::None,
                                              storage::Database::Missing::Create);
            QVERIFY(db.ok());
            QVERIFY(storage::Migrations::upgradeTo(**db, 3).ok());
            QSqlQuery query((*db)->connection());
            for (int i = 0; i < 3; ++i) {
                QVERIFY(query.exec(QStringLiteral(
                    "INSERT INTO events (at, type, note) VALUES (%1, 'legacy', 'n%1')").arg(i)));
            }
        }
        // WHEN it is upgraded THEN its events are chained and new ones follow
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        storage::EventRepository events((*db)->connection());
        QCOMPARE(events.verifyChain()->brokenAt, qint64(0));
        QCOMPARE(events.verifyChain()->checked, qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
