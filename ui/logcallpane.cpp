#include "logcallpane.h"

#include "callerpanel.h"
#include "categorysuggestions.h"
#include "choices.h"
#include "complaintqueries.h"
#include "dialoglayout.h"
#include "draftautosave.h"
#include "fieldmessage.h"
#include "formatting.h"
#include "language.h"
#include "money.h"
#include "taxonomyservice.h"
#include "textlimit.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

// An input with its message line underneath, as one cell of the form.
QWidget *withMessage(QWidget *input, FieldMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(message);
    return box;
}

} // namespace

LogCallPane::LogCallPane(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("logCallPane"));
    buildForm();
    buildIncomingList();
    setFocusProxy(m_phone); // the agent types the caller's number first
    fillChoices();

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &LogCallPane::updateTimer);
    m_lookupDelay = new QTimer(this);
    m_lookupDelay->setSingleShot(true);
    m_lookupDelay->setInterval(120);
    connect(m_lookupDelay, &QTimer::timeout, this, &LogCallPane::lookUpCaller);
    m_retry = new QTimer(this);
    m_retry->setInterval(retryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &LogCallPane::retryUnsavedCalls);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &LogCallPane::save);
    }
    auto *newCall = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newCall->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newCall, &QShortcut::activated, this, &LogCallPane::newCall);
    resetForNextCall();
    m_blankDraft = collectDraft();
    m_blankDraft.callStartedAt.reset();
    m_autosave = new DraftAutosave([this] { return writeDraft(); }, this);
    connect(m_autosave, &DraftAutosave::written, m_draftLabel, &QLabel::hide);
    connect(m_autosave, &DraftAutosave::writeFailed, this, [this](const Error &error) {
        m_draftLabel->setText(error.kind == Error::Kind::Unreachable
                                  ? tr("Not yet kept as a draft: the server cannot be reached; "
                                       "trying again. What you typed is still here.")
                                  : tr("Not yet kept as a draft (the store is busy or "
                                       "read-only); trying again. What you typed is still here."));
        m_draftLabel->setToolTip(error.message);
        m_draftLabel->show();
    });
    watchForChanges();
}

