#include "incomingcall.h"

#include <QTest>

using namespace cd::rules;

class TestIncomingCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldReadTheNumberOfATelUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("number");
        QTest::newRow("plain") << "tel:+8613812345678"
                               << "+8613812345678";
        QTest::newRow("dashes") << "tel:+86-138-1234-5678"
                                << "+8613812345678";
        QTest::newRow("escaped spaces") << "tel:+86%20138%201234%205678"
                                        << "+8613812345678";
        QTest::newRow("dots and brackets") << "tel:(010).6234.5678"
                                           << "01062345678";
        QTest::newRow("parameters") << "tel:13812345678;phone-context=example.com"
                                    << "13812345678";
        QTest::newRow("scheme in capitals") << "TEL:13812345678"
                                            << "13812345678";
    }

    void shouldReadTheNumberOfATelUri()
    {
        QFETCH(QString, uri);
        QFETCH(QString, number);
        QVERIFY(IncomingCalls::isTelUri(uri));
        const auto read = IncomingCalls::numberFromTelUri(uri);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, number);
    }

    void shouldRefuseATelUriWithoutANumber_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("empty") << "tel:";
        QTest::newRow("letters") << "tel:+86abc";
        QTest::newRow("only parameters") << "tel:;phone-context=x";
        QTest::newRow("too long") << QString(QStringLiteral("tel:+") + QString(40, u'1'));
        QTest::newRow("other scheme") << "sip:13812345678@pbx";
    }

    void shouldRefuseATelUriWithoutANumber()
    {
        QFETCH(QString, uri);
        const auto read = IncomingCalls::numberFromTelUri(uri);
        QVERIFY(!read);
        QCOMPARE(read.error().field, QStringLiteral("phone"));
    }

    void shouldJoinANumberGivenAsSeveralWords()
    {
        const auto number =
            IncomingCalls::numberFromWords({QStringLiteral("+86"), QStringLiteral("138"),
                                            QStringLiteral("1234"), QStringLiteral(" 5678")});
        QVERIFY(number);
        QCOMPARE(*number, QStringLiteral("+86 138 1234 5678"));
        QVERIFY(!IncomingCalls::numberFromWords({QStringLiteral("call"), QStringLiteral("me")}));
        QVERIFY(!IncomingCalls::numberFromWords({QStringLiteral("138;rm")}));
        QVERIFY(!IncomingCalls::numberFromWords({}));
    }

    void shouldTakeTheCallIdAndLineAndRefuseUnprintableOnes()
    {
        const auto call =
            IncomingCalls::fromArguments(QStringLiteral("tel:+86-138-1234-5678"), {},
                                         QStringLiteral("PBX-42"), QStringLiteral("3"), 1234);
        QVERIFY(call);
        QCOMPARE(call->number, QStringLiteral("+8613812345678"));
        QCOMPARE(call->callId, QStringLiteral("PBX-42"));
        QCOMPARE(call->line, QStringLiteral("3"));
        QCOMPARE(call->ringAt, 1234);
        QVERIFY(!IncomingCalls::fromArguments({}, {QStringLiteral("13812345678")},
                                              QStringLiteral("a\nb"), {}, 0));
        QVERIFY(!IncomingCalls::fromArguments({}, {QStringLiteral("13812345678")}, {},
                                              QString(IncomingCalls::maxIdLength + 1, u'x'), 0));
        // a number and a tel: link at once, or neither
        QVERIFY(!IncomingCalls::fromArguments(QStringLiteral("tel:1"), {QStringLiteral("2")}, {},
                                              {}, 0));
        QVERIFY(!IncomingCalls::fromArguments({}, {}, {}, {}, 0));
    }

    void shouldCarryARequestAsOneLineOfJson()
    {
        const IncomingCall call {QStringLiteral("+86 138 1234 5678"), QStringLiteral("c-1"),
                                 QStringLiteral("2"), 1764000000123};
        const QByteArray line = IncomingCalls::encode({call});
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const auto back = IncomingCalls::decode(line);
        QVERIFY(back);
        QVERIFY(back->call);
        QCOMPARE(back->call->number, call.number);
        QCOMPARE(back->call->callId, call.callId);
        QCOMPARE(back->call->line, call.line);
        QCOMPARE(back->call->ringAt, call.ringAt);

        const auto plain = IncomingCalls::decode(IncomingCalls::encode({}));
        QVERIFY(plain);
        QVERIFY(!plain->call);

        QVERIFY(!IncomingCalls::decode("not json\n"));
        QVERIFY(!IncomingCalls::decode("{\"v\":99}\n"));
        QVERIFY(!IncomingCalls::decode("{\"v\":1,\"number\":\"drop table\"}\n"));
    }
};

QTEST_APPLESS_MAIN(TestIncomingCall)
#include "tst_incomingcall.moc"
