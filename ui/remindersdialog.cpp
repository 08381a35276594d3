#include "remindersdialog.h"

#include "formatting.h"
#include "slareminders.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

RemindersDialog::RemindersDialog(models::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("remindersDialog"));
    setWindowTitle(tr("Reminders"));
    m_list->setObjectName(QStringLiteral("remindersList"));
    m_list->setHeaderLabels({tr("Noticed"), tr("Reminder")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 140);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, Qt::UserRole).isValid())
            return; // the "No reminders." line
        const qint64 notificationId = item->data(0, Qt::UserRole).toLongLong();
        if (auto read = m_workspace.slaReminders().markRead(notificationId); !read)
            QMessageBox::warning(this, tr("Reminders"), read.error().message);
        Q_EMIT openComplaintRequested(item->data(1, Qt::UserRole).toLongLong());
        accept();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *allRead = buttons->addButton(tr("Mark all &read"), QDialogButtonBox::ActionRole);
    connect(allRead, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            const QVariant id = m_list->topLevelItem(i)->data(0, Qt::UserRole);
            if (!id.isValid())
                continue;
            if (auto read = m_workspace.slaReminders().markRead(id.toLongLong()); !read) {
                QMessageBox::warning(this, tr("Reminders"), read.error().message);
                break;
            }
        }
        reload();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    // Times are the call centre's; say so where this computer's zone differs.
    const QString zoneNote = models::Formatting::zoneNote(m_workspace.clock().nowMs());
    if (!zoneNote.isEmpty()) {
        auto *note = new QLabel(zoneNote, this);
        note->setObjectName(QStringLiteral("zoneNoteLabel"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 420);
    reload();
}

void RemindersDialog::reload()
{
    m_list->clear();
    auto list = m_workspace.slaReminders().notifications();
    if (!list) {
        QMessageBox::warning(this, tr("Reminders"), list.error().message);
        return;
    }
    for (const auto &n : *list) {
        auto *item = new QTreeWidgetItem(
            m_list, {models::Formatting::dateTime(n.createdAt), models::SlaReminders::describe(n)});
        item->setData(0, Qt::UserRole, n.id);
        item->setData(1, Qt::UserRole, n.complaintId);
        if (!n.readAt) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
    }
    if (m_list->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_list, {QString(), tr("No reminders.")});
}

} // namespace cd::ui
