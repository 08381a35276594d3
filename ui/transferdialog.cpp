#include "transferdialog.h"

#include "choices.h"
#include "dialoglayout.h"
#include "formdialog.h"

#include "complaintqueries.h"
#include "fieldmessage.h"
#include "language.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cd::ui {

TransferDialog::TransferDialog(models::Workspace &workspace, const QString &title,
                               std::optional<qint64> department, Apply apply, QWidget *parent)
    : FormDialog(workspace, QStringLiteral("transferDialog"), QStringLiteral("transferMessage"),
                 parent)
    , m_apply(std::move(apply))
{
    FormRows form(this);
    m_department =
        form.field<QComboBox>(tr("To &department:"), QStringLiteral("targetDepartmentCombo"));
    m_person =
        form.field<QComboBox>(tr("To a &person in it:"), QStringLiteral("targetPersonCombo"));
    m_reason = form.field<QLineEdit>(tr("&Reason:"), QStringLiteral("transferReasonEdit"));
    setWindowTitle(title);
    m_reason->setPlaceholderText(tr("Why (required)"));
    addActiveDepartments(m_department, workspace.taxonomy());
    if (department)
        m_department->setCurrentIndex(std::max(0, m_department->findData(*department)));
    if (auto people = workspace.queries().assignablePeople())
        m_people = *people;
    fillPeople();
    connect(m_department, &QComboBox::currentIndexChanged, this, &TransferDialog::fillPeople);
    layOut(form.layout(), QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    setMinimumWidth(460);
}

void TransferDialog::fillPeople()
{
    const QVariant department = m_department->currentData();
    m_person->clear();
    m_person->addItem(tr("(the department's queue)"));
    for (const auto &person : std::as_const(m_people)) {
        if (person.departmentId && department.isValid()
            && *person.departmentId == department.toLongLong())
            m_person->addItem(person.displayName, person.id);
    }
}

QString TransferDialog::destinationName() const
{
    if (m_person->currentData().isValid())
        return tr("%1 (%2)").arg(m_person->currentText(), m_department->currentText());
    return m_department->currentText();
}

void TransferDialog::submit()
{
    models::ComplaintService::Target target;
    if (m_person->currentData().isValid())
        target.userId = m_person->currentData().toLongLong();
    else if (m_department->currentData().isValid())
        target.departmentId = m_department->currentData().toLongLong();
    acceptOrShow(m_apply(target, m_reason->text()));
}

} // namespace cd::ui
