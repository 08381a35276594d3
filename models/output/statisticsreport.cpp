#include "statisticsreport.h"

#include "codes.h"
#include "csvexporter.h"
#include "database.h"
#include "formatting.h"
#include "outputfile.h"
#include "statisticsrepository.h"
#include "workspace.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
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

std::optional<QPageSize> StatisticsReportService::pageSizeFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    if (n == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    if (n == QLatin1String("a5"))
        return QPageSize(QPageSize::A5);
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

int StatisticsReportService::columnGap(QPaintDevice *device)
{
    return std::max(2, device->logicalDpiX() / 12); // about 2 mm
}

QFont StatisticsReportService::reportFont(bool bold)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(9);
    font.setBold(bold);
    return font;
}

StatisticsReportService::TableLayout
StatisticsReportService::tableLayout(const QStringList &headers, const QList<QStringList> &rows,
                                     QPaintDevice *device, int width)
{
    const QFont headerFont = reportFont(true);
    const QFont cellFont = reportFont(false);
    constexpr int textColumns = 3; // business type, cause, category: the rest are numbers
    const QList<double> textShares {0.26, 0.37, 0.37};
    const QFontMetrics headerMetrics(headerFont, device);
    const QFontMetrics cellMetrics(cellFont, device);
    const int gap = columnGap(device);
    // the widest piece that cannot be broken (a word; in Chinese a character or a number)
    const auto unbreakable = [](const QFontMetrics &metrics, const QString &text) {
        return metrics.boundingRect(QRect(0, 0, 1, 1 << 20), Qt::TextWordWrap, text).width();
    };
    TableLayout layout;
    QList<int> least;
    for (int i = 0; i < headers.size(); ++i) {
        int w = unbreakable(headerMetrics, headers.at(i));
        for (const QStringList &row : rows) {
            if (i >= row.size())
                continue;
            // numbers stay on one line; names may wrap
            w = std::max(w,
                         i < textColumns ? unbreakable(cellMetrics, row.at(i))
                                         : cellMetrics.horizontalAdvance(row.at(i)));
        }
        least << w + gap;
    }
    int leastNumbers = 0;
    int leastText = 0;
    for (int i = 0; i < headers.size(); ++i)
        (i < textColumns ? leastText : leastNumbers) += least.at(i);
    // A number column's header on one line when the text columns keep a third of the page
    // at least, else on two, else as narrow as its longest word.
    QList<int> widths = least;
    int numbers = leastNumbers;
    for (const int lines : {1, 2}) {
        QList<int> tried = least;
        int sum = 0;
        for (int i = textColumns; i < headers.size(); ++i) {
            const int oneLine = headerMetrics.horizontalAdvance(headers.at(i));
            tried[i] = std::max(least.at(i),
                                oneLine / lines + gap
                                    + (lines > 1 ? headerMetrics.averageCharWidth() : 0));
            sum += tried.at(i);
        }
        if (sum + std::max(leastText, width / 3) <= width) {
            widths = tried;
            numbers = sum;
            break;
        }
    }
    const int forText = std::max(0, width - numbers);
    // each text column its least, the rest shared out
    const int spare = std::max(0, forText - leastText);
    for (int i = 0; i < textColumns && i < headers.size(); ++i)
        widths[i] = least.at(i) + int(spare * textShares.at(i));
    layout.widths = widths;
    for (int i = 0; i < headers.size(); ++i) {
        layout.headerHeight = std::max(layout.headerHeight,
                                       headerMetrics
                                           .boundingRect(QRect(0, 0, widths.at(i) - gap, 1 << 20),
                                                         Qt::TextWordWrap, headers.at(i))
                                           .height());
    }
    return layout;
}

Result<void> StatisticsReportService::writePdf(const StatisticsReport &report,
                                               const Workspace &workspace, const QString &path,
                                               const QPageSize &pageSize)
{
    if (auto writable = checkOutput(path); !writable)
        return writable;
    // Rendered in memory (a report is a few pages), then written as one file.
    QBuffer rendered;
    rendered.open(QIODevice::WriteOnly);
    bool painted = false;
    {
        QPdfWriter pdf(&rendered);
        pdf.setPageSize(pageSize);
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        pdf.setTitle(tr("Complaint statistics %1 to %2")
                         .arg(report.period.first.toString(Qt::ISODate),
                              report.period.last.toString(Qt::ISODate)));
        pdf.setCreator(QStringLiteral("ComplaintDesk"));
        painted = paint(report, workspace, pdf);
    }
    if (!painted || rendered.data().isEmpty()) {
        return Error::storage(tr("The report for %1 could not be drawn as a PDF; nothing was "
                                 "written.")
                                  .arg(path));
    }
    return OutputFile::writeAll(path, rendered.data());
}

