#include "changepassworddialog.h"

#include "dialoglayout.h"
#include "formdialog.h"

#include "authservice.h"
#include "fieldmessage.h"
#include "workspace.h"

#include <QFormLayout>
#include <QLineEdit>

namespace cd::ui {

ChangePasswordDialog::ChangePasswordDialog(models::Workspace &workspace, QWidget *parent)
    : FormDialog(workspace, {}, QStringLiteral("passwordMessage"), parent)
{
    FormRows form(this);
    m_current =
        form.field<QLineEdit>(tr("&Current password:"), QStringLiteral("currentPasswordEdit"));
    m_new = form.field<QLineEdit>(tr("&New password:"), QStringLiteral("newPasswordEdit"));
    m_confirm =
        form.field<QLineEdit>(tr("&Repeat new password:"), QStringLiteral("confirmPasswordEdit"));
    setWindowTitle(tr("Change password"));
    for (QLineEdit *edit : {m_current, m_new, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    layOut(form.layout(), QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
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
