#pragma once

#include "complaintqueries.h"
#include "complaintservice.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cd::models {
class EventTimelineModel;
class Workspace;
} // namespace cd::models

namespace cd::ui {

class DeadlinePanel;
class FieldMessage;

// Everything about the selected complaint: its fields, deadlines, calls and event
// timeline, and the move to the next workflow status with a note.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(models::Workspace &workspace, QWidget *parent = nullptr);

    // Shows the complaint (0: nothing); re-reads it from the store.
    void showComplaint(qint64 complaintId);
    qint64 complaintId() const { return m_complaintId; }
    // Whether the agent is writing a status change (the note has text or the focus).
    bool isEditing() const;
    // Reads the complaint shown again after another desk or program changed it, unless the
    // agent is editing (their note stays; the next change reads it).
    void refreshFromStore();
    DeadlinePanel *deadlines() const { return m_deadlines; }

private:
    void buildForm();
    void fill(const models::ComplaintDetail &detail);
    void applyStatus();
    QLabel *addField(const QString &objectName, const QString &label);

    models::Workspace &m_workspace;
    qint64 m_complaintId = 0;
    models::ComplaintService::AsSeen m_seen {0}; // the complaint as shown
    qint64 m_departmentId = 0; // of the complaint shown
    QString m_statusCode;

    QLabel *m_title = nullptr;
    QFormLayout *m_fields = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_customer = nullptr;
    QPushButton *m_reveal = nullptr;
    QString m_customerName;
    QLabel *m_channel = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_severity = nullptr;
    QLabel *m_department = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_demand = nullptr;
    QLabel *m_business = nullptr;
    QLabel *m_cause = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_transactionRef = nullptr;
    QLabel *m_createdBy = nullptr;
    QLabel *m_routing = nullptr;
    QLabel *m_held = nullptr;
    QLabel *m_escalation = nullptr;
    QLabel *m_calls = nullptr;
    QLabel *m_satisfaction = nullptr;
    QPushButton *m_rate = nullptr;
    QLabel *m_merged = nullptr; // shown for a duplicate merged into another
    QPlainTextEdit *m_description = nullptr;
    QTableView *m_timeline = nullptr;
    models::EventTimelineModel *m_timelineModel = nullptr;
    QComboBox *m_nextStatus = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_apply = nullptr;
    FieldMessage *m_statusMessage = nullptr;
    QWidget *m_body = nullptr;
    DeadlinePanel *m_deadlines = nullptr;
};

} // namespace cd::ui