void LogCallPane::buildForm()
{
    auto make = [this](const QString &field) {
        auto *message = new FieldMessage(field + QStringLiteral("Message"), this);
        m_messages.insert(field, message);
        return message;
    };

    m_phone = namedChild<QLineEdit>(this, QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("e.g. 138 1234 5678 or 010-6234 5678"));
    m_phone->setMaxLength(32);
    m_customerName = namedChild<QLineEdit>(this, QStringLiteral("customerNameEdit"));
    m_customerName->setPlaceholderText(tr("How the caller wants to be addressed (optional)"));
    limitCharacters(m_customerName, models::ComplaintService::maxNameLength);
    m_timerLabel = namedChild<QLabel>(this, QStringLiteral("callTimerLabel"));
    enlargeFont(m_timerLabel, 1.4);
    m_newCallButton = pushButton(this, tr("New call (Ctrl+N)"), QStringLiteral("newCallButton"),
                                 &LogCallPane::newCall);
    m_newCallButton->setToolTip(tr("Start timing a new call (Ctrl+N)"));

    m_channel = namedChild<QComboBox>(this, QStringLiteral("channelCombo"));
    m_followUp = namedChild<QComboBox>(this, QStringLiteral("followUpCombo"));
    m_category = namedChild<QComboBox>(this, QStringLiteral("categoryCombo"));
    m_subcategory = namedChild<QComboBox>(this, QStringLiteral("subcategoryCombo"));
    m_severity = namedChild<QComboBox>(this, QStringLiteral("severityCombo"));
    m_demand = namedChild<QComboBox>(this, QStringLiteral("demandCombo"));
    m_businessType = namedChild<QComboBox>(this, QStringLiteral("businessTypeCombo"));
    m_amount = namedChild<QLineEdit>(this, QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("Yuan, e.g. 1280.50"));
    m_amount->setMaxLength(24);
    m_transactionRef = namedChild<QLineEdit>(this, QStringLiteral("transactionRefEdit"));
    m_transactionRef->setPlaceholderText(tr("Order or transaction number (optional)"));
    m_description = namedChild<QPlainTextEdit>(this, QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, in the caller's words"));
    m_descriptionCount = namedChild<QLabel>(this, QStringLiteral("descriptionCountLabel"));
    m_descriptionCount->setAlignment(Qt::AlignRight);
    m_solvedOnCall = new QCheckBox(tr("S&olved on this call"), this);
    m_solvedOnCall->setObjectName(QStringLiteral("solvedOnCallCheck"));
    m_saveButton = pushButton(this, tr("&Save (Ctrl+Enter)"), QStringLiteral("saveButton"),
                              &LogCallPane::save);
    m_saveButton->setDefault(false);
    m_discardButton =
        pushButton(this, tr("Discard call (Ctrl+Shift+Del)"), QStringLiteral("discardCallButton"),
                   &LogCallPane::discardOnRequest);
    m_discardButton->setToolTip(tr("Clear the form and remove its draft, without saving"));
    auto *discard = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), this);
    discard->setContext(Qt::WidgetWithChildrenShortcut);
    connect(discard, &QShortcut::activated, this, &LogCallPane::discardOnRequest);
    m_savedLabel = namedChild<QLabel>(this, QStringLiteral("savedReferenceLabel"));
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // wrapped: a long "Saved as ..., handled by ..." must not widen the form (and move the
    // splitter) after every save
    m_savedLabel->setWordWrap(true);
    enlargeFont(m_savedLabel, 1.3, false);
    m_draftLabel = new QLabel(this); // its text says why (DraftAutosave::writeFailed)
    m_draftLabel->setObjectName(QStringLiteral("draftStatusLabel"));
    m_draftLabel->setWordWrap(true);
    m_draftLabel->setForegroundRole(QPalette::PlaceholderText);
    m_draftLabel->hide();

    m_inputs = {{QStringLiteral("phone"), m_phone},
                {QStringLiteral("customer_name"), m_customerName},
                {QStringLiteral("follow_up"), m_followUp},
                {QStringLiteral("category"), m_category},
                {QStringLiteral("subcategory"), m_subcategory},
                {QStringLiteral("amount"), m_amount},
                {QStringLiteral("transaction_ref"), m_transactionRef},
                {QStringLiteral("description"), m_description}};

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [form, this](const QString &label, QWidget *field, QWidget *buddy) {
        auto *l = new QLabel(label, this);
        l->setBuddy(buddy);
        form->addRow(l, field);
    };
    auto *phoneRow = new QWidget(this);
    auto *phoneLayout = new QHBoxLayout(phoneRow);
    phoneLayout->setContentsMargins(0, 0, 0, 0);
    phoneLayout->addWidget(withMessage(m_phone, make(QStringLiteral("phone")), this), 1);
    phoneLayout->addWidget(m_timerLabel, 0, Qt::AlignTop);
    phoneLayout->addWidget(m_newCallButton, 0, Qt::AlignTop);
    addRow(tr("&Phone:"), phoneRow, m_phone);
    addRow(tr("&Name:"), withMessage(m_customerName, make(QStringLiteral("customer_name")), this),
           m_customerName);
    addRow(tr("Chann&el:"), m_channel, m_channel);
    addRow(tr("&Log as:"), withMessage(m_followUp, make(QStringLiteral("follow_up")), this),
           m_followUp);
    addRow(tr("&Category:"), withMessage(m_category, make(QStringLiteral("category")), this),
           m_category);
    addRow(tr("S&ub-category:"),
           withMessage(m_subcategory, make(QStringLiteral("subcategory")), this), m_subcategory);
    addRow(tr("Se&verity:"), m_severity, m_severity);
    addRow(tr("Custome&r demand:"), m_demand, m_demand);
    addRow(tr("&Business:"), m_businessType, m_businessType);
    addRow(tr("Amount &involved:"), withMessage(m_amount, make(QStringLiteral("amount")), this),
           m_amount);
    addRow(tr("&Transaction ref.:"),
           withMessage(m_transactionRef, make(QStringLiteral("transaction_ref")), this),
           m_transactionRef);
    auto *descriptionBox = new QWidget(this);
    auto *descriptionLayout = new QVBoxLayout(descriptionBox);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    descriptionLayout->setSpacing(2);
    descriptionLayout->addWidget(m_description, 1);
    m_suggestions = new CategorySuggestions(m_workspace, this);
    descriptionLayout->addLayout(besideRight(m_suggestions, m_descriptionCount));
    descriptionLayout->addWidget(make(QStringLiteral("description")));
    addRow(tr("&Description:"), descriptionBox, m_description);
    form->addRow(QString(), m_solvedOnCall);

    auto *general = make(QString());
    general->setObjectName(QStringLiteral("saveMessage"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_savedLabel, 1);
    saveRow->addWidget(m_discardButton);
    saveRow->addWidget(m_saveButton);

    auto *formBox = new QGroupBox(tr("Call"), this);
    formBox->setObjectName(QStringLiteral("callBox"));
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form, 1);
    formLayout->addWidget(general);
    formLayout->addWidget(m_draftLabel);
    formLayout->addLayout(saveRow);

    m_callerPanel = new CallerPanel(m_workspace.taxonomy(), this);
    auto *historyBox = new QGroupBox(tr("Caller history"), this);
    historyBox->setObjectName(QStringLiteral("callerHistoryBox"));
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_callerPanel);
    connect(m_callerPanel, &CallerPanel::complaintActivated, this,
            &LogCallPane::openComplaintRequested);
    connect(m_callerPanel, &CallerPanel::followUpRequested, this, &LogCallPane::linkFollowUp);

    // The form and the history keep their widths whatever the form shows (suggestions,
    // messages): neither side's minimum width depends on its content.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("logCallSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(formBox);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({820, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_phone, m_customerName);
    setTabOrder(m_customerName, m_channel);
    setTabOrder(m_channel, m_followUp);
    setTabOrder(m_followUp, m_category);
    setTabOrder(m_category, m_subcategory);
    setTabOrder(m_subcategory, m_severity);
    setTabOrder(m_severity, m_demand);
    setTabOrder(m_demand, m_businessType);
    setTabOrder(m_businessType, m_amount);
    setTabOrder(m_amount, m_transactionRef);
    setTabOrder(m_transactionRef, m_description);
    setTabOrder(m_description, m_solvedOnCall);
    setTabOrder(m_solvedOnCall, m_saveButton);
    setTabOrder(m_saveButton, m_discardButton);
    setTabOrder(m_discardButton, m_newCallButton);

    connect(m_phone, &QLineEdit::textEdited, this, &LogCallPane::onPhoneEdited);
    connect(m_phone, &QLineEdit::editingFinished, this, &LogCallPane::lookUpCaller);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LogCallPane::onCategoryChanged);
    connect(m_followUp, &QComboBox::currentIndexChanged, this, &LogCallPane::onFollowUpChanged);
    connect(m_severity, &QComboBox::activated, this, [this] { m_severityChosenByAgent = true; });
    connect(m_demand, &QComboBox::activated, this, [this] { m_demandChosenByAgent = true; });
    connect(m_businessType, &QComboBox::activated, this,
            [this] { m_businessTypeChosenByAgent = true; });
    connect(&m_workspace.taxonomyEditor(), &models::TaxonomyService::changed, this, [this] {
        fillCategories();
        onCategoryChanged();
    });
    connect(m_suggestions, &CategorySuggestions::accepted, this,
            [this](qint64 categoryId, std::optional<qint64> subcategoryId) {
                m_category->setCurrentIndex(std::max(0, m_category->findData(categoryId)));
                if (subcategoryId)
                    m_subcategory->setCurrentIndex(
                        std::max(0, m_subcategory->findData(*subcategoryId)));
            });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_newComplaintChoices) { // a follow-up keeps its complaint's classification
            m_suggestions->updateFor(m_description->toPlainText());
            suggestIntent();
        }
        const int length = int(m_description->toPlainText().size());
        m_descriptionCount->setText(
            tr("%1 / %2").arg(length).arg(models::ComplaintService::maxDescriptionLength));
        m_descriptionCount->setStyleSheet(length > models::ComplaintService::maxDescriptionLength
                                              ? QStringLiteral("color: #c62828;")
                                              : QString());
    });
}

