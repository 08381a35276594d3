#include "changepassworddialog.h"

#include "formdialog.h"

#include "authservice.h"
#include "fieldmessage.h"
#include "workspace.h"

#include <QFormLayout>
#include <QLineEdit>

namespace cd::ui {

ChangePasswordDialog::ChangePasswordDialog(models::Workspace &workspace, QWidget *parent)
    : FormDialog(workspace, {}, QStringLiteral("passwordMessage"), parent)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
{
    setWindowTitle(tr("Change password"));
    for (QLineEdit *edit : {m_current, m_new, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_confirm);
    layOut(form, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
}

void ChangePasswordDialog::submit()
{
    if (m_new->text() != m_confirm->text()) {
        m_message->showMessage(tr("The two new passwords differ."));
        m_confirm->setFocus();
        return;
    }
    auto changed = m_workspace.auth().changePassword(m_current->text(), m_new->text());
    if (!acceptOrShow(changed))
        (changed.error().field == QLatin1String("current") ? m_current : m_new)->setFocus();
}

} // namespace cd::ui
