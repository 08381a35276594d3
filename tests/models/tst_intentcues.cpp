#include "classifierservice.h"
#include "complaintservice.h"
#include "intentcues.h"
#include "testsupport.h"

#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;
using rules::BusinessType;
using rules::Demand;

class TestIntentCues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldSuggestTheDemandAndBusinessInBothLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("demand"); // empty: none suggested
        QTest::addColumn<QString>("business");
        QTest::newRow("zh refund, POS")
            << QStringLiteral("我的POS机多扣了手续费,要求退还") << QStringLiteral("REFUND_FEES")
            << QStringLiteral("POS_ACQUIRING");
        QTest::newRow("zh unfreeze, QR")
            << QStringLiteral("收款码的钱被冻结了三天") << QStringLiteral("UNFREEZE_FUNDS")
            << QStringLiteral("QR_PAYMENT");
        QTest::newRow("en unfreeze")
            << QStringLiteral("Please unfreeze my account, I bought it online")
            << QStringLiteral("UNFREEZE_FUNDS") << QStringLiteral("ONLINE_PAYMENT");
        QTest::newRow("en refund, repayment")
            << QStringLiteral("My credit card payment was taken twice. I want a refund.")
            << QStringLiteral("REFUND_FEES") << QStringLiteral("CARD_REPAYMENT");
        QTest::newRow("en harassment") << QStringLiteral("They keep calling me at work, stop it")
                                       << QStringLiteral("STOP_HARASSMENT") << QString();
        QTest::newRow("nothing clear")
            << QStringLiteral("I called about something") << QString() << QString();
        // whole words: "application" is not the "app" cue, "position" not "pos"
        QTest::newRow("whole words")
            << QStringLiteral("my application position") << QString() << QString();
        // as many cues of two demands: neither is suggested
        QTest::newRow("tie") << QStringLiteral("退款和赔偿") << QString() << QString();
    }

    void shouldSuggestTheDemandAndBusinessInBothLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, demand);
        QFETCH(QString, business);
        const ClassifierService::Intent intent = ClassifierService::suggestIntent(text);
        QCOMPARE(intent.demand ? rules::code(*intent.demand) : QString(), demand);
        QCOMPARE(intent.businessType ? rules::code(*intent.businessType) : QString(), business);
    }

    void shouldReadTheCueFormatAndRejectOtherLines()
    {
        auto cues = rules::IntentCues::parse("# comment\n\ndemand\tCOMPENSATION\tmake good*\n"
                                             "business\tqr_payment\tscan*\n");
        QVERIFY(cues.ok());
        QCOMPARE(cues->cueCount(), 2);
        const auto intent = cues->suggest(QStringLiteral("Make goods now, I scanned it"));
        QCOMPARE(intent.demand, std::optional(Demand::Compensation));
        QCOMPARE(intent.businessType, std::optional(BusinessType::QrPayment));

        auto unknown = rules::IntentCues::parse("demand\tNO_SUCH\trefund\n");
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QLatin1String("Line 1")));
        QVERIFY(!rules::IntentCues::parse("# ok\nwish\tOTHER\tx\n").ok());
        QVERIFY(!rules::IntentCues::parse("demand\tOTHER\n").ok());
    }

    void shouldShipACueForEveryDemandAndBusiness()
    {
        // every code but Other is reachable from its own cue words
        const QList<std::pair<QString, Demand>> demands {
            {QStringLiteral("退款"), Demand::RefundFees},
            {QStringLiteral("explain"), Demand::Explanation},
            {QStringLiteral("赔偿"), Demand::Compensation},
            {QStringLiteral("骚扰"), Demand::StopHarassment},
            {QStringLiteral("尽快"), Demand::SpeedUp},
            {QStringLiteral("恢复"), Demand::RestoreService},
            {QStringLiteral("解冻"), Demand::UnfreezeFunds}};
        for (const auto &[text, demand] : demands)
            QCOMPARE(ClassifierService::suggestIntent(text).demand, std::optional(demand));
        QCOMPARE(ClassifierService::suggestIntent(QStringLiteral("还款")).businessType,
                 std::optional(BusinessType::CardRepayment));
    }

    void shouldFillTheDemandAndBusinessWhenTheCallerGivesNone()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput in = test::sampleCall(ws);
        in.description = QStringLiteral("POS机的钱被冻结了,请解冻");
        in.demand.reset();
        in.businessType.reset();
        const qint64 suggested = ws.complaints().logCall(in)->complaintId;
        const auto column = [&](const char *name, qint64 id) {
            return scalar(ws,
                          QStringLiteral("SELECT %1 FROM complaints WHERE id = %2")
                              .arg(QLatin1String(name))
                              .arg(id))
                .toString();
        };
        QCOMPARE(column("demand", suggested), QStringLiteral("UNFREEZE_FUNDS"));
        QCOMPARE(column("business_type", suggested), QStringLiteral("POS_ACQUIRING"));
        // what the writer gives is kept
        NewCallInput given = test::sampleCall(ws, QStringLiteral("13912345678"));
        given.description = in.description;
        given.demand = Demand::Compensation;
        given.businessType = BusinessType::QrPayment;
        const qint64 chosen = ws.complaints().logCall(given)->complaintId;
        QCOMPARE(column("demand", chosen), QStringLiteral("COMPENSATION"));
        QCOMPARE(column("business_type", chosen), QStringLiteral("QR_PAYMENT"));
        // nothing clear: the defaults
        NewCallInput vague = test::sampleCall(ws, QStringLiteral("13712345678"));
        vague.description = QStringLiteral("I called about something");
        vague.demand.reset();
        vague.businessType.reset();
        const qint64 plain = ws.complaints().logCall(vague)->complaintId;
        QCOMPARE(column("demand", plain), QStringLiteral("EXPLANATION"));
        QCOMPARE(column("business_type", plain), QStringLiteral("OTHER"));
    }
};

QTEST_MAIN(TestIntentCues)
#include "tst_intentcues.moc"
