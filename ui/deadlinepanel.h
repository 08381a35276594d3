#pragma once

#include "complaintqueries.h"
#include "complaintservice.h"

#include <QGroupBox>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class FieldMessage;

// The deadlines of the complaint shown in the detail pane: where it stands (on track, at
// risk, overdue, paused, met), both due times, the promised call-back, and on demand the
// explanation of each due time (policy, calendar, every skipped stretch and pause). Its
// actions: record a contact with the customer, promise a call-back, and (for the lead,
// where the policy allows) extend the resolution deadline.
class DeadlinePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit DeadlinePanel(models::Workspace &workspace, QWidget *parent = nullptr);

    void fill(const models::ComplaintDetail &detail);
    void clear();

    // The actions, without their prompts (the buttons ask first), on the complaint as
    // shown. Errors are shown in the panel; each returns whether it worked.
    bool recordContact(const QString &note);
    bool promiseCallback(std::optional<qint64> at, const QString &note);
    bool extend(int days, const QString &reason);

private:
    void askContact();
    void askCallback();
    void askExtension();

    models::Workspace &m_workspace;
    // The complaint as shown; kept while a prompt is open, so that an action applies to what
    // the user saw when they started it (ComplaintService::AsSeen).
    models::ComplaintService::AsSeen m_seen {0};
    bool m_prompting = false;
    QString m_reference;
    QLabel *m_state = nullptr;
    QLabel *m_firstResponse = nullptr;
    QLabel *m_resolution = nullptr;
    QLabel *m_callback = nullptr;
    QPushButton *m_why = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QPushButton *m_contact = nullptr;
    QPushButton *m_promise = nullptr;
    QPushButton *m_extend = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace cd::ui
