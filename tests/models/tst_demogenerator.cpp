#include "demogenerator.h"
#include "testsupport.h"

#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldCoverEveryCategoryChannelSeverityAndStatus()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        DemoGenerator generator(ws, store.clock(), 7);
        auto created = generator.generate(1500);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(*created, 1500);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 1500);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(DISTINCT category_id) FROM complaints")).toInt(), 15);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(DISTINCT channel) FROM complaints")).toInt(), 8);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(DISTINCT severity) FROM complaints")).toInt(), 4);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(DISTINCT status) FROM complaints")).toInt(), 7);
        // within the last 90 days, never in the future
        const qint64 now = test::wednesdayMorning();
        QVERIFY(scalar(ws, QStringLiteral("SELECT min(received_at) FROM complaints")).toLongLong()
                >= now - 90LL * 24 * 3600 * 1000);
        QVERIFY(scalar(ws, QStringLiteral("SELECT max(at) FROM events")).toLongLong() <= now);
        // Chinese and English texts, follow-up calls, and the clock put back
        QVERIFY(scalar(ws, QStringLiteral("SELECT count(*) FROM complaints WHERE description"
                                          " GLOB '*[a-z]*' AND description NOT GLOB '*[^ -~]*'"))
                    .toInt() > 0);
        QVERIFY(scalar(ws, QStringLiteral("SELECT count(*) FROM calls WHERE follow_up = 1")).toInt() > 0);
        QCOMPARE(store.clock().nowMs(), now);
        QCOMPARE(ws.actor().username, QStringLiteral("tester"));
    }

    void shouldBeReproducibleForASeed()
    {
        QStringList texts[2];
        for (int run = 0; run < 2; ++run) {
            test::StoreFixture store;
            Workspace &ws = store.open();
            QVERIFY(DemoGenerator(ws, store.clock(), 42).generate(50).ok());
            texts[run] << scalar(ws, QStringLiteral("SELECT group_concat(reference || description || status, '|')"
                                                    " FROM complaints")).toString();
        }
        QCOMPARE(texts[0], texts[1]);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
