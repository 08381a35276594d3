#include "usersdialog.h"

#include "authservice.h"
#include "dialoglayout.h"
#include "fieldmessage.h"
#include "language.h"
#include "permissions.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

UsersDialog::UsersDialog(models::Workspace &workspace, QWidget *parent)
    : EditorDialog(workspace, QStringLiteral("usersDialog"), tr("Users"),
                   QStringLiteral("usersMessage"), parent)
    , m_table(namedChild<QTableWidget>(this, QStringLiteral("usersTable")))
{
    auto *addBox = new QGroupBox(tr("New user"), this);
    FormRows addForm(this, new QFormLayout(addBox));
    m_username = addForm.field<QLineEdit>(tr("User name:"), QStringLiteral("newUsernameEdit"));
    m_displayName = addForm.field<QLineEdit>(tr("Name:"));
    m_role = addForm.field<QComboBox>(tr("Role:"));
    m_department = addForm.field<QComboBox>(tr("Department:"));
    m_password =
        addForm.field<QLineEdit>(tr("Initial password:"), QStringLiteral("newPasswordEdit"));
    m_idleMinutes = namedChild<QSpinBox>(this, QStringLiteral("idleMinutesSpin"));

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Name"), tr("Role"), tr("Department"), tr("State")});
    setUpRowTable(m_table);

    auto *reset = pushButton(this, tr("&Reset password..."), {}, &UsersDialog::resetPassword);
    auto *toggle = pushButton(this, tr("Disable / &enable"), {}, &UsersDialog::toggleActive);
    auto *unlockButton = pushButton(this, tr("Un&lock"), {}, &UsersDialog::unlock);
    auto *change = pushButton(
        this, tr("Set &role and department"), QStringLiteral("changeUserButton"), [this] {
            if (const qint64 id = currentRowId(m_table); id != 0) {
                showOutcome(m_workspace.auth().updateUser(id, m_displayName->text(),
                                                          m_role->currentData().toString(),
                                                          m_department->currentData().toString()));
            }
        });
    change->setToolTip(tr("Gives the selected user the role and department chosen below."));
    QHBoxLayout *rowButtons = rowOf({reset, toggle, unlockButton, change});

    m_password->setEchoMode(QLineEdit::Password);
    for (rules::Role role : {rules::Role::Agent, rules::Role::Lead, rules::Role::Admin})
        m_role->addItem(rules::RoleLabels::role(role), rules::code(role));
    for (const auto &department : workspace.taxonomy().departments())
        m_department->addItem(models::pickName(department.nameZh, department.nameEn),
                              department.code);
    addForm.layout()->addRow(
        QString(),
        pushButton(this, tr("&Add user"), QStringLiteral("addUserButton"), &UsersDialog::addUser));

    m_idleMinutes->setRange(0, 480);
    m_idleMinutes->setSpecialValueText(tr("never"));
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(workspace.idleLockMinutes());
    auto *applyIdle = pushButton(this, tr("Apply"), {}, [this] {
        auto set = m_workspace.setIdleLockMinutes(m_idleMinutes->value());
        showOutcome(set);
        if (set)
            Q_EMIT idleLockChanged();
    });
    QHBoxLayout *idleRow = rowOf({new QLabel(tr("Lock workstations after"), this), m_idleMinutes,
                                  new QLabel(tr("without input"), this), applyIdle});

    layOutClosableDialog(this, {{m_table, 1}, rowButtons, addBox, idleRow, m_message});
    resize(760, 620);
    reload();
}

void UsersDialog::reload()
{
    auto users = m_workspace.auth().users();
    if (m_message->showFailure(users))
        return;
    m_table->setRowCount(int(users->size()));
    const qint64 now = m_workspace.clock().nowMs();
    for (int row = 0; row < users->size(); ++row) {
        const auto &user = users->at(row);
        const auto role = rules::roleFromCode(user.role);
        QString state = user.active ? tr("active") : tr("disabled");
        if (user.lockedUntil && *user.lockedUntil > now)
            state = tr("locked");
        else if (user.passwordHash.isEmpty())
            state = tr("cannot sign in");
        setRowCells(m_table, row,
                    {user.username, user.displayName,
                     role ? rules::RoleLabels::role(*role) : user.role,
                     user.departmentId ? m_workspace.taxonomy().departmentName(*user.departmentId)
                                       : QString(),
                     state},
                    user.id);
    }
    m_table->resizeColumnsToContents();
}

void UsersDialog::showOutcome(const Result<void> &outcome)
{
    m_message->showOutcome(outcome);
    reload();
}

void UsersDialog::addUser()
{
    auto created = m_workspace.auth().createUser(
        m_username->text(), m_displayName->text(), m_role->currentData().toString(),
        m_department->currentData().toString(), m_password->text());
    if (!created) {
        showOutcome(created.error());
        return;
    }
    m_username->clear();
    m_displayName->clear();
    m_password->clear();
    showOutcome({});
}

void UsersDialog::resetPassword()
{
    const qint64 id = currentRowId(m_table);
    if (id == 0)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"), tr("New password:"),
                                                   QLineEdit::Password, QString(), &ok);
    if (ok)
        showOutcome(m_workspace.auth().resetPassword(id, password));
}

void UsersDialog::toggleActive()
{
    const qint64 id = currentRowId(m_table);
    if (id == 0)
        return;
    const bool active = m_table->item(m_table->currentRow(), 4)->text() != tr("disabled");
    showOutcome(m_workspace.auth().setActive(id, !active));
}

void UsersDialog::unlock()
{
    if (const qint64 id = currentRowId(m_table); id != 0)
        showOutcome(m_workspace.auth().unlock(id));
}

} // namespace cd::ui
