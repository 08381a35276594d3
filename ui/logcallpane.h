#pragma once

#include "complaintqueries.h"
#include "complaintservice.h"
#include "draftservice.h"
#include "incomingcall.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QVariant>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QEvent;
class QTimer;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class CallerPanel;
class CategorySuggestions;
class DraftAutosave;
class FieldMessage;

// The agent's main screen: who is calling (with their history), what they complain
// about, and Save (Ctrl+Enter), which logs the call and its complaint, or attaches the
// call to an open complaint of the caller as a follow-up. Everything is reachable from
// the keyboard; a rejected save keeps every character typed and says at the field what
// is wrong. What the agent types is kept as their draft in the store (DraftService) a
// moment after each change, so that the next start can offer it back after a crash.
// A save the server could not take (the connection was lost) waits in the pane and is
// sent again every retryIntervalMs with the same save id until the server answers, while
// the agent may go on to the next call: it is saved once, never twice.
class LogCallPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int retryIntervalMs = 3000;

    explicit LogCallPane(models::Workspace &workspace, QWidget *parent = nullptr);

    // True when the agent typed or chose something not yet saved.
    bool hasUnsavedInput() const;
    // Starts timing a new call and puts the cursor in the phone field.
    void startCall();
    // Ctrl+N: after the agent confirms discarding what is not saved, clears the form and
    // its draft and starts a new call.
    void newCall();
    // Clears the form for the next call and removes its draft.
    void discardCall();
    // "Discard call" (Ctrl+Shift+Del): after the agent confirms discarding what was typed
    // (nothing typed: no question), clears the form and its draft; the cursor goes to the
    // phone field and the timer waits for the next call's first key.
    void discardOnRequest();
    // When the signed-in agent has a draft (left by a crash), asks whether to restore it
    // into the form or discard it; true when it was restored. Drafts older than
    // DraftService::retentionDays are removed first. Nothing is kept while it asks.
    bool offerDraft();
    // Writes the draft now if a change is not yet kept (the workstation locks).
    void keepDraftNow();
    // How long after a change the draft is written (DraftAutosave; tests shorten it).
    void setDraftDelay(int ms);
    CategorySuggestions *suggestions() const { return m_suggestions; }
    // A call the phone system announces (screen pop): when the form holds nothing
    // unsaved it starts at once, with the number filled, the caller's history shown and
    // the timer running from the ring; otherwise it waits in the incoming list and the
    // form is left as it is.
    void receiveIncomingCall(const rules::IncomingCall &call);
    // Starts the waiting call chosen in the incoming list; when the form holds an unsaved
    // call, only after the agent agrees to put it aside (it is discarded).
    void takeWaitingCall();
    int waitingCallCount() const { return int(m_waiting.size()); }
    // Calls whose save the server has not yet taken (the connection was lost).
    int unsavedCallCount() const { return int(m_unsaved.size()); }
    // Sends the calls waiting to be saved again now (the retry timer calls this; so may
    // the window when it finds the server answering again).
    void retryUnsavedCalls();

Q_SIGNALS:
    void complaintSaved(qint64 complaintId, const QString &reference);
    // The number of calls waiting to be saved changed (unsavedCallCount()).
    void unsavedCallsChanged(int count);
    void openComplaintRequested(qint64 complaintId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void buildIncomingList();
    void startIncomingCall(const rules::IncomingCall &call);
    void showWaitingCalls();
    // Asks whether to discard the unsaved call (`question`); true when there is none.
    bool agreesToDiscard(const QString &title, const QString &question);
    void fillChoices();
    // Shows the demand and business type the description points to, where the agent has
    // not chosen them.
    void suggestIntent();
    void fillCategories();
    void onPhoneEdited();
    void lookUpCaller();
    void onCategoryChanged();
    void onFollowUpChanged();
    // The new complaint's choices, kept aside while the greyed fields show a followed-up
    // complaint's values.
    struct Choices
    {
        QVariant category; // ids: the lists change with the taxonomy and the category
        QVariant subcategory;
        int severity = 0;
        int demand = 0;
        int businessType = 0;
        QString amount;
        QString transactionRef;
        bool solvedOnCall = false;
        bool severityChosen = false;
    };
    Choices currentChoices() const;
    void applyChoices(const Choices &choices);
    void showLinkedComplaint(qint64 complaintId);
    // Enter on an open complaint in the caller history: log this call as its follow-up.
    void linkFollowUp(qint64 complaintId);
    void updateTimer();
    qint64 callElapsedMs() const;
    void save();
    // A call sent to the store: what was sent (with its save id) and the form's fields then.
    struct SentCall
    {
        models::NewCallInput input;
        QJsonObject fields;
    };
    // Sends `call`; a lost connection keeps it among the unsaved calls. Returns whether it
    // was saved (or had been).
    bool send(SentCall call);
    void keepUnsaved(const SentCall &call, const Error &error);
    void dropUnsaved(const QString &saveId);
    void showSaved(const models::LogCallOutcome &outcome, const SentCall &call);
    void resetForNextCall();
    void clearMessages();
    models::NewCallInput collectInput() const;
    void showErrors(const QList<Error> &errors);
    void watchForChanges();
    models::CallDraft collectDraft() const;
    Result<void> writeDraft();
    bool askToRestore(const models::CallDraft &draft);
    void restoreDraft(const models::CallDraft &draft);

    models::Workspace &m_workspace;
    QElapsedTimer m_callTimer;
    qint64 m_callStartedAt = 0;
    qint64 m_callTimeBeforeMs = 0; // of a restored call, counted before m_callTimer started
    bool m_severityChosenByAgent = false;
    // The agent picked the demand / business type: the text's suggestion no longer changes it.
    bool m_demandChosenByAgent = false;
    bool m_businessTypeChosenByAgent = false;
    bool m_fillingForm = false; // the form, not the agent, changes the inputs
    models::CallDraft m_blankDraft; // the form as resetForNextCall() leaves it
    QString m_externalCallId; // of the call rung through by the phone system
    QString m_line;
    std::optional<Choices> m_newComplaintChoices; // set while a follow-up is shown
    QHash<qint64, storage::ComplaintRecord> m_openComplaints; // the caller's, by id
    QList<rules::IncomingCall> m_waiting; // announced while another call was typed
    QString m_saveId; // of the call in the form, made at its first save
    QList<SentCall> m_unsaved; // sent while the server could not be reached, oldest first
    QTimer *m_retry = nullptr;

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
    QPushButton *m_discardButton = nullptr;
    QLabel *m_savedLabel = nullptr;
    QLabel *m_draftLabel = nullptr;
    QWidget *m_incomingBox = nullptr;
    QListWidget *m_incomingList = nullptr;
    CallerPanel *m_callerPanel = nullptr;
    CategorySuggestions *m_suggestions = nullptr;
    QTimer *m_ticker = nullptr;
    QTimer *m_lookupDelay = nullptr;
    DraftAutosave *m_autosave = nullptr;
    QHash<QString, FieldMessage *> m_messages; // by field name of cd::Error
    QHash<QString, QWidget *> m_inputs; // by field name of cd::Error
};

} // namespace cd::ui
