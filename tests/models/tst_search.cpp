#include "complaintqueries.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "searchtext.h"
#include "testsupport.h"

#include <QTest>

using namespace cd;
using namespace cd::models;

namespace {

QList<QString> found(Workspace &ws, const QString &typed)
{
    storage::QueueQuery query;
    query.searchMatch = rules::SearchText::matchQuery(typed);
    auto rows = ws.queries().queuePage(query, std::nullopt, 100);
    if (!rows)
        qFatal("search failed: %s", qPrintable(rows.error().message));
    QList<QString> references;
    for (const auto &row : *rows)
        references << row.reference;
    return references;
}

QString logged(Workspace &ws, const QString &phone, const QString &text, const QString &name = {})
{
    NewCallInput in = test::sampleCall(ws, phone);
    in.description = text;
    in.customerName = name;
    return ws.complaints().logCall(in)->reference;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldFindTwoCharacterChineseWordsEnglishReferencesAndPhones()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const QString refund = logged(ws, QStringLiteral("13812340001"),
                                      QStringLiteral("申请退款十天了还没到账"), QStringLiteral("王芳"));
        const QString frozen = logged(ws, QStringLiteral("13812340002"),
                                      QStringLiteral("商户资金冻结了,要求解冻"));
        const QString english = logged(ws, QStringLiteral("13812340003"),
                                       QStringLiteral("The POS terminal will not read cards"));
        QCOMPARE(found(ws, QStringLiteral("退款")), QList<QString>{refund});
        QCOMPARE(found(ws, QStringLiteral("冻结")), QList<QString>{frozen});
        QCOMPARE(found(ws, QStringLiteral("资金冻结")), QList<QString>{frozen});
        QVERIFY(found(ws, QStringLiteral("冻结资金")).isEmpty());   // words in that order only
        QCOMPARE(found(ws, QStringLiteral("pos")), QList<QString>{english});
        QCOMPARE(found(ws, QStringLiteral("王芳")), QList<QString>{refund});
        QCOMPARE(found(ws, refund), QList<QString>{refund});
        QCOMPARE(found(ws, QStringLiteral("13812340002")), QList<QString>{frozen});
        QCOMPARE(found(ws, QStringLiteral("0003")), QList<QString>{english});   // phone and reference
    }

    void shouldPageThroughEveryHitNewestFirstWhateverTheSort()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QList<qint64> expected;   // newest logged first
        for (int i = 0; i < 25; ++i) {
            const QString phone = QStringLiteral("1381234%1").arg(1000 + i);
            logged(ws, phone, i % 2 ? QStringLiteral("POS机刷卡没到账") : QStringLiteral("申请退款%1天").arg(i));
        }
        auto all = ws.queries().queuePage({}, std::nullopt, 100);
        QVERIFY(all.ok());
        for (const auto &row : *all) {
            if (row.id % 2 == 1)   // the even i, logged as odd ids: the refunds
                expected << row.id;
        }
        std::sort(expected.begin(), expected.end(), std::greater<>());
        storage::QueueQuery query;
        query.searchMatch = rules::SearchText::matchQuery(QStringLiteral("退款"));
        query.sort = storage::QueueQuery::Sort::Severity;   // ignored by a search
        query.descending = false;
        QList<qint64> seen;
        std::optional<storage::QueueCursor> cursor;
        for (;;) {
            auto page = ws.queries().queuePage(query, cursor, 5);
            QVERIFY(page.ok());
            for (const auto &row : *page)
                seen << row.id;
            if (page->size() < 5)
                break;
            cursor = storage::ComplaintRepository::cursorAfter(page->constLast(), query);
        }
        QCOMPARE(seen, expected);
        QCOMPARE(*ws.queries().queueCount(query), qint64(expected.size()));
    }

    void shouldSearchSyntaxAsPlainTextWithoutErrors()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const QString ref = logged(ws, QStringLiteral("13812340001"),
                                   QStringLiteral("refund AND deposit NOT returned (again)"));
        for (const QString &typed : {QStringLiteral("\""), QStringLiteral("AND"),
                                     QStringLiteral("refund OR"), QStringLiteral("deposit*"),
                                     QStringLiteral("(again"), QStringLiteral("-"),
                                     QStringLiteral("tokens:refund"), QStringLiteral("NOT returned"),
                                     QStringLiteral("\"refund\" \"")}) {
            const QList<QString> hits = found(ws, typed);   // never an error
            QVERIFY(hits.isEmpty() || hits == QList<QString>{ref});
        }
        QCOMPARE(found(ws, QStringLiteral("NOT returned")), QList<QString>{ref});
        QVERIFY(found(ws, QStringLiteral("refund OR nothing")).isEmpty());   // OR is a word
    }

    void shouldForgetTheNameAndNumberOfAnAnonymisedCustomer()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(QDateTime(QDate(2022, 1, 10), QTime(10, 0)).toMSecsSinceEpoch());
        NewCallInput in = test::sampleCall(ws, QStringLiteral("13812340009"));
        in.customerName = QStringLiteral("李雷");
        in.solvedOnCall = true;
        const QString ref = ws.complaints().logCall(in)->reference;
        QCOMPARE(found(ws, QStringLiteral("李雷")), QList<QString>{ref});
        store.clock().set(QDateTime(QDate(2026, 11, 25), QTime(10, 0)).toMSecsSinceEpoch());
        QCOMPARE(*ws.complaints().anonymiseExpiredCustomers(false), 1);
        QVERIFY(found(ws, QStringLiteral("李雷")).isEmpty());
        QVERIFY(found(ws, QStringLiteral("13812340009")).isEmpty());
        QCOMPARE(found(ws, ref), QList<QString>{ref});
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
