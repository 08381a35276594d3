#include "deadlinepanel.h"

#include "calendarcoverage.h"
#include "changeasseen.h"
#include "complaintservice.h"
#include "dialoglayout.h"
#include "fieldmessage.h"
#include "formatting.h"
#include "permissions.h"
#include "slacolor.h"
#include "slareminders.h"
#include "slasettings.h"
#include "textlimit.h"
#include "workspace.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace cd::ui {

DeadlinePanel::DeadlinePanel(models::Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Deadlines"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("deadlinePanel"));
    m_state = namedChild<QLabel>(this, QStringLiteral("deadlineState"));
    m_firstResponse = namedChild<QLabel>(this, QStringLiteral("detailFirstResponseDue"));
    m_resolution = namedChild<QLabel>(this, QStringLiteral("detailResolutionDue"));
    m_callback = namedChild<QLabel>(this, QStringLiteral("detailCallback"));
    for (QLabel *label : {m_state, m_firstResponse, m_resolution, m_callback}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }

    m_explanation = namedChild<QPlainTextEdit>(this, QStringLiteral("deadlineExplanation"));
    m_explanation->setReadOnly(true);
    m_explanation->setTabChangesFocus(true);
    m_explanation->setMaximumHeight(160);
    m_explanation->hide();
    m_why = new QPushButton(tr("&Why these times?"), this);
    m_why->setObjectName(QStringLiteral("deadlineWhyButton"));
    m_why->setCheckable(true);
    connect(m_why, &QPushButton::toggled, m_explanation, &QWidget::setVisible);

    m_contact = pushButton(this, tr("Contacted the c&ustomer..."),
                           QStringLiteral("recordContactButton"), &DeadlinePanel::askContact);
    m_promise = pushButton(this, tr("Promise a call-&back..."),
                           QStringLiteral("promiseCallbackButton"), &DeadlinePanel::askCallback);
    m_extend = pushButton(this, tr("E&xtend deadline..."), QStringLiteral("extendDeadlineButton"),
                          &DeadlinePanel::askExtension);
    m_message = new FieldMessage(QStringLiteral("deadlineMessage"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("First response due:"), m_firstResponse);
    form->addRow(tr("Resolution due:"), m_resolution);
    form->addRow(tr("Call-back:"), m_callback);
    // Two by two: in one row the English labels widen the detail pane past a 1366-pixel
    // screen's share (its other buttons were cut off).
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_why, 0, 0);
    buttons->addWidget(m_contact, 0, 1);
    buttons->addWidget(m_promise, 1, 0);
    buttons->addWidget(m_extend, 1, 1);
    buttons->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_explanation);
    layout->addWidget(m_message);
}

void DeadlinePanel::clear()
{
    m_seen = {0};
    for (QLabel *label : {m_state, m_firstResponse, m_resolution, m_callback})
        label->clear();
    m_explanation->clear();
    m_message->clearMessage();
}

void DeadlinePanel::fill(const models::ComplaintDetail &d)
{
    const storage::ComplaintRecord &c = d.complaint;
    const qint64 now = m_workspace.clock().nowMs();
    if (c.id != m_seen.id)
        m_message->clearMessage();
    if (c.id != m_seen.id || !m_prompting)
        m_seen = {c.id, c.version};
    m_reference = c.reference;
    const QColor color = models::slaColor(d.slaState);
    m_state->setText(
        QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
            .arg(color.name(), models::Formatting::slaState(d.slaState).toHtmlEscaped())
        + QStringLiteral(" &nbsp; ")
        + tr("policy \"%1\"").arg(d.deadlines.policyName).toHtmlEscaped());
    auto clockText = [&](const models::ClockExplanation &clock) {
        const QString due = models::Formatting::labelledDateTime(clock.dueAt);
        if (c.solvedOnCall)
            return tr("Solved on the call");
        if (clock.stoppedAt)
            return *clock.stoppedAt > clock.dueAt
                ? tr("%1 - met late, at %2")
                      .arg(due, models::Formatting::dateTime(*clock.stoppedAt))
                : tr("%1 - met at %2").arg(due, models::Formatting::dateTime(*clock.stoppedAt));
        if (clock.paused)
            return tr("paused, %1 of the target left")
                .arg(models::Formatting::span(clock.remainingMs));
        const QString text = tr("%1 (%2)").arg(due, models::Formatting::dueIn(clock.dueAt, now));
        // a due time counted through a year without its holiday arrangement is marked
        return clock.provisionalYears.isEmpty() ? text : tr("%1 - provisional").arg(text);
    };
    auto clockTip = [](const models::ClockExplanation &clock) {
        return clock.provisionalYears.isEmpty()
            ? QString()
            : rules::CalendarCoverage::provisionalNote(clock.provisionalYears);
    };
    m_firstResponse->setText(clockText(d.deadlines.firstResponse));
    m_firstResponse->setToolTip(clockTip(d.deadlines.firstResponse));
    m_resolution->setText(clockText(d.deadlines.resolution));
    m_resolution->setToolTip(clockTip(d.deadlines.resolution));
    m_callback->setText(c.callbackAt ? tr("%1 (%2) %3")
                                           .arg(models::Formatting::labelledDateTime(*c.callbackAt),
                                                models::Formatting::dueIn(*c.callbackAt, now),
                                                c.callbackNote)
                                     : tr("none promised"));
    m_explanation->setPlainText(d.deadlines.text());
    const bool open = c.status != QLatin1String("CLOSED");
    m_contact->setEnabled(open);
    m_promise->setEnabled(open);
    const rules::SlaPolicy policy = m_workspace.slaSettings().policyOf(c);
    m_extend->setVisible(policy.maxResolutionDays.has_value()
                         && rules::canManageDepartment(m_workspace.rulesActor(), c.departmentId));
    m_extend->setEnabled(open && !c.resolvedAt);
}

