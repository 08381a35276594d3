#include "redaction.h"

#include <QTest>

using namespace cd::rules;

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldMaskEveryCardFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("UnionPay 16, together")
            << QStringLiteral("\u5361\u53f76222021234567894\u88ab\u76d7\u5237")
            << QStringLiteral("\u5361\u53f7622202******7894\u88ab\u76d7\u5237");
        QTest::newRow("Visa, spaces") << QStringLiteral("card 4111 1111 1111 1111 please")
                                      << QStringLiteral("card 4111 11** **** 1111 please");
        QTest::newRow("Mastercard, dashes") << QStringLiteral("5500-0000-0000-0004")
                                            << QStringLiteral("5500-00**-****-0004");
        QTest::newRow("Amex 4-6-5") << QStringLiteral("3782 822463 10005")
                                    << QStringLiteral("3782 82**** *0005");
        QTest::newRow("UnionPay 19") << QStringLiteral("6212260200123456788")
                                     << QStringLiteral("621226*********6788");
        QTest::newRow("UnionPay 19 grouped") << QStringLiteral("6212 2602 0012 3456 788")
                                             << QStringLiteral("6212 26** **** ***6 788");
        QTest::newRow("13 digits") << QStringLiteral("4222222222222")
                                   << QStringLiteral("422222***2222");
        QTest::newRow("two cards") << QStringLiteral("4111111111111111,5500000000000004")
                                   << QStringLiteral("411111******1111,550000******0004");
        QTest::newRow("Mastercard 2-series") << QStringLiteral("2223000048400011")
                                             << QStringLiteral("222300******0011");
    }
    void shouldMaskEveryCardFormat()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        const Redaction r = redactSensitiveNumbers(text);
        QCOMPARE(r.text, masked);
        QVERIFY(r.cardNumbers >= 1);
        QCOMPARE(r.idNumbers, 0);
    }

    void shouldMaskIdNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("digit check") << QStringLiteral("\u8eab\u4efd\u8bc1110101199003074573")
                                     << QStringLiteral("\u8eab\u4efd\u8bc1110101********4573");
        QTest::newRow("X check") << QStringLiteral("ID 11010519491231002X ok")
                                 << QStringLiteral("ID 110105********002X ok");
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x")
                                      << QStringLiteral("110105********002x");
    }
    void shouldMaskIdNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        const Redaction r = redactSensitiveNumbers(text);
        QCOMPARE(r.text, masked);
        QCOMPARE(r.idNumbers, 1);
    }

    void shouldLeaveEverythingElseAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("reference") << QStringLiteral("TS-20261125-0001");
        QTest::newRow("amount") << QStringLiteral("\u00a51234567890123.45");
        QTest::newRow("amount plain") << QStringLiteral("12800.50\u5143");
        QTest::newRow("date") << QStringLiteral("2026-11-25 2026-11-26");
        QTest::newRow("datetime") << QStringLiteral("2026-11-25 14:03:12");
        QTest::newRow("mobile") << QStringLiteral("13812345678");
        QTest::newRow("mobile +86") << QStringLiteral("+86 138 1234 5678");
        QTest::newRow("mobile +86 together") << QStringLiteral("+8613812345678");
        QTest::newRow("mobile 0086") << QStringLiteral("008613812345678");
        QTest::newRow("mobile 86") << QStringLiteral("8613812345678");
        QTest::newRow("landline") << QStringLiteral("010-62345678");
        QTest::newRow("not Luhn") << QStringLiteral("4111111111111112");
        QTest::newRow("ID bad check digit") << QStringLiteral("110101199003074572");
        QTest::newRow("ID bad date") << QStringLiteral("110101199002304576");
        QTest::newRow("order number") << QStringLiteral("2026112512345678");
        QTest::newRow("inside a word") << QStringLiteral("ORDER4111111111111111X");
        QTest::newRow("rate") << QStringLiteral("0.60% -> 0.68%");
    }
    void shouldLeaveEverythingElseAlone()
    {
        QFETCH(QString, text);
        const Redaction r = redactSensitiveNumbers(text);
        QCOMPARE(r.text, text);
        QVERIFY(!r.changed());
    }

    void shouldMaskPhones()
    {
        QCOMPARE(maskPhone(QStringLiteral("138 1234 5678")), QStringLiteral("138****5678"));
        QCOMPARE(maskPhone(QStringLiteral("+8613812345678")), QStringLiteral("138****5678"));
        QCOMPARE(maskPhone(QStringLiteral("010 6234 5678")), QStringLiteral("010****5678"));
        QCOMPARE(maskPhone(QStringLiteral("400 820 5588")), QStringLiteral("400*****88"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
