#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class FieldMessage;

// The gate to the workstation. FirstAdministrator creates the administrator on a store
// that has none (there is no default password); SignIn checks a user's password (the idle
// lock is LockScreen, inside the window). Accepted once the workspace acts as the person
// who signed in. Sign-in starts with the user name last signed in on this store
// (remembered per store).
//
// signedIn() comes just before the dialog closes, while it is still shown and has the
// keyboard: a receiver can put up the next window first (with TypeAhead), so that what the
// agent types on goes to it rather than to no window.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { FirstAdministrator, SignIn };

    SignInDialog(models::Workspace &workspace, Mode mode, QWidget *parent = nullptr);

    void setUsername(const QString &username);

Q_SIGNALS:
    void signedIn();

private:
    void submit();

    models::Workspace &m_workspace;
    Mode m_mode;
    QLineEdit *m_username;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_confirm = nullptr;
    FieldMessage *m_message;
    QPushButton *m_submit;
};

} // namespace cd::ui
