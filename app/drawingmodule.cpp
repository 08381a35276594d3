// complaintdesk-drawing.so: the CLI's drawing module (cli/drawingmodule.h), Qt GUI and the
// report drawing; the names it exports are those of cli/drawingabi.h.
#include "cli/drawingabi.h"
#include "reportdrawing.h"

#include <QGuiApplication>

extern "C" Q_DECL_EXPORT QCoreApplication *complaintdesk_drawing_application(int &argc, char **argv)
{
    return new QGuiApplication(argc, argv);
}

extern "C" Q_DECL_EXPORT void complaintdesk_drawing_pdf(const cd::models::PrintedReport &report,
                                                        QByteArray &out)
{
    out = cd::models::ReportDrawing::pdf(report);
}

namespace {
// The two names must have the types the CLI resolves them as.
[[maybe_unused]] constexpr cd::cli::drawing::MakeApplication checkApplication =
    &complaintdesk_drawing_application;
[[maybe_unused]] constexpr cd::cli::drawing::DrawPdf checkPdf = &complaintdesk_drawing_pdf;
} // namespace
