#include "dashboardpane.h"

#include "codes.h"
#include "formatting.h"
#include "complaintqueries.h"
#include "reference.h"
#include "workspace.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QComboBox>
#include <QDateEdit>
#include <QEventLoop>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QCursor>
#include <QVBoxLayout>

#include <atomic>

namespace cd::ui {

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;

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
void addHoverTips(QAbstractBarSeries *series, const QStringList &categories)
{
    for (QBarSet *set : series->barSets()) {
        QObject::connect(set, &QBarSet::hovered, set, [set, categories](bool over, int index) {
            if (!over || index < 0 || index >= categories.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2: %3")
                                                   .arg(set->label(), categories.at(index),
                                                        QLocale().toString(set->at(index))));
        });
    }
}

// Category axis and value axis, and the hover tips; call once every set is in the series.
void addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
             bool horizontal = false)
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
    addHoverTips(series, categories);
}

// Fifteen colours told apart at a glance, one per category in taxonomy order (the chart
// theme's own cycle fades to near white after eight).
QColor categoryColor(int position)
{
    static const QList<QColor> colours{
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
        QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0x63, 0x79, 0x39),
        QColor(0x8c, 0x6d, 0x31), QColor(0x84, 0x3c, 0x39), QColor(0x7b, 0x41, 0x73)};
    return colours.at(position % colours.size());
}

} // namespace

DashboardPane::DashboardPane(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_department(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_headline(new QLabel(this)),
      m_charts(new QGridLayout),
      m_workload(new QTableWidget(this))
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs(),
                                                       rules::businessTimeZone()).date();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_department->setObjectName(QStringLiteral("dashboardDepartment"));
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
    const rules::Actor actor = m_workspace.rulesActor();
    if (actor.role == rules::Role::Admin)
        m_department->addItem(tr("All departments"));
    for (const auto &department : m_workspace.taxonomy().departments()) {
        if (actor.role == rules::Role::Admin || actor.departmentId == department.id)
            m_department->addItem(m_workspace.taxonomy().departmentName(department.id), department.id);
    }
    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);
    auto *refreshButton = new QPushButton(tr("&Show"), this);
    auto *exportButton = new QPushButton(tr("&Export report..."), this);
    exportButton->setObjectName(QStringLiteral("exportReportButton"));
    auto *printButton = new QPushButton(tr("&Print report..."), this);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPane::refresh);
    connect(exportButton, &QPushButton::clicked, this, &DashboardPane::exportReport);
    connect(printButton, &QPushButton::clicked, this, &DashboardPane::printReport);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPane::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPane::refresh);
    connect(m_department, &QComboBox::currentIndexChanged, this, &DashboardPane::refresh);

    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{fromLabel, m_from, toLabel, m_to,
                                                       departmentLabel, m_department, refreshButton})
        bar->addWidget(w);
    bar->addWidget(m_status, 1);
    bar->addWidget(exportButton);
    bar->addWidget(printButton);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);

    m_workload->setObjectName(QStringLiteral("workloadTable"));
    m_workload->setColumnCount(8);
    m_workload->setHorizontalHeaderLabels({tr("Person"), tr("Open"), tr("Due today"), tr("At risk"),
                                           tr("Overdue"), tr("Closed this week"),
                                           tr("First response on time"), tr("Resolved on time")});
    m_workload->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workload->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workload->verticalHeader()->hide();
    m_workload->horizontalHeader()->setStretchLastSection(true);
    m_workload->setMinimumHeight(180);
    connect(m_workload, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const qint64 user = m_workload->item(row, 0)->data(Qt::UserRole).toLongLong();
        storage::QueueQuery query;
        query.assigneeId = user;
        query.openOnly = true;
        query.departmentId = chosenPeriod().departmentId;
        Q_EMIT openQueue(query, tr("open complaints of %1").arg(m_workload->item(row, 0)->text()));
    });

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_headline);
    contentLayout->addLayout(m_charts);
    auto *workloadTitle = new QLabel(tr("<b>Workload</b> (double-click a person for their queue)"), content);
    contentLayout->addWidget(workloadTitle);
    contentLayout->addWidget(m_workload);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(&m_watcher, &QFutureWatcher<Result<models::DashboardFigures>>::finished, this, [this] {
        const auto result = m_watcher.result();
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        if (!result) {
            m_status->setText(result.error().message);
            return;
        }
        showFigures(*result);
    });
}

