#include "cli/cli.h"
#include "cli/drawingmodule.h"

#include <QCoreApplication>

#include <memory>

#include <sys/stat.h>

namespace {

// Whether the command draws a PDF report: `report` with a --format other than csv (given
// as "--format X" or "--format=X", the last one counting, as the option parser reads it).
// A report whose format is missing or wrong loads the module too, and is refused by the
// command with the usual message.
bool drawsReport(int argc, char *argv[])
{
    if (argc < 2 || qstrcmp(argv[1], "report") != 0)
        return false;
    QByteArray format;
    for (int i = 2; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "--format" && i + 1 < argc)
            format = argv[++i];
        else if (argument.startsWith("--format="))
            format = argument.mid(int(qstrlen("--format=")));
    }
    return format != "csv";
}

} // namespace

int main(int argc, char *argv[])
{
    // Every file this program creates is its user's alone (0600, folders 0700): the store,
    // its -wal and -shm, the backups made before upgrades, exports and reports.
    umask(077);
    // A PDF report needs fonts, that is a QGuiApplication, which the drawing module makes
    // (cli/drawingmodule.h); without a display it draws offscreen. Every other command, a
    // CSV report, and a report when the module is missing (a PDF is then refused), is a
    // plain QCoreApplication.
    const bool drawing = drawsReport(argc, argv) && cd::cli::DrawingModule::load();
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(
        drawing ? cd::cli::DrawingModule::application(argc, argv)
                : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("ComplaintDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ComplaintDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // As given (after Qt took its own options): run() refuses what is not UTF-8.
    QList<QByteArray> arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QByteArray(argv[i]);
    return cd::cli::run(app, arguments);
}
