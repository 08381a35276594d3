#include "transferdialog.h"

#include "formdialog.h"

#include "complaintqueries.h"
#include "fieldmessage.h"
#include "language.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cd::ui {

TransferDialog::TransferDialog(models::Workspace &workspace, const QString &title, Apply apply,
                               QWidget *parent)
    : QDialog(parent),
      m_apply(std::move(apply)),
      m_department(new QComboBox(this)),
      m_person(new QComboBox(this)),
      m_reason(new QLineEdit(this)),
      m_message(new FieldMessage(QStringLiteral("transferMessage"), this))
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(title);
    m_department->setObjectName(QStringLiteral("targetDepartmentCombo"));
    m_person->setObjectName(QStringLiteral("targetPersonCombo"));
    m_reason->setObjectName(QStringLiteral("transferReasonEdit"));
    m_reason->setPlaceholderText(tr("Why (required)"));
    m_department->addItem(tr("(a person below)"));
    for (const auto &department : workspace.taxonomy().departments()) {
        if (department.active)
            m_department->addItem(models::pickName(department.nameZh, department.nameEn),
                                  department.id);
    }
    m_person->addItem(tr("(the department's queue)"));
    if (auto people = workspace.queries().assignablePeople()) {
        for (const auto &person : *people) {
            m_person->addItem(tr("%1 (%2)").arg(person.displayName,
                                                workspace.taxonomy().departmentName(
                                                    *person.departmentId)),
                              person.id);
        }
    }
    connect(m_person, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_department->setEnabled(index == 0);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("To &department:"), m_department);
    form->addRow(tr("Or to a &person:"), m_person);
    form->addRow(tr("&Reason:"), m_reason);
    layOutFormDialog(this, form, m_message, QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                     &TransferDialog::submit);
    setMinimumWidth(460);
}

void TransferDialog::submit()
{
    models::ComplaintService::Target target;
    if (m_person->currentData().isValid())
        target.userId = m_person->currentData().toLongLong();
    else if (m_department->currentData().isValid())
        target.departmentId = m_department->currentData().toLongLong();
    const Result<void> done = m_apply(target, m_reason->text());
    if (!done) {
        m_message->showMessage(done.error().message);
        return;
    }
    accept();
}

} // namespace cd::ui