models::StatisticsPeriod DashboardPane::chosenPeriod() const
{
    models::StatisticsPeriod period{m_from->date(), m_to->date(), std::nullopt};
    if (m_department->currentData().isValid())
        period.departmentId = m_department->currentData().toLongLong();
    return period;
}

void DashboardPane::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true;   // read again with the new choice once this read ends
        return;
    }
    // A period the actor may not see comes back at once as the error, shown in place of
    // the status; the figures shown stay as they were.
    m_status->setText(tr("Reading..."));
    m_watcher.setFuture(models::DashboardService(m_workspace).computeInBackground(chosenPeriod()));
}

void DashboardPane::place(int row, int column, QChartView *view, int columnSpan)
{
    if (QLayoutItem *old = m_charts->itemAtPosition(row, column)) {
        m_charts->removeItem(old);
        delete old->widget();
        delete old;
    }
    m_charts->addWidget(view, row, column, 1, columnSpan);
}

void DashboardPane::showFigures(const models::DashboardFigures &f)
{
    m_figures = f;
    const storage::Compliance all = f.overallCompliance();
    const QLocale locale;
    m_headline->setText(
        tr("<b>%1</b> complaints received · first-contact resolution <b>%2</b> · average call "
           "<b>%3</b> · repeat callers (7 days) <b>%4</b> · satisfaction <b>%5</b> (%6 rated) · "
           "first response on time <b>%7</b> · resolved on time <b>%8</b>")
            .arg(locale.toString(f.totals.received),
                 models::Formatting::percent(f.firstContactResolutionRate()),
                 f.averageHandleSeconds()
                     ? models::Formatting::callDuration(qint64(*f.averageHandleSeconds() * 1000))
                     : QStringLiteral("-"),
                 locale.toString(f.totals.repeatCallers),
                 f.averageSatisfaction() ? locale.toString(*f.averageSatisfaction(), 'f', 2)
                                         : QStringLiteral("-"),
                 locale.toString(f.rated()), models::Formatting::percent(all.firstResponseShare()),
                 models::Formatting::percent(all.resolutionShare())));
    place(0, 0, backlogChart(f));
    place(0, 1, complianceChart(f));
    place(1, 0, agingChart(f));
    place(1, 1, satisfactionChart(f));
    place(2, 0, volumeChart(f), 2);        // a bar a day, and sub-category names:
    place(3, 0, subcategoryChart(f), 2);   // both need the whole width
    fillWorkload(f);
    m_status->setText(tr("As of %1").arg(QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(f.asOf).time(), QLocale::ShortFormat)));
    Q_EMIT figuresShown();
}

QChartView *DashboardPane::backlogChart(const models::DashboardFigures &f)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Open now, by status and department"));
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
            storage::QueueQuery query;
            query.departmentId = department;
            query.status = rules::code(statuses.at(index));
            Q_EMIT openQueue(query, tr("%1, %2").arg(m_workspace.taxonomy().departmentName(department),
                                                    rules::Labels::status(statuses.at(index))));
        });
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    for (const rules::Status s : std::as_const(statuses))
        labels << rules::Labels::status(s);
    addAxes(chart, series, labels);
    return viewOf(chart);
}

QChartView *DashboardPane::complianceChart(const models::DashboardFigures &f)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Deadlines met, by department (%)"));
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
            storage::QueueQuery query;
            query.departmentId = ids.at(index);
            query.receivedFrom = f.period.fromMs();
            query.receivedBefore = f.period.toMs();
            Q_EMIT openQueue(query, tr("received by %1 in the period")
                                        .arg(m_workspace.taxonomy().departmentName(ids.at(index))));
        });
        series->append(set);
    }
    chart->addSeries(series);
    addAxes(chart, series, labels);
    if (auto axes = chart->axes(Qt::Vertical); !axes.isEmpty())
        axes.first()->setRange(0, 100);
    return viewOf(chart);
}

