#pragma once

#include "dashboardservice.h"
#include "statisticsreport.h"

#include <QObject>

#include <functional>

class QWidget;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// The statistics report of a period, exported (CSV, PDF) or printed from the dashboard:
// built on a worker thread with a progress dialog whose Cancel stops it; failures are
// shown in message boxes over `parent`.
class ReportOutput : public QObject
{
    Q_OBJECT
public:
    ReportOutput(models::Workspace &workspace, QWidget *parent);

    // Asks for a file, builds the report and writes it.
    void exportReport(const models::StatisticsPeriod &period);
    // Builds the report, asks for a printer and prints it (or writes the PDF asked for).
    void printReport(const models::StatisticsPeriod &period);

Q_SIGNALS:
    void reportWritten(const QString &path);

private:
    // Builds the report in the background, then calls `use` with it (not when cancelled
    // or failed; a failure has been shown).
    void buildReport(const models::StatisticsPeriod &period,
                     std::function<void(const models::StatisticsReport &)> use);
    void writeReport(const models::StatisticsReport &report, const QString &path);
    void print(const models::StatisticsReport &report);

    models::Workspace &m_workspace;
    QWidget *m_parent;
};

} // namespace cd::ui
