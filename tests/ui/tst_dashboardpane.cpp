#include "complaintqueuemodel.h"
#include "complaintservice.h"
#include "dashboardpane.h"
#include "formatting.h"
#include "mainwindow.h"
#include "queuepane.h"
#include "reference.h"
#include "reportdrawing.h"
#include "statisticsreport.h"
#include "storesuite.h"
#include "testsupport.h"
#include "translationloader.h"
#include "widgettest.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QValueAxis>

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QPdfWriter>
#include <QPushButton>
#include <QToolTip>

#include <QScopeGuard>

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <cmath>

using namespace cd;
using namespace cd::models;
using cd::ui::DashboardPane;

namespace {

// Two complaints of CS and one of RISK, received on Wednesday 2026-11-25 (the fixture's day),
// logged in `ws`; returns `ws`.
Workspace &logThree(Workspace &ws)
{
    for (const auto &[phone, category] :
         {std::pair {"13812340001", "FEES_BILLING"}, std::pair {"13812340002", "REFUND"},
          std::pair {"13812340003", "FUNDS_SECURITY"}}) {
        auto logged = ws.complaints().logCall(
            test::sampleCall(ws, QString::fromLatin1(phone), QString::fromLatin1(category)));
        if (!logged)
            qFatal("%s", qPrintable(logged.error().message));
    }
    return ws;
}

// A fresh store with logThree()'s complaints and a dashboard pane on it; `shown` counts the
// figures it shows.
struct ThreeOnDashboard
{
    ThreeOnDashboard()
        : ws(logThree(store.open()))
        , pane(ws)
        , shown(&pane, &DashboardPane::figuresShown)
    {
    }