bool DeadlinePanel::recordContact(const QString &note)
{
    return !m_message->showFailure(changeAsSeen(m_workspace, m_seen, [&](const auto &complaint) {
        return m_workspace.complaints().recordContact(complaint, note);
    }));
}

bool DeadlinePanel::promiseCallback(std::optional<qint64> at, const QString &note)
{
    return !m_message->showFailure(changeAsSeen(m_workspace, m_seen, [&](const auto &complaint) {
        return m_workspace.complaints().promiseCallback(complaint, at, note);
    }));
}

bool DeadlinePanel::extend(int days, const QString &reason)
{
    return !m_message->showFailure(changeAsSeen(m_workspace, m_seen, [&](const auto &complaint) {
        return m_workspace.complaints().extendDeadline(complaint, days, reason);
    }));
}

void DeadlinePanel::askContact()
{
    const QScopedValueRollback<bool> prompting(m_prompting, true);
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Contact with the customer about %1").arg(m_reference),
        tr("What was said (the first contact stops the first-response clock):"), QString(), &ok);
    if (ok)
        recordContact(note);
}

void DeadlinePanel::askCallback()
{
    const QScopedValueRollback<bool> prompting(m_prompting, true);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Call-back for %1").arg(m_reference));
    auto *when = new QDateTimeEdit(
        QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).addSecs(3600), &dialog);
    when->setObjectName(QStringLiteral("callbackTimeEdit"));
    when->setCalendarPopup(true);
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("callbackNoteEdit"));
    limitCharacters(note, models::ComplaintService::maxNoteLength);
    auto *message = new FieldMessage(QStringLiteral("callbackMessage"), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *clearButton = buttons->addButton(tr("&Clear the promise"), QDialogButtonBox::ResetRole);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Call back &at:"), when);
    form->addRow(tr("&Note:"), note);
    form->addRow(message);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto done = changeAsSeen(m_workspace, m_seen, [&](const auto &complaint) {
            return m_workspace.complaints().promiseCallback(
                complaint, when->dateTime().toMSecsSinceEpoch(), note->text());
        });
        if (message->showFailure(done)) // the dialog keeps what was typed
            return;
        dialog.accept();
    });
    connect(clearButton, &QPushButton::clicked, &dialog, [&] {
        if (promiseCallback(std::nullopt, QString()))
            dialog.accept();
    });
    dialog.exec();
}

void DeadlinePanel::askExtension()
{
    const QScopedValueRollback<bool> prompting(m_prompting, true);
    bool ok = false;
    const int days = QInputDialog::getInt(this, tr("Extend %1").arg(m_reference),
                                          tr("Extend the resolution deadline by (days):"), 15, 1,
                                          rules::SlaPolicy::maxExtensionLimitDays, 1, &ok);
    if (!ok)
        return;
    const QString reason = QInputDialog::getText(this, tr("Extend %1").arg(m_reference),
                                                 tr("Why is more time needed? (required)"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        extend(days, reason);
}

} // namespace cd::ui
