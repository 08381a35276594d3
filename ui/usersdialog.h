#pragma once

#include "editordialog.h"
#include "result.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace cd::ui {

// Administrators manage accounts: add, reset a password, disable or enable, unlock; and
// set the idle lock of the desk. Every change goes through AuthService (and is recorded).
class UsersDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(models::Workspace &workspace, QWidget *parent = nullptr);

Q_SIGNALS:
    void idleLockChanged();

private:
    void reload();
    void addUser();
    void resetPassword();
    void toggleActive();
    void unlock();
    void showOutcome(const Result<void> &outcome);

    QTableWidget *m_table;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QComboBox *m_department;
    QLineEdit *m_password;
    QSpinBox *m_idleMinutes;
};

} // namespace cd::ui