bool StatisticsReportService::paint(const StatisticsReport &report, const Workspace &workspace,
                                    QPagedPaintDevice &device)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    const QRect page = painter.viewport();
    const int margin = page.width() / 30;
    const QRect area = page.adjusted(margin, margin, -margin, -margin);
    const QFont body = reportFont(false);
    const QFont bold = reportFont(true);
    QFont title = body;
    title.setPointSizeF(16);
    title.setBold(true);
    int y = area.top();
    // Text at y, wrapped onto as many lines as `width` needs; returns its height.
    auto text = [&](const QFont &font, const QString &s, int x = -1, int width = -1,
                    Qt::Alignment align = Qt::AlignLeft) {
        painter.setFont(font);
        const QRect box(x < 0 ? area.left() : x, y, width < 0 ? area.width() : width, 1 << 20);
        const int flags = int(align | Qt::AlignTop | Qt::TextWordWrap);
        const int h = std::max(QFontMetrics(font, &device).height(),
                               QFontMetrics(font, &device).boundingRect(box, flags, s).height());
        painter.drawText(QRect(box.topLeft(), QSize(box.width(), h)), flags, s);
        return h;
    };
    const QString department = report.period.departmentId
        ? workspace.taxonomy().departmentName(*report.period.departmentId)
        : tr("All departments");
    y += text(title, tr("Complaint statistics report")) * 3 / 2;
    y += text(body,
              tr("Period: %1 to %2 · %3 · generated %4 by %5")
                  .arg(report.period.first.toString(Qt::ISODate),
                       report.period.last.toString(Qt::ISODate), department,
                       Formatting::dateTime(report.generatedAt), report.generatedBy));
    const StatisticsReport::Row &t = report.total;
    y += text(body,
              tr("Received %1 · resolved %2 · on time %3 · mean time to resolution %4 h, "
                 "90th percentile %5 h · forwarded by a regulator %6")
                  .arg(t.received)
                  .arg(Formatting::percent(t.shareResolved()), Formatting::percent(t.shareOnTime()),
                       hours(t.meanHours), hours(t.p90Hours))
                  .arg(t.regulatorForwarded))
        * 2;

    // The chart: complaints received per regulatory cause, as horizontal bars.
    y += text(bold, tr("Complaints received by regulatory cause (JR/T 0169-2018)"));
    const auto causes = report.byCause();
    qint64 most = 1;
    for (const auto &[cause, n] : causes)
        most = std::max(most, n);
    const int barHeight = QFontMetrics(body, &device).height();
    // the names as wide as the longest needs, up to two fifths of the page (then wrapped)
    int longest = 0;
    for (const auto &[cause, n] : causes)
        longest =
            std::max(longest, QFontMetrics(body, &device).horizontalAdvance(causeLabel(cause)));
    const int labelWidth = std::min(longest + margin / 4 + 1, area.width() * 2 / 5);
    const int barArea = area.width() - labelWidth - area.width() / 10;
    painter.setFont(body);
    for (const auto &[cause, n] : causes) {
        const int h =
            text(body, causeLabel(cause), area.left(), labelWidth - margin / 4, Qt::AlignRight);
        const int w = int(double(barArea) * double(n) / double(most));
        painter.fillRect(
            QRect(area.left() + labelWidth, y + barHeight / 6, std::max(w, 1), barHeight * 2 / 3),
            QColor(0x2f, 0x6f, 0xb5));
        text(body, QLocale().toString(n), area.left() + labelWidth + w + margin / 4,
             area.width() / 10);
        y += std::max(h, barHeight);
    }
    y += barHeight;

    // The table, its header repeated on every page.
    const QStringList headers = tableHeaders();
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
    QList<QStringList> allCells;
    for (const StatisticsReport::Row &row : report.rows)
        allCells << cellsOf(row, false);
    allCells << cellsOf(report.total, true);
    const TableLayout layout = tableLayout(headers, allCells, &device, area.width());
    const int gap = columnGap(&device);
    const int lineHeight = QFontMetrics(body, &device).height();
    // A row as tall as its most wrapped cell (names wrap; numbers are right-aligned).
    auto rowHeightOf = [&](const QStringList &cells, const QFont &font) {
        const QFontMetrics metrics(font, &device);
        int h = lineHeight;
        for (int i = 0; i < cells.size(); ++i) {
            h = std::max(h,
                         metrics
                             .boundingRect(QRect(0, 0, layout.widths.at(i) - gap, 1 << 20),
                                           Qt::TextWordWrap, cells.at(i))
                             .height());
        }
        return h + lineHeight / 4;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &font, bool header = false) {
        const int h = rowHeightOf(cells, font);
        painter.setFont(font);
        int x = area.left();
        for (int i = 0; i < cells.size(); ++i) {
            const int w = layout.widths.at(i);
            const Qt::Alignment align = i < 3 ? Qt::AlignLeft : Qt::AlignRight;
            painter.drawText(
                QRect(x, y, w - gap, h),
                int(align | (header ? Qt::AlignBottom : Qt::AlignTop) | Qt::TextWordWrap),
                cells.at(i));
            x += w;
        }
        painter.setPen(QColor(0xdd, 0xdd, 0xdd));
        painter.drawLine(area.left(), y + h - 1, area.right(), y + h - 1);
        painter.setPen(Qt::black);
        y += h;
    };
    const int rowHeight = lineHeight * 5 / 4;
    drawRow(headers, bold, true);
    for (const QStringList &cells : std::as_const(allCells).first(allCells.size() - 1)) {
        if (y + rowHeightOf(cells, body) + rowHeight > area.bottom()) {
            device.newPage();
            y = area.top();
            drawRow(headers, bold, true);
        }
        drawRow(cells, body);
    }
    if (report.rows.isEmpty())
        y += text(body, tr("No complaints were received in this period.")) + rowHeight / 2;
    if (y + 2 * rowHeight > area.bottom()) {
        device.newPage();
        y = area.top();
    }
    drawRow(allCells.constLast(), bold);
    return painter.end();
}

} // namespace cd::models
