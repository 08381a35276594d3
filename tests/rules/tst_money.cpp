#include "money.h"

#include <QTest>

using cd::rules::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldParseYuanToFen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << qint64(1250);
        QTest::newRow("two decimals") << QStringLiteral("1280.05") << qint64(128005);
        QTest::newRow("grouped") << QStringLiteral("1,234.50") << qint64(123450);
        QTest::newRow("yuan sign") << QStringLiteral("\u00a5 99.99") << qint64(9999);
        QTest::newRow("full-width sign") << QStringLiteral("\uffe53") << qint64(300);
        QTest::newRow("yuan suffix") << QStringLiteral("8\u5143") << qint64(800);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("one fen") << QStringLiteral("0.01") << qint64(1);
        QTest::newRow("spaces") << QStringLiteral("  7.10 ") << qint64(710);
    }
    void shouldParseYuanToFen()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto parsed = Money::parseYuan(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed.value(), fen);
    }

    void shouldRejectBadAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("letters") << QStringLiteral("12a");
        QTest::newRow("word") << QStringLiteral("twelve");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("three decimals") << QStringLiteral("1.005");
        QTest::newRow("two points") << QStringLiteral("1.2.3");
        QTest::newRow("sql") << QStringLiteral("1; DROP TABLE complaints");
        QTest::newRow("huge") << QStringLiteral("99999999999999");
        QTest::newRow("only point") << QStringLiteral(".");
    }
    void shouldRejectBadAmounts()
    {
        QFETCH(QString, text);
        const auto parsed = Money::parseYuan(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, QStringLiteral("amount"));
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void shouldFormatFenAsYuan()
    {
        QCOMPARE(Money::formatYuan(0), QStringLiteral("0.00"));
        QCOMPARE(Money::formatYuan(5), QStringLiteral("0.05"));
        QCOMPARE(Money::formatYuan(123450), QStringLiteral("1234.50"));
        QCOMPARE(Money::parseYuan(Money::formatYuan(987654321)).value(), qint64(987654321));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
