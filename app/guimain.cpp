#include "authservice.h"
#include "classifierservice.h"
#include "complaintqueuemodel.h"
#include "incomingcall.h"
#include "instancechannel.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "resourcepaths.h"
#include "signindialog.h"
#include "translationloader.h"
#include "typeahead.h"
#include "windowactivation.h"
#include "workspace.h"

#include "connectdialog.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>

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
                    "check the --database path.")
            .arg(QDir::toNativeSeparators(path)));
    QPushButton *create = box.addButton(QObject::tr("&Create the store"), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(create);
    box.exec();
    return box.clickedButton() == create;
}
} // namespace

int main(int argc, char *argv[])
{
    // when the phone system started this (the ring of a screen pop), before anything else
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    // Every file this program creates is its user's alone (0600, folders 0700): the store,
    // its -wal and -shm, the backups made before upgrades, exports, reports and settings.
    umask(077);
    // --version answers without a display (package checks, scripts over ssh).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("complaintdesk %s\n", PROJECT_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ComplaintDesk"));
    QApplication::setOrganizationName(QStringLiteral("ComplaintDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("complaintdesk"));
    QApplication::setWindowIcon(QIcon(cd::resources::appIconPath()));

    // Options are read before translations are chosen, so their help stays English.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ComplaintDesk - complaint hotline workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Use the store at <path>."),
                                      QStringLiteral("path"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Interface language: zh_CN or en."),
                                      QStringLiteral("language"));
    const QCommandLineOption incomingCall(
        QStringLiteral("incoming-call"),
        QStringLiteral("A call is ringing from <number> (its groups may follow as further "
                       "arguments): the window shows it on Log call."),
        QStringLiteral("number"));
    const QCommandLineOption callId(QStringLiteral("call-id"),
                                    QStringLiteral("The phone system's id of the incoming call."),
                                    QStringLiteral("id"));
    const QCommandLineOption line(QStringLiteral("line"),
                                  QStringLiteral("The line the incoming call rang on."),
                                  QStringLiteral("line"));
    parser.addOption(database);
    parser.addOption(language);
    parser.addOption(incomingCall);
    parser.addOption(callId);
    parser.addOption(line);
    parser.addPositionalArgument(
        QStringLiteral("tel-uri"),
        QStringLiteral("A tel: link of a ringing call (tel:+8613812345678)."),
        QStringLiteral("[tel:NUMBER]"));
    parser.process(app);

    if (cd::i18n::installTranslations(app, parser.value(language)).isEmpty()) {
        cd::i18n::installTranslations(app, {});
        QMessageBox::critical(nullptr, QObject::tr("ComplaintDesk"),
                              QObject::tr("The language \"%1\" is not available; use zh_CN or en.")
                                  .arg(parser.value(language)));
        return 2;
    }

    // --database, else the store chosen last (File > Connect...), else this computer's
    QString path =
        parser.isSet(database) ? parser.value(database) : cd::ui::ConnectDialog::rememberedStore();
    bool chosenNow = false;
    if (path.isEmpty()) {
        path = cd::models::Workspace::defaultDatabasePath();
        if (!QFileInfo::exists(path)) {
            // The first start: a store on this computer, or the call centre's server?
            cd::ui::ConnectDialog where(path);
            where.setWindowTitle(QObject::tr("Welcome to ComplaintDesk"));
            if (where.exec() != QDialog::Accepted)
                return 0;
            path = where.store();
            chosenNow = true;
        }
    }

    // Screen pop: one window per user and store; a later start hands its call to it.
    cd::rules::ScreenPopRequest request;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(incomingCall) || !positional.isEmpty()) {
        const bool tel = !parser.isSet(incomingCall) && positional.size() == 1
            && cd::rules::IncomingCalls::isTelUri(positional.first());
        auto call = cd::rules::IncomingCalls::fromArguments(
            tel ? positional.first() : QString(),
            tel ? QStringList() : QStringList(parser.value(incomingCall)) + positional,
            parser.value(callId), parser.value(line), startedAt);
        if (!call || (!tel && !parser.isSet(incomingCall))) {
            QMessageBox::critical(
                nullptr, QObject::tr("ComplaintDesk"),
                call ? QObject::tr("Unexpected arguments: %1").arg(positional.join(u' '))
                     : call.error().message);
            return 2;
        }
        request.call = *call;
    }
    const QString socket = cd::models::InstanceClient::socketPath(path);
    if (auto handed = cd::models::InstanceClient::send(socket, request); !handed) {
        QMessageBox::critical(nullptr, QObject::tr("ComplaintDesk"), handed.error().message);
        return 1;
    } else if (*handed) {
        return 0;
    }
    // Requests that arrive before the window is shown (while signing in) wait for it.
    cd::models::InstanceChannel channel;
    QList<cd::rules::ScreenPopRequest> early {request};
    QObject::connect(&channel, &cd::models::InstanceChannel::requested, &app,
                     [&early](const cd::rules::ScreenPopRequest &r) {
                         early.append(r);
                         // the question or sign-in on screen comes forward instead
                         for (QWidget *shown : QApplication::topLevelWidgets()) {
                             if (shown->isVisible())
                                 cd::ui::bringForward(shown);
                         }
                     });
    if (auto listening = channel.listen(socket); !listening)
        qWarning("Later starts cannot reach this window: %s",
                 qPrintable(listening.error().message));
    auto workspace = cd::models::Workspace::open(path);
    while (!workspace && workspace.error().kind == cd::Error::Kind::Credentials) {
        // The server wants a password ~/.pgpass did not give: asked until it is accepted
        // or the user cancels.
        bool given = false;
        const QString password = QInputDialog::getText(
            nullptr, QObject::tr("ComplaintDesk"),
            QObject::tr("The server of the call centre asks for the password of the database "
                        "account:\n%1")
                .arg(path),
            QLineEdit::Password, QString(), &given);
        if (!given)
            return 0;
        cd::models::Workspace::useServerPassword(path, password);
        workspace = cd::models::Workspace::open(path);
    }
    if (!workspace && workspace.error().kind == cd::Error::Kind::NoStore
        && !cd::models::Workspace::isServerAddress(path) && !QFileInfo::exists(path)) {
        // (a file chosen in the first start's dialog was asked for: it is created)
        if (!chosenNow && !askToCreateStore(QFileInfo(path).absoluteFilePath()))
            return 0;
        workspace = cd::models::Workspace::create(path);
    }
    if (!workspace) {
        QMessageBox::critical(nullptr, QObject::tr("ComplaintDesk"), workspace.error().message);
        return 1;
    }
    if (chosenNow)
        cd::ui::ConnectDialog::rememberStore(path);
    // The classifier's starting model (the build's, tens of milliseconds to load; 0.25 s
    // to fit if it must be fitted) is made on a worker thread while the agent signs in:
    // the window never waits for it.
    (*workspace)->classifier().prepare();
    auto needsAdministrator = (*workspace)->auth().needsFirstAdministrator();
    if (!needsAdministrator) {
        QMessageBox::critical(nullptr, QObject::tr("ComplaintDesk"),
                              needsAdministrator.error().message);
        return 1;
    }
    using cd::ui::SignInDialog;
    SignInDialog gate(**workspace,
                      *needsAdministrator ? SignInDialog::Mode::FirstAdministrator
                                          : SignInDialog::Mode::SignIn);
    // The window is made and shown while the sign-in dialog still has the keyboard, and
    // what the agent types meanwhile (a caller's number, straight after Enter) is handed to
    // it: see TypeAhead. The dialog is not modal (exec() would make it so, and the window
    // could not take the keyboard from it); it is the only window until then.
    std::unique_ptr<cd::ui::MainWindow> window;
    cd::ui::TypeAhead typeAhead;
    QObject::connect(&gate, &SignInDialog::signedIn, &gate, [&] {
        typeAhead.hold();
        gate.setEnabled(false); // no second click while the window is made
        // The queue is read on a thread of its own; the window waits at most this long for
        // a read (a cold disk can take hundreds of ms) before showing it as loading.
        cd::models::ComplaintQueueModel::setDefaultReadBudget(guiReadBudgetMs);
        window = std::make_unique<cd::ui::MainWindow>(**workspace);
        window->show();
        window->focusStartPane();
        // What a crash, a power cut or a killed program left unsaved is offered over the
        // window before what was typed ahead goes into its form (restored or not, the
        // keys then land in the form the agent chose).
        typeAhead.handOver(window.get(), [&gate, &window] {
            gate.hide();
            window->logCallPane()->offerDraft();
        });
    });
    QEventLoop signingIn;
    QObject::connect(&gate, &QDialog::finished, &signingIn, &QEventLoop::exit);
    gate.show();
    if (signingIn.exec() != QDialog::Accepted || !window)
        return 0;

    // The calls rung through so far (a typed call restored keeps them waiting).
    QTimer::singleShot(0, window.get(), [&app, &window, &channel, &early] {
        QObject::disconnect(&channel, nullptr, &app, nullptr);
        for (const cd::rules::ScreenPopRequest &r : std::as_const(early)) {
            if (r.call)
                window->receiveScreenPop(r);
        }
        QObject::connect(&channel, &cd::models::InstanceChannel::requested, window.get(),
                         &cd::ui::MainWindow::receiveScreenPop);
    });
    return QApplication::exec();
}
