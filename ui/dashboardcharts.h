#pragma once

#include "dashboardservice.h"

#include <QWidget>

class QChartView;
class QGridLayout;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// The dashboard's charts of one set of figures: the backlog, deadline compliance, overdue
// ageing, daily volume, top sub-categories and satisfaction. Clicking a bar asks for the
// matching queue (openQueue; the queries are DashboardService's).
class DashboardCharts : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardCharts(models::Workspace &workspace, QWidget *parent = nullptr);

    // Replaces the charts by those of `f`.
    void showFigures(const models::DashboardFigures &f);

Q_SIGNALS:
    void openQueue(const cd::storage::QueueQuery &query, const QString &title);

private:
    void place(int row, int column, QChartView *view, int columnSpan = 1);
    QChartView *backlogChart(const models::DashboardFigures &f);
    QChartView *complianceChart(const models::DashboardFigures &f);
    QChartView *agingChart(const models::DashboardFigures &f);
    QChartView *volumeChart(const models::DashboardFigures &f);
    QChartView *subcategoryChart(const models::DashboardFigures &f);
    QChartView *satisfactionChart(const models::DashboardFigures &f);

    models::Workspace &m_workspace;
    QGridLayout *m_grid;
};

} // namespace cd::ui
