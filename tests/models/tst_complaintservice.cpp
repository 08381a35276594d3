#include "complaintqueries.h"
#include "complaintservice.h"
#include "reference.h"
#include "slaadministration.h"
#include "slasettings.h"
#include "storesuite.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::sampleCall;
using cd::test::scalar;

class TestComplaintService : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldLogACallAsANewComplaintInOneGo()
    {
        QSignalSpy created(&ws().complaints(), &ComplaintService::complaintCreated);
        // GIVEN a caller's complaint with an amount
        NewCallInput in = sampleCall(ws());
        in.amountText = QStringLiteral("1,280.50");
        in.customerName = QStringLiteral("\u5f20\u4e09");
        // WHEN it is saved
        auto outcome = ws().complaints().logCall(in);
        // THEN a complaint, a call and an event exist, with a readable reference
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(outcome->reference, QStringLiteral("TS-20261125-0001"));
        QVERIFY(!outcome->followUp);
        QCOMPARE(created.count(), 1);
        auto detail = ws().queries().detail(outcome->complaintId);
        QVERIFY(detail.ok());
        QCOMPARE(detail->complaint.status, QStringLiteral("NEW"));
        QCOMPARE(detail->complaint.amountFen, std::optional<qint64>(128050));
        QCOMPARE(detail->complaint.receivedAt, test::wednesdayMorning());
        QCOMPARE(detail->customer.phone, QStringLiteral("+8613812345678"));
        QCOMPARE(detail->customer.name, QStringLiteral("\u5f20\u4e09"));
        QCOMPARE(ws().taxonomy().departmentCode(detail->complaint.departmentId),
                 QStringLiteral("CS"));
        QCOMPARE(detail->complaint.severity, QStringLiteral("P3")); // the category's default
        QCOMPARE(detail->calls.size(), 1);
        QCOMPARE(detail->calls.first().durationMs, qint64(95'000));
        QCOMPARE(detail->events.size(), 1);
        QCOMPARE(detail->events.first().type, QStringLiteral("complaint_created"));
        QCOMPARE(detail->events.first().actorName, QStringLiteral("tester"));
    }

    void shouldNumberReferencesPerDayOfReceipt()
    {
        QCOMPARE(ws().complaints().logCall(sampleCall(ws()))->reference,
                 QStringLiteral("TS-20261125-0001"));
        QCOMPARE(ws().complaints().logCall(sampleCall(ws()))->reference,
                 QStringLiteral("TS-20261125-0002"));
        // a historical complaint received on another (Shanghai) day starts its own count
        NewCallInput old = sampleCall(ws());
        old.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(23, 30), rules::businessTimeZone())
                             .toMSecsSinceEpoch();
        QCOMPARE(ws().complaints().logCall(old)->reference, QStringLiteral("TS-20261120-0001"));
    }

    void shouldAttachAFollowUpCallToTheOpenComplaint()
    {
        const auto first = ws().complaints().logCall(sampleCall(ws()));
        QVERIFY(first.ok());
        NewCallInput again;
        again.phone = QStringLiteral("+86 138 1234 5678");
        again.description = QStringLiteral("Calling again, any news?");
        again.followUpOf = first->complaintId;
        auto outcome = ws().complaints().logCall(again);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome->followUp);
        QCOMPARE(outcome->reference, first->reference);
        QCOMPARE(test::rowCount(ws(), QStringLiteral("complaints")), 1);
        auto detail = ws().queries().detail(first->complaintId);
        QCOMPARE(detail->calls.size(), 2);
        QVERIFY(detail->calls.last().followUp);
        QCOMPARE(detail->events.last().type, QStringLiteral("call_attached"));
    }

    void shouldLogACallOnceWhenItsSaveIsSentAgain()
    {
        QSignalSpy created(&ws().complaints(), &ComplaintService::complaintCreated);
        // GIVEN a call saved with a save id (its outcome lost with the connection, say)
        NewCallInput in = sampleCall(ws());
        in.saveId = QStringLiteral("5c1f9e64-3a0b-4d8e-9a57-0d4b2f1c7e21");
        const auto first = ws().complaints().logCall(in);
        QVERIFY(first.ok());
        QVERIFY(!first->alreadySaved);
        // WHEN the same save is sent again
        const auto again = ws().complaints().logCall(in);
        // THEN it names the call the first save made, and nothing more was stored
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(again->alreadySaved);
        QCOMPARE(again->reference, first->reference);
        QCOMPARE(again->complaintId, first->complaintId);
        QCOMPARE(again->callId, first->callId);
        QCOMPARE(again->status, first->status);
        QCOMPARE(created.count(), 1);
        auto detail = ws().queries().detail(first->complaintId);
        QVERIFY(detail.ok());
        QCOMPARE(detail->calls.size(), 1);
        QCOMPARE(detail->events.size(), 1);
        // AND a follow-up with its own save id is attached once too
        NewCallInput followUp;
        followUp.phone = in.phone;
        followUp.description = QStringLiteral("Calling again, any news?");
        followUp.followUpOf = first->complaintId;
        followUp.saveId = QStringLiteral("follow-up-1");
        QVERIFY(ws().complaints().logCall(followUp).ok());
        const auto followUpAgain = ws().complaints().logCall(followUp);
        QVERIFY(followUpAgain.ok());
        QVERIFY(followUpAgain->alreadySaved);
        QVERIFY(followUpAgain->followUp);
        QCOMPARE(ws().queries().detail(first->complaintId)->calls.size(), 2);
        // AND another save id is another call
        in.saveId = QStringLiteral("another-save");
        const auto other = ws().complaints().logCall(in);
        QVERIFY(other.ok());
        QVERIFY(!other->alreadySaved);
        QVERIFY(other->reference != first->reference);
    }

    void shouldRefuseAFollowUpToAnotherCallersComplaint()
    {
        const auto first = ws().complaints().logCall(sampleCall(ws()));
        NewCallInput other;
        other.phone = QStringLiteral("13912345678");
        other.description = QStringLiteral("Not my complaint");
        other.followUpOf = first->complaintId;
        auto outcome = ws().complaints().logCall(other);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().field, QStringLiteral("follow_up"));
        QCOMPARE(test::rowCount(ws(), QStringLiteral("calls")), 1);
        QCOMPARE(test::rowCount(ws(), QStringLiteral("customers")), 1);
    }

    void shouldCloseAComplaintSolvedOnTheCall()
    {
        NewCallInput in = sampleCall(ws());
        in.solvedOnCall = true;
        auto outcome = ws().complaints().logCall(in);
        auto detail = ws().queries().detail(outcome->complaintId);
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
        QTest::newRow("empty description")
            << QStringLiteral("13812345678") << QStringLiteral("  ") << QString()
            << QStringList {QStringLiteral("description")};
        QTest::newRow("invalid phone") << QStringLiteral("12345") << QStringLiteral("x")
                                       << QString() << QStringList {QStringLiteral("phone")};
        QTest::newRow("letters in amount")
            << QStringLiteral("13812345678") << QStringLiteral("x") << QStringLiteral("12abc")
            << QStringList {QStringLiteral("amount")};
        QTest::newRow("negative amount")
            << QStringLiteral("13812345678") << QStringLiteral("x") << QStringLiteral("-3")
            << QStringList {QStringLiteral("amount")};
        QTest::newRow("too long") << QStringLiteral("13812345678")
                                  << QString(ComplaintService::maxDescriptionLength + 1, u'\u8d39')
                                  << QString() << QStringList {QStringLiteral("description")};
        QTest::newRow("everything")
            << QStringLiteral("abc") << QString() << QStringLiteral("-1")
            << QStringList {QStringLiteral("phone"), QStringLiteral("description"),
                            QStringLiteral("amount")};
    }
    void shouldReportEveryBadFieldAndSaveNothing()
    {
        QFETCH(QString, phone);
        QFETCH(QString, description);
        QFETCH(QString, amount);
        QFETCH(QStringList, fields);
        NewCallInput in = sampleCall(ws(), phone);
        in.description = description;
        in.amountText = amount;
        QStringList reported;
        for (const Error &e : ws().complaints().validate(in)) {
            reported << e.field;
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(reported, fields);
        QVERIFY(!ws().complaints().logCall(in).ok());
        QCOMPARE(test::rowCount(ws(), QStringLiteral("complaints")), 0);
        QCOMPARE(test::rowCount(ws(), QStringLiteral("customers")), 0);
        QCOMPARE(
            scalar(ws(),
                   QStringLiteral("SELECT count(*) FROM events WHERE complaint_id IS NOT NULL"))
                .toInt(),
            0);
    }

    void shouldRequireACategoryForANewComplaint()
    {
        NewCallInput in = sampleCall(ws());
        in.categoryId.reset();
        const auto errors = ws().complaints().validate(in);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("category"));
        in.categoryId = ws().taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
        in.subcategoryId =
            ws().taxonomy()
                .subcategoryByCode(
                    ws().taxonomy().categoryByCode(QStringLiteral("FEES_BILLING"))->id,
                    QStringLiteral("RATE_RAISED"))
                ->id;
        QCOMPARE(ws().complaints().validate(in).first().field, QStringLiteral("subcategory"));
    }

    void shouldStoreSqlMetacharactersAndEmojiVerbatim()
    {
        NewCallInput in = sampleCall(ws());
        in.description = QStringLiteral("'); DROP TABLE complaints; -- \U0001F621 \u9000\u6b3e");
        in.customerName = QStringLiteral("O'Brien \"Bob\" \U0001F600");
        in.transactionRef = QStringLiteral("%_\\");
        auto outcome = ws().complaints().logCall(in);
        QVERIFY(outcome.ok());
        auto detail = ws().queries().detail(outcome->complaintId);
        QCOMPARE(detail->complaint.description, in.description);
        QCOMPARE(detail->customer.name, in.customerName);
        QCOMPARE(detail->complaint.transactionRef, in.transactionRef);
    }

    void shouldMoveAlongTheWorkflowWithNotes()
    {
        const qint64 id = ws().complaints().logCall(sampleCall(ws()))->complaintId;
        QSignalSpy changed(&ws().complaints(), &ComplaintService::complaintChanged);
        using S = rules::Status;
        store().clock().advance(3600'000);
        QVERIFY(ws().complaints()
                    .changeStatus(id, S::New, S::Investigating,
                                  QStringLiteral("Pulled the rate history"))
                    .ok());
        QVERIFY(ws().complaints()
                    .changeStatus(id, S::Investigating, S::Replied,
                                  QStringLiteral("Refund of the difference"))
                    .ok());
        QVERIFY(ws().complaints()
                    .changeStatus(id, S::Replied, S::Closed, QStringLiteral("Customer agrees"))
                    .ok());
        QCOMPARE(changed.count(), 3);
        auto detail = ws().queries().detail(id);
        QCOMPARE(detail->complaint.status, QStringLiteral("CLOSED"));
        QCOMPARE(detail->complaint.closedAt,
                 std::optional<qint64>(test::wednesdayMorning() + 3600'000));
        QCOMPARE(detail->events.size(), 4);
        QCOMPARE(detail->events.at(1).fromStatus, QStringLiteral("NEW"));
        QCOMPARE(detail->events.at(1).toStatus, QStringLiteral("INVESTIGATING"));
        QCOMPARE(detail->events.at(1).note, QStringLiteral("Pulled the rate history"));
        // reopening clears the closing time and is its own kind of event
        QVERIFY(ws().complaints()
                    .changeStatus(id, S::Closed, S::Investigating,
                                  QStringLiteral("Customer called back"))
                    .ok());
        detail = ws().queries().detail(id);
        QVERIFY(!detail->complaint.closedAt);
        QCOMPARE(detail->events.last().type, QStringLiteral("reopened"));
    }

    void shouldRefuseIllegalOrStaleMovesAndMissingNotes()
    {
        const qint64 id = ws().complaints().logCall(sampleCall(ws()))->complaintId;
        using S = rules::Status;
        auto jump = ws().complaints().changeStatus(id, S::New, S::Closed, QStringLiteral("done"));
        QVERIFY(!jump.ok());
        QCOMPARE(jump.error().field, QStringLiteral("status"));
        auto noNote =
            ws().complaints().changeStatus(id, S::New, S::Investigating, QStringLiteral(" "));
        QVERIFY(!noNote.ok());
        QCOMPARE(noNote.error().field, QStringLiteral("note"));
        auto stale = ws().complaints().changeStatus(id, S::Assigned, S::Investigating,
                                                    QStringLiteral("late"));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT status FROM complaints")).toString(),
                 QStringLiteral("NEW"));
        QCOMPARE(
            scalar(ws(),
                   QStringLiteral("SELECT count(*) FROM events WHERE complaint_id IS NOT NULL"))
                .toInt(),
            1);
    }

    void shouldRefuseAChangeToAComplaintChangedSinceTheUserSawIt()
    {
        const qint64 id = ws().complaints().logCall(sampleCall(ws()))->complaintId;
        // GIVEN the complaint as the lead saw it
        const ComplaintService::AsSeen seen {id, test::complaintOf(ws(), id).version};
        // AND bob changed it since, at another desk
        store().signInAs(QStringLiteral("bob"), QStringLiteral("agent"));
        QVERIFY(ws().complaints().recordContact(id, QStringLiteral("Called the customer")).ok());
        store().signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        // WHEN the lead escalates it as they saw it
        auto escalated = ws().complaints().escalate(seen, QStringLiteral("customer very upset"));
        // THEN it is refused, naming bob, and nothing of the lead's change is stored
        QVERIFY(!escalated.ok());
        QCOMPARE(escalated.error().kind, Error::Kind::Conflict);
        QVERIFY2(escalated.error().message.contains(QLatin1String("bob")),
                 qPrintable(escalated.error().message));
        QVERIFY(!test::complaintOf(ws(), id).escalatedAt.has_value());
        // AND made again on the complaint as it is now, it applies
        const ComplaintService::AsSeen now {id, test::complaintOf(ws(), id).version};
        QVERIFY(ws().complaints().escalate(now, QStringLiteral("customer very upset")).ok());
        QVERIFY(test::complaintOf(ws(), id).escalatedAt.has_value());
        // AND a change naming no version (a script) applies to the complaint as it is
        QVERIFY(ws().complaints().recordContact(id, QStringLiteral("Called back")).ok());
    }

    void shouldShowTheCallersHistory()
    {
        auto unknown = ws().queries().callerHistory(QStringLiteral("13812345678"));
        QVERIFY(unknown.ok());
        QVERIFY(!unknown->customer);
        QVERIFY(ws().complaints().logCall(sampleCall(ws())).ok());
        store().clock().advance(60'000);
        QVERIFY(
            ws().complaints()
                .logCall(sampleCall(ws(), QStringLiteral("13812345678"), QStringLiteral("REFUND")))
                .ok());
        auto history = ws().queries().callerHistory(QStringLiteral("138-1234-5678"));
        QVERIFY(history.ok());
        QVERIFY(history->customer);
        QCOMPARE(history->complaints.size(), 2);
        QCOMPARE(history->calls.size(), 2);
        QCOMPARE(ws().taxonomy().categoryCode(history->complaints.first().categoryId),
                 QStringLiteral("REFUND")); // newest first
        QVERIFY(!ws().queries().callerHistory(QStringLiteral("not a phone")).ok());
    }

    // Issue 20, reproduction 2: card and ID numbers written the ways that used to be kept
    // whole are masked in every free text a service stores.
    void shouldNeverStoreAWholeCardOrIdNumberInAnyTextField()
    {
        const QString card = QStringLiteral("4111111111111111");
        const QString id = QStringLiteral("11010519491231002X");
        const QStringList written {
            QStringLiteral("\u5361\u53f7\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11"
                           "\uff11\uff11\uff11\uff11\uff11\uff11\uff11"),
            QStringLiteral("4111.1111.1111.1111"),
            QStringLiteral("4111/1111/1111/1111"),
            QStringLiteral("4111  1111  1111  1111"),
            QStringLiteral("\u5361No.4111111111111111"),
            QStringLiteral("card4111111111111111"),
            QStringLiteral("\u8eab\u4efd\u8bc1 110105 19491231 002X")};
        using S = rules::Status;
        for (const QString &number : written) {
            // GIVEN a call whose every text holds the number
            NewCallInput in = sampleCall(ws());
            in.description = QStringLiteral("\u88ab\u76d7\u5237 ") + number;
            in.customerName = number;
            in.transactionRef = number.right(30);
            auto logged = ws().complaints().logCall(in);
            QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.error().message));
            QVERIFY(logged->maskedNumbers >= 1);
            const qint64 complaint = logged->complaintId;
            // WHEN it is worked on with notes, reasons and comments holding it too
            QVERIFY(
                ws().complaints().changeStatus(complaint, S::New, S::Investigating, number).ok());
            QVERIFY(ws().complaints().recordContact(complaint, number).ok());
            QVERIFY(ws().complaints()
                        .promiseCallback(complaint, test::wednesdayMorning() + 3600'000, number)
                        .ok());
            QVERIFY(ws().complaints().escalate(complaint, number).ok());
            QVERIFY(ws().complaints()
                        .changeStatus(complaint, S::Investigating, S::Replied, number)
                        .ok());
            QVERIFY(ws().complaints().recordSatisfaction(complaint, 4, number).ok());
            NewCallInput again = in;
            again.followUpOf = complaint;
            QVERIFY(ws().complaints().logCall(again).ok());
        }
        // THEN nothing in the store holds either number whole
        int texts = 0;
        for (const QString &text : test::storedTexts(ws())) {
            const QString digits = test::digitsIn(text);
            QVERIFY2(!digits.contains(card) && !digits.contains(id), qPrintable(text));
            ++texts;
        }
        QVERIFY(texts > 100);
    }

    // Issue 20, reproduction 5: control characters are refused at the field they are in.
    void shouldRefuseControlCharactersInEveryTextField()
    {
        const QString clear = QStringLiteral("ok\x1b[2J\x1b]0;owned\a");
        NewCallInput in = sampleCall(ws());
        in.description = clear;
        in.customerName = QStringLiteral("A\u202eB");
        in.transactionRef = QStringLiteral("T\x08");
        QStringList fields;
        for (const Error &e : ws().complaints().validate(in)) {
            fields << e.field;
            QVERIFY2(e.message.contains(QStringLiteral("U+")), qPrintable(e.message));
        }
        QCOMPARE(fields,
                 (QStringList {QStringLiteral("description"), QStringLiteral("customer_name"),
                               QStringLiteral("transaction_ref")}));
        QCOMPARE(ws().complaints().logCall(in).error().field, QStringLiteral("description"));

        const qint64 id = ws().complaints().logCall(sampleCall(ws()))->complaintId;
        using S = rules::Status;
        QCOMPARE(ws().complaints().changeStatus(id, S::New, S::Investigating, clear).error().field,
                 QStringLiteral("note"));
        QCOMPARE(ws().complaints().escalate(id, clear).error().field, QStringLiteral("reason"));
        QCOMPARE(ws().complaints().recordContact(id, clear).error().field, QStringLiteral("note"));
        QCOMPARE(ws().complaints()
                     .promiseCallback(id, test::wednesdayMorning() + 3600'000, clear)
                     .error()
                     .field,
                 QStringLiteral("note"));
        QCOMPARE(ws().complaints()
                     .transfer(id,
                               {ws().taxonomy().departmentByCode(QStringLiteral("RISK"))->id, {}},
                               clear)
                     .error()
                     .field,
                 QStringLiteral("reason"));
        // line breaks and tabs are text; a Windows line break is kept as "\n"
        QVERIFY(ws().complaints()
                    .changeStatus(id, S::New, S::Investigating, QStringLiteral("one\r\ntwo\tthree"))
                    .ok());
        QCOMPARE(ws().queries().detail(id)->events.last().note, QStringLiteral("one\ntwo\tthree"));
        QCOMPARE(scalar(ws(),
                        QStringLiteral("SELECT count(*) FROM events WHERE note LIKE '%' || "
                                       "char(27) || '%'"))
                     .toInt(),
                 0);
    }

    // Issue 20, reproduction 8: dates people could not have meant are refused.
    void shouldRefuseImplausibleDates()
    {
        const auto at = [](int year, int month, int day, int hour = 0, int minute = 0) {
            return QDateTime(QDate(year, month, day), QTime(hour, minute),
                             rules::businessTimeZone())
                .toMSecsSinceEpoch();
        };
        NewCallInput in = sampleCall(ws());
        for (const qint64 received :
             {at(1, 1, 1), at(1999, 12, 31, 23, 59), test::wednesdayMorning() + 6 * 60'000}) {
            in.receivedAt = received;
            const auto errors = ws().complaints().validate(in);
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, QStringLiteral("received_at"));
            QVERIFY(errors.first().message.contains(QStringLiteral("2000-01-01")));
            QVERIFY(!ws().complaints().logCall(in).ok());
        }
        in.receivedAt = at(2000, 1, 1);
        QCOMPARE(ws().complaints().logCall(in)->reference, QStringLiteral("TS-20000101-0001"));
        in.receivedAt = test::wednesdayMorning() + 5 * 60'000; // another desk's clock
        QVERIFY(ws().complaints().logCall(in).ok());

        const qint64 id = ws().complaints().logCall(sampleCall(ws()))->complaintId;
        auto far = ws().complaints().promiseCallback(id, at(9999, 12, 31), QString());
        QCOMPARE(far.error().field, QStringLiteral("callback_at"));
        QVERIFY2(far.error().message.contains(QStringLiteral("2027-11-25 10:00")),
                 qPrintable(far.error().message));
        QVERIFY(!ws().complaints().promiseCallback(id, at(2027, 11, 25, 10, 1), QString()).ok());
        QVERIFY(ws().complaints().promiseCallback(id, at(2027, 11, 25, 10, 0), QString()).ok());

        // an extension may not push a deadline beyond a year either: the regulator policy
        // counted in working days, allowing up to 365 of them
        rules::SlaPolicy slow;
        for (const rules::SlaPolicy &policy : ws().slaSettings().policies()) {
            if (policy.regulatorOnly || policy.channel == rules::Channel::Regulator)
                slow = policy;
        }
        slow.resolution = {10, rules::TargetUnit::BusinessDays};
        slow.maxResolutionDays = 365;
        const auto saved = ws().slaAdministration().savePolicy(slow);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        NewCallInput forwarded = sampleCall(ws());
        forwarded.channel = rules::Channel::Regulator;
        const qint64 slowId = ws().complaints().logCall(forwarded)->complaintId;
        auto beyond = ws().complaints().extendDeadline(slowId, 300, QStringLiteral("Bank records"));
        QCOMPARE(beyond.error().field, QStringLiteral("days"));
        QVERIFY2(beyond.error().message.contains(QStringLiteral("more than a year")),
                 qPrintable(beyond.error().message));
        QVERIFY(ws().complaints().extendDeadline(slowId, 100, QStringLiteral("Bank records")).ok());
    }

    // Issue 20, reproduction 8: limits count characters, not UTF-16 units.
    void shouldCountCharactersNotUtf16Units()
    {
        NewCallInput in = sampleCall(ws());
        in.description.clear();
        for (int i = 0; i < 10001; ++i)
            in.description += QString::fromUcs4(U"\U0001F621", 1);
        QVERIFY(ws().complaints().validate(in).isEmpty());
        QVERIFY(ws().complaints().logCall(in).ok());
        in.description.clear();
        for (int i = 0; i <= ComplaintService::maxDescriptionLength; ++i)
            in.description += QString::fromUcs4(U"\U0001F621", 1);
        const auto errors = ws().complaints().validate(in);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(QStringLiteral("20001 characters")),
                 qPrintable(errors.first().message));
    }
};

QTEST_GUILESS_MAIN(TestComplaintService)
#include "tst_complaintservice.moc"
