// What other desks, the CLI and the clock change while the window is open: deadlines and
// reminders, complaints changed elsewhere, complaints handed to the signed-in user.
#include "mainwindow.h"

#include "changewatcher.h"
#include "complaintqueuemodel.h"
#include "detailpane.h"
#include "eventtext.h"
#include "queuepane.h"
#include "remindersdialog.h"
#include "slareminders.h"
#include "workspace.h"

#include "dashboardpane.h"
#include <QHash>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

namespace cd::ui {

namespace {
constexpr int guiSweepBatch = 50;
} // namespace

void MainWindow::checkDeadlines()
{
    // A small batch a minute: a store unswept for long catches up without stalling the
    // window (the CLI's `sweep` takes big batches).
    auto swept = m_workspace.slaReminders().sweep(guiSweepBatch);
    if (!swept) {
        statusBar()->showMessage(swept.error().message, 10000);
        return;
    }
    if (swept->breachesRecorded > 0)
        m_queue->model()->refreshCountdowns();
    updateReminderCount();
    const QList<storage::NotificationRecord> &fresh = swept->newNotifications;
    if (fresh.isEmpty())
        return;
    const QString title = tr("%n new reminder(s)", "", int(fresh.size()));
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(fresh.size(), 5); ++i)
        lines << models::SlaReminders::describe(fresh.at(i));
    if (fresh.size() > 5)
        lines << tr("... and %n more (F9)", "", int(fresh.size() - 5));
    announce(title, lines, QSystemTrayIcon::Warning);
}

void MainWindow::updateReminderCount()
{
    auto all = m_workspace.slaReminders().notifications();
    int unread = 0;
    if (all) {
        for (const auto &n : *all)
            unread += n.readAt ? 0 : 1;
    }
    m_reminders->setText(unread > 0 ? tr("Reminders (%1)").arg(unread) : tr("Reminders"));
}

void MainWindow::showReminders()
{
    RemindersDialog dialog(m_workspace, this);
    connect(&dialog, &RemindersDialog::openComplaintRequested, this, &MainWindow::openComplaint);
    m_openReminders = &dialog;
    dialog.exec();
    m_openReminders = nullptr;
    checkDeadlines();
}

void MainWindow::applyStoreChanges(const QList<storage::StoreChange> &changes)
{
    bool complaintsChanged = false;
    bool shownChanged = false;
    for (const storage::StoreChange &change : changes) {
        if (!models::ChangeWatcher::altersComplaint(change))
            continue;
        complaintsChanged = true;
        shownChanged = shownChanged || *change.event.complaintId == m_detail->complaintId();
    }
    if (!complaintsChanged)
        return;
    m_queue->refreshFromStore();
    if (shownChanged)
        m_detail->refreshFromStore();
    if (m_dashboard) {
        if (m_tabs->currentWidget() == m_dashboard)
            m_dashboard->refresh();
        else
            m_dashboardStale = true;
    }
    updateReminderCount();
    if (m_openReminders)
        m_openReminders->reload();
    tellAssignedToMe(changes);
}

void MainWindow::tellAssignedToMe(const QList<storage::StoreChange> &changes)
{
    const qint64 me = m_workspace.actor().id;
    // the last hand-over of each complaint (logged, then transferred: told once)
    QList<qint64> order;
    QHash<qint64, const storage::StoreChange *> lastHandOver;
    for (const storage::StoreChange &change : changes) {
        const storage::EventRecord &e = change.event;
        const bool handedOver = e.type == QLatin1String("transferred")
            || e.type == QLatin1String("reassigned_in_bulk")
            || e.type == QLatin1String("complaint_created");
        if (!handedOver || change.assigneeId != me || e.actorId == me
            || !models::ChangeWatcher::altersComplaint(change))
            continue;
        if (!lastHandOver.contains(*e.complaintId))
            order << *e.complaintId;
        lastHandOver.insert(*e.complaintId, &change);
    }
    QStringList lines;
    QString reference;
    for (const qint64 id : order) {
        const storage::StoreChange &change = *lastHandOver.value(id);
        reference = change.reference;
        lines << tr("%1: %2 by %3")
                     .arg(change.reference, models::EventText::describe(change.event),
                          change.event.actorName);
    }
    if (lines.isEmpty())
        return;
    const QString title = lines.size() == 1
        ? tr("Assigned to you: %1").arg(reference)
        : tr("%n complaint(s) assigned to you", "", int(lines.size()));
    if (lines.size() > 5) {
        const qsizetype more = lines.size() - 5;
        lines = lines.mid(0, 5);
        lines << tr("... and %n more", "", int(more));
    }
    announce(title, lines, QSystemTrayIcon::Information);
}

void MainWindow::announce(const QString &title, const QStringList &lines,
                          QSystemTrayIcon::MessageIcon icon)
{
    if (m_tray && !isLocked()) // a locked desk shows no complaint
        m_tray->showMessage(title, lines.join(u'\n'), icon, 15000);
    statusBar()->showMessage(lines.size() == 1 ? tr("Assigned to you: %1").arg(lines.first())
                                               : title + QStringLiteral(": ") + lines.first(),
                             30000);
}

} // namespace cd::ui
