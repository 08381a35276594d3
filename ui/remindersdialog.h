#pragma once

#include "slarecords.h"

#include <QDialog>

class QTreeWidget;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// The signed-in user's reminders, newest first: complaints of theirs that became at risk
// or overdue, call-backs that are due, and (for a lead) the department's breaches. Opening
// one marks it read and shows the complaint.
class RemindersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RemindersDialog(models::Workspace &workspace, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Reads the reminders again (after the store changed).
    void reload();

Q_SIGNALS:
    void openComplaintRequested(qint64 complaintId);

private:
    models::Workspace &m_workspace;
    QTreeWidget *m_list;
};

} // namespace cd::ui
