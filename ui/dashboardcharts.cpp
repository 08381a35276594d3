#include "dashboardcharts.h"

#include "codes.h"
#include "workspace.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QCursor>
#include <QGridLayout>
#include <QLocale>
#include <QToolTip>
#include <cmath>

namespace cd::ui {

namespace {

QChartView *viewOf(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 260);
    return view;
}

// Hovering a bar tells its set, category and value (the legend of a busy chart is hidden,
// and long labels are elided).
void addHoverTips(QAbstractBarSeries *series, const QStringList &categories, const QWidget *charts)
{
    for (QBarSet *set : series->barSets()) {
        QObject::connect(
            set, &QBarSet::hovered, set, [set, charts, categories](bool over, int index) {
                // a hover arriving after a click opened the queue must not put a tip over it
                if (!over || !charts->isVisible() || index < 0 || index >= categories.size()) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(
                    QCursor::pos(),
                    QStringLiteral("%1 · %2: %3")
                        .arg(set->label(),
                             QString(categories.at(index))
                                 .replace(QStringLiteral("<br>"), QStringLiteral(" ")),
                             QLocale().toString(set->at(index))));
            });
    }
}

// `label` broken at the space nearest its middle (the axis shows rich text), so that a
// name of several words takes half the width; one word stays as it is.
QString twoLines(const QString &label)
{
    const qsizetype middle = label.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best < 0)
        return label.toHtmlEscaped();
    return label.left(best).toHtmlEscaped() + QStringLiteral("<br>")
        + label.mid(best + 1).toHtmlEscaped();
}

// A count axis from 0 to at least `top` in about five steps of 1, 2 or 5 x 10^n (never
// below 1: counts are whole), so that it reads 0, 1000, 2000, ... rather than 0, 1208, ...
void setNiceRange(QValueAxis *axis, double top)
{
    top = std::max(1.0, top);
    const double rough = top / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= rough) {
            step = factor * magnitude;
            break;
        }
    }
    step = std::max(1.0, step);
    const double max = std::ceil(top / step) * step;
    axis->setRange(0, max);
    axis->setTickCount(int(std::lround(max / step)) + 1);
}

// Category axis and value axis, and the hover tips; call once every set is in the series.
void addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
             const QWidget *charts, bool horizontal = false)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // Names (sub-categories on the left) are shown whole: the axis takes the room it needs.
    categoryAxis->setTruncateLabels(!horizontal);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    setNiceRange(valueAxis, valueAxis->max());
    addHoverTips(series, categories, charts);
}

// A chart titled `title` of `series` (every set in it) over `categories`, with its axes and
// hover tips (addAxes()); without a legend when `legend` is false (a chart of one set).
QChart *barChart(const QString &title, QAbstractBarSeries *series, const QStringList &categories,
                 const QWidget *charts, bool legend = true, bool horizontal = false)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    if (!legend)
        chart->legend()->hide();
    addAxes(chart, series, categories, charts, horizontal);
    return chart;
}

// Fifteen colours told apart at a glance, one per category in taxonomy order (the chart
// theme's own cycle fades to near white after eight).
QColor categoryColor(int position)
{
    static const QList<QColor> colours {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
        QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0x63, 0x79, 0x39),
        QColor(0x8c, 0x6d, 0x31), QColor(0x84, 0x3c, 0x39), QColor(0x7b, 0x41, 0x73)};
    return colours.at(position % colours.size());
}

} // namespace

DashboardCharts::DashboardCharts(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    // the bar's tip must not stay in front of the queue the click opens
    connect(this, &DashboardCharts::openQueue, this, [] { QToolTip::hideText(); });
}

void DashboardCharts::showFigures(const models::DashboardFigures &f)
{
    place(0, 0, backlogChart(f));
    place(0, 1, complianceChart(f));
    place(1, 0, agingChart(f));
    place(1, 1, satisfactionChart(f));
    place(2, 0, volumeChart(f), 2); // a bar a day, and sub-category names:
    place(3, 0, subcategoryChart(f), 2); // both need the whole width
}

