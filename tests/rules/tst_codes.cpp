#include "codes.h"

#include <QTest>

using namespace cd::rules;

class TestCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldRoundTripEveryCode()
    {
        for (Status s : allStatuses())
            QCOMPARE(statusFromCode(code(s)), s);
        for (Severity s : allSeverities())
            QCOMPARE(severityFromCode(code(s)), s);
        for (Channel c : allChannels())
            QCOMPARE(channelFromCode(code(c)), c);
        for (Demand d : allDemands())
            QCOMPARE(demandFromCode(code(d)), d);
    }

    void shouldParseCaseInsensitivelyAndRejectUnknown()
    {
        QCOMPARE(statusFromCode(QStringLiteral("waiting_customer")), Status::WaitingCustomer);
        QCOMPARE(severityFromCode(QStringLiteral("p1")), Severity::P1);
        QVERIFY(!statusFromCode(QStringLiteral("DONE")));
        QVERIFY(!channelFromCode(QString()));
    }

    void shouldGiveEveryCodeALabel()
    {
        for (Status s : allStatuses())
            QVERIFY(!Labels::status(s).isEmpty());
        for (Channel c : allChannels())
            QVERIFY(!Labels::channel(c).isEmpty());
        for (Demand d : allDemands())
            QVERIFY(!Labels::demand(d).isEmpty());
        QCOMPARE(allChannels().size(), 8);
        QCOMPARE(code(Channel::Regulator), QStringLiteral("REGULATOR"));
    }
};

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
