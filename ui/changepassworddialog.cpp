#include "changepassworddialog.h"

#include "authservice.h"
#include "fieldmessage.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cd::ui {

ChangePasswordDialog::ChangePasswordDialog(models::Workspace &workspace, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_current(new QLineEdit(this)),
      m_new(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)),
      m_message(new FieldMessage(QStringLiteral("passwordMessage"), this))
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::submit()
{
    if (m_new->text() != m_confirm->text()) {
        m_message->showMessage(tr("The two new passwords differ."));
        m_confirm->setFocus();
        return;
    }
    auto changed = m_workspace.auth().changePassword(m_current->text(), m_new->text());
    if (!changed) {
        m_message->showMessage(changed.error().message);
        (changed.error().field == QLatin1String("current") ? m_current : m_new)->setFocus();
        return;
    }
    accept();
}

} // namespace cd::ui
