#include "complaintqueuemodel.h"
#include "complaintservice.h"
#include "dashboardpane.h"
#include "mainwindow.h"
#include "queuepane.h"
#include "testsupport.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>

#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::ui::DashboardPane;

namespace {

// Two complaints of CS and one of RISK, received on Wednesday 2026-11-25 (the fixture's day).
void logThree(Workspace &ws)
{
    for (const auto &[phone, category] : {std::pair{"13812340001", "FEES_BILLING"},
                                          std::pair{"13812340002", "REFUND"},
                                          std::pair{"13812340003", "FUNDS_SECURITY"}}) {
        auto logged = ws.complaints().logCall(test::sampleCall(ws, QString::fromLatin1(phone),
                                                               QString::fromLatin1(category)));
        if (!logged)
            qFatal("%s", qPrintable(logged.error().message));
    }
}

// The bar set of the chart titled `title` in `pane` named `setLabel`.
QBarSet *barSet(DashboardPane &pane, const QString &title, const QString &setLabel)
{
    for (QChartView *view : pane.findChildren<QChartView *>()) {
        if (view->chart()->title() != title)
            continue;
        for (QAbstractSeries *series : view->chart()->series()) {
            for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets()) {
                if (set->label() == setLabel)
                    return set;
            }
        }
    }
    return nullptr;
}

} // namespace

class TestDashboardPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void shouldShowTheFiguresAndOpenTheQueueOfABar()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        logThree(ws);
        DashboardPane pane(ws);
        QSignalSpy shown(&pane, &DashboardPane::figuresShown);
        pane.refresh();
        QVERIFY(shown.wait(5000));
        QCOMPARE(pane.figures()->totals.received, qint64(3));
        QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("dashboardHeadline"))->text()
                     .startsWith(QStringLiteral("<b>3</b> complaints received")),
                 qPrintable(pane.findChild<QLabel *>(QStringLiteral("dashboardHeadline"))->text()));
        QCOMPARE(pane.findChildren<QChartView *>().size(), 6);
        // how often suggestions were kept, per suggested category
        const auto *kept = pane.findChild<QTableWidget *>(QStringLiteral("suggestionAcceptanceTable"));
        QVERIFY(kept);
        const storage::SuggestionAcceptance all = pane.figures()->overallSuggestionAcceptance();
        QVERIFY(all.suggested > 0);
        QCOMPARE(kept->rowCount(), pane.figures()->suggestionAcceptance.size());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("suggestionAcceptanceTitle"))->text()
                    .contains(QStringLiteral("%1 of %2 kept").arg(all.accepted).arg(all.suggested)));

        // the "New" bar of Customer Service in the backlog chart
        QBarSet *cs = barSet(pane, QStringLiteral("Open now, by status and department"),
                             ws.taxonomy().departmentName(ws.taxonomy().departmentByCode(QStringLiteral("CS"))->id));
        QVERIFY(cs);
        QCOMPARE(cs->at(0), 2.0);
        QSignalSpy opened(&pane, &DashboardPane::openQueue);
        Q_EMIT cs->clicked(0);
        QCOMPARE(opened.count(), 1);
        const auto query = opened.first().at(0).value<storage::QueueQuery>();
        QCOMPARE(query.status, std::optional<QString>(QStringLiteral("NEW")));
        QCOMPARE(query.departmentId, std::optional<qint64>(ws.taxonomy().departmentByCode(QStringLiteral("CS"))->id));
        // a satisfaction bar: the complaints of the period whose customer gave that score
        QBarSet *rated = barSet(pane, QStringLiteral("Customer satisfaction (1 = very unhappy, 5 = very happy)"),
                                QStringLiteral("Customers"));
        QVERIFY(rated);
        Q_EMIT rated->clicked(3);
        QCOMPARE(opened.count(), 2);
        const auto byScore = opened.at(1).at(0).value<storage::QueueQuery>();
        QCOMPARE(byScore.satisfaction, std::optional<int>(4));
        QCOMPARE(byScore.receivedFrom, std::optional<qint64>(pane.figures()->period.fromMs()));
    }

    void shouldKeepTheFiguresWhenThePeriodIsWrong()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        logThree(ws);
        DashboardPane pane(ws);
        QSignalSpy shown(&pane, &DashboardPane::figuresShown);
        pane.refresh();
        QVERIFY(shown.wait(5000));
        auto *from = pane.findChild<QDateEdit *>(QStringLiteral("dashboardFrom"));
        auto *to = pane.findChild<QDateEdit *>(QStringLiteral("dashboardTo"));
        from->setDate(to->date().addDays(5));   // after the last day
        QTRY_VERIFY(pane.findChild<QLabel *>(QStringLiteral("dashboardStatus"))->text()
                        .contains(QStringLiteral("before it starts")));
        QCOMPARE(pane.figures()->totals.received, qint64(3));   // what was shown stays
        QCOMPARE(shown.count(), 1);
    }

    void shouldOpenFromF4AndDrillIntoTheQueue()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        logThree(ws);
        ui::MainWindow window(ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F4);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->currentWidget(), window.dashboardPane());
        QSignalSpy shown(window.dashboardPane(), &DashboardPane::figuresShown);
        QVERIFY(shown.wait(5000));
        QBarSet *refunds = barSet(*window.dashboardPane(),
                                  QStringLiteral("Complaints received per day, by category"),
                                  ws.taxonomy().categoryName(ws.taxonomy().categoryByCode(QStringLiteral("REFUND"))->id));
        QVERIFY(refunds);
        Q_EMIT refunds->clicked(refunds->count() - 1);   // today
        QCOMPARE(tabs->currentIndex(), 1);
        QTRY_COMPARE(window.queuePane()->model()->totalCount(), qint64(1));
        auto *label = window.queuePane()->findChild<QLabel *>(QStringLiteral("drillDownLabel"));
        QVERIFY(label->isVisible());
        QVERIFY(label->text().startsWith(QStringLiteral("From the dashboard:")));
    }
};

QTEST_MAIN(TestDashboardPane)
#include "tst_dashboardpane.moc"
