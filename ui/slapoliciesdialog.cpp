#include "slapoliciesdialog.h"

#include "choices.h"
#include "dialoglayout.h"
#include "fieldmessage.h"
#include "language.h"
#include "slaadministration.h"
#include "slasettings.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QString unitLabel(rules::TargetUnit unit)
{
    switch (unit) {
    case rules::TargetUnit::BusinessHours:
        return SlaPoliciesDialog::tr("business hours");
    case rules::TargetUnit::BusinessDays:
        return SlaPoliciesDialog::tr("working days");
    case rules::TargetUnit::CalendarHours:
        return SlaPoliciesDialog::tr("hours (around the clock)");
    case rules::TargetUnit::CalendarDays:
        return SlaPoliciesDialog::tr("calendar days");
    }
    return {};
}

} // namespace

SlaPoliciesDialog::SlaPoliciesDialog(models::Workspace &workspace, QWidget *parent)
    : EditorDialog(workspace, QStringLiteral("slaPoliciesDialog"), tr("Deadline policies"),
                   QStringLiteral("policyMessage"), parent)
    , m_list(namedChild<QListWidget>(this, QStringLiteral("policiesList")))
{
    FormRows form(this);
    m_name = form.field<QLineEdit>(tr("&Name:"), QStringLiteral("policyNameEdit"));
    m_active = form.checkBox(tr("Active"));
    m_severity = form.field<QComboBox>(tr("&Severity:"));
    m_channel = form.field<QComboBox>(tr("C&hannel:"));
    m_category = form.field<QComboBox>(tr("Ca&tegory:"));
    m_regulatorOnly = form.checkBox(tr("Only complaints forwarded by a regulator"));
    // A target's row: its amount, and its unit taking the width left; the label's mnemonic
    // goes to the amount.
    const auto target = [this, &form](const QString &label, const QString &amountName) {
        auto *amount = namedChild<QSpinBox>(this, amountName);
        auto *unit = new QComboBox(this);
        for (const rules::TargetUnit u : rules::allTargetUnits())
            unit->addItem(unitLabel(u), rules::code(u));
        auto *row = new QHBoxLayout;
        row->addWidget(amount);
        row->addWidget(unit, 1);
        addLabelledRow(form.layout(), label, row, amount);
        return std::pair {amount, unit};
    };
    std::tie(m_firstAmount, m_firstUnit) =
        target(tr("&First response within:"), QStringLiteral("firstResponseAmountSpin"));
    std::tie(m_resolutionAmount, m_resolutionUnit) =
        target(tr("&Resolution within:"), QStringLiteral("resolutionAmountSpin"));
    m_calendar = form.field<QComboBox>(tr("Counted on ca&lendar:"));
    m_extendable = new QCheckBox(tr("A lead may extend the resolution target up to"), this);
    m_maxDays = new QSpinBox(this);
    auto *extension = new QHBoxLayout;
    extension->addWidget(m_extendable);
    extension->addWidget(m_maxDays);
    form.layout()->addRow(QString(), extension);
    form.layout()->addRow(m_message);

    // Zero is offered so that the service, not the widget, says what is wrong with it.
    for (QSpinBox *spin : {m_firstAmount, m_resolutionAmount})
        spin->setRange(0, rules::SlaTarget::maxAmount);
    m_maxDays->setRange(1, rules::SlaPolicy::maxExtensionLimitDays);
    m_maxDays->setSuffix(tr(" days in all"));
    m_severity->addItem(tr("(any)"));
    addSeverities(m_severity);
    m_channel->addItem(tr("(any)"));
    addChannels(m_channel);
    m_category->addItem(tr("(any)"));
    addCategories(m_category, workspace.taxonomy(), false);
    for (const auto &calendar : workspace.slaSettings().calendars())
        m_calendar->addItem(models::pickName(calendar.nameZh, calendar.nameEn), calendar.id);
    connect(m_extendable, &QCheckBox::toggled, m_maxDays, &QWidget::setEnabled);

    auto *add = pushButton(this, tr("&New"), {}, [this] {
        m_list->clearSelection();
        showPolicy(-1);
        m_name->setFocus();
    });
    auto *up = pushButton(this, tr("&Up"), {}, [this] { move(-1); });
    auto *down = pushButton(this, tr("&Down"), {}, [this] { move(+1); });
    auto *saveButton =
        pushButton(this, tr("Sa&ve"), QStringLiteral("savePolicyButton"), &SlaPoliciesDialog::save);
    connect(m_list, &QListWidget::currentRowChanged, this, &SlaPoliciesDialog::showPolicy);

    QVBoxLayout *left =
        listColumn(new QLabel(tr("The first active policy whose conditions hold applies:"), this),
                   m_list, {add, up, down});
    layOutClosableDialog(this,
                         {{sideBySide(left, 2, editorColumn(form.layout(), saveButton), 3), 1}});
    resize(900, 520);
    reload(0);
}

