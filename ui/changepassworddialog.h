#pragma once

#include "formdialog.h"

class QLineEdit;

namespace cd::ui {

// The signed-in user changes their own password.
class ChangePasswordDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(models::Workspace &workspace, QWidget *parent = nullptr);

private:
    void submit() override;

    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
};

} // namespace cd::ui
