#include "redaction.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cd::rules;
using cd::test::digitsIn;

namespace {

QString fullWidth(const QString &ascii)
{
    QString wide;
    for (const QChar c : ascii) {
        if (c >= u'0' && c <= u'9')
            wide += QChar(0xff10 + (c.unicode() - u'0'));
        else if (c == u'X')
            wide += QChar(0xff38);
        else if (c == u' ')
            wide += QChar(0x3000);
        else
            wide += c;
    }
    return wide;
}

// `digits` in groups of the given lengths (the last takes the rest), joined by `separator`.
QString grouped(const QString &digits, const QList<int> &lengths, const QString &separator)
{
    QStringList parts;
    int at = 0;
    for (int i = 0; i < lengths.size() && at < digits.size(); ++i) {
        const int length = i + 1 == lengths.size() ? int(digits.size()) - at : lengths.at(i);
        parts << digits.mid(at, length);
        at += length;
    }
    return parts.join(separator);
}

QString luhnCompleted(QString body)
{
    for (char check = '0'; check <= '9'; ++check) {
        if (passesLuhn(body + QLatin1Char(check)))
            return body + QLatin1Char(check);
    }
    return {};
}

QString randomDigits(QRandomGenerator &random, int count)
{
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + random.bounded(10));
    return digits;
}

// The ways people write a number (issue 20): together, in groups joined by spaces, double
// spaces, dots, slashes, dashes or underscores, in full-width digits, glued to a word.
QStringList writings(const QString &number, const QList<int> &groups)
{
    QStringList ways {number};
    for (const QString &separator :
         {QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("."), QStringLiteral("/"),
          QStringLiteral("-"), QStringLiteral("_"), QStringLiteral(" - ")})
        ways << grouped(number, groups, separator);
    ways << fullWidth(number) << fullWidth(grouped(number, groups, QStringLiteral(" ")))
         << QStringLiteral("\u5361No.") + number << QStringLiteral("card") + number
         << QStringLiteral("ID") + grouped(number, groups, QStringLiteral("."));
    return ways;
}

// Sentences a number is written into, Chinese and English.
QStringList sentences(const QString &written)
{
    return {QStringLiteral("\u6211\u7684\u5361\u53f7") + written
                + QStringLiteral("\u6628\u5929\u88ab\u76d7\u5237\u4e863000\u5143"),
            QStringLiteral("\u5361\u53f7\uff1a") + written + QStringLiteral("\u3002"),
            QStringLiteral("Customer says ") + written + QStringLiteral(" was charged twice."),
            written};
}

struct CardFormat
{
    QString prefix;
    int length;
};

// Every card network's prefixes, at each length it issues (written independently of the
// table in redaction.cpp, from the networks' published ranges).
QList<CardFormat> cardFormats()
{
    QList<CardFormat> formats;
    auto add = [&formats](const QStringList &prefixes, const QList<int> &lengths) {
        for (const QString &prefix : prefixes) {
            for (int length : lengths)
                formats.append({prefix, length});
        }
    };
    add({QStringLiteral("4")}, {13, 16, 19}); // Visa
    add({QStringLiteral("51"), QStringLiteral("53"), QStringLiteral("55"), QStringLiteral("2221"),
         QStringLiteral("2500"), QStringLiteral("2720")},
        {16});
    add({QStringLiteral("34"), QStringLiteral("37")}, {15}); // Amex
    add({QStringLiteral("300"), QStringLiteral("305"), QStringLiteral("36"), QStringLiteral("38")},
        {14, 16, 19}); // Diners
    add({QStringLiteral("6011"), QStringLiteral("644"), QStringLiteral("649"),
         QStringLiteral("65")},
        {16, 19}); // Discover
    add({QStringLiteral("3528"), QStringLiteral("3589")}, {16, 17, 18, 19}); // JCB
    add({QStringLiteral("62"), QStringLiteral("81")}, {16, 17, 18, 19}); // UnionPay
    add({QStringLiteral("50"), QStringLiteral("56"), QStringLiteral("58"), QStringLiteral("67")},
        {13, 14, 15, 16, 17, 18, 19}); // Maestro
    add({QStringLiteral("2200"), QStringLiteral("2204")}, {16, 19}); // Mir
    add({QStringLiteral("60"), QStringLiteral("508"), QStringLiteral("82")}, {16}); // RuPay
    add({QStringLiteral("1")}, {15}); // UATP
    add({QStringLiteral("506099"), QStringLiteral("650002")}, {16, 19}); // Verve
    add({QStringLiteral("9792")}, {16}); // Troy
    return formats;
}