QChartView *DashboardPane::agingChart(const models::DashboardFigures &f)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Overdue now, by days past due"));
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Overdue"));
    set->setColor(QColor(0xc6, 0x28, 0x28));
    const QStringList labels{tr("Under 1 day"), tr("1-3 days"), tr("3-7 days"), tr("7-30 days"), tr("30 days +")};
    const QList<qint64> limits{0, 1, 3, 7, 30};
    for (const qint64 n : f.overdueAging)
        *set << double(n);
    connect(set, &QBarSet::clicked, this, [this, f, labels, limits](int index) {
        storage::QueueQuery query;
        query.departmentId = f.period.departmentId;
        query.dueBefore = f.asOf - limits.at(index) * dayMs + 1;
        if (index + 1 < limits.size())
            query.dueFrom = f.asOf - limits.at(index + 1) * dayMs + 1;
        query.sort = storage::QueueQuery::Sort::Due;
        query.descending = false;
        Q_EMIT openQueue(query, tr("overdue %1").arg(labels.at(index)));
    });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    addAxes(chart, series, labels);
    return viewOf(chart);
}

QChartView *DashboardPane::volumeChart(const models::DashboardFigures &f)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Complaints received per day, by category"));
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
        connect(set, &QBarSet::clicked, this, [this, id, days](int index) {
            storage::QueueQuery query;
            query.categoryId = id;
            query.departmentId = chosenPeriod().departmentId;
            query.receivedFrom = QDateTime(days.at(index), QTime(0, 0), rules::businessTimeZone()).toMSecsSinceEpoch();
            query.receivedBefore = query.receivedFrom.value() + dayMs;
            Q_EMIT openQueue(query, tr("%1 received on %2").arg(m_workspace.taxonomy().categoryName(id),
                                                               days.at(index).toString(Qt::ISODate)));
        });
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    for (const QDate &d : std::as_const(days))
        labels << d.toString(QStringLiteral("MM-dd"));
    addAxes(chart, series, labels);
    chart->legend()->setVisible(series->count() <= 8);
    return viewOf(chart);
}

QChartView *DashboardPane::subcategoryChart(const models::DashboardFigures &f)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Top sub-categories"));
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Complaints"));
    QStringList labels;
    QList<storage::SubcategoryCount> top = f.topSubcategories;
    std::reverse(top.begin(), top.end());   // the largest on top
    for (const auto &s : std::as_const(top)) {
        labels << m_workspace.taxonomy().subcategoryName(s.subcategoryId);
        *set << double(s.count);
    }
    connect(set, &QBarSet::clicked, this, [this, top, f](int index) {
        storage::QueueQuery query;
        query.categoryId = top.at(index).categoryId;
        query.subcategoryId = top.at(index).subcategoryId;
        query.departmentId = f.period.departmentId;
        query.receivedFrom = f.period.fromMs();
        query.receivedBefore = f.period.toMs();
        Q_EMIT openQueue(query, m_workspace.taxonomy().subcategoryName(top.at(index).subcategoryId));
    });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    addAxes(chart, series, labels, true);
    QChartView *view = viewOf(chart);
    // a line of text for every name, or the axis leaves every other one out
    view->setMinimumHeight(120 + 2 * view->fontMetrics().height() * int(top.size()));
    return view;
}

QChartView *DashboardPane::satisfactionChart(const models::DashboardFigures &f)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Customer satisfaction (1 = very unhappy, 5 = very happy)"));
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Customers"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    for (const qint64 n : f.totals.satisfaction)
        *set << double(n);
    connect(set, &QBarSet::clicked, this, [this, f](int index) {
        storage::QueueQuery query;
        query.satisfaction = index + 1;
        query.departmentId = f.period.departmentId;
        query.receivedFrom = f.period.fromMs();
        query.receivedBefore = f.period.toMs();
        Q_EMIT openQueue(query, tr("customers who answered %1").arg(index + 1));
    });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    addAxes(chart, series, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                            QStringLiteral("4"), QStringLiteral("5")});
    return viewOf(chart);
}

