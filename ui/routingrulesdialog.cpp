#include "routingrulesdialog.h"

#include "choices.h"
#include "dialoglayout.h"
#include "fieldmessage.h"
#include "language.h"
#include "money.h"
#include "routingservice.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

template<typename T> std::optional<T> optionalData(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<T>(data.value<T>()) : std::nullopt;
}

} // namespace

RoutingRulesDialog::RoutingRulesDialog(models::Workspace &workspace, QWidget *parent)
    : EditorDialog(workspace, QStringLiteral("routingRulesDialog"), tr("Routing rules"),
                   QStringLiteral("ruleMessage"), parent)
    , m_list(namedChild<QListWidget>(this, QStringLiteral("rulesList")))
{
    auto *ruleBox = new QGroupBox(tr("Rule"), this);
    FormRows rule(this, new QFormLayout(ruleBox));
    m_name = rule.field<QLineEdit>(tr("Name:"), QStringLiteral("ruleNameEdit"));
    m_active = rule.checkBox(tr("Active"));
    m_category = rule.field<QComboBox>(tr("Category:"));
    m_subcategory = rule.field<QComboBox>(tr("Sub-category:"));
    m_severity = rule.field<QComboBox>(tr("Severity:"));
    m_channel = rule.field<QComboBox>(tr("Channel:"));
    m_minAmount = rule.field<QLineEdit>(tr("Amount at least:"));
    m_regulatorOnly = rule.checkBox(tr("Forwarded by a regulator"));
    m_keywords = rule.field<QLineEdit>(tr("Keywords:"));
    m_department = rule.field<QComboBox>(tr("Send to:"));
    m_raiseTo = rule.field<QComboBox>(tr("Raise severity to:"));
    m_strategy = rule.field<QComboBox>(tr("Assign:"));

    auto *testBox = new QGroupBox(tr("Test a sample complaint"), this);
    FormRows test(this, new QFormLayout(testBox));
    m_testText = test.field<QPlainTextEdit>(tr("Text:"), QStringLiteral("testTextEdit"));
    m_testCategory = test.field<QComboBox>(tr("Category:"));
    m_testChannel = test.field<QComboBox>(tr("Channel:"));
    m_testSeverity = test.field<QComboBox>(tr("Severity:"));
    m_testAmount = test.field<QLineEdit>(tr("Amount:"));
    m_testResult = namedChild<QLabel>(this, QStringLiteral("testResultLabel"));

    m_keywords->setPlaceholderText(tr("comma-separated, any one matches"));
    m_minAmount->setPlaceholderText(tr("yuan"));
    m_testResult->setWordWrap(true);
    m_testText->setMaximumHeight(70);
    m_testText->setTabChangesFocus(true);

    const models::Taxonomy &taxonomy = workspace.taxonomy();
    for (QComboBox *combo : {m_category, m_testCategory}) {
        combo->addItem(combo == m_category ? tr("(any)") : tr("Choose..."));
        addCategories(combo, taxonomy, false);
    }
    for (QComboBox *combo : {m_severity, m_raiseTo, m_testSeverity}) {
        if (combo != m_testSeverity)
            combo->addItem(combo == m_severity ? tr("(any)") : tr("(keep)"));
        for (const rules::Severity s : rules::allSeverities())
            combo->addItem(rules::Labels::severity(s), int(s));
    }
    m_testSeverity->setCurrentIndex(int(rules::Severity::P3));
    for (QComboBox *combo : {m_channel, m_testChannel}) {
        if (combo == m_channel)
            combo->addItem(tr("(any)"));
        for (const rules::Channel c : rules::allChannels())
            combo->addItem(rules::Labels::channel(c), int(c));
    }
    m_department->addItem(tr("(the category's default)"));
    addActiveDepartments(m_department, taxonomy);
    m_strategy->addItem(tr("Stay in the department queue"), int(rules::AssignmentStrategy::Queue));
    m_strategy->addItem(tr("Round robin among available members"),
                        int(rules::AssignmentStrategy::RoundRobin));
    m_strategy->addItem(tr("Member with the fewest open complaints"),
                        int(rules::AssignmentStrategy::FewestOpen));
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { fillSubcategories(m_category, m_subcategory); });
    fillSubcategories(m_category, m_subcategory);

    auto *up = pushButton(this, tr("Up"), {}, [this] { moveSelected(-1); });
    auto *down = pushButton(this, tr("Down"), {}, [this] { moveSelected(1); });
    auto *add = pushButton(this, tr("&New rule"), {}, &RoutingRulesDialog::addNew);
    auto *remove = pushButton(this, tr("&Remove"), {}, &RoutingRulesDialog::removeSelected);
    QVBoxLayout *left = listColumn(new QLabel(tr("The first rule that matches decides:"), this),
                                   m_list, {up, down, add, remove});

    rule.layout()->addRow(QString(),
                          pushButton(this, tr("&Save rule"), QStringLiteral("saveRuleButton"),
                                     &RoutingRulesDialog::save));
    test.layout()->addRow(pushButton(this, tr("&Test"), QStringLiteral("testRuleButton"),
                                     &RoutingRulesDialog::runTest),
                          m_testResult);

    auto *right = new QVBoxLayout;
    right->addWidget(ruleBox);
    right->addWidget(m_message);
    layOutClosableDialog(this, {{sideBySide(left, 2, right, 3), 1}, testBox});
    connect(m_list, &QListWidget::currentRowChanged, this, &RoutingRulesDialog::showRule);
    resize(980, 760);
    reload();
}

