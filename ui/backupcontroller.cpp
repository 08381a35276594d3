#include "backupcontroller.h"

#include "permissions.h"
#include "reference.h"
#include "workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent>

namespace cd::ui {

namespace {

constexpr int checkIntervalMs = 60 * 1000;
const QString lastFolderKey = QStringLiteral("lastBackupFolder");

// A message box that does not hold up the window (the agent may be on a call).
void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("backupMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

BackupController::BackupController(models::Workspace &workspace, QStatusBar *statusBar,
                                   QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_service(workspace)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_progress(new QProgressBar(statusBar))
    , m_cancel(new QToolButton(statusBar))
    , m_dailyFailed(new QLabel(statusBar))
    , m_timer(new QTimer(this))
{
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Backing up %p%"));
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("backupCancelButton"));
    m_cancel->setText(tr("Cancel backup"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    m_dailyFailed->setObjectName(QStringLiteral("dailyBackupFailedLabel"));
    m_dailyFailed->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_dailyFailed->hide();
    statusBar->addPermanentWidget(m_progress);
    statusBar->addPermanentWidget(m_cancel);
    statusBar->addPermanentWidget(m_dailyFailed);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_backup.cancel(); });
    connect(&m_backup, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_backup, &QFutureWatcherBase::finished, this, &BackupController::backupDone);
    connect(&m_daily, &QFutureWatcherBase::finished, this, &BackupController::dailyDone);
    connect(&m_restore, &QFutureWatcherBase::finished, this, &BackupController::restoreDone);

    m_restoreMarker = m_service.restoreMarker();
    m_timer->setInterval(checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        checkRestoredElsewhere();
        checkDailyBackup();
    });
    m_timer->start();
}

QString BackupController::defaultBackupName(qint64 nowMs)
{
    return QStringLiteral("complaintdesk-")
        + QDateTime::fromMSecsSinceEpoch(nowMs, rules::businessTimeZone())
              .toString(QStringLiteral("yyyyMMdd-HHmm"))
        + QStringLiteral(".sqlite");
}

void BackupController::backUpInteractively()
{
    if (m_backup.isRunning()) {
        m_statusBar->showMessage(tr("A backup is being made already."), 5000);
        return;
    }
    QSettings settings;
    const QString folder =
        settings
            .value(lastFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Back up the store"),
        QDir(folder).filePath(defaultBackupName(m_workspace.clock().nowMs())),
        tr("ComplaintDesk backups (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    startBackup(path);
}

bool BackupController::startBackup(const QString &path)
{
    if (m_backup.isRunning())
        return false;
    // The file dialog asked before replacing a file.
    auto future = m_service.backUpInBackground(path, models::BackupService::Existing::Replace);
    if (future.isFinished() && !future.result()) {
        tell(m_window, QMessageBox::Warning, tr("Back up"), future.result().error().message);
        Q_EMIT backupFinished(false, future.result().error().message);
        return false;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_backup.setFuture(future);
    return true;
}

void BackupController::backupDone()
{
    m_progress->hide();
    m_cancel->hide();
    QString message;
    bool ok = false;
    if (m_backup.isCanceled() || m_backup.future().resultCount() == 0) {
        message = tr("The backup was cancelled; no file was written.");
    } else if (const auto made = m_backup.result(); !made) {
        message = made.error().message;
    } else if (auto recorded = m_service.recordBackup(*made, false); !recorded) {
        message = recorded.error().message;
    } else {
        ok = true;
        message = tr("Backed up %n complaint(s) to %1", "", int(made->facts.complaints))
                      .arg(QDir::toNativeSeparators(made->path));
    }
    if (ok || m_backup.isCanceled())
        m_statusBar->showMessage(message, 15000);
    else
        tell(m_window, QMessageBox::Warning, tr("Back up"), message);
    Q_EMIT backupFinished(ok, message);
}

void BackupController::checkDailyBackup()
{
    if (m_daily.isRunning())
        return;
    auto plan = m_service.claimDailyBackup();
    if (!plan) {
        m_dailyFailed->setText(tr("Daily backup failed"));
        m_dailyFailed->setToolTip(plan.error().message);
        m_dailyFailed->show();
        return;
    }
    if (!*plan)
        return;
    m_dailyPlan = **plan;
    m_daily.setFuture(QtConcurrent::run(&models::BackupService::runDailyBackup, m_dailyPlan));
}

void BackupController::dailyDone()
{
    const Result<models::BackupOutcome> outcome = m_daily.result();
    auto finished = m_service.finishDailyBackup(m_dailyPlan, outcome);
    const bool ok = outcome && finished;
    const QString message = !outcome ? outcome.error().message
        : !finished                  ? finished.error().message
                    : tr("Daily backup saved: %1").arg(QDir::toNativeSeparators(outcome->path));
    if (ok) {
        m_dailyFailed->hide();
        m_statusBar->showMessage(message, 10000);
    } else {
        // Stays until a later check succeeds; the details are in its tooltip.
        m_dailyFailed->setText(tr("Daily backup failed"));
        m_dailyFailed->setToolTip(message);
        m_dailyFailed->show();
    }
    Q_EMIT dailyBackupFinished(ok, message);
}

void BackupController::restoreInteractively(bool discardsCall)
{
    if (!rules::canManageBackups(m_workspace.rulesActor()) || m_inspection.isRunning()
        || m_restore.isRunning())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Restore from a backup"), m_service.dailyFolder(),
                                     tr("ComplaintDesk backups (*.sqlite *.bak);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *checking = new QProgressDialog(tr("Checking the backup..."), QString(), 0, 0, m_window);
    checking->setObjectName(QStringLiteral("backupCheckProgress"));
    checking->setAttribute(Qt::WA_DeleteOnClose);
    checking->setWindowModality(Qt::WindowModal);
    checking->setMinimumDuration(300);
    m_inspection.disconnect(this);
    connect(&m_inspection, &QFutureWatcherBase::finished, this,
            [this, checking, path, discardsCall] {
                checking->close();
                const auto facts = m_inspection.result();
                if (!facts) {
                    tell(m_window, QMessageBox::Warning, tr("Restore"), facts.error().message);
                    return;
                }
                if (confirmRestore(path, *facts, discardsCall))
                    startRestore(path);
            });
    m_inspection.setFuture(QtConcurrent::run(&models::BackupService::inspect, path));
}

bool BackupController::confirmRestore(const QString &path, const models::StoreFileFacts &facts,
                                      bool discardsCall)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Restore from a backup"),
        tr("Replace the store\n%1\nwith the backup\n%2?")
            .arg(QDir::toNativeSeparators(m_workspace.storePath()), QDir::toNativeSeparators(path)),
        QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("restoreConfirmation"));
    QString details = tr("The backup was %1 and holds %n complaint(s). Everything recorded in "
                         "the store after it is replaced; the store as it is now is kept as a "
                         "copy beside it. Every program using the store sees the restored "
                         "content, and ComplaintDesk restarts.",
                         "", int(facts.complaints))
                          .arg(models::BackupService::describeDate(facts));
    if (discardsCall)
        details += u'\n' + tr("The call being logged in this window is discarded.");
    box.setInformativeText(details);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == restore;
}

void BackupController::startRestore(const QString &path)
{
    if (m_restore.isRunning())
        return;
    auto future = m_service.restoreInBackground(path);
    m_restoreProgress =
        new QProgressDialog(tr("Restoring the store..."), QString(), 0, 1000, m_window);
    m_restoreProgress->setObjectName(QStringLiteral("restoreProgress"));
    m_restoreProgress->setAttribute(Qt::WA_DeleteOnClose);
    m_restoreProgress->setWindowModality(Qt::WindowModal);
    m_restoreProgress->setMinimumDuration(0);
    connect(&m_restore, &QFutureWatcherBase::progressValueChanged, m_restoreProgress,
            &QProgressDialog::setValue);
    m_restore.setFuture(future);
}

void BackupController::restoreDone()
{
    if (m_restoreProgress)
        m_restoreProgress->close();
    m_restoreProgress = nullptr;
    auto outcome = m_restore.result();
    if (!outcome) {
        tell(m_window, QMessageBox::Warning, tr("Restore"), outcome.error().message);
        return;
    }
    auto recorded = m_service.recordRestore(*outcome);
    m_restoreMarker = m_service.restoreMarker();
    QMessageBox::information(
        m_window, tr("Restore"),
        tr("The store was restored from %1. The store as it was is kept as %2.")
                .arg(QDir::toNativeSeparators(outcome->backupPath),
                     QDir::toNativeSeparators(outcome->replacedCopy))
            + u'\n' + (recorded ? QString() : recorded.error().message + u'\n')
            + tr("ComplaintDesk restarts now."));
    Q_EMIT restartRequested(false);
}

void BackupController::checkRestoredElsewhere()
{
    if (m_restore.isRunning())
        return;
    const QString marker = m_service.restoreMarker();
    if (marker == m_restoreMarker)
        return;
    m_restoreMarker = marker;
    QMessageBox::warning(m_window, tr("The store was restored"),
                         tr("The store was restored from a backup by another program. What "
                            "this window shows no longer matches it, so ComplaintDesk "
                            "restarts now."));
    Q_EMIT restartRequested(true);
}

} // namespace cd::ui