void DashboardPane::fillWorkload(const models::DashboardFigures &f)
{
    m_workload->setSortingEnabled(false);
    m_workload->setRowCount(int(f.workload.size()));
    int row = 0;
    for (const auto &w : f.workload) {
        const storage::Compliance *c = nullptr;
        for (const auto &candidate : f.complianceByAgent) {
            if (candidate.groupId == w.userId)
                c = &candidate;
        }
        auto *person = new QTableWidgetItem(f.people.value(w.userId));
        person->setData(Qt::UserRole, w.userId);
        m_workload->setItem(row, 0, person);
        const QList<qint64> counts{w.open, w.dueToday, w.atRisk, w.overdue, w.closedThisWeek};
        for (int i = 0; i < counts.size(); ++i) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, counts.at(i));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_workload->setItem(row, 1 + i, item);
        }
        const QList<std::optional<double>> shares{c ? c->firstResponseShare() : std::nullopt,
                                                  c ? c->resolutionShare() : std::nullopt};
        for (int i = 0; i < shares.size(); ++i) {
            auto *item = new QTableWidgetItem(models::Formatting::percent(shares.at(i)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_workload->setItem(row, 6 + i, item);
        }
        ++row;
    }
    m_workload->setSortingEnabled(true);
    m_workload->sortByColumn(4, Qt::DescendingOrder);   // the most overdue first
    m_workload->resizeColumnsToContents();
}

std::optional<models::StatisticsReport> DashboardPane::buildReport()
{
    QProgressDialog progress(tr("Reading the complaints of the period..."), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // Told by the worker thread, read by the progress dialog's timer.
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(1);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QFuture<Result<models::StatisticsReport>> future =
        models::StatisticsReportService(m_workspace)
            .buildInBackground(chosenPeriod(), [=](qint64 d, qint64 t) {
                done->store(d);
                total->store(std::max<qint64>(1, t));
                return !cancel->load();
            });
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        progress.setValue(int(100 * done->load() / total->load()));
        if (progress.wasCanceled())
            cancel->store(true);
        if (future.isFinished())
            loop.quit();
    });
    poll.start(50);
    loop.exec();
    progress.reset();
    auto report = future.result();
    if (!report) {
        if (report.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(this, tr("Statistics report"), report.error().message);
        return std::nullopt;
    }
    return std::move(report).value();
}

void DashboardPane::exportReport()
{
    const models::StatisticsPeriod period = chosenPeriod();
    const QString suggested = tr("complaint-statistics-%1-%2").arg(period.first.toString(Qt::ISODate),
                                                                  period.last.toString(Qt::ISODate));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export statistics report"), suggested + QStringLiteral(".pdf"),
        tr("PDF with charts (*.pdf);;CSV for Excel (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (auto writable = models::StatisticsReportService::checkOutput(path); !writable) {
        QMessageBox::warning(this, tr("Statistics report"), writable.error().message);
        return;
    }
    auto report = buildReport();
    if (!report)
        return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    auto written = csv ? models::StatisticsReportService::writeCsv(*report, m_workspace, path)
                       : models::StatisticsReportService::writePdf(*report, m_workspace, path);
    if (!written)
        QMessageBox::warning(this, tr("Statistics report"), written.error().message);
    else
        m_status->setText(tr("Report written to %1").arg(path));
}

void DashboardPane::printReport()
{
    auto report = buildReport();
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        // "Print to file": written like an export, complete or not at all.
        const QString path = printer.outputFileName();
        auto written = models::StatisticsReportService::writePdf(*report, m_workspace, path);
        if (!written)
            QMessageBox::warning(this, tr("Statistics report"), written.error().message);
        else
            m_status->setText(tr("Report written to %1").arg(path));
        return;
    }
    if (!models::StatisticsReportService::paint(*report, m_workspace, printer)) {
        QMessageBox::warning(this, tr("Statistics report"),
                             tr("The report could not be printed on %1.")
                                 .arg(printer.printerName()));
    }
}

} // namespace cd::ui
