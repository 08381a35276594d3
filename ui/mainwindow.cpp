#include "mainwindow.h"

#include "authservice.h"
#include "backupcontroller.h"
#include "backupservice.h"
#include "backupsettingsdialog.h"
#include "calendarcoveragenotice.h"
#include "calendarsdialog.h"
#include "changepassworddialog.h"
#include "changewatcher.h"
#include "classifierservice.h"
#include "complaintqueuemodel.h"
#include "complaintservice.h"
#include "connectdialog.h"
#include "connectionnotice.h"
#include "csvexporter.h"
#include "departmentsdialog.h"
#include "detailpane.h"
#include "dialoglayout.h"
#include "idlelock.h"
#include "importdialog.h"
#include "lockscreen.h"
#include "logcallpane.h"
#include "permissions.h"
#include "queuepane.h"
#include "resourcepaths.h"
#include "routingrulesdialog.h"
#include "slapoliciesdialog.h"
#include "storecheckmonitor.h"
#include "taxonomydialog.h"
#include "usersdialog.h"
#include "windowactivation.h"
#include "workspace.h"

#include "dashboardpane.h"
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolTip>

namespace cd::ui {

namespace {
// The daily backup waits until the queue has been read and shown.
constexpr int dailyBackupDelayMs = 5000;
} // namespace

MainWindow::MainWindow(models::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_pages(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_lockScreen(new LockScreen(workspace, this))
    , m_logCall(new LogCallPane(workspace, this))
    , m_queue(new QueuePane(workspace, this))
    , m_detail(new DetailPane(workspace, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ComplaintDesk"));
    setWindowIcon(QIcon(resources::appIconPath()));

    auto *complaints = new QSplitter(Qt::Horizontal, this);
    complaints->setObjectName(QStringLiteral("complaintsSplitter"));
    complaints->addWidget(m_queue);
    complaints->addWidget(m_detail);
    complaints->setStretchFactor(0, 3);
    complaints->setStretchFactor(1, 2);
    complaints->setSizes({950, 500});

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_logCall, tr("Log call (F2)"));
    m_tabs->addTab(complaints, tr("Complaints (F3)"));
    // Team leads and administrators watch the floor from the dashboard (F4).
    if (workspace.rulesActor().role != rules::Role::Agent) {
        m_dashboard = new DashboardPane(workspace, this);
        m_tabs->addTab(m_dashboard, tr("Dashboard (F4)"));
        connect(m_dashboard, &DashboardPane::openQueue, this,
                [this](const storage::QueueQuery &query, const QString &title) {
                    QToolTip::hideText(); // the bar's tip would stay over the queue
                    m_tabs->setCurrentIndex(1);
                    m_queue->showMatching(query, title);
                    m_queue->view()->setFocus();
                });
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
            if (m_tabs->widget(index) == m_dashboard
                && (!m_dashboard->figures() || m_dashboardStale) && !m_dashboard->isLoading()) {
                m_dashboardStale = false;
                m_dashboard->refresh(); // read when first looked at, or changed since
            }
        });
    }
    m_pages->addWidget(m_tabs);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);
    if (workspace.rulesActor().role == rules::Role::Lead)
        m_tabs->setCurrentIndex(1); // a lead's day starts on the department's queue
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlockWorkstation);
    m_backups = new BackupController(workspace, statusBar(), this);
    connect(m_backups, &BackupController::restartRequested, this, &MainWindow::restart);
    QTimer::singleShot(dailyBackupDelayMs, m_backups, &BackupController::checkDailyBackup);
    buildMenus();
    // Suggestions start from the built-in knowledge; the store's complaints are learnt
    // meanwhile, and the store is checked, once the queue is shown: all read the disk, and
    // the queue comes first.
    m_storeCheck = new StoreCheckMonitor(workspace.storePath(), statusBar(), this);
    auto startBackgroundReads = [this, &workspace] {
        workspace.classifier().startTraining();
        m_storeCheck->start();
    };
    if (m_queue->model()->isLoading()) {
        // the next change of a loading queue is to loaded
        connect(m_queue->model(), &models::ComplaintQueueModel::loadingChanged, this,
                startBackgroundReads, Qt::SingleShotConnection);
    } else {
        startBackgroundReads();
    }

    const auto role = rules::roleFromCode(workspace.actor().role);
    statusBar()->addPermanentWidget(new QLabel(
        tr("Signed in: %1 (%2)")
            .arg(workspace.actor().displayName, role ? rules::RoleLabels::role(*role) : QString()),
        this));
    m_idleLock = new IdleLock(workspace, this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockWorkstation);
    auto *availability = new QComboBox(this);
    availability->setObjectName(QStringLiteral("availabilityCombo"));
    availability->addItem(tr("Available"), QStringLiteral("available"));
    availability->addItem(tr("Busy"), QStringLiteral("busy"));
    availability->addItem(tr("Away"), QStringLiteral("away"));
    availability->setToolTip(tr("New complaints are given only to available agents."));
    if (auto current = workspace.auth().availability())
        availability->setCurrentIndex(std::max(0, availability->findData(*current)));
    statusBar()->addPermanentWidget(availability);
    connect(availability, &QComboBox::activated, this, [this, availability] {
        auto set = m_workspace.auth().setAvailability(availability->currentData().toString());
        if (!set)
            statusBar()->showMessage(set.error().message, 10000);
    });
    if (rules::canManageCalendars(workspace.rulesActor()))
        statusBar()->addPermanentWidget(new CalendarCoverageNotice(workspace, this));
    statusBar()->addPermanentWidget(new QLabel(workspace.storePath(), this));
    m_reminders = namedChild<QPushButton>(this, QStringLiteral("remindersButton"));
    m_reminders->setFlat(true);
    m_reminders->setText(tr("Reminders"));
    connect(m_reminders, &QPushButton::clicked, this, &MainWindow::showReminders);
    statusBar()->addPermanentWidget(m_reminders);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("ComplaintDesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::showReminders);
        m_tray->show();
    }
    auto *deadlines = new QTimer(this);
    deadlines->setInterval(60 * 1000);
    connect(deadlines, &QTimer::timeout, this, &MainWindow::checkDeadlines);
    deadlines->start();
    QTimer::singleShot(2000, this, &MainWindow::checkDeadlines);

    connect(m_queue, &QueuePane::currentComplaintChanged, m_detail, &DetailPane::showComplaint);
    connect(m_logCall, &LogCallPane::openComplaintRequested, this, &MainWindow::openComplaint);
    connect(m_logCall, &LogCallPane::complaintSaved, this,
            [this](qint64, const QString &reference) {
                statusBar()->showMessage(tr("Saved %1").arg(reference), 10000);
            });
    models::ComplaintService &service = workspace.complaints();
    connect(&service, &models::ComplaintService::complaintCreated, m_queue->model(),
            &models::ComplaintQueueModel::reload);
    connect(&service, &models::ComplaintService::complaintChanged, this, [this](qint64 id) {
        m_queue->model()->refreshComplaint(id);
        if (m_detail->complaintId() == id)
            m_detail->showComplaint(id);
    });
    m_changes = new models::ChangeWatcher(workspace, this);
    connect(m_changes, &models::ChangeWatcher::changed, this, &MainWindow::applyStoreChanges);
    if (auto watching = m_changes->start(); !watching) {
        statusBar()->showMessage(tr("Changes by other desks are not shown as they happen: %1")
                                     .arg(watching.error().message),
                                 30000);
    }
    auto *connection = new ConnectionNotice(this);
    statusBar()->insertPermanentWidget(0, connection); // never hidden by a message
    connect(m_changes, &models::ChangeWatcher::connectionChanged, this,
            [this, connection](bool up) {
                connection->setConnected(up, m_changes->storeName());
                if (up) {
                    statusBar()->showMessage(tr("Connected to the server again."), 10000);
                    m_logCall->retryUnsavedCalls();
                }
            });
    connect(m_logCall, &LogCallPane::unsavedCallsChanged, connection,
            &ConnectionNotice::setUnsavedCalls);
    // Agents work full screen; leave a margin for panels on smaller screens.
    const QRect available = screen()->availableGeometry();
    resize(available.size() * 0.95);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export to CSV..."), this, &MainWindow::exportCsv);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    if (rules::canLogCalls(m_workspace.rulesActor())) {
        QAction *importAction = file->addAction(tr("&Import..."), this, [this] {
            ImportDialog dialog(m_workspace, this);
            connect(&dialog, &ImportDialog::imported, m_queue->model(),
                    [this] { m_queue->model()->reload(); });
            dialog.exec();
        });
        importAction->setObjectName(QStringLiteral("importAction"));
    }
    if (rules::canManageBackups(m_workspace.rulesActor())) {
        QAction *backUp =
            file->addAction(tr("&Back up..."), m_backups, &BackupController::backUpInteractively);
        backUp->setObjectName(QStringLiteral("backupAction"));
        QAction *restore = file->addAction(tr("&Restore from a backup..."), this, [this] {
            m_backups->restoreInteractively(m_logCall->hasUnsavedInput());
        });
        restore->setObjectName(QStringLiteral("restoreAction"));
    }
    QAction *connectAction =
        file->addAction(tr("&Connect to a store..."), this, &MainWindow::connectToStore);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *logCall = go->addAction(tr("&Log call"), this, [this] {
        m_tabs->setCurrentWidget(m_logCall);
        m_logCall->startCall();
    });
    logCall->setShortcut(Qt::Key_F2);
    QAction *queue = go->addAction(tr("&Complaints"), this, [this] {
        m_tabs->setCurrentIndex(1);
        m_queue->view()->setFocus();
    });
    queue->setShortcut(Qt::Key_F3);
    if (m_dashboard) {
        QAction *dashboard = go->addAction(tr("&Dashboard"), this,
                                           [this] { m_tabs->setCurrentWidget(m_dashboard); });
        dashboard->setShortcut(Qt::Key_F4);
    }
    QAction *reminders = go->addAction(tr("&Reminders"), this, &MainWindow::showReminders);
    reminders->setShortcut(Qt::Key_F9);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("&Change password..."), this,
                       [this] { ChangePasswordDialog(m_workspace, this).exec(); });
    QAction *lock =
        account->addAction(tr("&Lock workstation"), this, [this] { lockWorkstation(); });
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    const rules::Actor actor = m_workspace.rulesActor();
    if (actor.role != rules::Role::Agent) {
        QMenu *admin = menuBar()->addMenu(tr("Ad&ministration"));
        if (rules::canManageUsers(actor)) {
            QAction *users = admin->addAction(tr("&Users..."), this, [this] {
                UsersDialog dialog(m_workspace, this);
                connect(&dialog, &UsersDialog::idleLockChanged, m_idleLock, &IdleLock::restart);
                dialog.exec();
            });
            users->setObjectName(QStringLiteral("usersAction"));
            admin->addAction(tr("&Departments..."), this,
                             [this] { DepartmentsDialog(m_workspace, this).exec(); });
        }
        admin->addAction(tr("Ca&tegories..."), this,
                         [this] { TaxonomyDialog(m_workspace, this).exec(); });
        admin->addAction(tr("&Routing rules..."), this,
                         [this] { RoutingRulesDialog(m_workspace, this).exec(); });
        if (rules::canManageCalendars(actor)) {
            admin->addAction(tr("Business &calendars..."), this, [this] {
                CalendarsDialog(m_workspace, this).exec();
                m_queue->model()->reload();
                if (auto *notice = findChild<CalendarCoverageNotice *>())
                    notice->refresh();
            });
            admin->addAction(tr("Dead&line policies..."), this, [this] {
                SlaPoliciesDialog(m_workspace, this).exec();
                m_queue->model()->reload();
            });
        }
        // a server store is backed up by the server's own tools
        if (rules::canManageBackups(actor)
            && models::BackupService(m_workspace).checkOnThisDesk().ok()) {
            admin
                ->addAction(tr("Daily &backup..."), this,
                            [this] { BackupSettingsDialog(m_workspace, this).exec(); })
                ->setObjectName(QStringLiteral("dailyBackupAction"));
        }
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ComplaintDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About ComplaintDesk"),
            tr("<b>ComplaintDesk</b> %1<br>Complaint hotline workstation.<br><br>"
               "Store: %2<br>Schema version: %3<br><br>"
               "Built with Qt %4 (LGPL-3.0), SQLite (public domain), libsodium (ISC), "
               "libphonenumber (Apache-2.0), Snowball libstemmer (BSD-3-Clause), "
               "libpwquality (BSD-3-Clause or GPL-2.0+) and libxcb (MIT).")
                .arg(QApplication::applicationVersion(),
                     QDir::toNativeSeparators(m_workspace.storePath()).toHtmlEscaped())
                .arg(models::Workspace::schemaVersion())
                .arg(QString::fromLatin1(qVersion())));
    });
}

