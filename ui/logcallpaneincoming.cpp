// The Log-call pane's screen pop: calls the phone system announces start in the form, or
// wait in the incoming list while another call is being typed.
#include "logcallpane.h"

#include "callerpanel.h"
#include "dialoglayout.h"
#include "draftautosave.h"
#include "formatting.h"
#include "phonenumber.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

void LogCallPane::buildIncomingList()
{
    m_incomingBox = namedChild<QWidget>(this, QStringLiteral("incomingCallsBox"));
    auto *label = new QLabel(tr("Incoming calls &waiting:"), m_incomingBox);
    m_incomingList = new QListWidget(m_incomingBox);
    m_incomingList->setObjectName(QStringLiteral("incomingCallsList"));
    // three rows high; long entries never widen the pane
    m_incomingList->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_incomingList->setFixedHeight(m_incomingList->fontMetrics().height() * 3 + 8);
    label->setBuddy(m_incomingList);
    auto *take = new QPushButton(tr("Ta&ke call"), m_incomingBox);
    take->setObjectName(QStringLiteral("takeIncomingCallButton"));
    take->setToolTip(tr("Start logging the chosen waiting call (Enter in the list)"));
    auto *row = new QHBoxLayout(m_incomingBox);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label, 0, Qt::AlignTop);
    row->addWidget(m_incomingList, 1);
    row->addWidget(take, 0, Qt::AlignTop);
    connect(take, &QPushButton::clicked, this, &LogCallPane::takeWaitingCall);
    connect(m_incomingList, &QListWidget::itemActivated, this, &LogCallPane::takeWaitingCall);
    // at the top of the Call box, above the form
    auto *callBox = findChild<QWidget *>(QStringLiteral("callBox"));
    qobject_cast<QVBoxLayout *>(callBox->layout())->insertWidget(0, m_incomingBox);
    m_incomingBox->hide();
}

void LogCallPane::receiveIncomingCall(const rules::IncomingCall &call)
{
    if (!hasUnsavedInput()) {
        startIncomingCall(call);
        return;
    }
    m_waiting.append(call);
    showWaitingCalls();
}

void LogCallPane::takeWaitingCall()
{
    const int row = m_incomingList->currentRow();
    if (row < 0 || row >= m_waiting.size())
        return;
    const rules::IncomingCall call = m_waiting.at(row);
    if (!agreesToDiscard(tr("Take the waiting call"),
                         tr("The call being logged has not been saved. Put it aside (it is "
                            "discarded) and take the call from %1? To keep it, cancel and "
                            "save it first (Ctrl+Enter).")
                             .arg(call.number)))
        return;
    m_waiting.removeAt(row);
    showWaitingCalls();
    startIncomingCall(call);
}

void LogCallPane::showWaitingCalls()
{
    m_incomingList->clear();
    for (const rules::IncomingCall &call : std::as_const(m_waiting)) {
        QString text =
            tr("%1 - rang %2").arg(call.number, models::Formatting::dateTime(call.ringAt));
        if (!call.line.isEmpty())
            text += QStringLiteral(" - ") + tr("line %1").arg(call.line);
        m_incomingList->addItem(text);
    }
    if (!m_waiting.isEmpty())
        m_incomingList->setCurrentRow(0);
    m_incomingBox->setVisible(!m_waiting.isEmpty());
}

void LogCallPane::startIncomingCall(const rules::IncomingCall &call)
{
    resetForNextCall(); // nothing unsaved is in it, or the agent put it aside
    {
        const QScopedValueRollback filling(m_fillingForm, true);
        const auto number = rules::PhoneNumbers::parse(call.number);
        m_phone->setText(number ? number->national : call.number);
        lookUpCaller();
        m_externalCallId = call.callId;
        m_line = call.line;
        // the call is timed from the ring, not from when the form showed it
        const qint64 now = m_workspace.clock().nowMs();
        m_callStartedAt = call.ringAt > 0 && call.ringAt <= now ? call.ringAt : now;
        m_callTimeBeforeMs = now - m_callStartedAt;
        m_callTimer.start();
        m_ticker->start();
        updateTimer();
    }
    m_autosave->changed(); // kept as a draft like a typed call
    m_customerName->setFocus();
}

} // namespace cd::ui
