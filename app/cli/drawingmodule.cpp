#include "drawingmodule.h"

#include "drawingabi.h"

#include <QDir>
#include <QFileInfo>

#include <dlfcn.h>

namespace cd::cli {

namespace {

struct Module
{
    drawing::MakeApplication makeApplication = nullptr;
    drawing::DrawPdf drawPdf = nullptr;
    QString why;
};

Module &module()
{
    static Module instance;
    return instance;
}

// The folder of the running program (/proc/self/exe: no application object is needed).
QString programFolder()
{
    return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
}

} // namespace

bool DrawingModule::load()
{
    Module &m = module();
    if (m.drawPdf)
        return true;
    const QString folder = programFolder();
    const QStringList candidates {QDir(folder).filePath(QStringLiteral(CD_DRAWING_MODULE_FILE)),
                                  QDir::cleanPath(QDir(folder).filePath(QStringLiteral(
                                      CD_DRAWING_MODULE_DIR "/" CD_DRAWING_MODULE_FILE)))};
    QStringList errors;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path)) {
            errors << path;
            continue;
        }
        // Never closed: the application object it makes lives to the end of the process.
        void *library = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            errors << QString::fromLocal8Bit(::dlerror());
            continue;
        }
        m.makeApplication = reinterpret_cast<drawing::MakeApplication>(
            ::dlsym(library, drawing::makeApplicationSymbol));
        m.drawPdf = reinterpret_cast<drawing::DrawPdf>(::dlsym(library, drawing::drawPdfSymbol));
        if (m.makeApplication && m.drawPdf)
            return true;
        m.makeApplication = nullptr;
        m.drawPdf = nullptr;
        errors << path;
    }
    m.why = errors.join(QStringLiteral("; "));
    return false;
}

bool DrawingModule::isLoaded()
{
    return module().drawPdf != nullptr;
}

QString DrawingModule::why()
{
    return module().why;
}

QCoreApplication *DrawingModule::application(int &argc, char **argv)
{
    return module().makeApplication(argc, argv);
}

QByteArray DrawingModule::pdf(const models::PrintedReport &report)
{
    QByteArray out;
    if (isLoaded())
        module().drawPdf(report, out);
    return out;
}

} // namespace cd::cli
