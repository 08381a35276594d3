#pragma once

#include "printedreport.h"

#include <QByteArray>
#include <QList>

class QFont;
class QPagedPaintDevice;
class QPaintDevice;

namespace cd::models {

// Draws a PrintedReport: the heading and summary, a bar chart of complaints per
// regulatory cause, and the table, its header repeated on every page. The one part of the
// layers below the window that needs Qt GUI (fonts, painting, PDF): the window links it,
// and the CLI loads it as a module (complaintdesk-drawing) for a PDF report only, so that
// its other commands start without Qt GUI.
class ReportDrawing
{
public:
    // The report as a landscape PDF of its page size, in memory (a report is a few pages);
    // empty when it could not be drawn.
    static QByteArray pdf(const PrintedReport &report);
    // Paints the report on `device` (a PDF writer or a printer), page after page; false
    // when the device could not be painted on or failed to finish (a printer that failed).
    [[nodiscard]] static bool paint(const PrintedReport &report, QPagedPaintDevice &device);

    // The report's text (9 pt, Noto Sans CJK SC, which has Chinese); the table's header is
    // bold.
    static QFont font(bool bold = false);
    // How the table is laid out `width` wide on `device`: each column as wide as its widest
    // unbreakable piece of text (a header in bold, a cell of `rows`) needs, the number
    // columns no wider than their header on two lines, the text columns (business type,
    // cause, category) sharing the rest; headers wrap onto as many lines as they need
    // (headerHeight).
    struct TableLayout
    {
        QList<int> widths;
        int headerHeight = 0;
    };
    static TableLayout tableLayout(const QStringList &headers, const QList<QStringList> &rows,
                                   QPaintDevice *device, int width);
    // Space between columns, on `device`.
    static int columnGap(QPaintDevice *device);
};

} // namespace cd::models
