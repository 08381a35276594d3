#include "reportdrawing.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace cd::models {

namespace {

QPageSize pageSizeOf(PrintedReport::PageSize size)
{
    switch (size) {
    case PrintedReport::PageSize::Letter:
        return QPageSize(QPageSize::Letter);
    case PrintedReport::PageSize::A5:
        return QPageSize(QPageSize::A5);
    case PrintedReport::PageSize::A4:
        break;
    }
    return QPageSize(QPageSize::A4);
}

} // namespace

QByteArray ReportDrawing::pdf(const PrintedReport &report)
{
    QBuffer rendered;
    rendered.open(QIODevice::WriteOnly);
    bool painted = false;
    {
        QPdfWriter pdf(&rendered);
        pdf.setPageSize(pageSizeOf(report.pageSize));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        pdf.setTitle(report.documentTitle);
        pdf.setCreator(QStringLiteral("ComplaintDesk"));
        painted = paint(report, pdf);
    }
    return painted ? rendered.data() : QByteArray();
}

int ReportDrawing::columnGap(QPaintDevice *device)
{
    return std::max(2, device->logicalDpiX() / 12); // about 2 mm
}

QFont ReportDrawing::font(bool bold)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(9);
    font.setBold(bold);
    return font;
}

ReportDrawing::TableLayout ReportDrawing::tableLayout(const QStringList &headers,
                                                      const QList<QStringList> &rows,
                                                      QPaintDevice *device, int width)
{
    const QFont headerFont = font(true);
    const QFont cellFont = font(false);
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

bool ReportDrawing::paint(const PrintedReport &report, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    const QRect page = painter.viewport();
    const int margin = page.width() / 30;
    const QRect area = page.adjusted(margin, margin, -margin, -margin);
    const QFont body = font(false);
    const QFont bold = font(true);
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
    y += text(title, report.heading) * 3 / 2;
    for (qsizetype i = 0; i < report.summary.size(); ++i)
        y += text(body, report.summary.at(i)) * (i + 1 == report.summary.size() ? 2 : 1);

    // The chart: complaints received per regulatory cause, as horizontal bars.
    y += text(bold, report.chartTitle);
    qint64 most = 1;
    for (const PrintedReport::Bar &bar : report.bars)
        most = std::max(most, bar.count);
    const int barHeight = QFontMetrics(body, &device).height();
    // the names as wide as the longest needs, up to two fifths of the page (then wrapped)
    int longest = 0;
    for (const PrintedReport::Bar &bar : report.bars)
        longest = std::max(longest, QFontMetrics(body, &device).horizontalAdvance(bar.label));
    const int labelWidth = std::min(longest + margin / 4 + 1, area.width() * 2 / 5);
    const int barArea = area.width() - labelWidth - area.width() / 10;
    painter.setFont(body);
    for (const PrintedReport::Bar &bar : report.bars) {
        const int h = text(body, bar.label, area.left(), labelWidth - margin / 4, Qt::AlignRight);
        const int w = int(double(barArea) * double(bar.count) / double(most));
        painter.fillRect(
            QRect(area.left() + labelWidth, y + barHeight / 6, std::max(w, 1), barHeight * 2 / 3),
            QColor(0x2f, 0x6f, 0xb5));
        text(body, bar.countText, area.left() + labelWidth + w + margin / 4, area.width() / 10);
        y += std::max(h, barHeight);
    }
    y += barHeight;

    // The table, its header repeated on every page.
    const QList<QStringList> allCells = report.rows + QList<QStringList> {report.total};
    const TableLayout layout = tableLayout(report.headers, allCells, &device, area.width());
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
    drawRow(report.headers, bold, true);
    for (const QStringList &cells : report.rows) {
        if (y + rowHeightOf(cells, body) + rowHeight > area.bottom()) {
            device.newPage();
            y = area.top();
            drawRow(report.headers, bold, true);
        }
        drawRow(cells, body);
    }
    if (report.rows.isEmpty())
        y += text(body, report.emptyNote) + rowHeight / 2;
    if (y + 2 * rowHeight > area.bottom()) {
        device.newPage();
        y = area.top();
    }
    drawRow(report.total, bold);
    return painter.end();
}

} // namespace cd::models
