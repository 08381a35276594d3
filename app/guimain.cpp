#include "logcallpane.h"
#include "mainwindow.h"
#include "resourcepaths.h"
#include "translationloader.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ComplaintDesk"));
    QApplication::setOrganizationName(QStringLiteral("ComplaintDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("complaintdesk"));
    QApplication::setWindowIcon(QIcon(cd::resources::appIconPath()));

    // Options are read before translations are chosen, so their help stays English.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ComplaintDesk - complaint hotline workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Use the store at <path>."),
                                      QStringLiteral("path"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Interface language: zh_CN or en."),
                                      QStringLiteral("language"));
    parser.addOption(database);
    parser.addOption(language);
    parser.process(app);

    if (cd::i18n::installTranslations(app, parser.value(language)).isEmpty()) {
        cd::i18n::installTranslations(app, {});
        QMessageBox::critical(nullptr, QObject::tr("ComplaintDesk"),
                              QObject::tr("The language \"%1\" is not available; use zh_CN or en.")
                                  .arg(parser.value(language)));
        return 2;
    }

    const QString path = parser.isSet(database) ? parser.value(database)
                                                : cd::models::Workspace::defaultDatabasePath();
    auto workspace = cd::models::Workspace::open(path,
                                                 cd::models::Workspace::workstationUsername());
    if (!workspace) {
        QMessageBox::critical(nullptr, QObject::tr("ComplaintDesk"),
                              workspace.error().message);
        return 1;
    }
    cd::ui::MainWindow window(**workspace);
    window.show();
    window.logCallPane()->setFocus();
    return QApplication::exec();
}
