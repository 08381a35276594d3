#pragma once

#include "printedreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cd::cli {

// The CLI's drawing module, complaintdesk-drawing.so (app/drawingmodule.cpp): Qt GUI's
// fonts, painting and PDF writer with the report drawing (models::ReportDrawing). The CLI
// links no Qt GUI, so that every command starts without it and the libraries it brings
// (OpenGL, X11, fontconfig, D-Bus...); the report command loads the module before the
// application object is made, and draws a PDF report with it.
//
// Looked for beside the program (a build tree), then in the library folder it is
// installed to (CD_DRAWING_MODULE_DIR, relative to the program's folder).
class DrawingModule
{
public:
    // Loads the module once; false (and why(): the file looked for and the loader's
    // message) when it cannot be loaded.
    static bool load();
    static bool isLoaded();
    static QString why();
    // A QGuiApplication made by the module; load() must have succeeded.
    static QCoreApplication *application(int &argc, char **argv);
    // The report as a PDF drawn by the module, empty when it could not be drawn or the
    // module is not loaded.
    static QByteArray pdf(const models::PrintedReport &report);
};

} // namespace cd::cli
