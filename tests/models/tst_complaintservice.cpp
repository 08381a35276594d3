#include "complaintqueries.h"
#include "complaintservice.h"
#include "reference.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::sampleCall;
using cd::test::scalar;

class TestComplaintService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldLogACallAsANewComplaintInOneGo()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QSignalSpy created(&ws.complaints(), &ComplaintService::complaintCreated);
        // GIVEN a caller's complaint with an amount
        NewCallInput in = sampleCall(ws);
        in.amountText = QStringLiteral("1,280.50");
        in.customerName = QStringLiteral("\u5f20\u4e09");
        // WHEN it is saved
        auto outcome = ws.complaints().logCall(in);
        // THEN a complaint, a call and an event exist, with a readable reference
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(outcome->reference, QStringLiteral("TS-20261125-0001"));
        QVERIFY(!outcome->followUp);
        QCOMPARE(created.count(), 1);
        auto detail = ws.queries().detail(outcome->complaintId);
        QVERIFY(detail.ok());
        QCOMPARE(detail->complaint.status, QStringLiteral("NEW"));
        QCOMPARE(detail->complaint.amountFen, std::optional<qint64>(128050));
        QCOMPARE(detail->complaint.receivedAt, test::wednesdayMorning());
        QCOMPARE(detail->customer.phone, QStringLiteral("+8613812345678"));
        QCOMPARE(detail->customer.name, QStringLiteral("\u5f20\u4e09"));
        QCOMPARE(ws.taxonomy().departmentCode(detail->complaint.departmentId), QStringLiteral("CS"));
        QCOMPARE(detail->complaint.severity, QStringLiteral("P3"));   // the category's default
        QCOMPARE(detail->calls.size(), 1);
        QCOMPARE(detail->calls.first().durationMs, qint64(95'000));
        QCOMPARE(detail->events.size(), 1);
        QCOMPARE(detail->events.first().type, QStringLiteral("complaint_created"));
        QCOMPARE(detail->events.first().actorName, QStringLiteral("tester"));
    }

    void shouldNumberReferencesPerDayOfReceipt()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QCOMPARE(ws.complaints().logCall(sampleCall(ws))->reference,
                 QStringLiteral("TS-20261125-0001"));
        QCOMPARE(ws.complaints().logCall(sampleCall(ws))->reference,
                 QStringLiteral("TS-20261125-0002"));
        // a historical complaint received on another (Shanghai) day starts its own count
        NewCallInput old = sampleCall(ws);
        old.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(23, 30), rules::businessTimeZone())
                             .toMSecsSinceEpoch();
        QCOMPARE(ws.complaints().logCall(old)->reference, QStringLiteral("TS-20261120-0001"));
    }

    void shouldAttachAFollowUpCallToTheOpenComplaint()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const auto first = ws.complaints().logCall(sampleCall(ws));
        QVERIFY(first.ok());
        NewCallInput again;
        again.phone = QStringLiteral("+86 138 1234 5678");
        again.description = QStringLiteral("Calling again, any news?");
        again.followUpOf = first->complaintId;
        auto outcome = ws.complaints().logCall(again);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome->followUp);
        QCOMPARE(outcome->reference, first->reference);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 1);
        auto detail = ws.queries().detail(first->complaintId);
        QCOMPARE(detail->calls.size(), 2);
        QVERIFY(detail->calls.last().followUp);
        QCOMPARE(detail->events.last().type, QStringLiteral("call_attached"));
    }

    void shouldRefuseAFollowUpToAnotherCallersComplaint()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const auto first = ws.complaints().logCall(sampleCall(ws));
        NewCallInput other;
        other.phone = QStringLiteral("13912345678");
        other.description = QStringLiteral("Not my complaint");
        other.followUpOf = first->complaintId;
        auto outcome = ws.complaints().logCall(other);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().field, QStringLiteral("follow_up"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM calls")).toInt(), 1);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 1);
    }

    void shouldCloseAComplaintSolvedOnTheCall()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput in = sampleCall(ws);
        in.solvedOnCall = true;
        auto outcome = ws.complaints().logCall(in);
        auto detail = ws.queries().detail(outcome->complaintId);
        QCOMPARE(detail->complaint.status, QStringLiteral("CLOSED"));
        QVERIFY(detail->complaint.solvedOnCall);
        QCOMPARE(detail->complaint.closedAt, std::optional<qint64>(test::wednesdayMorning()));
        QCOMPARE(detail->assigneeName, QStringLiteral("tester"));
    }

    void shouldReportEveryBadFieldAndSaveNothing_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("empty description") << QStringLiteral("13812345678") << QStringLiteral("  ")
                                           << QString() << QStringList{QStringLiteral("description")};
        QTest::newRow("invalid phone") << QStringLiteral("12345") << QStringLiteral("x") << QString()
                                       << QStringList{QStringLiteral("phone")};
        QTest::newRow("letters in amount") << QStringLiteral("13812345678") << QStringLiteral("x")
                                           << QStringLiteral("12abc")
                                           << QStringList{QStringLiteral("amount")};
        QTest::newRow("negative amount") << QStringLiteral("13812345678") << QStringLiteral("x")
                                         << QStringLiteral("-3")
                                         << QStringList{QStringLiteral("amount")};
        QTest::newRow("too long") << QStringLiteral("13812345678")
                                  << QString(ComplaintService::maxDescriptionLength + 1, u'\u8d39')
                                  << QString() << QStringList{QStringLiteral("description")};
        QTest::newRow("everything") << QStringLiteral("abc") << QString() << QStringLiteral("-1")
                                    << QStringList{QStringLiteral("phone"),
                                                   QStringLiteral("description"),
                                                   QStringLiteral("amount")};
    }
    void shouldReportEveryBadFieldAndSaveNothing()
    {
        QFETCH(QString, phone);
        QFETCH(QString, description);
        QFETCH(QString, amount);
        QFETCH(QStringList, fields);
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput in = sampleCall(ws, phone);
        in.description = description;
        in.amountText = amount;
        QStringList reported;
        for (const Error &e : ws.complaints().validate(in)) {
            reported << e.field;
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(reported, fields);
        QVERIFY(!ws.complaints().logCall(in).ok());
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 0);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 0);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM events WHERE complaint_id IS NOT NULL")).toInt(), 0);
    }

    void shouldRequireACategoryForANewComplaint()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput in = sampleCall(ws);
        in.categoryId.reset();
        const auto errors = ws.complaints().validate(in);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("category"));
        in.categoryId = ws.taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
        in.subcategoryId = ws.taxonomy().subcategoryByCode(
            ws.taxonomy().categoryByCode(QStringLiteral("FEES_BILLING"))->id,
            QStringLiteral("RATE_RAISED"))->id;
        QCOMPARE(ws.complaints().validate(in).first().field, QStringLiteral("subcategory"));
    }

    void shouldStoreSqlMetacharactersAndEmojiVerbatim()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput in = sampleCall(ws);
        in.description = QStringLiteral("'); DROP TABLE complaints; -- \U0001F621 \u9000\u6b3e");
        in.customerName = QStringLiteral("O'Brien \"Bob\" \U0001F600");
        in.transactionRef = QStringLiteral("%_\\");
        auto outcome = ws.complaints().logCall(in);
        QVERIFY(outcome.ok());
        auto detail = ws.queries().detail(outcome->complaintId);
        QCOMPARE(detail->complaint.description, in.description);
        QCOMPARE(detail->customer.name, in.customerName);
        QCOMPARE(detail->complaint.transactionRef, in.transactionRef);
    }

    void shouldMoveAlongTheWorkflowWithNotes()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 id = ws.complaints().logCall(sampleCall(ws))->complaintId;
        QSignalSpy changed(&ws.complaints(), &ComplaintService::complaintChanged);
        using S = rules::Status;
        store.clock().advance(3600'000);
        QVERIFY(ws.complaints().changeStatus(id, S::New, S::Investigating,
                                             QStringLiteral("Pulled the rate history")).ok());
        QVERIFY(ws.complaints().changeStatus(id, S::Investigating, S::Replied,
                                             QStringLiteral("Refund of the difference")).ok());
        QVERIFY(ws.complaints().changeStatus(id, S::Replied, S::Closed,
                                             QStringLiteral("Customer agrees")).ok());
        QCOMPARE(changed.count(), 3);
        auto detail = ws.queries().detail(id);
        QCOMPARE(detail->complaint.status, QStringLiteral("CLOSED"));
        QCOMPARE(detail->complaint.closedAt, std::optional<qint64>(test::wednesdayMorning() + 3600'000));
        QCOMPARE(detail->events.size(), 4);
        QCOMPARE(detail->events.at(1).fromStatus, QStringLiteral("NEW"));
        QCOMPARE(detail->events.at(1).toStatus, QStringLiteral("INVESTIGATING"));
        QCOMPARE(detail->events.at(1).note, QStringLiteral("Pulled the rate history"));
        // reopening clears the closing time and is its own kind of event
        QVERIFY(ws.complaints().changeStatus(id, S::Closed, S::Investigating,
                                             QStringLiteral("Customer called back")).ok());
        detail = ws.queries().detail(id);
        QVERIFY(!detail->complaint.closedAt);
        QCOMPARE(detail->events.last().type, QStringLiteral("reopened"));
    }

    void shouldRefuseIllegalOrStaleMovesAndMissingNotes()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 id = ws.complaints().logCall(sampleCall(ws))->complaintId;
        using S = rules::Status;
        auto jump = ws.complaints().changeStatus(id, S::New, S::Closed, QStringLiteral("done"));
        QVERIFY(!jump.ok());
        QCOMPARE(jump.error().field, QStringLiteral("status"));
        auto noNote = ws.complaints().changeStatus(id, S::New, S::Investigating, QStringLiteral(" "));
        QVERIFY(!noNote.ok());
        QCOMPARE(noNote.error().field, QStringLiteral("note"));
        auto stale = ws.complaints().changeStatus(id, S::Assigned, S::Investigating,
                                                  QStringLiteral("late"));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT status FROM complaints")).toString(),
                 QStringLiteral("NEW"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM events WHERE complaint_id IS NOT NULL")).toInt(), 1);
    }

    void shouldShowTheCallersHistory()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        auto unknown = ws.queries().callerHistory(QStringLiteral("13812345678"));
        QVERIFY(unknown.ok());
        QVERIFY(!unknown->customer);
        QVERIFY(ws.complaints().logCall(sampleCall(ws)).ok());
        store.clock().advance(60'000);
        QVERIFY(ws.complaints().logCall(sampleCall(ws, QStringLiteral("13812345678"),
                                                    QStringLiteral("REFUND"))).ok());
        auto history = ws.queries().callerHistory(QStringLiteral("138-1234-5678"));
        QVERIFY(history.ok());
        QVERIFY(history->customer);
        QCOMPARE(history->complaints.size(), 2);
        QCOMPARE(history->calls.size(), 2);
        QCOMPARE(ws.taxonomy().categoryCode(history->complaints.first().categoryId),
                 QStringLiteral("REFUND"));   // newest first
        QVERIFY(!ws.queries().callerHistory(QStringLiteral("not a phone")).ok());
    }
};

QTEST_GUILESS_MAIN(TestComplaintService)
#include "tst_complaintservice.moc"