void RoutingRulesDialog::fillSubcategories(QComboBox *category, QComboBox *subcategory)
{
    subcategory->clear();
    subcategory->addItem(tr("(any)"));
    if (const auto id = optionalData<qint64>(category)) {
        for (const auto &s : m_workspace.taxonomy().subcategoriesOf(*id))
            subcategory->addItem(models::pickName(s.nameZh, s.nameEn), s.id);
    }
}

void RoutingRulesDialog::reload(qint64 selectId)
{
    auto all = m_workspace.routing().rules();
    if (m_message->showFailure(all))
        return;
    m_rules = *all;
    QSignalBlocker block(m_list);
    m_list->clear();
    int selectRow = m_rules.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_rules.size(); ++i) {
        const auto &r = m_rules.at(i);
        const QString target = r.departmentId
            ? m_workspace.taxonomy().departmentName(*r.departmentId)
            : tr("category default");
        auto *item = new QListWidgetItem(tr("%1. %2 -> %3").arg(i + 1).arg(r.name, target), m_list);
        if (!r.active)
            item->setForeground(Qt::gray);
        if (r.id == selectId)
            selectRow = i;
    }
    m_list->setCurrentRow(selectRow);
    showRule(selectRow);
}

void RoutingRulesDialog::showRule(int row)
{
    rules::RoutingRule r;
    if (row >= 0 && row < m_rules.size())
        r = m_rules.at(row);
    m_editingId = r.id;
    m_name->setText(r.name);
    m_active->setChecked(r.active);
    selectData(m_category, r.categoryId ? QVariant(*r.categoryId) : QVariant());
    fillSubcategories(m_category, m_subcategory);
    selectData(m_subcategory, r.subcategoryId ? QVariant(*r.subcategoryId) : QVariant());
    selectData(m_severity, r.severity ? QVariant(int(*r.severity)) : QVariant());
    selectData(m_channel, r.channel ? QVariant(int(*r.channel)) : QVariant());
    m_minAmount->setText(r.minAmountFen ? rules::Money::formatYuan(*r.minAmountFen) : QString());
    m_regulatorOnly->setChecked(r.regulatorForwardedOnly);
    m_keywords->setText(r.keywords.join(QStringLiteral(", ")));
    selectData(m_department, r.departmentId ? QVariant(*r.departmentId) : QVariant());
    selectData(m_raiseTo, r.raiseSeverityTo ? QVariant(int(*r.raiseSeverityTo)) : QVariant());
    selectData(m_strategy, int(r.strategy));
    m_message->clearMessage();
}

rules::RoutingRule RoutingRulesDialog::ruleFromForm() const
{
    rules::RoutingRule r;
    r.id = m_editingId;
    r.name = m_name->text().trimmed();
    r.active = m_active->isChecked();
    r.categoryId = optionalData<qint64>(m_category);
    r.subcategoryId = optionalData<qint64>(m_subcategory);
    if (const auto s = optionalData<int>(m_severity))
        r.severity = rules::Severity(*s);
    if (const auto c = optionalData<int>(m_channel))
        r.channel = rules::Channel(*c);
    r.regulatorForwardedOnly = m_regulatorOnly->isChecked();
    for (const QString &k : m_keywords->text().split(u',', Qt::SkipEmptyParts)) {
        if (!k.trimmed().isEmpty())
            r.keywords << k.trimmed();
    }
    r.departmentId = optionalData<qint64>(m_department);
    if (const auto s = optionalData<int>(m_raiseTo))
        r.raiseSeverityTo = rules::Severity(*s);
    r.strategy = rules::AssignmentStrategy(m_strategy->currentData().toInt());
    return r;
}

void RoutingRulesDialog::save()
{
    rules::RoutingRule r = ruleFromForm();
    if (!m_minAmount->text().trimmed().isEmpty()) {
        auto amount = rules::Money::parseYuan(m_minAmount->text());
        if (!amount) {
            m_message->showMessage(amount.error().message);
            m_minAmount->setFocus();
            return;
        }
        r.minAmountFen = *amount;
    }
    auto saved = m_workspace.routing().save(r);
    if (m_message->showFailure(saved))
        return;
    reload(*saved);
}

void RoutingRulesDialog::addNew()
{
    m_list->setCurrentRow(-1);
    showRule(-1);
    m_name->setText(tr("New rule"));
    m_name->selectAll();
    m_name->setFocus();
}

void RoutingRulesDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    auto removed = m_workspace.routing().remove(m_rules.at(row).id);
    if (m_message->showFailure(removed))
        return;
    reload();
}

void RoutingRulesDialog::moveSelected(int step)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    const qint64 id = m_rules.at(row).id;
    auto moved = m_workspace.routing().move(id, step);
    if (m_message->showFailure(moved))
        return;
    reload(id);
}

void RoutingRulesDialog::runTest()
{
    rules::RoutingInput input;
    input.categoryId = m_testCategory->currentData().toLongLong();
    input.channel = rules::Channel(m_testChannel->currentData().toInt());
    input.severity = rules::Severity(m_testSeverity->currentData().toInt());
    input.text = m_testText->toPlainText();
    if (!m_testAmount->text().trimmed().isEmpty()) {
        auto amount = rules::Money::parseYuan(m_testAmount->text());
        if (!amount) {
            m_testResult->setText(amount.error().message);
            return;
        }
        input.amountFen = *amount;
    }
    auto decision = m_workspace.routing().test(input);
    if (!decision) {
        m_testResult->setText(decision.error().message);
        return;
    }
    m_testResult->setText(tr("Goes to %1, severity %2. %3")
                              .arg(m_workspace.taxonomy().departmentName(decision->departmentId),
                                   rules::Labels::severity(decision->severity),
                                   decision->reasons.join(u' ')));
}

} // namespace cd::ui
