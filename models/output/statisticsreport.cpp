#include "statisticsreport.h"

#include "codes.h"
#include "csvexporter.h"
#include "database.h"
#include "formatting.h"
#include "outputfile.h"
#include "statisticsrepository.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace cd::models {

namespace {

constexpr double hourMs = 3600.0 * 1000.0;

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

// The nearest-rank percentile of sorted values.
double percentile(const QList<qint64> &sorted, double p)
{
    const auto rank = qsizetype(std::ceil(p * double(sorted.size())));
    return double(sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)));
}

StatisticsReport::Row rowOf(const QString &type, const QString &cause, qint64 category,
                            qint64 received, qint64 resolved, qint64 onTime, qint64 regulator,
                            QList<qint64> durations)
{
    StatisticsReport::Row row {type,   cause,     category, received, resolved,
                               onTime, regulator, {},       {}};
    if (!durations.isEmpty()) {
        std::sort(durations.begin(), durations.end());
        double sum = 0;
        for (const qint64 ms : std::as_const(durations))
            sum += double(ms);
        row.meanHours = sum / double(durations.size()) / hourMs;
        row.p90Hours = percentile(durations, 0.9) / hourMs;
    }
    return row;
}

QString hours(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("-");
}

QString businessTypeLabel(const QString &code)
{
    const auto type = rules::businessTypeFromCode(code);
    return type ? rules::Labels::businessType(*type) : code;
}

QString causeLabel(const QString &code)
{
    const auto cause = rules::regulatoryCauseFromCode(code);
    return cause ? rules::Labels::regulatoryCause(*cause) : code;
}

} // namespace

Result<void> StatisticsReportService::checkOutput(const QString &path)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty() || info.isDir())
        return Error::invalid(tr("Choose a file to write the report to."),
                              QStringLiteral("output"));
    if (info.exists() && !info.isFile()) {
        // A device or a pipe, written in place (OutputFile).
        if (!info.isWritable()) {
            return Error::invalid(
                tr("The report cannot be written to %1: it is not writable.").arg(path),
                QStringLiteral("output"));
        }
        return {};
    }
    if (!info.absoluteDir().exists()) {
        return Error::invalid(tr("The folder %1 does not exist.").arg(info.absolutePath()),
                              QStringLiteral("output"));
    }
    QTemporaryFile probe(info.absolutePath() + QStringLiteral("/.complaintdesk-XXXXXX"));
    if (!probe.open()) {
        return Error::invalid(tr("The report cannot be written to %1: %2")
                                  .arg(info.absolutePath(), probe.errorString()),
                              QStringLiteral("output"));
    }
    return {};
}

std::optional<double> StatisticsReport::Row::shareResolved() const
{
    return share(resolved, received);
}
std::optional<double> StatisticsReport::Row::shareOnTime() const
{
    return share(resolvedOnTime, resolved);
}

QList<std::pair<QString, qint64>> StatisticsReport::byCause() const
{
    QList<std::pair<QString, qint64>> counts;
    for (const rules::RegulatoryCause cause : rules::allRegulatoryCauses()) {
        qint64 n = 0;
        for (const Row &row : rows) {
            if (row.regulatoryCause == rules::code(cause))
                n += row.received;
        }
        counts.append({rules::code(cause), n});
    }
    return counts;
}

std::optional<StatisticsReportService::Format>
StatisticsReportService::formatFromName(const QString &name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return Format::Pdf;
    return std::nullopt;
}

Result<StatisticsPeriod> StatisticsReportService::checked(const StatisticsPeriod &period) const
{
    return DashboardService(m_workspace).checked(period);
}

Result<StatisticsReportService::Job>
StatisticsReportService::jobFor(const StatisticsPeriod &period) const
{
    auto allowed = checked(period);
    if (!allowed)
        return allowed.error();
    return Job {m_workspace.database().path(), *allowed, m_workspace.clock().nowMs(),
                m_workspace.actor().shownName()};
}

Result<StatisticsReport> StatisticsReportService::build(const StatisticsPeriod &period,
                                                        const Progress &progress) const
{
    auto job = jobFor(period);
    if (!job)
        return job.error();
    return run(*job, progress);
}