void MainWindow::openComplaint(qint64 complaintId)
{
    m_tabs->setCurrentIndex(1);
    if (!m_queue->selectComplaint(complaintId))
        m_detail->showComplaint(complaintId);
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export complaints"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/complaints.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Exporting complaints..."), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    bool unmasked = false;
    if (rules::canExportUnmasked(m_workspace.rulesActor())) {
        unmasked = QMessageBox::question(
                       this, tr("Export complaints"),
                       tr("Include full phone numbers? Phone numbers are masked in exports "
                          "unless you ask otherwise; an unmasked export is recorded."),
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
    models::CsvExporter exporter(m_workspace);
    auto written = exporter.exportAll(
        path,
        [&progress](qint64 rows) {
            progress.setLabelText(tr("Exporting complaints... %1 written").arg(rows));
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            return !progress.wasCanceled();
        },
        unmasked);
    progress.close();
    if (!written) {
        QMessageBox::warning(this, tr("Export"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported %n complaint(s) to %1", "", int(*written)).arg(path),
                             10000);
}

void MainWindow::restart(bool askFirst)
{
    m_discardOnClose = !askFirst;
    if (!close()) {
        m_discardOnClose = false;
        return;
    }
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!m_restartStore.isEmpty()) {
        for (qsizetype i = arguments.size() - 1; i >= 0; --i) {
            if (arguments.at(i) == QLatin1String("--database") && i + 1 < arguments.size())
                arguments.remove(i, 2);
            else if (arguments.at(i).startsWith(QLatin1String("--database=")))
                arguments.remove(i);
        }
        arguments << QStringLiteral("--database") << m_restartStore;
    }
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

void MainWindow::connectToStore()
{
    ConnectDialog dialog(m_workspace.storePath(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.store() == m_workspace.storePath())
        return;
    m_restartStore = dialog.store();
    restart(true);
    if (isVisible()) {
        m_restartStore.clear(); // the user kept the window (and its unsaved call)
        return;
    }
    ConnectDialog::rememberStore(dialog.store());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const int unsaved = m_logCall->unsavedCallCount(); unsaved > 0) {
        const auto answer = QMessageBox::warning(
            this, tr("Calls not saved"),
            tr("%n call(s) could not be saved yet: the server cannot be reached. They are saved "
               "as soon as it answers while the program runs. Quit anyway and lose them?",
               "", unsaved),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
        event->accept(); // the form's draft stays for the next start
        return;
    }
    if (!m_discardOnClose && m_logCall->hasUnsavedInput()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved call"),
            tr("The call being logged has not been saved. Quit and discard it?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    m_logCall->discardCall(); // quitting on purpose leaves no draft to offer
    event->accept();
}

void MainWindow::focusStartPane()
{
    if (m_tabs->currentWidget() == m_logCall)
        m_logCall->setFocus();
    else
        m_queue->view()->setFocus();
}

void MainWindow::lockWorkstation(int idleMinutes)
{
    if (isLocked())
        return;
    m_logCall->keepDraftNow();
    m_focusBeforeLock = focusWidget();
    m_idleLock->pause();
    QToolTip::hideText();
    // hidden and disabled, the menus' shortcuts (F2, F3...) do nothing while locked
    menuBar()->setEnabled(false);
    menuBar()->hide();
    statusBar()->hide();
    m_pages->setCurrentWidget(m_lockScreen);
    setWindowTitle(tr("ComplaintDesk (locked)"));
    m_lockScreen->lock(idleMinutes);
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockScreen;
}

void MainWindow::unlockWorkstation()
{
    m_pages->setCurrentWidget(m_tabs);
    menuBar()->setEnabled(true);
    menuBar()->show();
    statusBar()->show();
    setWindowTitle(tr("ComplaintDesk"));
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
    m_idleLock->restart();
}

void MainWindow::receiveScreenPop(const rules::ScreenPopRequest &request)
{
    m_tabs->setCurrentWidget(m_logCall);
    if (request.call)
        m_logCall->receiveIncomingCall(*request.call);
    bringForward(this);
    QApplication::alert(this); // where the window manager refuses, the task bar flashes
}

} // namespace cd::ui
