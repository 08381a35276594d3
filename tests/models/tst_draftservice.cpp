#include "complaintservice.h"
#include "database.h"
#include "draftservice.h"
#include "storesuite.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

// A Log-call form with every field filled in.
CallDraft everyField(Workspace &ws)
{
    CallDraft d;
    d.phone = QStringLiteral("138 1234 5678");
    d.customerName = QStringLiteral("Wang Fang");
    d.channel = QStringLiteral("SOCIAL_MEDIA");
    d.followUpOf = 42;
    d.categoryId = ws.taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
    d.subcategoryId = ws.taxonomy().subcategoriesOf(*d.categoryId).first().id;
    d.severity = QStringLiteral("P2");
    d.severityChosen = true;
    d.demand = QStringLiteral("COMPENSATION");
    d.businessType = QStringLiteral("POS_ACQUIRING");
    d.amount = QStringLiteral("1,280.50");
    d.transactionRef = QStringLiteral("T2026112500017");
    d.description = QStringLiteral("Deposit of 299 not returned\nafter the terminal was sent back");
    d.solvedOnCall = true;
    d.callStartedAt = ws.clock().nowMs() - 95'000;
    return d;
}

int drafts(Workspace &ws)
{
    return test::rowCount(ws, QStringLiteral("drafts"));
}

} // namespace

