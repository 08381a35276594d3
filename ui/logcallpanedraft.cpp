// The Log-call pane's draft: what the agent types is kept in the store as it is typed
// (DraftAutosave, DraftService) and offered back at the next start after a crash.
#include "logcallpane.h"

#include "callerpanel.h"
#include "draftautosave.h"
#include "formatting.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>

namespace cd::ui {

namespace {

// A restored call whose draft changed this recently is taken to be still going on (the
// program was restarted while the caller waited): its timer runs on from the call's
// start. An older draft's call is over; its timer goes on from the time the call had
// taken when the draft was last changed.
constexpr qint64 callResumeWindowMs = 10 * 60 * 1000;

// How much of the description the restore offer quotes.
constexpr int quotedCharacters = 120;

} // namespace

void LogCallPane::watchForChanges()
{
    const auto edited = [this] {
        if (!m_fillingForm)
            m_autosave->changed();
    };
    for (QLineEdit *edit : {m_phone, m_customerName, m_amount, m_transactionRef})
        connect(edit, &QLineEdit::textChanged, this, edited);
    for (QComboBox *combo :
         {m_channel, m_followUp, m_category, m_subcategory, m_severity, m_demand, m_businessType})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, edited);
    connect(m_solvedOnCall, &QCheckBox::toggled, this, edited);
}

void LogCallPane::setDraftDelay(int ms)
{
    m_autosave->setDelay(ms);
}

void LogCallPane::keepDraftNow()
{
    m_autosave->flush();
}

void LogCallPane::changeEvent(QEvent *event)
{
    // the agent went to another program
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        m_autosave->flush();
    QWidget::changeEvent(event);
}

void LogCallPane::newCall()
{
    if (!agreesToDiscard(tr("New call"),
                         tr("The call being logged has not been saved. "
                            "Discard it and start a new call?")))
        return;
    discardCall();
    startCall();
}

void LogCallPane::discardOnRequest()
{
    if (!agreesToDiscard(tr("Discard call"),
                         tr("Discard the call being logged? What was typed "
                            "is lost and its draft removed.")))
        return;
    discardCall();
    m_savedLabel->clear();
    m_phone->setFocus();
}

