#pragma once

#include "queuequery.h"
#include "dashboardservice.h"
#include "statisticsreport.h"

#include <QFutureWatcher>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// The team lead's dashboard (F4): a period and a department, the figures read off the UI
// thread (DashboardService::computeInBackground), charts of the backlog, deadline
// compliance, overdue ageing, daily volume, top sub-categories and satisfaction, the
// headline rates, and each person's workload. Clicking a bar (or a workload row) asks for
// the matching queue (openQueue). The statistics report is exported (CSV, PDF) or
// printed from here, with progress and cancel.
class DashboardPane : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPane(models::Workspace &workspace, QWidget *parent = nullptr);

    // Reads the figures again for the chosen period (in the background).
    void refresh();
    // The figures shown last (tests).
    const std::optional<models::DashboardFigures> &figures() const { return m_figures; }
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void openQueue(const cd::storage::QueueQuery &query, const QString &title);
    void figuresShown();

private:
    models::StatisticsPeriod chosenPeriod() const;
    void showFigures(const models::DashboardFigures &figures);
    void place(int row, int column, QChartView *view, int columnSpan = 1);
    QChartView *backlogChart(const models::DashboardFigures &f);
    QChartView *complianceChart(const models::DashboardFigures &f);
    QChartView *agingChart(const models::DashboardFigures &f);
    QChartView *volumeChart(const models::DashboardFigures &f);
    QChartView *subcategoryChart(const models::DashboardFigures &f);
    QChartView *satisfactionChart(const models::DashboardFigures &f);
    void fillWorkload(const models::DashboardFigures &f);
    void exportReport();
    void printReport();
    // Builds the report with a cancellable progress dialog; none when cancelled or failed
    // (the failure has been shown).
    std::optional<models::StatisticsReport> buildReport();

    models::Workspace &m_workspace;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_department;
    QLabel *m_status;
    QLabel *m_headline;
    QGridLayout *m_charts;
    QTableWidget *m_workload;
    QFutureWatcher<Result<models::DashboardFigures>> m_watcher;
    std::optional<models::DashboardFigures> m_figures;
    bool m_again = false;   // the period changed while reading
};

} // namespace cd::ui
