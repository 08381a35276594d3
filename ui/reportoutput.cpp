#include "reportoutput.h"

#include "reportdrawing.h"
#include "workspace.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <memory>

namespace cd::ui {

ReportOutput::ReportOutput(models::Workspace &workspace, QWidget *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_parent(parent)
{
}

void ReportOutput::buildReport(const models::StatisticsPeriod &period,
                               std::function<void(const models::StatisticsReport &)> use)
{
    using Watcher = QFutureWatcher<Result<models::StatisticsReport>>;
    auto *progress = new QProgressDialog(tr("Reading the complaints of the period..."),
                                         tr("Cancel"), 0, 100, m_parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto *watcher = new Watcher(this);
    // Set by the dialog's Cancel, read by the worker thread.
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    // The worker tells its progress through the watcher's thread (the watcher outlives
    // every call: it is deleted once the build has finished).
    const QPointer<QProgressDialog> shown(progress);
    auto tell = [watcher, shown, cancel](qint64 done, qint64 total) {
        const int percent = int(100 * done / std::max<qint64>(1, total));
        QMetaObject::invokeMethod(
            watcher,
            [shown, percent] {
                if (shown)
                    shown->setValue(percent);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    connect(watcher, &Watcher::finished, this, [this, watcher, progress, use = std::move(use)] {
        progress->reset();
        progress->deleteLater();
        watcher->deleteLater();
        const auto report = watcher->result();
        if (!report) {
            if (report.error().kind != Error::Kind::Cancelled)
                QMessageBox::warning(m_parent, tr("Statistics report"), report.error().message);
            return;
        }
        use(*report);
    });
    watcher->setFuture(
        models::StatisticsReportService(m_workspace).buildInBackground(period, tell));
}

void ReportOutput::exportReport(const models::StatisticsPeriod &period)
{
    const QString suggested =
        tr("complaint-statistics-%1-%2")
            .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export statistics report"), suggested + QStringLiteral(".pdf"),
        tr("PDF with charts (*.pdf);;CSV for Excel (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (auto writable = models::StatisticsReportService::checkOutput(path); !writable) {
        QMessageBox::warning(m_parent, tr("Statistics report"), writable.error().message);
        return;
    }
    buildReport(period, [this, path](const models::StatisticsReport &report) {
        writeReport(report, path);
    });
}

void ReportOutput::writeReport(const models::StatisticsReport &report, const QString &path)
{
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    auto written = csv ? models::StatisticsReportService::writeCsv(report, m_workspace, path)
                       : models::StatisticsReportService::writePdf(report, m_workspace, path,
                                                                   &models::ReportDrawing::pdf);
    if (!written)
        QMessageBox::warning(m_parent, tr("Statistics report"), written.error().message);
    else
        Q_EMIT reportWritten(path);
}

void ReportOutput::printReport(const models::StatisticsPeriod &period)
{
    buildReport(period, [this](const models::StatisticsReport &report) { print(report); });
}

void ReportOutput::print(const models::StatisticsReport &report)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        // "Print to file": written like an export, complete or not at all.
        const QString path = printer.outputFileName();
        auto written = models::StatisticsReportService::writePdf(report, m_workspace, path,
                                                                 &models::ReportDrawing::pdf);
        if (!written)
            QMessageBox::warning(m_parent, tr("Statistics report"), written.error().message);
        else
            Q_EMIT reportWritten(path);
        return;
    }
    if (!models::ReportDrawing::paint(models::StatisticsReportService::printed(report, m_workspace),
                                      printer)) {
        QMessageBox::warning(
            m_parent, tr("Statistics report"),
            tr("The report could not be printed on %1.").arg(printer.printerName()));
    }
}

} // namespace cd::ui