void DashboardCharts::place(int row, int column, QChartView *view, int columnSpan)
{
    if (QLayoutItem *old = m_grid->itemAtPosition(row, column)) {
        m_grid->removeItem(old);
        delete old->widget();
        delete old;
    }
    m_grid->addWidget(view, row, column, 1, columnSpan);
}

QChartView *DashboardCharts::backlogChart(const models::DashboardFigures &f)
{
    auto *series = new QStackedBarSeries;
    QList<rules::Status> statuses;
    for (const rules::Status s : rules::allStatuses()) {
        if (rules::isOpen(s))
            statuses << s;
    }
    QList<qint64> departments;
    for (const auto &cell : f.backlog) {
        if (!departments.contains(cell.departmentId))
            departments << cell.departmentId;
    }
    for (const qint64 department : std::as_const(departments)) {
        auto *set = new QBarSet(m_workspace.taxonomy().departmentName(department));
        for (const rules::Status s : std::as_const(statuses)) {
            qint64 n = 0;
            for (const auto &cell : f.backlog) {
                if (cell.departmentId == department && cell.status == rules::code(s))
                    n = cell.count;
            }
            *set << double(n);
        }
        connect(set, &QBarSet::clicked, this, [this, department, statuses](int index) {
            Q_EMIT openQueue(
                models::DashboardService::backlogQueue(department, rules::code(statuses.at(index))),
                tr("%1, %2").arg(m_workspace.taxonomy().departmentName(department),
                                 rules::Labels::status(statuses.at(index))));
        });
        series->append(set);
    }
    QStringList labels;
    for (const rules::Status s : std::as_const(statuses))
        labels << twoLines(rules::Labels::status(s));
    QChart *chart = barChart(tr("Open now, by status and department"), series, labels, this);
    // six statuses side by side in half the width: whole names, on two lines where long
    if (auto axes = chart->axes(Qt::Horizontal); !axes.isEmpty()) {
        if (auto *names = qobject_cast<QBarCategoryAxis *>(axes.first()))
            names->setTruncateLabels(false);
    }
    return viewOf(chart);
}

QChartView *DashboardCharts::complianceChart(const models::DashboardFigures &f)
{
    auto *series = new QBarSeries;
    auto *first = new QBarSet(tr("First response"));
    auto *resolution = new QBarSet(tr("Resolution"));
    QStringList labels;
    QList<qint64> ids;
    for (const auto &c : f.complianceByDepartment) {
        labels << m_workspace.taxonomy().departmentName(c.groupId);
        ids << c.groupId;
        *first << 100.0 * c.firstResponseShare().value_or(0.0);
        *resolution << 100.0 * c.resolutionShare().value_or(0.0);
    }
    for (QBarSet *set : {first, resolution}) {
        connect(set, &QBarSet::clicked, this, [this, ids, f](int index) {
            Q_EMIT openQueue(models::DashboardService::receivedByQueue(f, ids.at(index)),
                             tr("received by %1 in the period")
                                 .arg(m_workspace.taxonomy().departmentName(ids.at(index))));
        });
        series->append(set);
    }
    QChart *chart = barChart(tr("Deadlines met, by department (%)"), series, labels, this);
    if (auto axes = chart->axes(Qt::Vertical); !axes.isEmpty()) {
        if (auto *percent = qobject_cast<QValueAxis *>(axes.first()))
            setNiceRange(percent, 100); // 0, 20, ... 100
    }
    return viewOf(chart);
}

QChartView *DashboardCharts::agingChart(const models::DashboardFigures &f)
{
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Overdue"));
    set->setColor(QColor(0xc6, 0x28, 0x28));
    const QStringList labels {tr("Under 1 day"), tr("1-3 days"), tr("3-7 days"), tr("7-30 days"),
                              tr("30 days +")};
    Q_ASSERT(labels.size() == qsizetype(f.overdueAging.size()));
    for (const qint64 n : f.overdueAging)
        *set << double(n);
    connect(set, &QBarSet::clicked, this, [this, f, labels](int index) {
        Q_EMIT openQueue(models::DashboardService::overdueQueue(f, index),
                         tr("overdue %1").arg(labels.at(index)));
    });
    series->append(set);
    return viewOf(barChart(tr("Overdue now, by days past due"), series, labels, this, false));
}

