#pragma once

#include "incomingcall.h"
#include "records.h"

#include <QMainWindow>
#include <QPointer>
#include <QSystemTrayIcon>

class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace cd::models {
class ChangeWatcher;
class Workspace;
} // namespace cd::models

namespace cd::ui {

class BackupController;
class DashboardPane;
class DetailPane;
class IdleLock;
class LockScreen;
class LogCallPane;
class QueuePane;
class RemindersDialog;
class StoreCheckMonitor;

// Wires the panes together: Log call (F2) and Complaints (F3: queue with detail), with
// the reminders of deadlines and call-backs (F9, tray notifications). What any desk or
// program changes in the store shows within a second (ChangeWatcher): the queue, the
// complaint shown, the dashboard and the reminders are read again, and a complaint
// transferred or assigned to the signed-in user by someone else is told in the tray.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(models::Workspace &workspace, QWidget *parent = nullptr);

    LogCallPane *logCallPane() const { return m_logCall; }
    QueuePane *queuePane() const { return m_queue; }
    DetailPane *detailPane() const { return m_detail; }
    DashboardPane *dashboardPane() const { return m_dashboard; }
    StoreCheckMonitor *storeCheck() const { return m_storeCheck; }
    models::ChangeWatcher *changeWatcher() const { return m_changes; }
    IdleLock *idleLock() const { return m_idleLock; }
    // Agents start on Log call, team leads on their queue: the cursor goes there.
    void focusStartPane();
    // Ctrl+L (idleMinutes 0) or the idle lock: the lock screen takes the place of the
    // whole window (menus and status bar included; the title names no data) until the
    // user's password is given. The call being typed is kept as the draft first.
    void lockWorkstation(int idleMinutes = 0);
    bool isLocked() const;
    // A later start of the program on this store (screen pop): the window comes forward
    // (restored, raised, activated) on Log call, with the incoming call in it if any.
    void receiveScreenPop(const rules::ScreenPopRequest &request);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void openComplaint(qint64 complaintId);
    void exportCsv();
    // Records breached deadlines and tells the user (tray and status bar) what became
    // due for them since the last time; runs every minute.
    void checkDeadlines();
    void showReminders();
    // The Reminders button's count of unread reminders.
    void updateReminderCount();
    // Another desk, the CLI or this window changed the store.
    void applyStoreChanges(const QList<storage::StoreChange> &changes);
    // Tells (tray, else status bar) of complaints given to the signed-in user by others.
    void tellAssignedToMe(const QList<storage::StoreChange> &changes);
    // Tells the user of `lines` under `title`: in the tray (not while the desk is locked: a
    // locked desk shows no complaint) and in the status bar.
    void announce(const QString &title, const QStringList &lines,
                  QSystemTrayIcon::MessageIcon icon);
    // Starts the program again on the same store and closes this window (unless the user
    // keeps an unsaved call; `askFirst` false: they agreed to discard it already).
    void restart(bool askFirst);
    // File > Connect...: chooses another store (a file or the server), remembers it and
    // starts the program again on it.
    void connectToStore();
    void unlockWorkstation();

    models::Workspace &m_workspace;
    QStackedWidget *m_pages; // the tabs, or the lock screen
    QTabWidget *m_tabs;
    LockScreen *m_lockScreen;
    QPointer<QWidget> m_focusBeforeLock;
    LogCallPane *m_logCall;
    QueuePane *m_queue;
    DetailPane *m_detail;
    DashboardPane *m_dashboard = nullptr; // leads and administrators
    IdleLock *m_idleLock = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // none where the desktop has no tray
    QPushButton *m_reminders = nullptr;
    BackupController *m_backups = nullptr;
    bool m_discardOnClose = false; // a restart the user agreed to
    QString m_restartStore; // the store a restart opens; empty: the same
    StoreCheckMonitor *m_storeCheck = nullptr; // the start check of the store
    models::ChangeWatcher *m_changes = nullptr;
    bool m_dashboardStale = false; // changed since the dashboard was read
    RemindersDialog *m_openReminders = nullptr; // while the reminders are shown
};

} // namespace cd::ui
