// LogCallPane's save: the form's call sent to the store once, with a save id made at its
// first save, and the calls a lost connection kept back sent again until the server takes
// them (the form itself is in logcallpane.cpp).
#include "logcallpane.h"

#include "draftautosave.h"
#include "fieldmessage.h"
#include "formatting.h"
#include "taxonomy.h"
#include "workspace.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QTimer>
#include <QUuid>

namespace cd::ui {

namespace {

// "14:03:12" in the call centre's zone, as every time on screen, with the zone where the
// computer's differs ("14:03:12 UTC+08:00").
QString timeOfDay(qint64 ms)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(ms, models::Formatting::timeZone())
                             .toString(QStringLiteral("HH:mm:ss"));
    const QString zone = models::Formatting::zoneLabel(ms);
    return zone.isEmpty() ? time : time + u' ' + zone;
}

} // namespace

void LogCallPane::save()
{
    clearMessages();
    m_savedLabel->clear(); // the last call's reference must not stand beside this one's errors
    SentCall call {collectInput(), collectDraft().fieldsJson()};
    if (const QList<Error> errors = m_workspace.complaints().validate(call.input);
        !errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (m_saveId.isEmpty())
        m_saveId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    call.input.saveId = m_saveId;
    send(call);
}

bool LogCallPane::send(SentCall call)
{
    // A save waits in no nested event loop of its own, but what reacts to it may (a dialog):
    // the retry timer must not send a call again while it is being sent.
    if (m_sending)
        return false;
    const QScopedValueRollback sending(m_sending, true);
    // The draft goes with the save only while the form still shows this call: after the
    // agent moved on, the draft is the next call's.
    call.input.removesDraft = collectDraft().fieldsJson() == call.fields;
    auto outcome = m_workspace.complaints().logCall(call.input);
    if (!outcome && outcome.error().kind == Error::Kind::Unreachable) {
        keepUnsaved(call, outcome.error());
        return false;
    }
    dropUnsaved(call.input.saveId);
    if (!outcome) {
        if (call.input.removesDraft) {
            showErrors({outcome.error()}); // the form still holds every field of it
        } else {
            m_savedLabel->setText(tr("The call from %1 typed earlier could not be saved: %2")
                                      .arg(call.input.phone, outcome.error().message));
        }
        return false;
    }
    showSaved(*outcome, call);
    return true;
}

void LogCallPane::keepUnsaved(const SentCall &call, const Error &error)
{
    const auto same = std::find_if(m_unsaved.begin(), m_unsaved.end(), [&](const SentCall &c) {
        return c.input.saveId == call.input.saveId;
    });
    if (same != m_unsaved.end())
        *same = call; // the agent saved the same call again
    else
        m_unsaved.append(call);
    if (!m_retry->isActive())
        m_retry->start();
    const QString message =
        tr("Not saved yet: %1 Nothing typed is lost. The call is saved as soon as the server "
           "answers again (tried at %2); you may go on with the next call.")
            .arg(error.message, timeOfDay(m_workspace.clock().nowMs()));
    if (collectDraft().fieldsJson() == call.fields) {
        clearMessages();
        m_messages.value(QString())->showMessage(message);
    } else {
        m_savedLabel->setText(message);
    }
    Q_EMIT unsavedCallsChanged(unsavedCallCount());
}

void LogCallPane::dropUnsaved(const QString &saveId)
{
    const auto removed =
        m_unsaved.removeIf([&](const SentCall &c) { return c.input.saveId == saveId; });
    if (m_unsaved.isEmpty())
        m_retry->stop();
    if (removed > 0)
        Q_EMIT unsavedCallsChanged(unsavedCallCount());
}

void LogCallPane::retryUnsavedCalls()
{
    if (m_sending)
        return;
    // Oldest first; the first the server still cannot take stops the round.
    const QList<SentCall> unsaved = m_unsaved;
    for (const SentCall &call : unsaved) {
        if (!send(call) && !m_unsaved.isEmpty()
            && m_unsaved.first().input.saveId == call.input.saveId)
            return;
    }
}

void LogCallPane::showSaved(const models::LogCallOutcome &outcome, const SentCall &call)
{
    const bool formShowsIt = collectDraft().fieldsJson() == call.fields;
    const bool formHoldsChanges = !formShowsIt && m_saveId == call.input.saveId;
    if (formShowsIt) {
        resetForNextCall();
        m_autosave->forget(); // logCall removed the draft with the save
    } else if (formHoldsChanges) {
        m_saveId.clear(); // what the agent changed since is another save
    }
    QString saved =
        (outcome.followUp ? tr("Follow-up saved to %1 (call %2)") : tr("Saved as %1 (call %2)"))
            .arg(outcome.reference, models::Formatting::callDuration(call.input.callDurationMs));
    if (!outcome.followUp && !call.input.solvedOnCall) {
        saved += QStringLiteral(" - ")
            + tr("handled by %1").arg(m_workspace.taxonomy().departmentName(outcome.departmentId));
    }
    if (outcome.alreadySaved) {
        saved += u'\n'
            + tr("The server had saved it before the connection was lost; it was not saved "
                 "twice.");
    }
    if (formHoldsChanges) {
        saved += u'\n'
            + tr("It was saved as it was when Save was pressed; the changes made since are still "
                 "in the form.");
    } else if (!formShowsIt) {
        saved += u'\n' + tr("(the call from %1 typed earlier)").arg(call.input.phone);
    }
    if (outcome.maskedNumbers > 0) {
        saved += u'\n'
            + tr("%n card or ID number(s) were masked before saving (first 6 and "
                 "last 4 digits kept).",
                 "", outcome.maskedNumbers);
    }
    m_savedLabel->setText(saved);
    if (formShowsIt && !m_waiting.isEmpty())
        m_incomingList->setFocus(); // Enter takes the next waiting call
    Q_EMIT complaintSaved(outcome.complaintId, outcome.reference);
}

} // namespace cd::ui
