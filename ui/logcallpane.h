#pragma once

#include "complaintservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class CallerPanel;
class CategorySuggestions;
class FieldMessage;

// The agent's main screen: who is calling (with their history), what they complain
// about, and Save (Ctrl+Enter), which logs the call and its complaint, or attaches the
// call to an open complaint of the caller as a follow-up. Everything is reachable from
// the keyboard; a rejected save keeps every character typed and says at the field what
// is wrong.
class LogCallPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogCallPane(models::Workspace &workspace, QWidget *parent = nullptr);

    // True when the agent typed something not yet saved.
    bool hasUnsavedInput() const;
    // Starts timing a new call and puts the cursor in the phone field.
    void startCall();
    CategorySuggestions *suggestions() const { return m_suggestions; }

Q_SIGNALS:
    void complaintSaved(qint64 complaintId, const QString &reference);
    void openComplaintRequested(qint64 complaintId);

private:
    void buildForm();
    void fillChoices();
    void fillCategories();
    void onPhoneEdited();
    void lookUpCaller();
    void onCategoryChanged();
    void onFollowUpChanged();
    void updateTimer();
    void save();
    void resetForNextCall();
    void clearMessages();
    models::NewCallInput collectInput() const;
    void showErrors(const QList<Error> &errors);

    models::Workspace &m_workspace;
    QElapsedTimer m_callTimer;
    qint64 m_callStartedAt = 0;
    bool m_severityChosenByAgent = false;

    QLineEdit *m_phone = nullptr;
    QLineEdit *m_customerName = nullptr;
    QLabel *m_timerLabel = nullptr;
    QPushButton *m_newCallButton = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_followUp = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_subcategory = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_demand = nullptr;
    QComboBox *m_businessType = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_transactionRef = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_descriptionCount = nullptr;
    QCheckBox *m_solvedOnCall = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_savedLabel = nullptr;
    CallerPanel *m_callerPanel = nullptr;
    CategorySuggestions *m_suggestions = nullptr;
    QTimer *m_ticker = nullptr;
    QTimer *m_lookupDelay = nullptr;
    QHash<QString, FieldMessage *> m_messages;   // by field name of cd::Error
    QHash<QString, QWidget *> m_inputs;          // by field name of cd::Error
};

} // namespace cd::ui
