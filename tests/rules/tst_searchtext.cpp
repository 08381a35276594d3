#include "searchtext.h"

#include <QTest>

using cd::rules::SearchText;

class TestSearchText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldIndexChineseAsPairsAndLatinAsWords()
    {
        const QStringList tokens =
            SearchText::indexTokens(QStringLiteral("退款没到 POS机 TS-20261125-0001")).split(u' ');
        for (const char *expected :
             {"退款", "款没", "没到", "退", "pos", "机", "ts", "20261125", "0001"})
            QVERIFY2(tokens.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!tokens.contains(QStringLiteral("退款没到")));
    }

    // Issue 25, item 5: "refund" finds "refunded". An English word is indexed whole and by
    // its Snowball stem; the query searches the stem, so every form finds every other.
    void shouldIndexAndSearchEnglishWordsByTheirStems()
    {
        const QStringList tokens =
            SearchText::indexTokens(QStringLiteral("Refunded the charges, refunding fees"))
                .split(u' ');
        for (const char *expected :
             {"refunded", "refund", "charges", "charg", "refunding", "fees", "fee"})
            QVERIFY2(tokens.contains(QString::fromUtf8(expected)), expected);
        for (const char *typed : {"refund", "refunded", "Refunds", "refunding"})
            QCOMPARE(SearchText::matchQuery(QString::fromUtf8(typed)),
                     QStringLiteral("\"refund\""));
        QCOMPARE(SearchText::queryPhrases(QStringLiteral("charged 退款没到")),
                 (QList<QStringList> {
                     {QStringLiteral("charg")},
                     {QStringLiteral("退款"), QStringLiteral("款没"), QStringLiteral("没到")}}));
        // numbers and references stay whole
        QCOMPARE(SearchText::matchQuery(QStringLiteral("TS-20261125-0001")),
                 QStringLiteral("\"ts\" \"20261125\" \"0001\""));
    }

    void shouldSearchAChineseWordAsThePhraseOfItsPairs()
    {
        QCOMPARE(SearchText::matchQuery(QStringLiteral("退款")), QStringLiteral("\"退款\""));
        QCOMPARE(SearchText::matchQuery(QStringLiteral("冻结资金")),
                 QStringLiteral("\"冻结 结资 资金\""));
        QCOMPARE(SearchText::matchQuery(QStringLiteral("费率 POS")),
                 QStringLiteral("\"费率\" \"pos\""));
    }

    void shouldNeutraliseSearchSyntax()
    {
        // FTS5 operators, quotes, prefixes, columns and groups become plain words (or nothing)
        QCOMPARE(SearchText::matchQuery(QStringLiteral("\"refund\" AND (deposit OR fee*) NOT -x")),
                 QStringLiteral("\"refund\" \"and\" \"deposit\" \"or\" \"fee\" \"not\" \"x\""));
        QCOMPARE(SearchText::matchQuery(QStringLiteral("tokens:退款")),
                 QStringLiteral("\"token\" \"退款\""));
        QVERIFY(SearchText::matchQuery(QStringLiteral("\" ( ) * - : ^")).isEmpty());
        QVERIFY(SearchText::matchQuery(QString()).isEmpty());
        QVERIFY(SearchText::matchQuery(QStringLiteral("\U0001F621")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
