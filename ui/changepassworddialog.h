#pragma once

#include <QDialog>

class QLineEdit;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class FieldMessage;

// The signed-in user changes their own password.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(models::Workspace &workspace, QWidget *parent = nullptr);

private:
    void submit();

    models::Workspace &m_workspace;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    FieldMessage *m_message;
};

} // namespace cd::ui