void LogCallPane::suggestIntent()
{
    if (m_demandChosenByAgent && m_businessTypeChosenByAgent)
        return;
    const models::ClassifierService::Intent intent =
        models::ClassifierService::suggestIntent(m_description->toPlainText());
    if (!m_demandChosenByAgent)
        m_demand->setCurrentIndex(int(intent.demand.value_or(rules::Demand::Explanation)));
    if (!m_businessTypeChosenByAgent)
        m_businessType->setCurrentIndex(
            int(intent.businessType.value_or(rules::BusinessType::Other)));
}

void LogCallPane::fillChoices()
{
    addChannels(m_channel);
    fillCategories();
    addSeverities(m_severity);
    m_severity->setCurrentIndex(int(rules::Severity::P3));
    for (const rules::Demand demand : rules::allDemands())
        m_demand->addItem(rules::Labels::demand(demand), rules::code(demand));
    m_demand->setCurrentIndex(int(rules::Demand::Explanation));
    for (const rules::BusinessType type : rules::allBusinessTypes())
        m_businessType->addItem(rules::Labels::businessType(type), rules::code(type));
    m_businessType->setCurrentIndex(int(rules::BusinessType::Other));
    m_followUp->addItem(tr("New complaint"));
    onCategoryChanged();
}

void LogCallPane::fillCategories()
{
    // keeps what the agent chose, if it is still offered
    refillCategories(m_category, m_workspace.taxonomy(), tr("Choose a category..."), true);
}

