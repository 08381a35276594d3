#include "taxonomydialog.h"

#include "choices.h"
#include "codes.h"
#include "dialoglayout.h"
#include "fieldmessage.h"
#include "language.h"
#include "taxonomyservice.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
constexpr int categoryRole = Qt::UserRole;
constexpr int subcategoryRole = Qt::UserRole + 1;
} // namespace

TaxonomyDialog::TaxonomyDialog(models::Workspace &workspace, QWidget *parent)
    : EditorDialog(workspace, QStringLiteral("taxonomyDialog"), tr("Categories"),
                   QStringLiteral("taxonomyMessage"), parent)
    , m_tree(namedChild<QTreeWidget>(this, QStringLiteral("taxonomyTree")))
    , m_kind(new QLabel(this))
{
    FormRows form(this);
    form.layout()->addRow(m_kind);
    m_code = form.field<QLineEdit>(tr("C&ode:"), QStringLiteral("codeEdit"));
    m_nameZh = form.field<QLineEdit>(tr("Name (&Chinese):"), QStringLiteral("nameZhEdit"));
    m_nameEn = form.field<QLineEdit>(tr("Name (&English):"), QStringLiteral("nameEnEdit"));
    m_department = form.field<QComboBox>(tr("Handled &by:"));
    m_severity = form.field<QComboBox>(tr("Default se&verity:"));
    m_cause = form.field<QComboBox>(tr("Regulatory ca&use:"), QStringLiteral("causeCombo"));
    m_active = form.checkBox(tr("Active (offered when logging calls)"));
    form.layout()->addRow(m_message);

    m_tree->setHeaderLabels({tr("Category"), tr("Code"), tr("Regulatory cause")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 260);
    m_tree->setColumnWidth(1, 170);
    m_code->setPlaceholderText(tr("e.g. MERCHANT_ONBOARDING"));
    addActiveDepartments(m_department, workspace.taxonomy());
    addSeverities(m_severity);
    for (const rules::RegulatoryCause c : rules::allRegulatoryCauses())
        m_cause->addItem(rules::Labels::regulatoryCause(c), rules::code(c));

    auto *addCategory = pushButton(this, tr("New &category"), {}, [this] { startNew(false); });
    auto *addSub = pushButton(this, tr("New &sub-category"), {}, [this] { startNew(true); });
    auto *up = pushButton(this, tr("&Up"), {}, [this] { move(-1); });
    auto *down = pushButton(this, tr("&Down"), {}, [this] { move(+1); });
    auto *remove = pushButton(this, tr("De&lete"), {}, &TaxonomyDialog::removeSelected);
    auto *saveButton =
        pushButton(this, tr("Sa&ve"), QStringLiteral("saveTaxonomyButton"), &TaxonomyDialog::save);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TaxonomyDialog::showSelected);

    QVBoxLayout *left = listColumn(nullptr, m_tree, {addCategory, addSub, up, down, remove});
    layOutClosableDialog(this,
                         {{sideBySide(left, 3, editorColumn(form.layout(), saveButton), 2), 1}});
    resize(1050, 600);
    reload(0, 0);
}

void TaxonomyDialog::reload(qint64 categoryId, qint64 subcategoryId)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const models::Taxonomy &taxonomy = m_workspace.taxonomy();
    QTreeWidgetItem *select = nullptr;
    for (const auto &c : taxonomy.categories()) {
        const auto cause = rules::regulatoryCauseFromCode(c.regulatoryCause);
        auto *item = new QTreeWidgetItem(
            m_tree,
            {models::pickName(c.nameZh, c.nameEn), c.code,
             cause ? rules::Labels::regulatoryCause(*cause) : c.regulatoryCause});
        item->setData(0, categoryRole, c.id);
        if (!c.active)
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        if (c.id == categoryId && subcategoryId == 0)
            select = item;
        for (const auto &s : taxonomy.subcategoriesOf(c.id)) {
            auto *child = new QTreeWidgetItem(item, {models::pickName(s.nameZh, s.nameEn), s.code});
            child->setData(0, categoryRole, c.id);
            child->setData(0, subcategoryRole, s.id);
            if (!s.active)
                child->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            if (s.id == subcategoryId)
                select = child;
        }
    }
    m_tree->expandAll();
    if (!select && m_tree->topLevelItemCount() > 0)
        select = m_tree->topLevelItem(0);
    m_tree->setCurrentItem(select);
    showSelected();
}

