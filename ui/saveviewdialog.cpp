#include "saveviewdialog.h"

#include "choices.h"
#include "dialoglayout.h"
#include "formdialog.h"

#include "codes.h"
#include "complaintqueries.h"
#include "fieldmessage.h"
#include "permissions.h"
#include "reference.h"
#include "textlimit.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace cd::ui {

namespace {

// The assignee box's item for complaints nobody holds (no user name looks like it).
QString nobody()
{
    return QStringLiteral("\n");
}

QString codeOf(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace

SaveViewDialog::SaveViewDialog(models::Workspace &workspace,
                               const models::ViewDefinition &definition,
                               std::optional<qint64> editedId, const QString &name, bool shared,
                               QWidget *parent)
    : FormDialog(workspace, QStringLiteral("saveViewDialog"), QStringLiteral("saveViewMessage"),
                 parent)
    , m_base(definition)
    , m_editedId(editedId)
{
    FormRows form(this);
    m_name = form.field<QLineEdit>(tr("Na&me:"), QStringLiteral("viewName"), name);
    m_share = form.checkBox(tr("S&hare with my department"), QStringLiteral("viewShared"));
    m_status = form.field<QComboBox>(tr("St&atus:"));
    m_category = form.field<QComboBox>(tr("&Category:"));
    m_subcategory = form.field<QComboBox>(tr("S&ub-category:"));
    m_department = form.field<QComboBox>(tr("&Department:"));
    m_assignee = form.field<QComboBox>(tr("Ass&ignee:"), QStringLiteral("viewAssignee"));
    m_severity = form.field<QComboBox>(tr("Se&verity:"));
    m_channel = form.field<QComboBox>(tr("Cha&nnel:"));
    m_deadline = form.field<QComboBox>(tr("Dead&line:"));
    m_fromSet = namedChild<QCheckBox>(this, QStringLiteral("viewFromSet"), tr("&From"));
    m_from = namedChild<QDateEdit>(this, QStringLiteral("viewFrom"));
    m_toSet = namedChild<QCheckBox>(this, QStringLiteral("viewToSet"), tr("&To"));
    m_to = namedChild<QDateEdit>(this, QStringLiteral("viewTo"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_fromSet);
    period->addWidget(m_from);
    period->addWidget(m_toSet);
    period->addWidget(m_to);
    form.layout()->addRow(tr("Received:"), period);
    m_text = form.field<QLineEdit>(tr("&Words:"), {}, definition.text);
    m_openOnly =
        namedChild<QCheckBox>(this, QStringLiteral("viewOpenOnly"), tr("&Open complaints"));
    m_escalatedOnly =
        namedChild<QCheckBox>(this, QStringLiteral("viewEscalatedOnly"), tr("&Escalated"));
    m_reviewOnly =
        namedChild<QCheckBox>(this, QStringLiteral("viewReviewOnly"), tr("Classification &review"));
    auto *only = new QHBoxLayout;
    only->addWidget(m_openOnly);
    only->addWidget(m_escalatedOnly);
    only->addWidget(m_reviewOnly);
    only->addStretch();
    form.layout()->addRow(tr("Only:"), only);

    setWindowTitle(editedId ? tr("Change view") : tr("Save view"));
    limitCharacters(m_name, models::SavedViewService::maxNameLength);
    m_share->setChecked(shared);
    const rules::Actor actor = workspace.rulesActor();
    m_share->setEnabled(actor.role != rules::Role::Agent && actor.departmentId.has_value());

    const models::Taxonomy &taxonomy = workspace.taxonomy();
    m_status->addItem(tr("Any status"), QString());
    addStatuses(m_status);
    m_category->addItem(tr("Any category"), QString());
    for (const auto &c : taxonomy.categories())
        m_category->addItem(taxonomy.categoryName(c.id), c.code);
    m_department->addItem(tr("Any department"), QString());
    for (const auto &d : taxonomy.departments())
        m_department->addItem(taxonomy.departmentName(d.id), d.code);
    m_assignee->addItem(tr("Anybody"), QString());
    m_assignee->addItem(tr("Nobody (unassigned)"), nobody());
    if (auto people = workspace.queries().assignablePeople()) {
        for (const auto &person : *people)
            m_assignee->addItem(person.shownName(), person.username);
    }
    m_severity->addItem(tr("Any severity"), QString());
    addSeverities(m_severity);
    m_channel->addItem(tr("Any channel"), QString());
    addChannels(m_channel);
    m_deadline->addItem(tr("Any deadline state"), QString());
    m_deadline->addItem(tr("Due today"), QStringLiteral("due_today"));
    m_deadline->addItem(tr("At risk"), QStringLiteral("at_risk"));
    m_deadline->addItem(tr("Overdue"), QStringLiteral("overdue"));

    selectData(m_status, definition.status);
    selectData(m_category, definition.category);
    fillSubcategories();
    selectData(m_subcategory, definition.subcategory);
    connect(m_category, &QComboBox::currentIndexChanged, this, &SaveViewDialog::fillSubcategories);
    selectData(m_department, definition.department);
    selectData(m_assignee, definition.unassignedOnly ? nobody() : definition.assignee);
    m_openOnly->setChecked(definition.openOnly);
    m_escalatedOnly->setChecked(definition.escalatedOnly);
    m_reviewOnly->setChecked(definition.classificationReviewOnly);
    selectData(m_severity, definition.severity);
    selectData(m_channel, definition.channel);
    selectData(m_deadline, definition.deadline);
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(workspace.clock().nowMs(), rules::businessTimeZone()).date();
    for (auto [set, edit, date] : {std::tuple {m_fromSet, m_from, definition.receivedFrom},
                                   std::tuple {m_toSet, m_to, definition.receivedTo}}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(date.isValid() ? date : today);
        set->setChecked(date.isValid());
        edit->setEnabled(date.isValid());
        connect(set, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }

    layOut(form.layout(), QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_name->setFocus();
}

void SaveViewDialog::fillSubcategories()
{
    const QString kept = codeOf(m_subcategory);
    m_subcategory->clear();
    m_subcategory->addItem(tr("Any sub-category"), QString());
    const models::Taxonomy &taxonomy = m_workspace.taxonomy();
    if (const auto *category = taxonomy.categoryByCode(codeOf(m_category))) {
        for (const auto &sub : taxonomy.subcategoriesOf(category->id))
            m_subcategory->addItem(taxonomy.subcategoryName(sub.id), sub.code);
    }
    m_subcategory->setEnabled(m_subcategory->count() > 1);
    selectData(m_subcategory, kept);
}

models::ViewDefinition SaveViewDialog::definition() const
{
    models::ViewDefinition d = m_base;
    d.status = codeOf(m_status);
    d.category = codeOf(m_category);
    d.subcategory = codeOf(m_subcategory);
    d.department = codeOf(m_department);
    d.unassignedOnly = codeOf(m_assignee) == nobody();
    d.assignee = d.unassignedOnly ? QString() : codeOf(m_assignee);
    d.openOnly = m_openOnly->isChecked();
    d.escalatedOnly = m_escalatedOnly->isChecked();
    d.classificationReviewOnly = m_reviewOnly->isChecked();
    d.severity = codeOf(m_severity);
    d.channel = codeOf(m_channel);
    d.deadline = codeOf(m_deadline);
    d.receivedFrom = m_fromSet->isChecked() ? m_from->date() : QDate();
    d.receivedTo = m_toSet->isChecked() ? m_to->date() : QDate();
    d.text = m_text->text().trimmed();
    return d;
}

void SaveViewDialog::submit()
{
    auto saved = models::SavedViewService(m_workspace)
                     .save(m_editedId, m_name->text(), definition(), m_share->isChecked());
    if (saved)
        m_savedId = *saved;
    if (!acceptOrShow(saved) && saved.error().field == QLatin1String("name"))
        m_name->setFocus();
}

} // namespace cd::ui