void LogCallPane::startCall()
{
    if (!m_callTimer.isValid()) {
        m_callTimer.start();
        m_callTimeBeforeMs = 0;
        m_callStartedAt = m_workspace.clock().nowMs();
        m_ticker->start();
        updateTimer();
    }
    m_phone->setFocus();
}

void LogCallPane::updateTimer()
{
    m_timerLabel->setText(m_callTimer.isValid() ? models::Formatting::callDuration(callElapsedMs())
                                                : QStringLiteral("--:--"));
}

qint64 LogCallPane::callElapsedMs() const
{
    return m_callTimer.isValid() ? m_callTimeBeforeMs + m_callTimer.elapsed() : 0;
}

void LogCallPane::onPhoneEdited()
{
    if (!m_callTimer.isValid())
        startCall();
    m_messages.value(QStringLiteral("phone"))->clearMessage();
    m_lookupDelay->start();
}

void LogCallPane::lookUpCaller()
{
    m_lookupDelay->stop();
    const QVariant keep = m_followUp->currentData();
    while (m_followUp->count() > 1)
        m_followUp->removeItem(1);
    auto history = m_workspace.queries().callerHistory(m_phone->text());
    if (!history) {
        m_callerPanel->showPrompt();
        return;
    }
    m_callerPanel->showHistory(*history);
    m_openComplaints.clear();
    if (history->customer && m_customerName->text().isEmpty())
        m_customerName->setText(history->customer->name);
    for (const auto &c : history->complaints) {
        if (c.status == QLatin1String("CLOSED"))
            continue;
        m_openComplaints.insert(c.id, c);
        const auto status = rules::statusFromCode(c.status);
        m_followUp->addItem(tr("Follow-up to %1 (%2, %3)")
                                .arg(c.reference, m_workspace.taxonomy().categoryName(c.categoryId),
                                     status ? rules::Labels::status(*status) : c.status),
                            c.id);
    }
    const int again = m_followUp->findData(keep);
    m_followUp->setCurrentIndex(again > 0 ? again : 0);
}