    test::StoreFixture store;
    Workspace &ws;
    DashboardPane pane;
    QSignalSpy shown;
};

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

class TestDashboardPane : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldShowTheFiguresAndOpenTheQueueOfABar()
    {
        ThreeOnDashboard dashboard;
        auto &[store, ws, pane, shown] = dashboard;
        pane.refresh();
        QVERIFY(shown.wait(5000));
        QCOMPARE(pane.figures()->totals.received, qint64(3));
        QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("dashboardHeadline"))
                     ->text()
                     .startsWith(QStringLiteral("<b>3</b> complaints received")),
                 qPrintable(pane.findChild<QLabel *>(QStringLiteral("dashboardHeadline"))->text()));
        QCOMPARE(pane.findChildren<QChartView *>().size(), 6);
        // how often suggestions were kept, per suggested category
        const auto *kept =
            pane.findChild<QTableWidget *>(QStringLiteral("suggestionAcceptanceTable"));
        QVERIFY(kept);
        const storage::SuggestionAcceptance all = pane.figures()->overallSuggestionAcceptance();
        QVERIFY(all.suggested > 0);
        QCOMPARE(kept->rowCount(), pane.figures()->suggestionAcceptance.size());
        QVERIFY(
            pane.findChild<QLabel *>(QStringLiteral("suggestionAcceptanceTitle"))
                ->text()
                .contains(QStringLiteral("%1 of %2 kept").arg(all.accepted).arg(all.suggested)));

        // the "New" bar of Customer Service in the backlog chart
        QBarSet *cs = barSet(
            pane, QStringLiteral("Open now, by status and department"),
            ws.taxonomy().departmentName(ws.taxonomy().departmentByCode(QStringLiteral("CS"))->id));
        QVERIFY(cs);
        QCOMPARE(cs->at(0), 2.0);
        QSignalSpy opened(&pane, &DashboardPane::openQueue);
        Q_EMIT cs->clicked(0);
        QCOMPARE(opened.count(), 1);
        const auto query = opened.first().at(0).value<storage::QueueQuery>();
        QCOMPARE(query.status, std::optional<QString>(QStringLiteral("NEW")));
        QCOMPARE(query.departmentId,
                 std::optional<qint64>(ws.taxonomy().departmentByCode(QStringLiteral("CS"))->id));
        // a satisfaction bar: the complaints of the period whose customer gave that score
        QBarSet *rated =
            barSet(pane, QStringLiteral("Customer satisfaction (1 = very unhappy, 5 = very happy)"),
                   QStringLiteral("Customers"));
        QVERIFY(rated);
        Q_EMIT rated->clicked(3);
        QCOMPARE(opened.count(), 2);
        const auto byScore = opened.at(1).at(0).value<storage::QueueQuery>();
        QCOMPARE(byScore.satisfaction, std::optional<int>(4));
        QCOMPARE(byScore.receivedFrom, std::optional<qint64>(pane.figures()->period.fromMs()));
    }

    // "As of" is in the call centre's zone, as every time on screen: here a centre in
    // Berlin on a computer set to Shanghai (the suites' TZ), so the zone is named too.
    void shouldSayAsOfInTheCallCentresZone()
    {
        ThreeOnDashboard dashboard;
        auto &[store, ws, pane, shown] = dashboard;
        // (after the store is open: its calendars set the zone)
        models::Formatting::setTimeZone(QTimeZone("Europe/Berlin"));
        const auto back =
            qScopeGuard([] { models::Formatting::setTimeZone(rules::businessTimeZone()); });
        pane.refresh();
        QVERIFY(shown.wait(5000));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("dashboardStatus"))->text(),
                 QStringLiteral("As of 2026-11-25 03:00 UTC+01:00"));
    }

    void shouldKeepTheFiguresWhenThePeriodIsWrong()
    {
        ThreeOnDashboard dashboard;
        auto &[store, ws, pane, shown] = dashboard;
        pane.refresh();
        QVERIFY(shown.wait(5000));
        auto *from = pane.findChild<QDateEdit *>(QStringLiteral("dashboardFrom"));
        auto *to = pane.findChild<QDateEdit *>(QStringLiteral("dashboardTo"));
        from->setDate(to->date().addDays(5)); // after the last day
        QTRY_VERIFY(pane.findChild<QLabel *>(QStringLiteral("dashboardStatus"))
                        ->text()
                        .contains(QStringLiteral("before it starts")));
        QCOMPARE(pane.figures()->totals.received, qint64(3)); // what was shown stays
        QCOMPARE(shown.count(), 1);
    }

    void shouldOpenFromF4AndDrillIntoTheQueue()
    {
        logThree(ws());
        ui::MainWindow window(ws());
        QVERIFY(test::shownOnScreen(&window));
        QTest::keyClick(&window, Qt::Key_F4);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->currentWidget(), window.dashboardPane());
        QSignalSpy shown(window.dashboardPane(), &DashboardPane::figuresShown);
        QVERIFY(shown.wait(5000));
        QBarSet *refunds = barSet(
            *window.dashboardPane(), QStringLiteral("Complaints received per day, by category"),
            ws().taxonomy().categoryName(
                ws().taxonomy().categoryByCode(QStringLiteral("REFUND"))->id));
        QVERIFY(refunds);
        // hovering shows the bar's figure; the click's queue is not hidden behind it
        Q_EMIT refunds->hovered(true, int(refunds->count() - 1));
        QTRY_VERIFY(QToolTip::isVisible());
        Q_EMIT refunds->clicked(refunds->count() - 1); // today
        QCOMPARE(tabs->currentIndex(), 1);
        QTRY_VERIFY(!QToolTip::isVisible());
        QTRY_COMPARE(window.queuePane()->model()->totalCount(), qint64(1));
        auto *label = window.queuePane()->findChild<QLabel *>(QStringLiteral("drillDownLabel"));
        QVERIFY(label->isVisible());
        QVERIFY(label->text().startsWith(QStringLiteral("From the dashboard:")));
        // the selector says what is shown, not the queue shown before
        auto *selector =
            window.queuePane()->findChild<QComboBox *>(QStringLiteral("queueSelector"));
        const QString before = selector->itemText(0);
        QCOMPARE(selector->currentIndex(), -1);
        QVERIFY2(selector->placeholderText().startsWith(QStringLiteral("Dashboard: ")),
                 qPrintable(selector->placeholderText()));
        const auto buttons = window.queuePane()->findChildren<QPushButton *>();
        const auto back = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text() == QStringLiteral("Back to the queue");
        });
        QVERIFY(back != buttons.end());
        (*back)->click();
        QVERIFY(selector->currentIndex() >= 0);
        QVERIFY(!label->isVisible());
    }

    // Issue 25, item 12: on A4, Letter and A5, in English and Chinese, every header of the
    // report's table fits its column (wrapped, never overlapping the next one) and the
    // table fits the page.
    void shouldFitTheReportsHeadersInTheirColumns_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("page");
        for (const char *language : {"en", "zh_CN"}) {
            for (const auto &[name, id] :
                 {std::pair {"A4", QPageSize::A4}, std::pair {"Letter", QPageSize::Letter},
                  std::pair {"A5", QPageSize::A5}})
                QTest::addRow("%s %s", language, name) << QString::fromLatin1(language) << int(id);
        }
    }

    void shouldFitTheReportsHeadersInTheirColumns()
    {
        QFETCH(QString, language);
        QFETCH(int, page);
        QCOMPARE(i18n::installTranslations(*qApp, language), language);
        const auto english =
            qScopeGuard([] { i18n::installTranslations(*qApp, QStringLiteral("en")); });
        logThree(ws());
        StatisticsReportService reports(ws());
        const auto report = reports.build({QDate(2026, 11, 1), QDate(2026, 11, 30), {}});
        QVERIFY(report);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::PageSizeId(page)));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        const int width = pdf.width() - 2 * (pdf.width() / 30); // inside the margins
        const QStringList headers = StatisticsReportService::tableHeaders();
        QList<QStringList> rows;
        rows << QStringList {QStringLiteral("Online payment"),
                             QStringLiteral("Service facilities, equipment and business systems"),
                             QStringLiteral("Fees, rate changes, wrong charges"),
                             QStringLiteral("12,345"),
                             QStringLiteral("100.0%"),
                             QStringLiteral("100.0%"),
                             QStringLiteral("1,234.5"),
                             QStringLiteral("1,234.5"),
                             QStringLiteral("1,234")};
        const auto layout = ReportDrawing::tableLayout(headers, rows, &pdf, width);
        QCOMPARE(layout.widths.size(), headers.size());
        int total = 0;
        for (const int w : layout.widths)
            total += w;
        QStringList shown;
        for (const int w : layout.widths)
            shown << QString::number(w);
        QVERIFY2(
            total <= width,
            qPrintable(QStringLiteral("%1 > %2: %3").arg(total).arg(width).arg(shown.join(u' '))));
        const QFontMetrics bold(ReportDrawing::font(true), &pdf);
        const int gap = ReportDrawing::columnGap(&pdf);
        for (int i = 0; i < headers.size(); ++i) {
            const int room = layout.widths.at(i) - gap;
            const QRect needed =
                bold.boundingRect(QRect(0, 0, room, 1 << 20), Qt::TextWordWrap, headers.at(i));
            QVERIFY2(needed.width() <= room && needed.height() <= layout.headerHeight,
                     qPrintable(QStringLiteral("%1: %2x%3 in %4x%5")
                                    .arg(headers.at(i))
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(room)
                                    .arg(layout.headerHeight)));
        }
        // the whole report is drawn on that paper
        QVERIFY(ReportDrawing::paint(StatisticsReportService::printed(*report, ws()), pdf));
    }

    // Issue 25, item 11: value axes in steps of 1, 2 or 5 x 10^n; the daily volume's
    // colours named in a legend however many categories; statuses not cut.
    void shouldDrawReadableAxesAndNameEveryColour()
    {
        int n = 0;
        for (const auto &category : ws().taxonomy().categories()) {
            if (!category.active)
                continue;
            auto logged = ws().complaints().logCall(
                test::sampleCall(ws(), QStringLiteral("1381234%1").arg(1000 + n++), category.code));
            QVERIFY2(logged, qPrintable(category.code));
        }
        QVERIFY(n > 8);
        DashboardPane pane(ws());
        QSignalSpy shown(&pane, &DashboardPane::figuresShown);
        pane.refresh();
        QVERIFY(shown.wait(5000));
        int axes = 0;
        for (QChartView *view : pane.findChildren<QChartView *>()) {
            for (QAbstractAxis *axis : view->chart()->axes()) {
                auto *values = qobject_cast<QValueAxis *>(axis);
                if (!values)
                    continue;
                ++axes;
                const double step = (values->max() - values->min()) / (values->tickCount() - 1);
                const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
                const double factor = step / magnitude;
                QVERIFY2(step >= 1
                             && (qFuzzyCompare(factor, 1.0) || qFuzzyCompare(factor, 2.0)
                                 || qFuzzyCompare(factor, 5.0)),
                         qPrintable(QStringLiteral("%1: %2 to %3 in %4 ticks")
                                        .arg(view->chart()->title())
                                        .arg(values->min())
                                        .arg(values->max())
                                        .arg(values->tickCount())));
            }
            if (view->chart()->title()
                == QStringLiteral("Complaints received per day, by category")) {
                QVERIFY(view->chart()->legend()->isVisible());
                QCOMPARE(view->chart()->legend()->markers().size(), n);
            }
            if (view->chart()->title() == QStringLiteral("Open now, by status and department")) {
                auto *names =
                    qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Horizontal).first());
                QVERIFY(!names->truncateLabels());
                QVERIFY(names->categories().contains(QStringLiteral("Waiting for<br>customer"))
                        || names->categories().contains(QStringLiteral("Waiting<br>for customer")));
            }
        }
        QCOMPARE(axes, 6);
    }
};

QTEST_MAIN(TestDashboardPane)
#include "tst_dashboardpane.moc"