class TestDraftService : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldKeepEveryFieldForItsAuthorOnly()
    {
        openAs(QStringLiteral("li"), QStringLiteral("agent"));
        // GIVEN an agent's draft
        const CallDraft typed = everyField(ws());
        QVERIFY(DraftService(ws()).keepCallDraft(typed).ok());

        // THEN it reads back as typed, stamped now
        auto read = DraftService(ws()).callDraft();
        QVERIFY(read.ok());
        QVERIFY(read->has_value());
        CallDraft expected = typed;
        expected.updatedAt = test::wednesdayMorning();
        QCOMPARE(**read, expected);
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT call_started_at FROM drafts")).toLongLong(),
                 *typed.callStartedAt);

        // AND another agent of the same store sees none of it, and keeps their own
        store().signInAs(QStringLiteral("zhao"), QStringLiteral("agent"));
        read = DraftService(ws()).callDraft();
        QVERIFY(read.ok());
        QVERIFY(!read->has_value());
        CallDraft other;
        other.description = QStringLiteral("Another call");
        QVERIFY(DraftService(ws()).keepCallDraft(other).ok());
        QVERIFY(DraftService(ws()).discardCallDraft().ok());
        QCOMPARE(drafts(ws()), 1);
        store().signInAs(QStringLiteral("li"), QStringLiteral("agent"));
        QCOMPARE(DraftService(ws()).callDraft()->value().description, typed.description);

        // AND nobody signed in reads or keeps drafts
        store().close();
        auto unsigned_ = Workspace::open(store().path());
        QVERIFY(unsigned_.ok());
        QVERIFY(!DraftService(**unsigned_).callDraft().ok());
        QVERIFY(!DraftService(**unsigned_).keepCallDraft(typed).ok());
    }

    void shouldReplaceTheDraftAsTheAgentTypesAndMaskCardNumbers()
    {
        CallDraft d;
        d.description = QStringLiteral("Card 6222021234567894 was charged twice");
        QVERIFY(DraftService(ws()).keepCallDraft(d).ok());
        store().clock().advance(2000);
        d.description += QStringLiteral(" on Monday");
        d.transactionRef = QStringLiteral("4111 1111 1111 1111");
        QVERIFY(DraftService(ws()).keepCallDraft(d).ok());

        QCOMPARE(drafts(ws()), 1);
        const CallDraft read = DraftService(ws()).callDraft()->value();
        QCOMPARE(read.description,
                 QStringLiteral("Card 622202******7894 was charged twice on Monday"));
        QCOMPARE(read.transactionRef, QStringLiteral("4111 11** **** 1111"));
        QCOMPARE(read.updatedAt, test::wednesdayMorning() + 2000);
        QVERIFY(!read.callStartedAt);
        QVERIFY(!scalar(ws(), QStringLiteral("SELECT fields FROM drafts"))
                     .toString()
                     .contains(QStringLiteral("6222021234567894")));
    }

    void shouldRemoveTheDraftWithTheSavedCallOnly()
    {
        const auto earlier =
            ws().complaints().logCall(test::sampleCall(ws(), QStringLiteral("13900001111")));
        QVERIFY(earlier.ok());
        CallDraft d;
        d.description = QStringLiteral("typed before the save");
        QVERIFY(DraftService(ws()).keepCallDraft(d).ok());

        // a call the service refuses outright keeps the draft
        NewCallInput invalid = test::sampleCall(ws());
        invalid.phone = QStringLiteral("12345");
        invalid.removesDraft = true;
        QVERIFY(!ws().complaints().logCall(invalid).ok());
        QCOMPARE(drafts(ws()), 1);

        // a save that fails inside its transaction (after the draft's removal) keeps it
        NewCallInput failing = test::sampleCall(ws());
        failing.followUpOf = earlier->complaintId; // a complaint of another caller
        failing.removesDraft = true;
        auto failed = ws().complaints().logCall(failing);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().field, QStringLiteral("follow_up"));
        QCOMPARE(drafts(ws()), 1);

        // a call logged elsewhere (the command line) leaves the form's draft alone
        QVERIFY(ws().complaints().logCall(test::sampleCall(ws())).ok());
        QCOMPARE(drafts(ws()), 1);

        // the form's call, saved, takes its draft with it
        NewCallInput saved = test::sampleCall(ws());
        saved.removesDraft = true;
        QVERIFY(ws().complaints().logCall(saved).ok());
        QCOMPARE(drafts(ws()), 0);
        QVERIFY(!DraftService(ws()).callDraft()->has_value());
    }

    void shouldRemoveDraftsOlderThanTheRetention()
    {
        CallDraft d;
        d.description = QStringLiteral("old");
        QVERIFY(DraftService(ws()).keepCallDraft(d).ok());
        store().signInAs(QStringLiteral("li"), QStringLiteral("agent"));
        store().clock().advance(2LL * 24 * 3600 * 1000);
        d.description = QStringLiteral("recent");
        QVERIFY(DraftService(ws()).keepCallDraft(d).ok());

        store().clock().advance(29LL * 24 * 3600 * 1000); // 31 and 29 days old
        auto removed = DraftService(ws()).removeExpired();
        QVERIFY(removed.ok());
        QCOMPARE(*removed, 1);
        QCOMPARE(DraftService(ws()).callDraft()->value().description, QStringLiteral("recent"));
        store().signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QVERIFY(!DraftService(ws()).callDraft()->has_value());
    }

    void shouldGiveUpQuicklyWhenAnotherProgramWrites()
    {
        if (test::suiteOnServer())
            QSKIP("SQLite's busy timeout: a server store has no lock on a file to wait for.");
        CallDraft d;
        d.description = QStringLiteral("typed while the store is busy");
        QVERIFY(DraftService(ws()).keepCallDraft(d).ok());

        const int busyTimeout = scalar(ws(), QStringLiteral("PRAGMA busy_timeout")).toInt();
        const int synchronous = scalar(ws(), QStringLiteral("PRAGMA synchronous")).toInt();
        QVERIFY(busyTimeout > 1000);

        // GIVEN another program holding the store's write lock
        auto other = storage::Database::open(store().path());
        QVERIFY(other.ok());
        QSqlQuery lock((*other)->connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        // WHEN the agent's draft is kept or discarded
        QElapsedTimer waited;
        waited.start();
        d.description += QStringLiteral(", and more");
        const auto kept = DraftService(ws()).keepCallDraft(d);
        const auto discarded = DraftService(ws()).discardCallDraft();

        // THEN both fail at once (the window goes on; the form tries again later) instead
        // of waiting the connection's busy timeout
        QVERIFY(!kept.ok());
        QVERIFY(!discarded.ok());
        QCOMPARE(kept.error().kind, Error::Kind::Storage);
        QVERIFY2(waited.elapsed() < 1000, qPrintable(QString::number(waited.elapsed())));
        // AND the connection waits as before for every other write, synced as before
        QCOMPARE(scalar(ws(), QStringLiteral("PRAGMA busy_timeout")).toInt(), busyTimeout);
        QCOMPARE(scalar(ws(), QStringLiteral("PRAGMA synchronous")).toInt(), synchronous);

        // AND once the lock is gone the next try keeps the draft
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(DraftService(ws()).keepCallDraft(d).ok());
        QCOMPARE(DraftService(ws()).callDraft()->value().description, d.description);
    }
};

QTEST_MAIN(TestDraftService)
#include "tst_draftservice.moc"