void LogCallPane::onCategoryChanged()
{
    m_subcategory->clear();
    m_subcategory->addItem(tr("(none)"));
    const QVariant id = m_category->currentData();
    if (!id.isValid()) {
        m_subcategory->setEnabled(false);
        return;
    }
    m_messages.value(QStringLiteral("category"))->clearMessage();
    const auto subs = m_workspace.taxonomy().subcategoriesOf(id.toLongLong());
    for (const auto &sub : subs) {
        if (sub.active)
            m_subcategory->addItem(models::pickName(sub.nameZh, sub.nameEn), sub.id);
    }
    m_subcategory->setEnabled(m_followUp->currentIndex() == 0 && m_subcategory->count() > 1);
    if (!m_severityChosenByAgent) {
        if (const auto *category = m_workspace.taxonomy().category(id.toLongLong())) {
            const int index = m_severity->findData(category->defaultSeverity);
            if (index >= 0)
                m_severity->setCurrentIndex(index);
        }
    }
}

models::NewCallInput LogCallPane::collectInput() const
{
    models::NewCallInput in;
    in.phone = m_phone->text();
    in.customerName = m_customerName->text();
    in.channel = rules::channelFromCode(m_channel->currentData().toString())
                     .value_or(rules::Channel::Hotline);
    in.description = m_description->toPlainText();
    if (m_followUp->currentIndex() > 0) {
        in.followUpOf = m_followUp->currentData().toLongLong();
    } else {
        if (m_category->currentData().isValid())
            in.categoryId = m_category->currentData().toLongLong();
        if (m_subcategory->currentData().isValid())
            in.subcategoryId = m_subcategory->currentData().toLongLong();
        in.severity = rules::severityFromCode(m_severity->currentData().toString());
        in.demand = rules::demandFromCode(m_demand->currentData().toString())
                        .value_or(rules::Demand::Other);
        in.businessType = rules::businessTypeFromCode(m_businessType->currentData().toString())
                              .value_or(rules::BusinessType::Other);
        in.amountText = m_amount->text();
        in.transactionRef = m_transactionRef->text();
        in.solvedOnCall = m_solvedOnCall->isChecked();
    }
    in.callStartedAt = m_callTimer.isValid() ? m_callStartedAt : m_workspace.clock().nowMs();
    in.callDurationMs = callElapsedMs();
    in.externalCallId = m_externalCallId;
    in.line = m_line;
    in.removesDraft = true;
    return in;
}

void LogCallPane::clearMessages()
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearMessage();
}

void LogCallPane::showErrors(const QList<Error> &errors)
{
    QWidget *first = nullptr;
    for (const Error &error : errors) {
        FieldMessage *message = m_messages.value(error.field, m_messages.value(QString()));
        const QString shown =
            message->text().isEmpty() ? error.message : message->text() + u'\n' + error.message;
        message->showMessage(shown);
        if (!first)
            first = m_inputs.value(error.field);
    }
    if (first)
        first->setFocus();
}

void LogCallPane::resetForNextCall()
{
    const QScopedValueRollback filling(m_fillingForm, true);
    m_callTimer.invalidate();
    m_callTimeBeforeMs = 0;
    m_externalCallId.clear();
    m_line.clear();
    m_saveId.clear();
    m_ticker->stop();
    updateTimer();
    clearMessages();
    m_phone->clear();
    m_customerName->clear();
    m_channel->setCurrentIndex(0);
    while (m_followUp->count() > 1)
        m_followUp->removeItem(1);
    m_followUp->setCurrentIndex(0);
    m_severityChosenByAgent = false;
    m_demandChosenByAgent = false;
    m_businessTypeChosenByAgent = false;
    m_category->setCurrentIndex(0);
    m_severity->setCurrentIndex(int(rules::Severity::P3));
    m_demand->setCurrentIndex(int(rules::Demand::Explanation));
    m_businessType->setCurrentIndex(int(rules::BusinessType::Other));
    m_amount->clear();
    m_transactionRef->clear();
    m_description->clear();
    m_solvedOnCall->setChecked(false);
    m_callerPanel->showPrompt();
    m_phone->setFocus();
}

bool LogCallPane::hasUnsavedInput() const
{
    return !collectDraft().sameFieldsAs(m_blankDraft);
}

} // namespace cd::ui
