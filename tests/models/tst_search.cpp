#include "auditservice.h"
#include "complaintqueries.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "eventrepository.h"
#include "queuerepository.h"
#include "searchtext.h"
#include "storesuite.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace cd;
using namespace cd::models;
using cd::test::searchReferences;

namespace {

QString logged(Workspace &ws, const QString &phone, const QString &text, const QString &name = {})
{
    NewCallInput in = test::sampleCall(ws, phone);
    in.description = text;
    in.customerName = name;
    return ws.complaints().logCall(in)->reference;
}

} // namespace

class TestSearch : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldFindTwoCharacterChineseWordsEnglishReferencesAndPhones()
    {
        const QString refund =
            logged(ws(), QStringLiteral("13812340001"), QStringLiteral("申请退款十天了还没到账"),
                   QStringLiteral("王芳"));
        const QString frozen =
            logged(ws(), QStringLiteral("13812340002"), QStringLiteral("商户资金冻结了,要求解冻"));
        const QString english = logged(ws(), QStringLiteral("13812340003"),
                                       QStringLiteral("The POS terminal will not read cards"));
        QCOMPARE(searchReferences(ws(), QStringLiteral("退款")), QList<QString> {refund});
        QCOMPARE(searchReferences(ws(), QStringLiteral("冻结")), QList<QString> {frozen});
        QCOMPARE(searchReferences(ws(), QStringLiteral("资金冻结")), QList<QString> {frozen});
        QVERIFY(searchReferences(ws(), QStringLiteral("冻结资金"))
                    .isEmpty()); // words in that order only
        QCOMPARE(searchReferences(ws(), QStringLiteral("pos")), QList<QString> {english});
        QCOMPARE(searchReferences(ws(), QStringLiteral("王芳")), QList<QString> {refund});
        QCOMPARE(searchReferences(ws(), refund), QList<QString> {refund});
        QCOMPARE(searchReferences(ws(), QStringLiteral("13812340002")), QList<QString> {frozen});
        QCOMPARE(searchReferences(ws(), QStringLiteral("0003")),
                 QList<QString> {english}); // phone and reference
    }

    // Issue 25, item 5: English search finds the other forms of a word; Chinese as before.
    void shouldFindEnglishWordForms()
    {
        const QString refunded = logged(ws(), QStringLiteral("13812340001"),
                                        QStringLiteral("The fee was refunded twice"));
        const QString refunds = logged(ws(), QStringLiteral("13812340002"),
                                       QStringLiteral("Refunds take too long; charged again"));
        const QString chinese =
            logged(ws(), QStringLiteral("13812340003"), QStringLiteral("申请退款十天了还没到账"));
        QCOMPARE(searchReferences(ws(), QStringLiteral("refund")),
                 (QList<QString> {refunds, refunded}));
        QCOMPARE(searchReferences(ws(), QStringLiteral("Refunding")),
                 (QList<QString> {refunds, refunded}));
        QCOMPARE(searchReferences(ws(), QStringLiteral("charges")), QList<QString> {refunds});
        QCOMPARE(searchReferences(ws(), QStringLiteral("fees refunded")),
                 QList<QString> {refunded});
        QCOMPARE(searchReferences(ws(), QStringLiteral("退款")), QList<QString> {chinese});
        QVERIFY(searchReferences(ws(), QStringLiteral("款申")).isEmpty());
    }

    // A store indexed before v17 (words only) is indexed again by stems when it is opened.
    void shouldIndexAnOlderStoreByStemsWhenItIsUpgraded()
    {
        if (test::suiteOnServer())
            QSKIP("a server store starts at v21, already indexed by stems");
        const QString refunded = logged(ws(), QStringLiteral("13812340001"),
                                        QStringLiteral("The fee was refunded twice"));
        test::scalar(ws(),
                     QStringLiteral("UPDATE complaint_search SET tokens ="
                                    " 'the fee was refunded twice'"));
        QVERIFY(searchReferences(ws(), QStringLiteral("refund")).isEmpty());
        test::scalar(ws(), QStringLiteral("PRAGMA user_version = 16"));
        store().close();
        Workspace &reopened = store().open();
        QCOMPARE(searchReferences(reopened, QStringLiteral("refund")), QList<QString> {refunded});
        QCOMPARE(searchReferences(reopened, QStringLiteral("13812340001")),
                 QList<QString> {refunded});
    }

    void shouldPageThroughEveryHitNewestFirstWhateverTheSort()
    {
        QList<qint64> expected; // newest logged first
        for (int i = 0; i < 25; ++i) {
            const QString phone = QStringLiteral("1381234%1").arg(1000 + i);
            logged(ws(), phone,
                   i % 2 ? QStringLiteral("POS机刷卡没到账")
                         : QStringLiteral("申请退款%1天").arg(i));
        }
        auto all = ws().queries().queuePage({}, std::nullopt, 100);
        QVERIFY(all.ok());
        for (const auto &row : *all) {
            if (row.id % 2 == 1) // the even i, logged as odd ids: the refunds
                expected << row.id;
        }
        std::sort(expected.begin(), expected.end(), std::greater<>());
        storage::QueueQuery query;
        query.searchMatch = rules::SearchText::matchQuery(QStringLiteral("退款"));
        query.sort = storage::QueueQuery::Sort::Severity; // ignored by a search
        query.descending = false;
        QList<qint64> seen;
        std::optional<storage::QueueCursor> cursor;
        for (;;) {
            auto page = ws().queries().queuePage(query, cursor, 5);
            QVERIFY(page.ok());
            for (const auto &row : *page)
                seen << row.id;
            if (page->size() < 5)
                break;
            cursor = storage::QueueRepository::cursorAfter(page->constLast(), query);
        }
        QCOMPARE(seen, expected);
        QCOMPARE(*ws().queries().queueCount(query), qint64(expected.size()));
    }

    void shouldSearchSyntaxAsPlainTextWithoutErrors()
    {
        const QString ref = logged(ws(), QStringLiteral("13812340001"),
                                   QStringLiteral("refund AND deposit NOT returned (again)"));
        for (const QString &typed :
             {QStringLiteral("\""), QStringLiteral("AND"), QStringLiteral("refund OR"),
              QStringLiteral("deposit*"), QStringLiteral("(again"), QStringLiteral("-"),
              QStringLiteral("tokens:refund"), QStringLiteral("NOT returned"),
              QStringLiteral("\"refund\" \"")}) {
            const QList<QString> hits = searchReferences(ws(), typed); // never an error
            QVERIFY(hits.isEmpty() || hits == QList<QString> {ref});
        }
        QCOMPARE(searchReferences(ws(), QStringLiteral("NOT returned")), QList<QString> {ref});
        QVERIFY(
            searchReferences(ws(), QStringLiteral("refund OR nothing")).isEmpty()); // OR is a word
    }

    void shouldForgetTheNameAndNumberOfAnAnonymisedCustomer()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(QDateTime(QDate(2022, 1, 10), QTime(10, 0)).toMSecsSinceEpoch());
        NewCallInput in = test::sampleCall(ws, QStringLiteral("13812340009"));
        in.customerName = QStringLiteral("李雷");
        in.solvedOnCall = true;
        const QString ref = ws.complaints().logCall(in)->reference;
        QCOMPARE(searchReferences(ws, QStringLiteral("李雷")), QList<QString> {ref});
        store.clock().set(QDateTime(QDate(2026, 11, 25), QTime(10, 0)).toMSecsSinceEpoch());
        QCOMPARE(*ws.complaints().anonymiseExpiredCustomers(false), 1);
        QVERIFY(searchReferences(ws, QStringLiteral("李雷")).isEmpty());
        QVERIFY(searchReferences(ws, QStringLiteral("13812340009")).isEmpty());
        QCOMPARE(searchReferences(ws, ref), QList<QString> {ref});
    }
    // Issue 20, reproduction 6: after anonymisation nothing finds the person, nothing in
    // the store holds them, and the audit trail still verifies.
    void shouldFindNothingOfAnAnonymisedPersonAnywhere()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(QDateTime(QDate(2022, 1, 10), QTime(10, 0)).toMSecsSinceEpoch());
        const QString phone = QStringLiteral("13511112222");
        const QString name = QStringLiteral("张伟");
        // GIVEN a caller whose name and numbers are in every text of their complaint
        NewCallInput in = test::sampleCall(ws, phone);
        in.customerName = name;
        in.description = QStringLiteral("张伟来电：请回电13511112222或者+86 139 1234 5678，"
                                        "卡号4111 1111 1111 1111，身份证110105 19491231 002X");
        in.transactionRef = QStringLiteral("REF 135-1111-2222");
        const auto logged = ws.complaints().logCall(in);
        QVERIFY(logged.ok());
        const qint64 id = logged->complaintId;
        const QString ref = logged->reference;
        using S = rules::Status;
        auto &complaints = ws.complaints();
        QVERIFY(complaints
                    .changeStatus(id, S::New, S::Investigating,
                                  QStringLiteral("张伟 asks to call 135 1111 2222"))
                    .ok());
        QVERIFY(
            complaints.recordContact(id, QStringLiteral("called 13511112222, 张伟 answered")).ok());
        QVERIFY(complaints
                    .promiseCallback(id, store.clock().nowMs() + 3600'000,
                                     QStringLiteral("call 张伟 back on 13511112222"))
                    .ok());
        QVERIFY(complaints
                    .changeStatus(id, S::Investigating, S::WaitingCustomer,
                                  QStringLiteral("waiting for 张伟 (13511112222)"))
                    .ok());
        QVERIFY(complaints
                    .changeStatus(id, S::WaitingCustomer, S::Investigating,
                                  QStringLiteral("bill from 13511112222 received"))
                    .ok());
        QVERIFY(complaints.escalate(id, QStringLiteral("张伟 calls the press, 13511112222")).ok());
        NewCallInput again = test::sampleCall(ws, phone);
        again.followUpOf = id;
        again.description = QStringLiteral("张伟 again from 0086 135 1111 2222");
        QVERIFY(complaints.logCall(again).ok());
        QVERIFY(complaints
                    .changeStatus(id, S::Investigating, S::Replied,
                                  QStringLiteral("told 张伟 on 13511112222"))
                    .ok());
        QVERIFY(
            complaints.recordSatisfaction(id, 2, QStringLiteral("张伟: 13511112222 after 6")).ok());
        QVERIFY(complaints.changeStatus(id, S::Replied, S::Closed, QStringLiteral("closed")).ok());
        QCOMPARE(searchReferences(ws, phone), QList<QString> {ref});
        QCOMPARE(searchReferences(ws, name), QList<QString> {ref});

        // WHEN the retention period is over and anonymisation runs
        store.clock().set(QDateTime(QDate(2026, 11, 25), QTime(10, 0)).toMSecsSinceEpoch());
        QCOMPARE(*ws.complaints().anonymiseExpiredCustomers(false), 1);

        // THEN search finds nothing by the number, in any form, the name or the other number
        for (const QString &typed : {phone, QStringLiteral("135 1111 2222"), QStringLiteral("2222"),
                                     name, QStringLiteral("13912345678"), QStringLiteral("002X")})
            QVERIFY2(searchReferences(ws, typed).isEmpty(), qPrintable(typed));
        QCOMPARE(searchReferences(ws, ref), QList<QString> {ref}); // the complaint itself stays
        // no text of the complaint, its calls, pauses, events or search rows holds them
        const QStringList personal {
            QStringLiteral("complaints."),     QStringLiteral("calls."),
            QStringLiteral("customers."),      QStringLiteral("sla_pauses."),
            QStringLiteral("events.note"),     QStringLiteral("events.details"),
            QStringLiteral("complaint_search")};
        int read = 0;
        for (const QString &text : test::storedTexts(ws)) {
            if (std::none_of(personal.cbegin(), personal.cend(),
                             [&](const QString &p) { return text.startsWith(p); }))
                continue;
            ++read;
            const QString value = text.section(QStringLiteral(": "), 1);
            const QString digits = test::digitsIn(value);
            QVERIFY2(!value.contains(name), qPrintable(text));
            for (const QString &number : {phone, QStringLiteral("13912345678"),
                                          QStringLiteral("411111"), QStringLiteral("110105")})
                QVERIFY2(!digits.contains(number), qPrintable(text));
        }
        QVERIFY(read > 20);
        // the audit trail verifies, and says what was erased where
        // (verify-audit's whole verification: the sealed chain, its anchor, each complaint)
        const QString verified = test::auditProblems(ws);
        QVERIFY2(verified.isEmpty(), qPrintable(verified));
        QCOMPARE(test::scalar(ws,
                              QStringLiteral("SELECT count(*) FROM events WHERE type = "
                                             "'personal_data_erased' AND complaint_id = %1")
                                  .arg(id))
                     .toInt(),
                 1);
        // nor does the file: erased content is overwritten, the index compacted, the log empty
        // (a server's files are the server's to keep)
        if (ws.database().isServer())
            return;
        store.close();
        QByteArray file;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile raw(store.path() + suffix);
            if (raw.open(QIODevice::ReadOnly))
                file += raw.readAll();
        }
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(phone.toUtf8()));
        QVERIFY(!file.contains(name.toUtf8()));
        QVERIFY(!file.contains("13912345678"));
    }

    // The erasure is the one change an event may take: any other change to an erased
    // event is still caught.
    void shouldStillCatchAChangedEventAfterAnErasure()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(QDateTime(QDate(2022, 1, 10), QTime(10, 0)).toMSecsSinceEpoch());
        NewCallInput in = test::sampleCall(ws, QStringLiteral("13511112222"));
        in.solvedOnCall = true;
        const qint64 id = ws.complaints().logCall(in)->complaintId;
        QVERIFY(ws.complaints()
                    .changeStatus(id, rules::Status::Closed, rules::Status::Investigating,
                                  QStringLiteral("call 13511112222"))
                    .ok());
        QVERIFY(ws.complaints()
                    .changeStatus(id, rules::Status::Investigating, rules::Status::Replied,
                                  QStringLiteral("told"))
                    .ok());
        QVERIFY(ws.complaints()
                    .changeStatus(id, rules::Status::Replied, rules::Status::Closed,
                                  QStringLiteral("done"))
                    .ok());
        store.clock().set(QDateTime(QDate(2026, 11, 25), QTime(10, 0)).toMSecsSinceEpoch());
        QCOMPARE(*ws.complaints().anonymiseExpiredCustomers(false), 1);
        const QString before = test::auditProblems(ws);
        QVERIFY2(before.isEmpty(), qPrintable(before));
        const qint64 erased =
            test::scalar(ws, QStringLiteral("SELECT id FROM events WHERE note LIKE 'call *%'"))
                .toLongLong();
        QVERIFY(erased > 0);
        QSqlQuery tamper(ws.database().connection());
        QVERIFY(tamper.exec(test::eventGuardsDropped(ws.database().isServer()).first()));
        QVERIFY(
            tamper.exec(QStringLiteral("UPDATE events SET note = 'call 13600000000' WHERE id = %1")
                            .arg(erased)));
        auto after = AuditService::verify(ws.database(), {});
        QVERIFY(after.ok());
        QVERIFY(!after->intact());
        QVERIFY2(after->findings.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("event %1 was changed").arg(erased)),
                 qPrintable(after->findings.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
