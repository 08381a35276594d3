#include "auditservice.h"
#include "dashboardservice.h"
#include "demogenerator.h"
#include "statisticsreport.h"
#include "testsupport.h"
#include "workspace.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

// The demonstration data as a lead would look at it: a payment company's complaint month,
// with the business, demand and amount each complaint's category and words call for, and
// the work a centre does on them (call-backs, transfers, escalations, reopenings, late
// answers, satisfaction), in the centre's hours, consistent with its audit trail.
class TestDemoMonth : public QObject
{
    Q_OBJECT

    static constexpr int filled = 2000; // complaints

    test::StoreFixture m_store;
    Workspace *m_ws = nullptr;

    int count(const QString &sql) { return scalar(*m_ws, sql).toInt(); }
    // Complaints of the category with `code` matching `where` (SQL on complaints).
    int ofCategory(const QString &code, const QString &where = QStringLiteral("TRUE"))
    {
        return count(QStringLiteral("SELECT count(*) FROM complaints c JOIN categories k ON"
                                    " k.id = c.category_id WHERE k.code = '%1' AND (%2)")
                         .arg(code, where));
    }

    // Each row of `sql` as its values joined by "|" (NULL as "-").
    static QStringList rowsAsText(Workspace &ws, const QString &sql)
    {
        QSqlQuery query(ws.database().connection());
        if (!query.exec(sql))
            qFatal("%s failed", qPrintable(sql));
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? QStringLiteral("-") : query.value(i).toString());
            rows << values.join(u'|');
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = &m_store.open();
        auto created = DemoGenerator(*m_ws, m_store.clock(), 23).generate(filled);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }

    // The statistics report by business type has several rows, none taking more than a
    // payment acquirer's realistic share, and merchants' matters are acquiring business.
    void shouldReportSeveralBusinessTypesThatFitTheCategories()
    {
        const QDate today = QDateTime::fromMSecsSinceEpoch(test::wednesdayMorning()).date();
        StatisticsPeriod period;
        period.first = today.addDays(-100);
        period.last = today;
        auto report = StatisticsReportService(*m_ws).build(period);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->total.received, qint64(filled));
        QMap<QString, qint64> byType;
        for (const StatisticsReport::Row &row : std::as_const(report->rows))
            byType[row.businessType] += row.received;
        QCOMPARE(byType.size(), 5);
        for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
            QVERIFY2(it.value() >= filled * 3 / 100, qPrintable(it.key()));
            QVERIFY2(it.value() <= filled * 60 / 100, qPrintable(it.key()));
        }
        // Frozen merchant funds and settlements are POS or QR acquiring; "Other" matters
        // are mostly other business.
        for (const QString &merchants :
             {QStringLiteral("FUNDS_FROZEN"), QStringLiteral("SETTLEMENT")}) {
            QVERIFY2(ofCategory(merchants,
                                QStringLiteral("business_type IN ('POS_ACQUIRING',"
                                               " 'QR_PAYMENT')"))
                         >= ofCategory(merchants) * 85 / 100,
                     qPrintable(merchants));
        }
        QVERIFY(ofCategory(QStringLiteral("OTHER"), QStringLiteral("business_type = 'OTHER'"))
                > ofCategory(QStringLiteral("OTHER")) / 2);
    }

    // Callers ask for what their complaint is about: a refund complaint for a refund,
    // frozen funds to be released, harassing marketing to stop; demands vary overall.
    void shouldAskForWhatTheComplaintIsAbout()
    {
        QVERIFY(ofCategory(QStringLiteral("REFUND"), QStringLiteral("demand = 'REFUND_FEES'"))
                >= ofCategory(QStringLiteral("REFUND")) * 7 / 10);
        QVERIFY(
            ofCategory(QStringLiteral("FUNDS_FROZEN"), QStringLiteral("demand = 'UNFREEZE_FUNDS'"))
            >= ofCategory(QStringLiteral("FUNDS_FROZEN")) / 2);
        QVERIFY(
            ofCategory(QStringLiteral("MARKETING"), QStringLiteral("demand = 'STOP_HARASSMENT'"))
            >= ofCategory(QStringLiteral("MARKETING")) / 3);
        QCOMPARE(ofCategory(QStringLiteral("SERVICE_QUALITY"),
                            QStringLiteral("demand = 'UNFREEZE_FUNDS'")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT demand) FROM complaints")) >= 7);
        QVERIFY(count(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM complaints"
                                     " GROUP BY demand)"))
                <= filled * 40 / 100);
    }

    // Amounts only where money is at stake, many small and a few large, and the amount a
    // caller names in their words is the one recorded.
    void shouldRecordAmountsWhereMoneyIsAtStake()
    {
        for (const QString &noMoney :
             {QStringLiteral("SERVICE_QUALITY"), QStringLiteral("AFTER_SALES"),
              QStringLiteral("USABILITY"), QStringLiteral("PRODUCT_FUNCTION"),
              QStringLiteral("DISCLOSURE"), QStringLiteral("PRIVACY"), QStringLiteral("COMPLIANCE"),
              QStringLiteral("OTHER")}) {
            QVERIFY(ofCategory(noMoney) > 0);
            QVERIFY2(ofCategory(noMoney, QStringLiteral("amount_fen IS NOT NULL")) == 0,
                     qPrintable(noMoney));
        }
        for (const QString &money :
             {QStringLiteral("REFUND"), QStringLiteral("SETTLEMENT"),
              QStringLiteral("FUNDS_FROZEN"), QStringLiteral("FUNDS_SECURITY"),
              QStringLiteral("TRANSACTION_FAILURE"), QStringLiteral("FEES_BILLING")}) {
            QVERIFY2(ofCategory(money, QStringLiteral("amount_fen IS NOT NULL"))
                         >= ofCategory(money) * 3 / 4,
                     qPrintable(money));
        }
        // Skewed: the median well below the mean, the largest far above the median.
        QList<qint64> amounts;
        QSqlQuery query(m_ws->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT amount_fen, description FROM complaints"
                                          " WHERE amount_fen IS NOT NULL ORDER BY amount_fen")));
        static const QRegularExpression named(QStringLiteral("(\\d+\\.\\d\\d) ?(\\x{5143}|yuan)"));
        int namedInText = 0;
        double sum = 0;
        while (query.next()) {
            const qint64 fen = query.value(0).toLongLong();
            amounts << fen;
            sum += double(fen);
            const QRegularExpressionMatch match = named.match(query.value(1).toString());
            if (match.hasMatch()) {
                ++namedInText;
                QCOMPARE(qRound64(match.captured(1).toDouble() * 100), fen);
            }
        }
        QVERIFY(amounts.size() > filled / 4);
        QVERIFY(namedInText > amounts.size() / 4);
        const qint64 median = amounts.at(amounts.size() / 2);
        QVERIFY2(double(median) < sum / double(amounts.size()) / 2,
                 qPrintable(QString::number(median)));
        QVERIFY(amounts.constLast() > 20 * median);
    }

    // Complaints are called back, transferred, escalated, reopened; some answers are late
    // and some open ones overdue; callers of closed complaints rate them, with a spread.
    void shouldWorkComplaintsAsACentreDoes()
    {
        const qint64 now = test::wednesdayMorning();
        QVERIFY(
            count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'customer_contacted'"))
            > filled / 2);
        const int transferred =
            count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'transferred'"));
        QVERIFY(transferred > filled / 50);
        QVERIFY(transferred < filled / 5);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM complaints WHERE assigned_manually = 1")),
            transferred);
        const int escalated = count(QStringLiteral("SELECT count(*) FROM complaints WHERE"
                                                   " escalated_at IS NOT NULL"));
        QVERIFY(escalated > filled / 100);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'escalated'")),
                 escalated);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM complaints WHERE escalated_at IS NOT"
                                     " NULL AND status <> 'CLOSED'"))
                > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'reopened'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'CLOSED'"
                                     " AND resolution_breached = 1"))
                > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM complaints WHERE status <> 'CLOSED'"
                                     " AND next_due_at < %1 AND (first_response_breached = 1"
                                     " OR resolution_breached = 1)")
                          .arg(now))
                > 0);
        const int breached = count(QStringLiteral("SELECT count(*) FROM complaints WHERE"
                                                  " resolution_breached = 1"));
        QVERIFY2(breached < filled / 4, qPrintable(QString::number(breached)));

        // Satisfaction on closed complaints only, most of them rated, with a spread.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM complaints WHERE satisfaction IS NOT"
                                      " NULL AND status <> 'CLOSED'")),
                 0);
        const int closed = count(QStringLiteral("SELECT count(*) FROM complaints WHERE status ="
                                                " 'CLOSED' AND solved_on_call = 0"));
        const int rated = count(QStringLiteral("SELECT count(*) FROM complaints WHERE satisfaction"
                                               " IS NOT NULL"));
        QVERIFY(rated > closed / 2);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT satisfaction) FROM complaints")), 5);
        QVERIFY(count(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM complaints"
                                     " WHERE satisfaction IS NOT NULL GROUP BY satisfaction)"))
                < rated / 2);

        // And the trail agrees with every complaint.
        auto audit = AuditService::verify(m_ws->database(), {});
        QVERIFY2(audit.ok(), qPrintable(audit.ok() ? QString() : audit.error().message));
        QVERIFY2(audit->intact(), qPrintable(audit->findings.join(u'\n')));
        QCOMPARE(audit->complaints, filled);
    }

    // Calls came in over the last month, in the call centre's hours (08:00-21:00 Beijing
    // time), more on weekdays than at weekends.
    void shouldReceiveCallsInTheCentresHoursOverTheLastMonth()
    {
        const qint64 now = test::wednesdayMorning();
        QVERIFY(
            scalar(*m_ws, QStringLiteral("SELECT min(received_at) FROM complaints")).toLongLong()
            >= now - 31LL * 24 * 3600 * 1000);
        QVERIFY(
            scalar(*m_ws, QStringLiteral("SELECT min(received_at) FROM complaints")).toLongLong()
            < now - 28LL * 24 * 3600 * 1000);
        const QString local = QStringLiteral("(received_at / 1000 + 8 * 3600)");
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM complaints WHERE %1 %% 86400 < 8 * 3600"
                                      " OR %1 %% 86400 >= 21 * 3600")
                           .arg(local)),
                 0);
        int weekend = 0;
        for (const QString &at : rowsAsText(*m_ws,
                                            QStringLiteral("SELECT received_at FROM"
                                                           " complaints"))) {
            const QDate day =
                QDateTime::fromMSecsSinceEpoch(at.toLongLong(), QTimeZone(8 * 3600)).date();
            weekend += day.dayOfWeek() >= Qt::Saturday ? 1 : 0;
        }
        QVERIFY2(weekend < filled * 2 / 10, qPrintable(QString::number(weekend)));
        QVERIFY(weekend > 0);
    }

    // The same seed gives the same month, to the last event; another seed another one.
    void shouldBeTheSameMonthForTheSameSeed()
    {
        const auto month = [](quint32 seed) -> QString {
            test::StoreFixture store;
            Workspace &ws = store.open();
            if (!DemoGenerator(ws, store.clock(), seed).generate(300).ok())
                return QString();
            return rowsAsText(ws,
                              QStringLiteral("SELECT reference, business_type, demand,"
                                             " amount_fen, satisfaction, department_id,"
                                             " escalated_at FROM complaints ORDER BY id"))
                       .join(u'\n')
                + rowsAsText(ws,
                             QStringLiteral("SELECT complaint_id, type, at FROM events"
                                            " WHERE complaint_id IS NOT NULL"
                                            " ORDER BY complaint_id, id"))
                      .join(u'\n');
        };
        const QString first = month(31);
        QVERIFY(!first.isEmpty());
        QCOMPARE(month(31), first);
        QVERIFY(month(32) != first);
    }
};

QTEST_GUILESS_MAIN(TestDemoMonth)
#include "tst_demomonth.moc"