QString idNumber(QRandomGenerator &random)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    const QDate birth = QDate(1930, 1, 1).addDays(random.bounded(365 * 80));
    const QString body = QString::number(110000 + random.bounded(540000))
        + birth.toString(QStringLiteral("yyyyMMdd")) + randomDigits(random, 3);
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (body.at(i).unicode() - u'0') * weights[i];
    return body + QLatin1Char(checks[sum % 11]);
}

} // namespace

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
        QTest::newRow("Mastercard, dashes")
            << QStringLiteral("5500-0000-0000-0004") << QStringLiteral("5500-00**-****-0004");
        QTest::newRow("Amex 4-6-5")
            << QStringLiteral("3782 822463 10005") << QStringLiteral("3782 82**** *0005");
        QTest::newRow("UnionPay 19")
            << QStringLiteral("6212260200123456788") << QStringLiteral("621226*********6788");
        QTest::newRow("UnionPay 19 grouped") << QStringLiteral("6212 2602 0012 3456 788")
                                             << QStringLiteral("6212 26** **** ***6 788");
        QTest::newRow("13 digits")
            << QStringLiteral("4222222222222") << QStringLiteral("422222***2222");
        QTest::newRow("two cards") << QStringLiteral("4111111111111111,5500000000000004")
                                   << QStringLiteral("411111******1111,550000******0004");
        QTest::newRow("Mastercard 2-series")
            << QStringLiteral("2223000048400011") << QStringLiteral("222300******0011");
        // issue 20, reproduction 2: the ways that used to be stored whole
        QTest::newRow("full-width digits")
            << QStringLiteral("\u5361\u53f7\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11"
                              "\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11")
            << QStringLiteral("\u5361\u53f7\uff14\uff11\uff11\uff11\uff11\uff11******"
                              "\uff11\uff11\uff11\uff11");
        QTest::newRow("dots") << QStringLiteral("4111.1111.1111.1111")
                              << QStringLiteral("4111.11**.****.1111");
        QTest::newRow("slashes") << QStringLiteral("4111/1111/1111/1111")
                                 << QStringLiteral("4111/11**/****/1111");
        QTest::newRow("double spaces")
            << QStringLiteral("4111  1111  1111  1111") << QStringLiteral("4111  11**  ****  1111");
        QTest::newRow("glued to No.") << QStringLiteral("\u5361No.4111111111111111")
                                      << QStringLiteral("\u5361No.411111******1111");
        QTest::newRow("glued to a word")
            << QStringLiteral("card4111111111111111") << QStringLiteral("card411111******1111");
        QTest::newRow("inside a word")
            << QStringLiteral("ORDER4111111111111111X") << QStringLiteral("ORDER411111******1111X");
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
        QTest::newRow("lower-case x")
            << QStringLiteral("11010519491231002x") << QStringLiteral("110105********002x");
        QTest::newRow("with spaces (issue 20)")
            << QStringLiteral("110105 19491231 002X") << QStringLiteral("110105 ******** 002X");
        QTest::newRow("glued") << QStringLiteral("ID11010519491231002X")
                               << QStringLiteral("ID110105********002X");
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
        QTest::newRow("amount grouped") << QStringLiteral("\u00a51,234,567.89");
        QTest::newRow("date") << QStringLiteral("2026-11-25 2026-11-26");
        QTest::newRow("datetime") << QStringLiteral("2026-11-25 14:03:12");
        QTest::newRow("mobile") << QStringLiteral("13812345678");
        QTest::newRow("mobile grouped") << QStringLiteral("138 1234 5678");
        QTest::newRow("mobile +86") << QStringLiteral("+86 138 1234 5678");
        QTest::newRow("mobile +86 together") << QStringLiteral("+8613812345678");
        QTest::newRow("mobile 0086") << QStringLiteral("008613812345678");
        QTest::newRow("mobile 86") << QStringLiteral("8613812345678");
        QTest::newRow("mobile full-width")
            << QStringLiteral("\uff11\uff13\uff18\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18");
        QTest::newRow("landline") << QStringLiteral("010-62345678");
        QTest::newRow("service number") << QStringLiteral("400-820-5588");
        QTest::newRow("not Luhn") << QStringLiteral("4111111111111112");
        QTest::newRow("not Luhn, dots") << QStringLiteral("4111.1111.1111.1112");
        QTest::newRow("ID bad check digit") << QStringLiteral("110101199003074572");
        QTest::newRow("ID bad date") << QStringLiteral("110101199002304576");
        QTest::newRow("order number") << QStringLiteral("2026112512345678");
        QTest::newRow("rate") << QStringLiteral("0.60% -> 0.68%");
    }
    void shouldLeaveEverythingElseAlone()
    {
        QFETCH(QString, text);
        const Redaction r = redactSensitiveNumbers(text);
        QCOMPARE(r.text, text);
        QVERIFY(!r.changed());
    }

    // Issue 20: thousands of valid card numbers of every network prefix and length, and
    // of ID numbers, each written in every way inside Chinese and English sentences, are
    // never stored whole; what is kept is the first 6 and last 4.
    void shouldNeverKeepAWholeCardOrIdNumber()
    {
        QRandomGenerator random(20);
        int checked = 0;
        for (const CardFormat &format : cardFormats()) {
            for (int sample = 0; sample < 4; ++sample) {
                const QString card = luhnCompleted(
                    format.prefix
                    + randomDigits(random, format.length - int(format.prefix.size()) - 1));
                QVERIFY(isCardNetworkNumber(card));
                const QList<int> groups = format.length == 15 && format.prefix.startsWith(u'3')
                    ? QList<int> {4, 6, 5}
                    : QList<int> {4, 4, 4, 4, 4};
                for (const QString &written : writings(card, groups)) {
                    for (const QString &sentence : sentences(written)) {
                        const Redaction r = redactSensitiveNumbers(sentence);
                        const QString kept = digitsIn(r.text);
                        if (kept.contains(card) || r.cardNumbers != 1)
                            QFAIL(qPrintable(QStringLiteral("kept whole: ") + sentence
                                             + QStringLiteral(" -> ") + r.text));
                        QVERIFY2(kept.contains(card.left(6) + card.right(4)), qPrintable(r.text));
                        ++checked;
                    }
                }
            }
        }
        for (int sample = 0; sample < 150; ++sample) {
            const QString id = idNumber(random);
            for (const QString &written : writings(id, {6, 8, 4})) {
                for (const QString &sentence : sentences(written)) {
                    const Redaction r = redactSensitiveNumbers(sentence);
                    if (digitsIn(r.text).contains(id) || r.idNumbers != 1)
                        QFAIL(qPrintable(QStringLiteral("kept whole: ") + sentence
                                         + QStringLiteral(" -> ") + r.text));
                    ++checked;
                }
            }
        }
        QVERIFY2(checked > 10000, qPrintable(QString::number(checked)));
    }

    // ... and numbers that are not cards come through unchanged, written the same ways.
    void shouldLeaveNonCardNumbersUnchanged()
    {
        QRandomGenerator random(21);
        QStringList numbers;
        for (const CardFormat &format : cardFormats()) {
            // an order number with a card's prefix and length that fails the Luhn check
            const QString valid = luhnCompleted(
                format.prefix
                + randomDigits(random, format.length - int(format.prefix.size()) - 1));
            const QChar wrong(u'0' + (valid.back().unicode() - u'0' + 1 + random.bounded(9)) % 10);
            numbers << valid.left(valid.size() - 1) + wrong;
        }
        for (int sample = 0; sample < 100; ++sample) {
            const QString mobile =
                QStringLiteral("1") + QChar(u'3' + random.bounded(7)) + randomDigits(random, 9);
            numbers << mobile << QStringLiteral("+86 ") + mobile << QStringLiteral("0086") + mobile
                    << QStringLiteral("0") + QString::number(10 + random.bounded(89))
                    + QStringLiteral("-") + randomDigits(random, 8);
            numbers << QString::number(random.bounded(1, 9999999)) + QStringLiteral(".")
                    + randomDigits(random, 2) + QStringLiteral("\u5143");
        }
        int checked = 0;
        for (const QString &number : std::as_const(numbers)) {
            QStringList ways {number, fullWidth(number)};
            if (number.size() == 16 && !number.contains(u' ')) { // an order number
                for (const QString &separator : {QStringLiteral(" "), QStringLiteral("."),
                                                 QStringLiteral("/"), QStringLiteral("-")})
                    ways << grouped(number, {4, 4, 4, 4}, separator);
            }
            for (const QString &written : std::as_const(ways)) {
                for (const QString &sentence : sentences(written)) {
                    const Redaction r = redactSensitiveNumbers(sentence);
                    QVERIFY2(!r.changed() && r.text == sentence,
                             qPrintable(sentence + QStringLiteral(" -> ") + r.text));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 2000);
    }

    void shouldEraseThePersonForAnonymisation()
    {
        int count = 0;
        const QString erased = erasePersonalData(
            QStringLiteral("\u5f20\u4f1f\u6765\u7535\uff0c\u624b\u673a 135 1111 2222\uff0c"
                           "\u5907\u7528+86 139-1234-5678\uff0c\u5ea7\u673a010-62345678\uff0c"
                           "\u5361\u53f7622202******7894\uff0c\u8eab\u4efd\u8bc1"
                           "110105 19491231 002X\uff0c\u91d1\u989d12800.50\u5143\uff0c"
                           "TS-20261125-0001"),
            QStringLiteral("\u5f20\u4f1f"), &count);
        QCOMPARE(erased,
                 QStringLiteral("**\u6765\u7535\uff0c\u624b\u673a *** **** ****\uff0c"
                                "\u5907\u7528+** ***-****-****\uff0c\u5ea7\u673a***-********\uff0c"
                                "\u5361\u53f7****************\uff0c\u8eab\u4efd\u8bc1"
                                "****** ******** ****\uff0c\u91d1\u989d12800.50\u5143\uff0c"
                                "TS-20261125-0001"));
        QCOMPARE(count, 6);
        // a one-character name is not searched for (it would erase every such character)
        QCOMPARE(erasePersonalData(QStringLiteral("\u738b\u5e08\u5085"), QStringLiteral("\u738b")),
                 QStringLiteral("\u738b\u5e08\u5085"));
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
