#pragma once

#include "dashboardservice.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class DashboardCharts;
class ReportOutput;

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
    void fillWorkload(const models::DashboardFigures &f);
    void fillSuggestions(const models::DashboardFigures &f);

    models::Workspace &m_workspace;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_department;
    QLabel *m_status;
    QLabel *m_headline;
    DashboardCharts *m_charts;
    ReportOutput *m_report;
    QTableWidget *m_workload;
    QLabel *m_suggestionsTitle;
    QTableWidget *m_suggestions; // how often each category's suggestion was kept
    QFutureWatcher<Result<models::DashboardFigures>> m_watcher;
    std::optional<models::DashboardFigures> m_figures;
    bool m_again = false; // the period changed while reading
};

} // namespace cd::ui