QFuture<Result<StatisticsReport>>
StatisticsReportService::buildInBackground(const StatisticsPeriod &period,
                                           const Progress &progress) const
{
    auto job = jobFor(period);
    if (!job)
        return QtFuture::makeReadyFuture(Result<StatisticsReport>(job.error()));
    return QtConcurrent::run([job = *job, progress] { return run(job, progress); });
}

Result<StatisticsReport> StatisticsReportService::run(const Job &job, const Progress &progress)
{
    const StatisticsPeriod &period = job.period;
    const qint64 nowMs = job.nowMs;
    auto database = storage::Database::open(job.databasePath, storage::Database::Upgrade::None);
    if (!database)
        return database.error();
    const QSqlDatabase db = (*database)->connection();
    auto taxonomy = Taxonomy::load(db);
    if (!taxonomy)
        return taxonomy.error();
    const storage::StatisticsScope scope {period.fromMs(), period.toMs(), nowMs,
                                          period.departmentId};
    auto cells = storage::StatisticsRepository(db).reportCells(scope, progress);
    if (!cells)
        return cells.error();
    // Business types and causes in code order, categories in the taxonomy's order.
    auto rank = [&](const storage::ReportCell &c) {
        const auto type = rules::businessTypeFromCode(c.businessType);
        const auto cause = rules::regulatoryCauseFromCode(c.regulatoryCause);
        const auto *category = taxonomy->category(c.categoryId);
        return std::make_tuple(type ? int(*type) : 99, cause ? int(*cause) : 99,
                               category ? category->position : 9999, c.categoryId);
    };
    std::sort(cells->begin(), cells->end(),
              [&](const auto &a, const auto &b) { return rank(a) < rank(b); });
    StatisticsReport report;
    report.period = period;
    report.generatedAt = nowMs;
    report.generatedBy = job.generatedBy;
    qint64 received = 0, resolved = 0, onTime = 0, regulator = 0;
    QList<qint64> all;
    for (const storage::ReportCell &c : std::as_const(*cells)) {
        report.rows.append(rowOf(c.businessType, c.regulatoryCause, c.categoryId, c.received,
                                 c.resolved, c.resolvedOnTime, c.regulatorForwarded,
                                 c.resolutionMs));
        received += c.received;
        resolved += c.resolved;
        onTime += c.resolvedOnTime;
        regulator += c.regulatorForwarded;
        all += c.resolutionMs;
    }
    report.total = rowOf({}, {}, 0, received, resolved, onTime, regulator, std::move(all));
    return report;
}

QStringList StatisticsReportService::csvHeader()
{
    return {QStringLiteral("business_type"),
            QStringLiteral("business_type_name"),
            QStringLiteral("regulatory_cause"),
            QStringLiteral("regulatory_cause_name"),
            QStringLiteral("category"),
            QStringLiteral("category_name"),
            QStringLiteral("received"),
            QStringLiteral("resolved"),
            QStringLiteral("share_resolved"),
            QStringLiteral("resolved_on_time"),
            QStringLiteral("share_on_time"),
            QStringLiteral("mean_resolution_hours"),
            QStringLiteral("p90_resolution_hours"),
            QStringLiteral("regulator_forwarded")};
}

Result<void> StatisticsReportService::writeCsv(const StatisticsReport &report,
                                               const Workspace &workspace, const QString &path)
{
    if (auto writable = checkOutput(path); !writable)
        return writable;
    // Numbers in the C locale (a dot, no grouping): the file is read by programs too.
    auto number = [](std::optional<double> v, int decimals) {
        return v ? QString::number(*v, 'f', decimals) : QString();
    };
    auto line = [&](const StatisticsReport::Row &row, bool total) {
        const QString category =
            total ? QString() : workspace.taxonomy().categoryCode(row.categoryId);
        const QStringList fields {total ? QStringLiteral("TOTAL") : row.businessType,
                                  total ? tr("Total") : businessTypeLabel(row.businessType),
                                  row.regulatoryCause,
                                  total ? QString() : causeLabel(row.regulatoryCause),
                                  category,
                                  total ? QString()
                                        : workspace.taxonomy().categoryName(row.categoryId),
                                  QString::number(row.received),
                                  QString::number(row.resolved),
                                  number(row.shareResolved(), 4),
                                  QString::number(row.resolvedOnTime),
                                  number(row.shareOnTime(), 4),
                                  number(row.meanHours, 2),
                                  number(row.p90Hours, 2),
                                  QString::number(row.regulatorForwarded)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << CsvExporter::field(f, true);
        return (quoted.join(u',') + QStringLiteral("\r\n")).toUtf8();
    };
    QByteArray out("\xEF\xBB\xBF");
    out += (csvHeader().join(u',') + QStringLiteral("\r\n")).toUtf8();
    for (const StatisticsReport::Row &row : report.rows)
        out += line(row, false);
    out += line(report.total, true);
    return OutputFile::writeAll(path, out);
}

std::optional<PrintedReport::PageSize>
StatisticsReportService::pageSizeFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("a4"))
        return PrintedReport::PageSize::A4;
    if (n == QLatin1String("letter"))
        return PrintedReport::PageSize::Letter;
    if (n == QLatin1String("a5"))
        return PrintedReport::PageSize::A5;
    return std::nullopt;
}

