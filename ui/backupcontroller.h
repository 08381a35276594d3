#pragma once

#include "backupservice.h"

#include <QFutureWatcher>
#include <QObject>

class QLabel;
class QProgressBar;
class QProgressDialog;
class QStatusBar;
class QTimer;
class QToolButton;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// The window's side of backups. File -> Back up... copies the store on a worker thread
// (its own connection) with progress in the status bar while everybody goes on working;
// File -> Restore... checks the backup, asks, restores on a worker thread behind a modal
// progress dialog and then asks the window to restart (what it holds in memory - the
// signed-in account, categories, queues - may not match the restored store). The daily
// backup is checked shortly after start and every minute (so also past midnight); it
// runs on a worker thread, and a failure shows in the status bar. A restore made by
// another program is noticed within a minute, and the window restarts too.
class BackupController : public QObject
{
    Q_OBJECT
public:
    // Adds its indicators to `statusBar`; dialogs are children of `window`.
    BackupController(models::Workspace &workspace, QStatusBar *statusBar, QWidget *window);

    // "complaintdesk-YYYYMMDD-HHMM.sqlite" at `nowMs`, business time.
    static QString defaultBackupName(qint64 nowMs);

    // File -> Back up...: asks where, then startBackup().
    void backUpInteractively();
    // Starts the copy; false when one is running already or the user may not back up.
    bool startBackup(const QString &path);
    bool isBackingUp() const { return m_backup.isRunning(); }
    // File -> Restore...: asks for the backup, checks it, asks to confirm naming the store,
    // the backup's date and its complaints, then startRestore(). `discardsCall`: the call
    // being logged in the window would be lost, and the confirmation says so.
    void restoreInteractively(bool discardsCall);
    // The confirmation: true when the user chose to restore `path`.
    bool confirmRestore(const QString &path, const models::StoreFileFacts &facts,
                        bool discardsCall);
    void startRestore(const QString &path);

    // Makes today's daily backup if it is due and nobody made it yet.
    void checkDailyBackup();
    bool isMakingDailyBackup() const { return m_daily.isRunning(); }
    // Restarts the window if another program restored the store since it started.
    void checkRestoredElsewhere();

Q_SIGNALS:
    void backupFinished(bool ok, const QString &message);
    void dailyBackupFinished(bool ok, const QString &message);
    // The store's content was replaced: the window must start again. `askFirst`: ask
    // about a call being logged (false when the restore's confirmation did already).
    void restartRequested(bool askFirst);

private:
    void backupDone();
    void dailyDone();
    void restoreDone();

    models::Workspace &m_workspace;
    models::BackupService m_service;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_dailyFailed;
    QTimer *m_timer;
    QProgressDialog *m_restoreProgress = nullptr;
    QString m_restoreMarker; // the store's, as this window last knew it
    QFutureWatcher<Result<models::BackupOutcome>> m_backup;
    QFutureWatcher<Result<models::BackupOutcome>> m_daily;
    models::DailyBackupPlan m_dailyPlan;
    QFutureWatcher<Result<models::StoreFileFacts>> m_inspection;
    QFutureWatcher<Result<models::RestoreOutcome>> m_restore;
};

} // namespace cd::ui
