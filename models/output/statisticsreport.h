#pragma once

#include "dashboardservice.h"
#include "printedreport.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cd::models {

class Workspace;

// The periodic statistics report for management and the regulator: complaints received in
// a period counted by business type x regulatory cause (JR/T 0169-2018) x category, with
// the share resolved, the share resolved on time (of those resolved), the mean and the
// 90th percentile (nearest rank) of the time to resolution, and how many a regulator
// forwarded. Rows come in the order of the codes and of the taxonomy; a total row ends it.
struct StatisticsReport
{
    struct Row
    {
        QString businessType; // code; empty in the total row
        QString regulatoryCause; // code; empty in the total row
        qint64 categoryId = 0; // 0 in the total row
        qint64 received = 0;
        qint64 resolved = 0;
        qint64 resolvedOnTime = 0;
        qint64 regulatorForwarded = 0;
        std::optional<double> meanHours; // none: nothing resolved
        std::optional<double> p90Hours;

        std::optional<double> shareResolved() const;
        std::optional<double> shareOnTime() const;
    };

    StatisticsPeriod period;
    qint64 generatedAt = 0;
    QString generatedBy;
    QList<Row> rows;
    Row total;
    // Complaints received per regulatory cause (the report's chart), in code order.
    QList<std::pair<QString, qint64>> byCause() const;
};

// Builds the report and writes it as CSV (UTF-8 with a byte-order mark, for Excel) or PDF
// (with its chart), or paints it on a printer. Files appear only when complete (OutputFile:
// mode 0600; a failure leaves no partial file and an existing file untouched).
class StatisticsReportService
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReportService)
public:
    enum class Format { Csv, Pdf };
    static std::optional<Format> formatFromName(const QString &name); // "csv", "pdf"

    explicit StatisticsReportService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // `progress(done, total)` is called as complaints are read; returning false cancels.
    using Progress = std::function<bool(qint64, qint64)>;
    // Both read on a connection of their own, after checking the period (a refusal is the
    // result): build() on the calling thread, buildInBackground() on a worker thread, which
    // is where it calls `progress` (so it must be thread-safe).
    Result<StatisticsReport> build(const StatisticsPeriod &period,
                                   const Progress &progress = {}) const;
    QFuture<Result<StatisticsReport>> buildInBackground(const StatisticsPeriod &period,
                                                        const Progress &progress) const;
    // The period as the actor may report on it (DashboardService::checked).
    Result<StatisticsPeriod> checked(const StatisticsPeriod &period) const;

    // Labels come from the taxonomy of `workspace`, in the current language.
    static Result<void> writeCsv(const StatisticsReport &report, const Workspace &workspace,
                                 const QString &path);
    // The report as drawn (PDF, paper): its texts in the current language, labels from the
    // taxonomy of `workspace`, on `pageSize` (landscape).
    static PrintedReport printed(const StatisticsReport &report, const Workspace &workspace,
                                 PrintedReport::PageSize pageSize = PrintedReport::PageSize::A4);
    // Draws a printed report as a PDF in memory; empty when it could not be drawn.
    // ReportDrawing::pdf (the window) or the CLI's drawing module.
    using PdfDrawing = std::function<QByteArray(const PrintedReport &)>;
    // The report as a PDF file, drawn by `draw`.
    static Result<void> writePdf(const StatisticsReport &report, const Workspace &workspace,
                                 const QString &path, const PdfDrawing &draw,
                                 PrintedReport::PageSize pageSize = PrintedReport::PageSize::A4);
    // "a4", "letter", "a5"
    static std::optional<PrintedReport::PageSize> pageSizeFromName(const QString &name);
    static QStringList csvHeader();
    // The table's headers in the current language.
    static QStringList tableHeaders();
    // Whether a report can be written at `path` (its folder exists and is writable), to be
    // asked before the work so that a wrong path is told at once.
    static Result<void> checkOutput(const QString &path);

private:
    // What a build needs, gathered on the workspace's thread.
    struct Job
    {
        QString databasePath;
        StatisticsPeriod period; // checked
        qint64 nowMs = 0;
        QString generatedBy;
    };
    Result<Job> jobFor(const StatisticsPeriod &period) const;
    static Result<StatisticsReport> run(const Job &job, const Progress &progress);

    Workspace &m_workspace;
};

} // namespace cd::models
