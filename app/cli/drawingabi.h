#pragma once

#include "printedreport.h"

#include <QByteArray>
#include <QCoreApplication>

// What complaintdesk-drawing.so (app/drawingmodule.cpp) exports and the CLI resolves
// (cli/drawingmodule.cpp): two functions with C names, built by the same compiler against
// the same Qt, so that they may pass Qt values.
namespace cd::cli::drawing {

// Makes the process's QGuiApplication (the argument count is kept by reference, as Qt
// wants).
using MakeApplication = QCoreApplication *(*)(int &argc, char **argv);
// Draws `report` as a PDF into `out` (left empty when it could not be drawn).
using DrawPdf = void (*)(const models::PrintedReport &report, QByteArray &out);

inline constexpr char makeApplicationSymbol[] = "complaintdesk_drawing_application";
inline constexpr char drawPdfSymbol[] = "complaintdesk_drawing_pdf";

} // namespace cd::cli::drawing
