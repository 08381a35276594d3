#include "dashboardpane.h"

#include "codes.h"
#include "dashboardcharts.h"
#include "dialoglayout.h"
#include "formatting.h"
#include "reference.h"
#include "reportoutput.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

DashboardPane::DashboardPane(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_department(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_charts(new DashboardCharts(workspace, this))
    , m_report(new ReportOutput(workspace, this))
    , m_workload(new QTableWidget(this))
    , m_suggestionsTitle(new QLabel(this))
    , m_suggestions(new QTableWidget(this))
{
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs(), rules::businessTimeZone())
            .date();
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
            m_department->addItem(m_workspace.taxonomy().departmentName(department.id),
                                  department.id);
    }
    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);
    auto *refreshButton = pushButton(this, tr("&Show"), {}, &DashboardPane::refresh);
    auto *exportButton =
        pushButton(this, tr("&Export report..."), QStringLiteral("exportReportButton"),
                   [this] { m_report->exportReport(chosenPeriod()); });
    auto *printButton = pushButton(this, tr("&Print report..."), {},
                                   [this] { m_report->printReport(chosenPeriod()); });
    connect(m_report, &ReportOutput::reportWritten, this, [this](const QString &path) {
        m_status->setText(tr("Report written to %1").arg(path));
    });
    connect(m_charts, &DashboardCharts::openQueue, this, &DashboardPane::openQueue);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPane::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPane::refresh);
    connect(m_department, &QComboBox::currentIndexChanged, this, &DashboardPane::refresh);

    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> {
             fromLabel, m_from, toLabel, m_to, departmentLabel, m_department, refreshButton})
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
    setUpRowTable(m_workload, QAbstractItemView::ExtendedSelection);
    m_workload->setMinimumHeight(180);
    connect(m_workload, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (!m_figures)
            return;
        const qint64 user = m_workload->item(row, 0)->data(Qt::UserRole).toLongLong();
        Q_EMIT openQueue(models::DashboardService::workloadQueue(*m_figures, user),
                         tr("open complaints of %1").arg(m_workload->item(row, 0)->text()));
    });

    m_suggestions->setObjectName(QStringLiteral("suggestionAcceptanceTable"));
    m_suggestionsTitle->setObjectName(QStringLiteral("suggestionAcceptanceTitle"));
    m_suggestions->setColumnCount(4);
    m_suggestions->setHorizontalHeaderLabels(
        {tr("Suggested category"), tr("Suggested"), tr("Kept by the agent"), tr("Kept")});
    setUpRowTable(m_suggestions, QAbstractItemView::ExtendedSelection);
    m_suggestions->setMinimumHeight(160);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_headline);
    contentLayout->addWidget(m_charts);
    auto *workloadTitle =
        new QLabel(tr("<b>Workload</b> (double-click a person for their queue)"), content);
    contentLayout->addWidget(workloadTitle);
    contentLayout->addWidget(m_workload);
    contentLayout->addWidget(m_suggestionsTitle);
    contentLayout->addWidget(m_suggestions);
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
    models::StatisticsPeriod period {m_from->date(), m_to->date(), std::nullopt};
    if (m_department->currentData().isValid())
        period.departmentId = m_department->currentData().toLongLong();
    return period;
}

void DashboardPane::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true; // read again with the new choice once this read ends
        return;
    }
    // A period the actor may not see comes back at once as the error, shown in place of
    // the status; the figures shown stay as they were.
    m_status->setText(tr("Reading..."));
    m_watcher.setFuture(models::DashboardService(m_workspace).computeInBackground(chosenPeriod()));
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
    m_charts->showFigures(f);
    fillWorkload(f);
    fillSuggestions(f);
    // in the call centre's zone, as every time on screen (labelled where the computer's differs)
    m_status->setText(tr("As of %1").arg(models::Formatting::labelledDateTime(f.asOf)));
    Q_EMIT figuresShown();
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
        const QList<qint64> counts {w.open, w.dueToday, w.atRisk, w.overdue, w.closedThisWeek};
        for (int i = 0; i < counts.size(); ++i) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, counts.at(i));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_workload->setItem(row, 1 + i, item);
        }
        const QList<std::optional<double>> shares {c ? c->firstResponseShare() : std::nullopt,
                                                   c ? c->resolutionShare() : std::nullopt};
        for (int i = 0; i < shares.size(); ++i) {
            auto *item = new QTableWidgetItem(models::Formatting::percent(shares.at(i)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_workload->setItem(row, 6 + i, item);
        }
        ++row;
    }
    m_workload->setSortingEnabled(true);
    m_workload->sortByColumn(4, Qt::DescendingOrder); // the most overdue first
    m_workload->resizeColumnsToContents();
}

void DashboardPane::fillSuggestions(const models::DashboardFigures &f)
{
    const storage::SuggestionAcceptance all = f.overallSuggestionAcceptance();
    m_suggestionsTitle->setText(
        tr("<b>Category suggestions</b>: %1 of %2 kept (%3) by the agents or leads")
            .arg(QLocale().toString(all.accepted), QLocale().toString(all.suggested),
                 models::Formatting::percent(all.share())));
    m_suggestions->setSortingEnabled(false);
    m_suggestions->setRowCount(int(f.suggestionAcceptance.size()));
    int row = 0;
    for (const storage::SuggestionAcceptance &a : f.suggestionAcceptance) {
        auto *category = new QTableWidgetItem(m_workspace.taxonomy().categoryName(a.categoryId));
        category->setData(Qt::UserRole, a.categoryId);
        m_suggestions->setItem(row, 0, category);
        const QList<qint64> counts {a.suggested, a.accepted};
        for (int i = 0; i < counts.size(); ++i) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, counts.at(i));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_suggestions->setItem(row, 1 + i, item);
        }
        auto *share = new QTableWidgetItem(models::Formatting::percent(a.share()));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_suggestions->setItem(row, 3, share);
        ++row;
    }
    m_suggestions->setSortingEnabled(true);
    m_suggestions->sortByColumn(1, Qt::DescendingOrder); // the most suggested first
    m_suggestions->resizeColumnsToContents();
}

} // namespace cd::ui
