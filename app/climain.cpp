#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ComplaintDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ComplaintDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return cd::cli::run(app, arguments);
}
