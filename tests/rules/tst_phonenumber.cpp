#include "phonenumber.h"

#include <QTest>

using cd::rules::PhoneNumbers;

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldNormaliseWhatAgentsType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        QTest::newRow("mobile") << QStringLiteral("13812345678")
                                << QStringLiteral("+8613812345678");
        QTest::newRow("dashes") << QStringLiteral("138-1234-5678")
                                << QStringLiteral("+8613812345678");
        QTest::newRow("spaces") << QStringLiteral(" 138 1234 5678 ")
                                << QStringLiteral("+8613812345678");
        QTest::newRow("+86") << QStringLiteral("+86 138 1234 5678")
                             << QStringLiteral("+8613812345678");
        QTest::newRow("0086") << QStringLiteral("008613812345678")
                              << QStringLiteral("+8613812345678");
        QTest::newRow("Beijing") << QStringLiteral("010-62345678")
                                 << QStringLiteral("+861062345678");
        QTest::newRow("Shanghai") << QStringLiteral("(021) 1234 5678")
                                  << QStringLiteral("+862112345678");
        QTest::newRow("400") << QStringLiteral("400-820-5588") << QStringLiteral("+864008205588");
    }
    void shouldNormaliseWhatAgentsType()
    {
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        const auto number = PhoneNumbers::parse(typed);
        QVERIFY2(number.ok(), qPrintable(typed));
        QCOMPARE(number->e164, e164);
        QVERIFY(!number->national.isEmpty());
    }

    void shouldRejectWhatIsNotANumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("too short") << QStringLiteral("12345");
        QTest::newRow("letters") << QStringLiteral("1381234abcd");
        QTest::newRow("sql") << QStringLiteral("' OR 1=1 --");
        QTest::newRow("emoji") << QStringLiteral("138\U0001F600");
        QTest::newRow("bad prefix") << QStringLiteral("12012345678");
    }
    void shouldRejectWhatIsNotANumber()
    {
        QFETCH(QString, typed);
        const auto number = PhoneNumbers::parse(typed);
        QVERIFY(!number.ok());
        QCOMPARE(number.error().field, QStringLiteral("phone"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
