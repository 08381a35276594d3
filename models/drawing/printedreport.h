#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cd::models {

// A statistics report as it is drawn, on a PDF or on paper: every text already in the
// current language and every number formatted (StatisticsReportService::printed), so that
// drawing it (ReportDrawing, in the library that links Qt GUI) needs nothing of the store,
// the taxonomy or the translations. Header-only: the layer that builds it links no Qt GUI.
struct PrintedReport
{
    enum class PageSize { A4, Letter, A5 }; // always landscape

    QString documentTitle; // the PDF's title (its metadata)
    QString heading;
    QStringList summary; // the lines under the heading; a blank line follows the last
    QString chartTitle;
    struct Bar
    {
        QString label;
        qint64 count = 0;
        QString countText; // `count` as the current language writes it
    };
    QList<Bar> bars; // one per regulatory cause
    QStringList headers; // the table's; repeated on every page
    QList<QStringList> rows; // the table's rows, as many cells as headers
    QStringList total; // the last row, in bold
    QString emptyNote; // said instead of rows when there are none
    PageSize pageSize = PageSize::A4;
};

} // namespace cd::models
