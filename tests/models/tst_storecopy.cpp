#include "testsupport.h"

#include "auditservice.h"
#include "authservice.h"
#include "complaintqueries.h"
#include "database.h"
#include "migrations.h"
#include "searchtext.h"
#include "storetransfer.h"
#include "tabletransfer.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::models;
using namespace cd::test;

// copy-store (StoreTransfer): a store of demonstration complaints copied into a new store,
// on an SQLite file here and on the PostgreSQL server as tst_storecopy_pg (the target of
// the first copy follows COMPLAINTDESK_TEST_STORE: SQLite -> PostgreSQL -> SQLite there).
class TestStoreCopy : public QObject
{
    Q_OBJECT

    // A new store made as "init --database" makes it (no administrator) at `fixture`'s path.
    static QString initialised(StoreFixture &fixture)
    {
        auto made = Workspace::create(fixture.path());
        if (!made)
            qFatal("cannot create the target: %s", qPrintable(made.error().message));
        return fixture.path();
    }

    // Every row of every table the copy covers, in key order, as text: "table: v1|v2|...",
    // the store's id aside (each copy has its own: storeIdOf()).
    static QStringList contentOf(const QString &path)
    {
        auto database = storage::Database::open(path, storage::Database::Upgrade::None);
        if (!database)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(database.error().message));
        QStringList lines;
        for (const auto &table : storage::TableTransfer::tables()) {
            const QSqlDatabase db = (*database)->connection();
            auto columns = storage::TableTransfer::columns(db, table);
            auto rows = storage::TableTransfer::readRows(db, table, *columns, {}, 0, 1'000'000);
            if (!columns || !rows)
                qFatal("cannot read %s", qPrintable(table.name));
            const qsizetype storeIdColumn = table.name == QLatin1String("audit_chain")
                ? columns->indexOf(QStringLiteral("store_id"))
                : -1;
            for (const QVariantList &row : *rows) {
                QStringList values;
                for (const QVariant &value : row)
                    values << (value.isValid() ? value.toString() : QStringLiteral("NULL"));
                if (storeIdColumn >= 0)
                    values[storeIdColumn] = QStringLiteral("<store id>");
                if (table.name != QLatin1String("settings")
                    || row.constFirst() != storage::TableTransfer::markerKey())
                    lines << table.name + QStringLiteral(": ") + values.join(u'|');
            }
        }
        return lines;
    }

    static qint64 count(const QString &path, const QString &sql)
    {
        auto database = storage::Database::open(path, storage::Database::Upgrade::None);
        if (!database)
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery query((*database)->connection());
        if (!query.exec(sql) || !query.next())
            qFatal("%s failed", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    static QString storeIdOf(const QString &path)
    {
        auto database = storage::Database::open(path, storage::Database::Upgrade::None);
        if (!database)
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery query((*database)->connection());
        if (!query.exec(QStringLiteral("SELECT store_id FROM audit_chain")) || !query.next())
            qFatal("no store id in %s", qPrintable(path));
        return query.value(0).toString();
    }

    static StoreTransfer::Summary copied(const QString &from, const QString &to)
    {
        auto summary = StoreTransfer::run(from, to, {});
        if (!summary)
            qFatal("copy failed: %s", qPrintable(summary.error().message));
        return *summary;
    }

private Q_SLOTS:
    void roundTripKeepsEverythingAndWorks()
    {
        StoreFixture source(StoreFixture::Store::File);
        fillWithDemo(source, 300);
        const QStringList original = contentOf(source.path());
        QVERIFY(original.filter(QRegularExpression(QStringLiteral("^complaints: "))).size() >= 300);

        StoreFixture middle; // the server in tst_storecopy_pg
        const StoreTransfer::Summary there = copied(source.path(), initialised(middle));
        QVERIFY2(there.verified(), qPrintable(there.mismatches.join(u'\n')));
        QVERIFY(!there.alreadyComplete);
        QCOMPARE(there.targetRows(QStringLiteral("complaints")),
                 count(source.path(), QStringLiteral("SELECT count(*) FROM complaints")));
        QCOMPARE(there.auditEvents,
                 count(source.path(), QStringLiteral("SELECT count(*) FROM events")));
        QCOMPARE(contentOf(middle.path()), original);

        StoreFixture back(StoreFixture::Store::File);
        const StoreTransfer::Summary home = copied(middle.path(), initialised(back));
        QVERIFY2(home.verified(), qPrintable(home.mismatches.join(u'\n')));
        QCOMPARE(contentOf(back.path()), original);

        // Run again: already complete, nothing added.
        const StoreTransfer::Summary again = copied(source.path(), middle.path());
        QVERIFY(again.alreadyComplete);
        QVERIFY(again.verified());
        QCOMPARE(contentOf(middle.path()), original);

        // Each copy is a store of its own (its id names its key and anchor files), so the
        // source and both copies can go on being worked on, each verified against its own
        // anchors.
        const QSet<QString> ids {storeIdOf(source.path()), storeIdOf(middle.path()),
                                 storeIdOf(back.path())};
        QCOMPARE(ids.size(), 3);

        // Each works as a store used directly: verify-audit, search, tallies, the next
        // reference of the day and the next ids.
        const qint64 lastReceived =
            count(source.path(), QStringLiteral("SELECT max(received_at) FROM complaints"));
        for (const QString &path : {middle.path(), back.path(), source.path()}) {
            auto ws = Workspace::open(path, std::make_unique<ManualClock>(lastReceived + 60'000));
            QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
            const QString audit = test::auditProblems(**ws);
            QVERIFY2(audit.isEmpty(), qPrintable(audit));
            QVERIFY((*ws)->auth().signIn(QStringLiteral("tester"), StoreFixture::password()));

            const QString reference =
                scalar(**ws, QStringLiteral("SELECT reference FROM complaints WHERE id = 17"))
                    .toString();
            storage::QueueQuery query;
            query.searchMatch = rules::SearchText::matchQuery(reference);
            auto rows = (*ws)->queries().queuePage(query, std::nullopt, 10);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 1);
            QCOMPARE(rows->constFirst().reference, reference);
            QCOMPARE(scalar(**ws, QStringLiteral("SELECT sum(complaints) FROM complaint_tallies"))
                         .toLongLong(),
                     scalar(**ws, QStringLiteral("SELECT count(*) FROM complaints")).toLongLong());

            const QString day =
                scalar(**ws, QStringLiteral("SELECT max(day) FROM reference_counters")).toString();
            const qint64 last = scalar(**ws,
                                       QStringLiteral("SELECT last FROM reference_counters"
                                                      " WHERE day = '%1'")
                                           .arg(day))
                                    .toLongLong();
            const qint64 maxId =
                scalar(**ws, QStringLiteral("SELECT max(id) FROM complaints")).toLongLong();
            const qint64 maxEvent =
                scalar(**ws, QStringLiteral("SELECT max(id) FROM events")).toLongLong();
            const QList<qint64> logged = logCalls(**ws, 1);
            QCOMPARE(logged.constFirst(), maxId + 1);
            QCOMPARE(complaintOf(**ws, logged.constFirst()).reference,
                     QStringLiteral("TS-%1-%2").arg(day).arg(last + 1, 4, 10, QLatin1Char('0')));
            QVERIFY(scalar(**ws,
                           QStringLiteral("SELECT min(id) FROM events WHERE complaint_id = %1")
                               .arg(logged.constFirst()))
                        .toLongLong()
                    > maxEvent);
            auto after = AuditService::verify((*ws)->database(), {});
            QVERIFY(after && after->intact());
        }
    }

    void resumesWhereItStopped()
    {
        StoreFixture source(StoreFixture::Store::File);
        fillWithDemo(source, 120, 11);
        StoreFixture target;
        initialised(target);

        StoreTransfer::Options stopping;
        stopping.batchRows = 40;
        int batches = 0;
        QString stoppedIn;
        stopping.progress = [&](const StoreTransfer::Progress &progress) {
            stoppedIn = progress.table;
            return progress.table != QLatin1String("complaints") || ++batches < 2;
        };
        auto stopped = StoreTransfer::run(source.path(), target.path(), stopping);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().kind, Error::Kind::Cancelled);
        QCOMPARE(stoppedIn, QStringLiteral("complaints"));
        QCOMPARE(count(target.path(), QStringLiteral("SELECT count(*) FROM complaints")), 80);
        QCOMPARE(count(target.path(), QStringLiteral("SELECT count(*) FROM complaint_search")), 80);

        // Half-copied: nobody works on it.
        auto refused = Workspace::open(target.path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("copy-store")),
                 qPrintable(refused.error().message));

        // Stopped once more further on, then run to its end.
        batches = 0;
        stopping.progress = [&](const StoreTransfer::Progress &progress) {
            stoppedIn = progress.table;
            return progress.table != QLatin1String("events") || ++batches < 2;
        };
        QVERIFY(!StoreTransfer::run(source.path(), target.path(), stopping));
        QCOMPARE(stoppedIn, QStringLiteral("events"));
        stopping.progress = {};
        auto finished = StoreTransfer::run(source.path(), target.path(), stopping);
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().message));
        QVERIFY2(finished->verified(), qPrintable(finished->mismatches.join(u'\n')));
        QVERIFY(!finished->alreadyComplete);
        QCOMPARE(contentOf(target.path()), contentOf(source.path()));
        QVERIFY(Workspace::open(target.path()));
    }

    void refusesATargetWithContent()
    {
        StoreFixture source(StoreFixture::Store::File);
        fillWithDemo(source, 20);
        StoreFixture target;
        logCalls(target.open(), 2);
        target.close();
        const QStringList before = contentOf(target.path());

        auto refused = StoreTransfer::run(source.path(), target.path(), {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(QLatin1String("already holds content")),
                 qPrintable(refused.error().message));
        auto opened = storage::Database::open(target.path(), storage::Database::Upgrade::None);
        QVERIFY(opened);
        QVERIFY(refused.error().message.contains((*opened)->displayName()));
        opened->reset();
        QCOMPARE(contentOf(target.path()), before);
        QVERIFY(Workspace::open(target.path()));
    }

    void refusesASourceOfAnotherSchemaVersion()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(test::storeOfVersion(old, 18));
        StoreFixture target;
        const QStringList before = contentOf(initialised(target));

        auto refused = StoreTransfer::run(old, target.path(), {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("schema version 18")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(old));
        QCOMPARE(contentOf(target.path()), before);
        QVERIFY(Workspace::open(target.path()));
    }
};

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
