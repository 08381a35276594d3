#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class FieldMessage;

// What a locked workstation shows in place of the whole window: why it is locked (by
// the user, or after the desk's idle time), who holds it, and the password field; no
// complaint data. Only the signed-in user's password unlocks it (unlocked()).
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(models::Workspace &workspace, QWidget *parent = nullptr);

    // Locked by the user's own hand (idleMinutes 0) or after `idleMinutes` without use.
    void lock(int idleMinutes);
    QString reason() const;

Q_SIGNALS:
    void unlocked();

private:
    void submit();

    models::Workspace &m_workspace;
    QLabel *m_reason;
    QLineEdit *m_password;
    FieldMessage *m_message;
    QPushButton *m_unlock;
};

} // namespace cd::ui
