#include "audittest.h"
#include "dialect.h"

// Schema v21 keeps each audit seal as its 32 bytes and drops the repeated previous seal:
// a store written at v20 (seals as hex digits, twice) is upgraded with every seal and the
// chain intact, on SQLite (rebuilt, then compacted) and on a server (converted in place).
class TestSealMigration : public AuditTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void shouldUpgradeAVersion20TrailWithItsSealsIntact()
    {
        // GIVEN a store with an audit trail, verified, and its seals as the program gives them
        test::StoreFixture store;
        Workspace &ws = fill(store, 6);
        const int count = test::rowCount(ws, QStringLiteral("events"));
        QVERIFY(verify(ws).intact());
        const storage::EventRepository events(ws.database().connection());
        QList<QByteArray> seals;
        for (qint64 id = 1; id <= count; ++id)
            seals << events.sealOf(id).value().value();
        QCOMPARE(seals.constFirst().size(), 64); // hex digits, as sealed and anchored
        const QByteArray head = events.chainRecord()->lastSeal;
        QCOMPARE(head, seals.constLast());
        // ... written back as version 20 kept them: hex digits, the previous seal repeated
        const bool server = storage::Dialect::isPostgres(ws.database().connection());
        const QStringList toVersion20 = server
            ? QStringList {QStringLiteral("ALTER TABLE events DISABLE TRIGGER USER"),
                           QStringLiteral("ALTER TABLE events ALTER COLUMN seal TYPE TEXT"
                                          " USING encode(seal, 'hex')"),
                           QStringLiteral("ALTER TABLE events RENAME COLUMN seal TO hash"),
                           QStringLiteral("ALTER TABLE events ALTER COLUMN hash SET DEFAULT ''"),
                           QStringLiteral("ALTER TABLE events ADD COLUMN prev_hash TEXT NOT NULL"
                                          " DEFAULT ''"),
                           QStringLiteral("UPDATE events SET prev_hash = coalesce((SELECT p.hash"
                                          " FROM events p WHERE p.id < events.id ORDER BY p.id"
                                          " DESC LIMIT 1), '')"),
                           QStringLiteral("ALTER TABLE events ENABLE TRIGGER USER"),
                           QStringLiteral("UPDATE schema_version SET version = 20")}
            : test::eventsAsBeforeVersion21() << QStringLiteral("PRAGMA user_version = 20");
        for (const QString &sql : toVersion20)
            QVERIFY(exec(ws, sql));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT hash FROM events WHERE id = 2")).toByteArray(),
                 seals.at(1));
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT prev_hash FROM events WHERE id = 2")).toByteArray(),
            seals.at(0));
        store.close();

        // WHEN a program opens it
        Workspace &upgraded = store.open();

        // THEN each event keeps its seal, now 32 bytes, the repeated one is gone, and the
        // trail verifies against its key and its anchor as before
        QCOMPARE(storage::Migrations::currentVersion(upgraded.database().connection()),
                 storage::Migrations::latestVersion());
        const storage::EventRepository after(upgraded.database().connection());
        for (qint64 id = 1; id <= count; ++id)
            QCOMPARE(after.sealOf(id).value().value(), seals.at(int(id - 1)));
        QVERIFY(scalar(upgraded,
                       QStringLiteral("SELECT min(length(seal)) = 32 AND"
                                      " max(length(seal)) = 32 FROM events"))
                    .toBool());
        // a file gives the old table's pages back (VACUUM after the upgrade)
        if (!server)
            QCOMPARE(scalar(upgraded, QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
        QVERIFY(!exec(upgraded, QStringLiteral("SELECT prev_hash FROM events")));
        const auto report = verify(upgraded);
        QVERIFY2(report.intact(), qPrintable(findings(report)));
        QVERIFY(report.events >= count);
        // the trail still refuses changes, and takes new events on the chain
        QVERIFY(!exec(upgraded, QStringLiteral("UPDATE events SET note = 'x' WHERE id = 2")));
        QVERIFY(upgraded.complaints().logCall(test::sampleCall(upgraded)).ok());
        QVERIFY(verify(upgraded).intact());
    }
};

QTEST_GUILESS_MAIN(TestSealMigration)
#include "tst_sealmigration.moc"