QStringList StatisticsReportService::tableHeaders()
{
    return {tr("Business type"),
            tr("Regulatory cause"),
            tr("Category"),
            tr("Number received"),
            tr("Share resolved"),
            tr("Share resolved on time"),
            tr("Mean hours to resolve"),
            tr("90th percentile hours to resolve"),
            tr("Forwarded by a regulator")};
}

PrintedReport StatisticsReportService::printed(const StatisticsReport &report,
                                               const Workspace &workspace,
                                               PrintedReport::PageSize pageSize)
{
    PrintedReport out;
    out.pageSize = pageSize;
    const QString first = report.period.first.toString(Qt::ISODate);
    const QString last = report.period.last.toString(Qt::ISODate);
    out.documentTitle = tr("Complaint statistics %1 to %2").arg(first, last);
    const QString department = report.period.departmentId
        ? workspace.taxonomy().departmentName(*report.period.departmentId)
        : tr("All departments");
    out.heading = tr("Complaint statistics report");
    const StatisticsReport::Row &t = report.total;
    out.summary << tr("Period: %1 to %2 · %3 · generated %4 by %5")
                       .arg(first, last, department, Formatting::dateTime(report.generatedAt),
                            report.generatedBy)
                << tr("Received %1 · resolved %2 · on time %3 · mean time to resolution %4 h, "
                      "90th percentile %5 h · forwarded by a regulator %6")
                       .arg(t.received)
                       .arg(Formatting::percent(t.shareResolved()),
                            Formatting::percent(t.shareOnTime()), hours(t.meanHours),
                            hours(t.p90Hours))
                       .arg(t.regulatorForwarded);
    out.chartTitle = tr("Complaints received by regulatory cause (JR/T 0169-2018)");
    for (const auto &[cause, n] : report.byCause())
        out.bars.append({causeLabel(cause), n, QLocale().toString(n)});
    out.headers = tableHeaders();
    auto cellsOf = [&](const StatisticsReport::Row &row, bool total) {
        return QStringList {total ? tr("Total") : businessTypeLabel(row.businessType),
                            total ? QString() : causeLabel(row.regulatoryCause),
                            total ? QString() : workspace.taxonomy().categoryName(row.categoryId),
                            QLocale().toString(row.received),
                            Formatting::percent(row.shareResolved()),
                            Formatting::percent(row.shareOnTime()),
                            hours(row.meanHours),
                            hours(row.p90Hours),
                            QLocale().toString(row.regulatorForwarded)};
    };
    for (const StatisticsReport::Row &row : report.rows)
        out.rows << cellsOf(row, false);
    out.total = cellsOf(report.total, true);
    out.emptyNote = tr("No complaints were received in this period.");
    return out;
}

Result<void> StatisticsReportService::writePdf(const StatisticsReport &report,
                                               const Workspace &workspace, const QString &path,
                                               const PdfDrawing &draw,
                                               PrintedReport::PageSize pageSize)
{
    if (auto writable = checkOutput(path); !writable)
        return writable;
    const QByteArray pdf = draw(printed(report, workspace, pageSize));
    if (pdf.isEmpty()) {
        return Error::storage(tr("The report for %1 could not be drawn as a PDF; nothing was "
                                 "written.")
                                  .arg(path));
    }
    return OutputFile::writeAll(path, pdf);
}

} // namespace cd::models