QChartView *DashboardCharts::volumeChart(const models::DashboardFigures &f)
{
    auto *series = new QStackedBarSeries;
    QList<QDate> days;
    for (QDate d = f.period.first; d <= f.period.last && days.size() < 400; d = d.addDays(1))
        days << d;
    for (const auto &category : m_workspace.taxonomy().categories()) {
        QList<double> values(days.size(), 0.0);
        bool any = false;
        for (const auto &v : f.dailyVolume) {
            const qsizetype i = days.indexOf(v.day);
            if (v.categoryId == category.id && i >= 0) {
                values[i] = double(v.count);
                any = true;
            }
        }
        if (!any)
            continue;
        auto *set = new QBarSet(m_workspace.taxonomy().categoryName(category.id));
        set->setColor(categoryColor(int(series->count())));
        set->append(values);
        const qint64 id = category.id;
        connect(set, &QBarSet::clicked, this, [this, id, days, f](int index) {
            Q_EMIT openQueue(models::DashboardService::receivedOnQueue(f, id, days.at(index)),
                             tr("%1 received on %2")
                                 .arg(m_workspace.taxonomy().categoryName(id),
                                      days.at(index).toString(Qt::ISODate)));
        });
        series->append(set);
    }
    QStringList labels;
    for (const QDate &d : std::as_const(days))
        labels << d.toString(QStringLiteral("MM-dd"));
    QChart *chart = barChart(tr("Complaints received per day, by category"), series, labels, this);
    // a day a bar: the dates stand upright, whole
    if (auto axes = chart->axes(Qt::Horizontal); !axes.isEmpty()) {
        axes.first()->setLabelsAngle(-90);
        if (auto *dates = qobject_cast<QBarCategoryAxis *>(axes.first()))
            dates->setTruncateLabels(false);
    }
    QChartView *view = viewOf(chart);
    // every colour named: the legend beside the bars, a line per category
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    // tall enough for a legend line per category (a line and a half of text each)
    view->setMinimumHeight(std::max(
        view->minimumHeight(), 90 + int(series->count()) * view->fontMetrics().height() * 8 / 5));
    return view;
}

QChartView *DashboardCharts::subcategoryChart(const models::DashboardFigures &f)
{
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Complaints"));
    QStringList labels;
    QList<storage::SubcategoryCount> top = f.topSubcategories;
    std::reverse(top.begin(), top.end()); // the largest on top
    for (const auto &s : std::as_const(top)) {
        labels << m_workspace.taxonomy().subcategoryName(s.subcategoryId);
        *set << double(s.count);
    }
    connect(set, &QBarSet::clicked, this, [this, top, f](int index) {
        Q_EMIT openQueue(models::DashboardService::subcategoryQueue(f, top.at(index)),
                         m_workspace.taxonomy().subcategoryName(top.at(index).subcategoryId));
    });
    series->append(set);
    QChartView *view =
        viewOf(barChart(tr("Top sub-categories"), series, labels, this, false, true));
    // a line of text for every name, or the axis leaves every other one out
    view->setMinimumHeight(120 + 2 * view->fontMetrics().height() * int(top.size()));
    return view;
}

QChartView *DashboardCharts::satisfactionChart(const models::DashboardFigures &f)
{
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Customers"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    for (const qint64 n : f.totals.satisfaction)
        *set << double(n);
    connect(set, &QBarSet::clicked, this, [this, f](int index) {
        Q_EMIT openQueue(models::DashboardService::satisfactionQueue(f, index + 1),
                         tr("customers who answered %1").arg(index + 1));
    });
    series->append(set);
    return viewOf(barChart(tr("Customer satisfaction (1 = very unhappy, 5 = very happy)"), series,
                           {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                            QStringLiteral("4"), QStringLiteral("5")},
                           this, false));
}

} // namespace cd::ui
