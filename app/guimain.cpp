#include "complaintqueuemodel.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "resourcepaths.h"
#include "signindialog.h"
#include "authservice.h"
#include "translationloader.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <sys/stat.h>

namespace {
constexpr int guiReadBudgetMs = 10;

// The first start: there is no store at `path`. Says where the store would be created and
// asks; only on "Create" is anything written.
bool askToCreateStore(const QString &path)
{
    QMessageBox box(QMessageBox::Question, QObject::tr("ComplaintDesk"),
                    QObject::tr("There is no store at this location yet:"));
    box.setInformativeText(
        QObject::tr("%1\n\nCreate a new store there for this desk? You will then create "
                    "its administrator. If you expected an existing store, choose Quit and "
                    "check the --database path.").arg(QDir::toNativeSeparators(path)));
    QPushButton *create = box.addButton(QObject::tr("&Create the store"),
                                        QMessageBox::AcceptRole);
    box.addButton(QObject::tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(create);
    box.exec();
    return box.clickedButton() == create;
}
} // namespace

int main(int argc, char *argv[])
{
    // Every file this program creates is its user's alone (0600, folders 0700): the store,
    // its -wal and -shm, the backups made before upgrades, exports, reports and settings.
    umask(077);
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
    auto workspace = cd::models::Workspace::open(path);
    if (!workspace && workspace.error().kind == cd::Error::Kind::NoStore
        && !QFileInfo::exists(path)) {
        if (!askToCreateStore(QFileInfo(path).absoluteFilePath()))
            return 0;
        workspace = cd::models::Workspace::create(path);
    }
    if (!workspace) {
        QMessageBox::critical(nullptr, QObject::tr("ComplaintDesk"),
                              workspace.error().message);
        return 1;
    }
    auto needsAdministrator = (*workspace)->auth().needsFirstAdministrator();
    if (!needsAdministrator) {
        QMessageBox::critical(nullptr, QObject::tr("ComplaintDesk"),
                              needsAdministrator.error().message);
        return 1;
    }
    using cd::ui::SignInDialog;
    SignInDialog gate(**workspace, *needsAdministrator ? SignInDialog::Mode::FirstAdministrator
                                                       : SignInDialog::Mode::SignIn);
    QSettings settings;
    gate.setUsername(settings.value(QStringLiteral("lastUsername")).toString());
    if (gate.exec() != QDialog::Accepted)
        return 0;
    settings.setValue(QStringLiteral("lastUsername"), (*workspace)->actor().username);

    // The queue is read on a thread of its own; the window waits at most this long for a
    // read (a cold disk can take hundreds of ms) before showing it as loading.
    cd::models::ComplaintQueueModel::setDefaultReadBudget(guiReadBudgetMs);
    cd::ui::MainWindow window(**workspace);
    window.show();
    window.logCallPane()->setFocus();
    // what a crash, a power cut or a killed program left unsaved, offered over the window
    QTimer::singleShot(0, window.logCallPane(), &cd::ui::LogCallPane::offerDraft);
    return QApplication::exec();
}