void SlaPoliciesDialog::reload(qint64 selectId)
{
    QSignalBlocker block(m_list);
    m_list->clear();
    int selectRow = 0;
    const QList<rules::SlaPolicy> &policies = m_workspace.slaSettings().policies();
    for (int i = 0; i < policies.size(); ++i) {
        const rules::SlaPolicy &p = policies.at(i);
        auto *item = new QListWidgetItem(
            tr("%1. %2 - %3 / %4")
                .arg(i + 1)
                .arg(p.name, p.firstResponse.describe(), p.resolution.describe()),
            m_list);
        item->setData(Qt::UserRole, p.id);
        if (!p.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (p.id == selectId)
            selectRow = i;
    }
    m_list->setCurrentRow(policies.isEmpty() ? -1 : selectRow);
    showPolicy(m_list->currentRow());
}

void SlaPoliciesDialog::showPolicy(int row)
{
    m_message->clearMessage();
    const QList<rules::SlaPolicy> &policies = m_workspace.slaSettings().policies();
    rules::SlaPolicy p;
    p.calendarId = m_workspace.slaSettings().defaultCalendarId();
    if (row >= 0 && row < policies.size())
        p = policies.at(row);
    m_policyId = p.id;
    m_name->setText(p.name);
    m_active->setChecked(p.active);
    selectData(m_severity, p.severity ? QVariant(rules::code(*p.severity)) : QVariant());
    selectData(m_channel, p.channel ? QVariant(rules::code(*p.channel)) : QVariant());
    selectData(m_category, p.categoryId ? QVariant(*p.categoryId) : QVariant());
    m_regulatorOnly->setChecked(p.regulatorOnly);
    m_firstAmount->setValue(p.firstResponse.amount);
    selectData(m_firstUnit, rules::code(p.firstResponse.unit));
    m_resolutionAmount->setValue(p.resolution.amount);
    selectData(m_resolutionUnit, rules::code(p.resolution.unit));
    selectData(m_calendar, p.calendarId);
    m_extendable->setChecked(p.maxResolutionDays.has_value());
    m_maxDays->setValue(p.maxResolutionDays.value_or(60));
    m_maxDays->setEnabled(p.maxResolutionDays.has_value());
}

rules::SlaPolicy SlaPoliciesDialog::policyFromForm() const
{
    rules::SlaPolicy p;
    p.id = m_policyId;
    p.name = m_name->text();
    p.active = m_active->isChecked();
    if (m_severity->currentData().isValid())
        p.severity = rules::severityFromCode(m_severity->currentData().toString());
    if (m_channel->currentData().isValid())
        p.channel = rules::channelFromCode(m_channel->currentData().toString());
    if (m_category->currentData().isValid())
        p.categoryId = m_category->currentData().toLongLong();
    p.regulatorOnly = m_regulatorOnly->isChecked();
    p.firstResponse = {m_firstAmount->value(),
                       rules::targetUnitFromCode(m_firstUnit->currentData().toString())
                           .value_or(rules::TargetUnit::CalendarHours)};
    p.resolution = {m_resolutionAmount->value(),
                    rules::targetUnitFromCode(m_resolutionUnit->currentData().toString())
                        .value_or(rules::TargetUnit::BusinessDays)};
    p.calendarId = m_calendar->currentData().toLongLong();
    if (m_extendable->isChecked())
        p.maxResolutionDays = m_maxDays->value();
    return p;
}

bool SlaPoliciesDialog::save()
{
    auto saved = m_workspace.slaAdministration().savePolicy(policyFromForm());
    if (m_message->showFailure(saved))
        return false;
    reload(*saved);
    m_message->clearMessage();
    return true;
}

void SlaPoliciesDialog::move(int step)
{
    if (m_policyId == 0)
        return;
    const qint64 id = m_policyId;
    if (m_message->showFailure(m_workspace.slaAdministration().movePolicy(id, step)))
        return;
    reload(id);
}

} // namespace cd::ui
