#include "detailpane.h"

#include "changeasseen.h"
#include "deadlinepanel.h"
#include "dialoglayout.h"

#include "complaintservice.h"
#include "eventtimelinemodel.h"
#include "fieldmessage.h"
#include "formatting.h"
#include "money.h"
#include "permissions.h"
#include "phonenumber.h"
#include "reclassifydialog.h"
#include "satisfactiondialog.h"
#include "textlimit.h"
#include "transferdialog.h"
#include "workflow.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

DetailPane::DetailPane(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("detailPane"));
    buildForm();
    showComplaint(0);
}

QLabel *DetailPane::addField(const QString &objectName, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->addRow(label, value);
    return value;
}

void DetailPane::buildForm()
{
    m_title = namedChild<QLabel>(this, QStringLiteral("detailTitle"));
    enlargeFont(m_title, 1.3);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_body = new QWidget(this);
    m_fields = new QFormLayout;
    m_status = addField(QStringLiteral("detailStatus"), tr("Status:"));
    m_received = addField(QStringLiteral("detailReceived"), tr("Received:"));
    m_customer = namedChild<QLabel>(this, QStringLiteral("detailCustomer"));
    m_customer->setTextFormat(Qt::PlainText);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal =
        pushButton(this, tr("Show full number"), QStringLiteral("revealPhoneButton"), [this] {
            auto revealed = m_workspace.queries().revealPhone(m_complaintId);
            if (m_statusMessage->showFailure(revealed))
                return;
            m_customer->setText(m_customerName.isEmpty()
                                    ? *revealed
                                    : m_customerName + QStringLiteral("  ") + *revealed);
        });
    m_reveal->setToolTip(tr("Shows the full phone number; this is recorded in the audit trail."));
    m_fields->addRow(tr("Customer:"), besideRight(m_customer, m_reveal));
    m_channel = addField(QStringLiteral("detailChannel"), tr("Channel:"));
    m_category = addField(QStringLiteral("detailCategory"), tr("Category:"));
    m_severity = addField(QStringLiteral("detailSeverity"), tr("Severity:"));
    m_department = addField(QStringLiteral("detailDepartment"), tr("Department:"));
    m_assignee = addField(QStringLiteral("detailAssignee"), tr("Assignee:"));
    m_demand = addField(QStringLiteral("detailDemand"), tr("Customer demand:"));
    m_business = addField(QStringLiteral("detailBusinessType"), tr("Business:"));
    m_cause = addField(QStringLiteral("detailRegulatoryCause"), tr("Regulatory cause:"));
    m_amount = addField(QStringLiteral("detailAmount"), tr("Amount involved:"));
    m_transactionRef = addField(QStringLiteral("detailTransactionRef"), tr("Transaction ref.:"));
    m_createdBy = addField(QStringLiteral("detailCreatedBy"), tr("Logged by:"));
    m_routing = addField(QStringLiteral("detailRouting"), tr("Routed by:"));
    m_held = addField(QStringLiteral("detailHeld"), tr("Held by:"));
    m_escalation = addField(QStringLiteral("detailEscalation"), tr("Escalated:"));
    m_calls = addField(QStringLiteral("detailCalls"), tr("Calls:"));
    m_satisfaction = namedChild<QLabel>(this, QStringLiteral("detailSatisfaction"));
    m_satisfaction->setTextFormat(Qt::PlainText);
    m_satisfaction->setWordWrap(true);
    m_rate = pushButton(this, tr("&Record..."), QStringLiteral("recordSatisfactionButton"), [this] {
        auto detail = m_workspace.queries().detail(m_complaintId);
        if (!detail)
            return;
        SatisfactionDialog dialog(m_workspace, m_seen, m_title->text(),
                                  detail->complaint.satisfaction,
                                  detail->complaint.satisfactionComment, this);
        dialog.exec(); // the pane is filled again through complaintChanged
    });
    m_rate->setToolTip(tr("Record the customer's satisfaction, asked at follow-up"));
    m_fields->addRow(tr("Satisfaction:"), besideRight(m_satisfaction, m_rate));
    m_merged = addField(QStringLiteral("detailMergedInto"), tr("Merged into:"));

    m_deadlines = new DeadlinePanel(m_workspace, this);

    m_description = namedChild<QPlainTextEdit>(this, QStringLiteral("detailDescription"));
    m_description->setReadOnly(true);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);

    m_timelineModel = new models::EventTimelineModel(&m_workspace.taxonomy(), this);
    m_timeline = namedChild<QTableView>(this, QStringLiteral("timelineView"));
    m_timeline->setModel(m_timelineModel);
    setUpRowTable(m_timeline, QAbstractItemView::ExtendedSelection);
    m_timeline->setWordWrap(false);
    m_timeline->setTabKeyNavigation(false);
    m_timeline->setMinimumHeight(160);

    m_nextStatus = new QComboBox(this);
    m_nextStatus->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nextStatus->setMinimumContentsLength(10);
    m_nextStatus->setObjectName(QStringLiteral("nextStatusCombo"));
    m_note = namedChild<QLineEdit>(this, QStringLiteral("statusNoteEdit"));
    m_note->setPlaceholderText(tr("Note: what was done or why (required)"));
    limitCharacters(m_note, models::ComplaintService::maxNoteLength);
    m_apply = pushButton(this, tr("Mo&ve"), QStringLiteral("applyStatusButton"),
                         &DetailPane::applyStatus);
    m_statusMessage = new FieldMessage(QStringLiteral("statusMessage"), this);
    connect(m_note, &QLineEdit::returnPressed, this, &DetailPane::applyStatus);

    auto *transfer = pushButton(this, tr("Tra&nsfer..."), QStringLiteral("transferButton"), [this] {
        auto transferOf = [this, seen = m_seen](const models::ComplaintService::Target &target,
                                                const QString &reason) mutable {
            return changeAsSeen(m_workspace, seen, [&](const auto &complaint) {
                return m_workspace.complaints().transfer(complaint, target, reason);
            });
        };
        TransferDialog dialog(m_workspace, tr("Transfer %1").arg(m_title->text()), m_departmentId,
                              transferOf, this);
        dialog.exec();
    });
    auto *escalate =
        pushButton(this, tr("&Escalate to lead..."), QStringLiteral("escalateButton"), [this] {
            const models::ComplaintService::AsSeen seen = m_seen; // before the prompt
            bool ok = false;
            const QString reason = QInputDialog::getText(
                this, tr("Escalate %1").arg(m_title->text()),
                tr("Why does the lead need to take this?"), QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
            auto escalated = m_workspace.complaints().escalate(seen, reason);
            m_statusMessage->showFailure(escalated);
        });

    auto *reclassify =
        pushButton(this, tr("Re&classify..."), QStringLiteral("reclassifyButton"), [this] {
            ReclassifyDialog dialog(m_workspace, m_seen, m_title->text(), this);
            dialog.exec();
        });

    auto *moveBox = new QGroupBox(tr("Next step"), this);
    auto *moveLayout = new QVBoxLayout(moveBox);
    auto *moveRow = new QHBoxLayout;
    auto *toLabel = new QLabel(tr("Move t&o:"), this);
    toLabel->setBuddy(m_nextStatus);
    moveRow->addWidget(toLabel);
    moveRow->addWidget(m_nextStatus, 1);
    moveRow->addWidget(m_apply);
    moveLayout->addLayout(moveRow);
    moveLayout->addWidget(m_note);
    auto *handRow = new QHBoxLayout;
    handRow->addWidget(transfer);
    handRow->addWidget(escalate);
    handRow->addWidget(reclassify);
    handRow->addStretch(1);
    moveLayout->addLayout(handRow);
    moveLayout->addWidget(m_statusMessage);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(m_fields);
    bodyLayout->addWidget(new QLabel(tr("Description:"), this));
    bodyLayout->addWidget(m_description);
    bodyLayout->addWidget(m_deadlines);
    bodyLayout->addWidget(moveBox);
    bodyLayout->addWidget(new QLabel(tr("Timeline:"), this));
    bodyLayout->addWidget(m_timeline, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    // Everything stays readable on a short screen: the body scrolls instead of squeezing.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 1);
}

void DetailPane::showComplaint(qint64 complaintId)
{
    m_complaintId = complaintId;
    m_statusMessage->clearMessage();
    if (complaintId == 0) {
        m_title->setText(tr("Select a complaint in the queue."));
        m_body->setVisible(false);
        return;
    }
    auto detail = m_workspace.queries().detail(complaintId);
    if (!detail) {
        m_title->setText(detail.error().message);
        m_body->setVisible(false);
        return;
    }
    m_body->setVisible(true);
    fill(*detail);
}

bool DetailPane::isEditing() const
{
    return m_note->hasFocus() || !m_note->text().isEmpty();
}

void DetailPane::refreshFromStore()
{
    if (m_complaintId != 0 && !isEditing())
        showComplaint(m_complaintId);
}

void DetailPane::fill(const models::ComplaintDetail &d)
{
    m_departmentId = d.complaint.departmentId;
    m_seen = {d.complaint.id, d.complaint.version};
    const storage::ComplaintRecord &c = d.complaint;
    const models::Taxonomy &taxonomy = m_workspace.taxonomy();
    m_statusCode = c.status;
    const auto status = rules::statusFromCode(c.status);
    const auto severity = rules::severityFromCode(c.severity);
    const auto channel = rules::channelFromCode(c.channel);
    const auto demand = rules::demandFromCode(c.demand);

    m_title->setText(c.reference);
    m_status->setText(status ? rules::Labels::status(*status) : c.status);
    m_received->setText(models::Formatting::labelledDateTime(c.receivedAt));
    const QString phone = models::ComplaintQueries::maskedPhone(d.customer.phone);
    m_customerName = d.customer.name;
    m_customer->setText(d.customer.name.isEmpty() ? phone
                                                  : d.customer.name + QStringLiteral("  ") + phone);
    m_reveal->setVisible(rules::canRevealPersonalData(m_workspace.rulesActor()));
    m_channel->setText(channel ? rules::Labels::channel(*channel) : c.channel);
    QString category = taxonomy.categoryName(c.categoryId);
    if (const QString sub = taxonomy.subcategoryName(c.subcategoryId); !sub.isEmpty())
        category += QStringLiteral(" / ") + sub;
    m_category->setText(category);
    m_severity->setText(severity ? rules::Labels::severity(*severity) : c.severity);
    m_department->setText(taxonomy.departmentName(c.departmentId));
    m_assignee->setText(d.assigneeName.isEmpty() ? tr("(department queue)") : d.assigneeName);
    m_demand->setText(demand ? rules::Labels::demand(*demand) : c.demand);
    const auto business = rules::businessTypeFromCode(c.businessType);
    const auto *categoryRecord = taxonomy.category(c.categoryId);
    const auto cause = categoryRecord
        ? rules::regulatoryCauseFromCode(categoryRecord->regulatoryCause)
        : std::nullopt;
    m_business->setText(business ? rules::Labels::businessType(*business) : c.businessType);
    m_cause->setText(cause ? rules::Labels::regulatoryCause(*cause) : QString());
    m_amount->setText(c.amountFen ? tr("%1 yuan").arg(rules::Money::formatYuan(*c.amountFen))
                                  : tr("(none)"));
    m_transactionRef->setText(c.transactionRef.isEmpty() ? tr("(none)") : c.transactionRef);
    m_deadlines->fill(d);
    m_createdBy->setText(d.createdByName);
    // the latest hand-over decides where the complaint is; the rule only where it started
    const auto moved = std::find_if(d.events.crbegin(), d.events.crend(), [](const auto &e) {
        return e.type == QLatin1String("transferred")
            || e.type == QLatin1String("reassigned_in_bulk");
    });
    if (moved != d.events.crend()) {
        m_routing->setText(tr("transferred by %1 on %2")
                               .arg(moved->actorName, models::Formatting::dateTime(moved->at)));
    } else {
        m_routing->setText(d.routingRuleName.isEmpty() ? tr("the category's default department")
                                                       : tr("rule \"%1\"").arg(d.routingRuleName));
    }
    qint64 totalHeld = 0;
    for (const auto &share : d.departmentShares)
        totalHeld += share.heldMs;
    QStringList shares;
    for (const auto &share : d.departmentShares) {
        shares << tr("%1 %2 (%3%)")
                      .arg(taxonomy.departmentName(share.departmentId),
                           models::Formatting::span(share.heldMs))
                      .arg(totalHeld > 0 ? qRound(100.0 * double(share.heldMs) / double(totalHeld))
                                         : 100);
    }
    m_held->setText(shares.join(QStringLiteral("; ")));
    m_escalation->setText(c.escalatedAt ? tr("%1: %2").arg(
                              models::Formatting::dateTime(*c.escalatedAt), c.escalationReason)
                                        : tr("no"));
    qint64 talked = 0;
    for (const auto &call : d.calls)
        talked += call.durationMs;
    m_calls->setText(tr("%n call(s), %1 in total", "", int(d.calls.size()))
                         .arg(models::Formatting::callDuration(talked)));
    m_satisfaction->setText(
        c.satisfaction
            ? (c.satisfactionComment.isEmpty()
                   ? satisfactionLabel(*c.satisfaction)
                   : tr("%1: %2").arg(satisfactionLabel(*c.satisfaction), c.satisfactionComment))
            : tr("not asked yet"));
    m_rate->setEnabled(status == rules::Status::Replied || status == rules::Status::FollowUp
                       || status == rules::Status::Closed);
    QString mergedInto;
    if (c.mergedIntoId) {
        auto kept = m_workspace.queries().queueRow(*c.mergedIntoId);
        mergedInto = kept && *kept ? (*kept)->reference : tr("a complaint you may not see");
    }
    m_merged->setText(mergedInto);
    m_fields->setRowVisible(m_merged, c.mergedIntoId.has_value());
    m_description->setPlainText(c.description);
    m_timelineModel->setEvents(d.events);
    for (int column = 0; column < models::EventTimelineModel::Note; ++column)
        m_timeline->resizeColumnToContents(column);

    m_nextStatus->clear();
    if (status) {
        for (const rules::Status next : rules::nextStatuses(*status))
            m_nextStatus->addItem(rules::Labels::status(next), rules::code(next));
    }
    m_nextStatus->setEnabled(m_nextStatus->count() > 0);
    m_apply->setEnabled(m_nextStatus->count() > 0);
}

void DetailPane::applyStatus()
{
    if (m_complaintId == 0 || !m_nextStatus->currentData().isValid())
        return;
    const auto from = rules::statusFromCode(m_statusCode);
    const auto to = rules::statusFromCode(m_nextStatus->currentData().toString());
    if (!from || !to)
        return;
    auto moved = m_workspace.complaints().changeStatus(m_seen, *from, *to, m_note->text());
    if (!moved) {
        if (moved.error().kind == Error::Kind::Conflict)
            showComplaint(m_complaintId); // show what it is now; the note stays typed
        m_statusMessage->showMessage(moved.error().message);
        if (moved.error().field == QLatin1String("note"))
            m_note->setFocus();
        return;
    }
    m_note->clear();
    showComplaint(m_complaintId);
    if (*moved > 0) {
        m_statusMessage->showMessage(
            tr("%n card or ID number(s) in the note were masked.", "", *moved));
    }
}

} // namespace cd::ui