void TaxonomyDialog::showSelected()
{
    m_message->clearMessage();
    m_new = false;
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const models::Taxonomy &taxonomy = m_workspace.taxonomy();
    m_categoryId = item->data(0, categoryRole).toLongLong();
    m_subcategoryId = item->data(0, subcategoryRole).toLongLong();
    m_editingSub = m_subcategoryId != 0;
    m_code->setReadOnly(true);
    for (QWidget *w : std::initializer_list<QWidget *> {m_department, m_severity, m_cause})
        w->setEnabled(!m_editingSub);
    if (m_editingSub) {
        const auto *s = taxonomy.subcategory(m_subcategoryId);
        m_kind->setText(tr("Sub-category of %1").arg(taxonomy.categoryName(m_categoryId)));
        m_code->setText(s->code);
        m_nameZh->setText(s->nameZh);
        m_nameEn->setText(s->nameEn);
        m_active->setChecked(s->active);
        return;
    }
    const auto *c = taxonomy.category(m_categoryId);
    m_kind->setText(tr("Category"));
    m_code->setText(c->code);
    m_nameZh->setText(c->nameZh);
    m_nameEn->setText(c->nameEn);
    m_department->setCurrentIndex(std::max(0, m_department->findData(c->defaultDepartmentId)));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(c->defaultSeverity)));
    m_cause->setCurrentIndex(std::max(0, m_cause->findData(c->regulatoryCause)));
    m_active->setChecked(c->active);
}

void TaxonomyDialog::startNew(bool subcategory)
{
    if (subcategory && m_categoryId == 0)
        return;
    m_new = true;
    m_editingSub = subcategory;
    m_subcategoryId = 0;
    m_kind->setText(
        subcategory
            ? tr("New sub-category of %1").arg(m_workspace.taxonomy().categoryName(m_categoryId))
            : tr("New category"));
    m_code->setReadOnly(false);
    m_code->clear();
    m_nameZh->clear();
    m_nameEn->clear();
    m_active->setChecked(true);
    for (QWidget *w : std::initializer_list<QWidget *> {m_department, m_severity, m_cause})
        w->setEnabled(!subcategory);
    m_message->clearMessage();
    m_code->setFocus();
}

bool TaxonomyDialog::save()
{
    models::TaxonomyService &editor = m_workspace.taxonomyEditor();
    if (m_editingSub) {
        storage::SubcategoryRecord s;
        if (!m_new)
            s = *m_workspace.taxonomy().subcategory(m_subcategoryId);
        s.categoryId = m_categoryId;
        s.code = m_code->text();
        s.nameZh = m_nameZh->text();
        s.nameEn = m_nameEn->text();
        s.active = m_active->isChecked();
        auto saved = editor.saveSubcategory(s);
        if (m_message->showFailure(saved)) // the form keeps what was typed
            return false;
        reload(m_categoryId, *saved);
        return true;
    }
    storage::CategoryRecord c;
    if (!m_new)
        c = *m_workspace.taxonomy().category(m_categoryId);
    c.code = m_code->text();
    c.nameZh = m_nameZh->text();
    c.nameEn = m_nameEn->text();
    c.defaultDepartmentId = m_department->currentData().toLongLong();
    c.defaultSeverity = m_severity->currentData().toString();
    c.regulatoryCause = m_cause->currentData().toString();
    c.active = m_active->isChecked();
    auto saved = editor.saveCategory(c);
    if (m_message->showFailure(saved))
        return false;
    reload(*saved, 0);
    return true;
}

bool TaxonomyDialog::removeSelected()
{
    if (m_new || m_categoryId == 0)
        return false;
    auto removed = m_editingSub ? m_workspace.taxonomyEditor().removeSubcategory(m_subcategoryId)
                                : m_workspace.taxonomyEditor().removeCategory(m_categoryId);
    if (m_message->showFailure(removed))
        return false;
    reload(m_editingSub ? m_categoryId : 0, 0);
    return true;
}

void TaxonomyDialog::move(int step)
{
    if (m_new || m_categoryId == 0)
        return;
    const qint64 category = m_categoryId;
    const qint64 sub = m_subcategoryId;
    auto moved = m_editingSub ? m_workspace.taxonomyEditor().moveSubcategory(sub, step)
                              : m_workspace.taxonomyEditor().moveCategory(category, step);
    if (m_message->showFailure(moved))
        return;
    reload(category, sub);
}

} // namespace cd::ui