bool LogCallPane::agreesToDiscard(const QString &title, const QString &question)
{
    if (!hasUnsavedInput())
        return true;
    // A call waiting for the server is kept aside and saved when it answers.
    const QJsonObject fields = collectDraft().fieldsJson();
    if (std::any_of(m_unsaved.cbegin(), m_unsaved.cend(),
                    [&](const SentCall &call) { return call.fields == fields; }))
        return true;
    return QMessageBox::question(this, title, question, QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void LogCallPane::discardCall()
{
    resetForNextCall();
    // the blank form's draft is none: removed now, or tried again like any draft
    m_autosave->changed();
    m_autosave->flush();
}

models::CallDraft LogCallPane::collectDraft() const
{
    models::CallDraft d;
    d.phone = m_phone->text();
    d.customerName = m_customerName->text();
    d.channel = m_channel->currentData().toString();
    if (m_followUp->currentIndex() > 0)
        d.followUpOf = m_followUp->currentData().toLongLong();
    // While a follow-up is shown, the new complaint's choices are the ones kept aside (the
    // greyed fields show the followed-up complaint's).
    const Choices c = m_newComplaintChoices.value_or(currentChoices());
    if (c.category.isValid())
        d.categoryId = c.category.toLongLong();
    if (c.subcategory.isValid())
        d.subcategoryId = c.subcategory.toLongLong();
    d.severity = m_severity->itemData(c.severity).toString();
    d.severityChosen = c.severityChosen;
    d.demand = m_demand->itemData(c.demand).toString();
    d.businessType = m_businessType->itemData(c.businessType).toString();
    d.amount = c.amount;
    d.transactionRef = c.transactionRef;
    d.description = m_description->toPlainText();
    d.solvedOnCall = c.solvedOnCall;
    if (m_callTimer.isValid())
        d.callStartedAt = m_callStartedAt;
    return d;
}

Result<void> LogCallPane::writeDraft()
{
    models::DraftService drafts(m_workspace);
    const models::CallDraft draft = collectDraft();
    return draft.sameFieldsAs(m_blankDraft) ? drafts.discardCallDraft()
                                            : drafts.keepCallDraft(draft);
}

bool LogCallPane::offerDraft()
{
    m_autosave->suspend();
    models::DraftService drafts(m_workspace);
    // Retention; a store that cannot be written now keeps them until a later start.
    (void)drafts.removeExpired();
    auto found = drafts.callDraft();
    const bool offered = found && found->has_value();
    const bool restore = offered && askToRestore(**found);
    m_autosave->resume();
    if (!offered)
        return false;
    if (!restore) {
        discardCall();
        return false;
    }
    restoreDraft(**found);
    return true;
}

bool LogCallPane::askToRestore(const models::CallDraft &draft)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved call"),
                    tr("ComplaintDesk stopped while you were logging a call, before it was "
                       "saved. Restore it into the form?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("draftRestoreBox"));
    QStringList lines;
    const qint64 ago = m_workspace.clock().nowMs() - draft.updatedAt;
    lines << (ago >= 60 * 1000
                  ? tr("Last typed: %1 (%2 ago)")
                        .arg(models::Formatting::dateTime(draft.updatedAt),
                             models::Formatting::span(ago))
                  : tr("Last typed: %1").arg(models::Formatting::dateTime(draft.updatedAt)));
    if (!draft.phone.trimmed().isEmpty()) {
        lines << (draft.customerName.trimmed().isEmpty()
                      ? tr("Caller: %1").arg(draft.phone.trimmed())
                      : tr("Caller: %1 (%2)")
                            .arg(draft.phone.trimmed(), draft.customerName.trimmed()));
    }
    QString text = draft.description.simplified();
    if (text.size() > quotedCharacters) {
        text.truncate(quotedCharacters);
        // English is cut between words; Chinese has no spaces to cut at
        if (const qsizetype space = text.lastIndexOf(u' '); space > quotedCharacters * 3 / 4)
            text.truncate(space);
        text += QChar(0x2026);
    }
    lines << (text.isEmpty() ? tr("Description: (none typed)")
                             : tr("Description: \"%1\"").arg(text));
    box.setInformativeText(lines.join(u'\n'));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    // closing the box loses nothing
    box.setDefaultButton(restore);
    box.setEscapeButton(restore);
    box.exec();
    return box.clickedButton() != discard;
}

void LogCallPane::restoreDraft(const models::CallDraft &d)
{
    resetForNextCall();
    {
        const QScopedValueRollback filling(m_fillingForm, true);
        m_phone->setText(d.phone);
        m_channel->setCurrentIndex(std::max(0, m_channel->findData(d.channel)));
        lookUpCaller(); // the caller's open complaints, to follow one up
        m_customerName->setText(d.customerName);
        m_severityChosenByAgent = d.severityChosen;
        m_category->setCurrentIndex(
            std::max(0, d.categoryId ? m_category->findData(*d.categoryId) : 0));
        m_subcategory->setCurrentIndex(
            std::max(0, d.subcategoryId ? m_subcategory->findData(*d.subcategoryId) : 0));
        // The description first: what it suggests fills the demand and business type; a
        // draft's other choice was the agent's, and stays.
        m_description->setPlainText(d.description);
        m_demandChosenByAgent = d.demand != m_demand->currentData().toString();
        m_businessTypeChosenByAgent = d.businessType != m_businessType->currentData().toString();
        for (const auto &[combo, code] :
             {std::pair {m_severity, d.severity}, std::pair {m_demand, d.demand},
              std::pair {m_businessType, d.businessType}}) {
            if (const int index = combo->findData(code); index >= 0)
                combo->setCurrentIndex(index);
        }
        m_amount->setText(d.amount);
        m_transactionRef->setText(d.transactionRef);
        m_solvedOnCall->setChecked(d.solvedOnCall);
        // last: a follow-up keeps the choices above aside and shows its complaint's
        m_followUp->setCurrentIndex(
            std::max(0, d.followUpOf ? m_followUp->findData(*d.followUpOf) : 0));
        if (d.callStartedAt) {
            // The call's start stays the original one: the complaint was received then,
            // and its deadlines count from then.
            const qint64 now = m_workspace.clock().nowMs();
            const bool stillOnTheCall = now - d.updatedAt <= callResumeWindowMs;
            m_callStartedAt = *d.callStartedAt;
            m_callTimeBeforeMs =
                std::max<qint64>(0, (stillOnTheCall ? now : d.updatedAt) - *d.callStartedAt);
            m_callTimer.start();
            m_ticker->start();
            updateTimer();
        }
    }
    m_autosave->forget(); // the form shows the stored draft
    m_description->setFocus();
    m_description->moveCursor(QTextCursor::End);
}

} // namespace cd::ui
