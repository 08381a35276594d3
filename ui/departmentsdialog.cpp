#include "departmentsdialog.h"

#include "departmentservice.h"
#include "dialoglayout.h"
#include "fieldmessage.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

DepartmentsDialog::DepartmentsDialog(models::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
    , m_code(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_message(new FieldMessage(QStringLiteral("departmentMessage"), this))
{
    setObjectName(QStringLiteral("departmentsDialog"));
    setWindowTitle(tr("Departments"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Chinese name"), tr("English name"), tr("State")});
    setUpRowTable(m_table);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_code->setText(m_table->item(row, 0)->text());
        m_nameZh->setText(m_table->item(row, 1)->text());
        m_nameEn->setText(m_table->item(row, 2)->text());
    });

    auto *add = new QPushButton(tr("&Add"), this);
    auto *rename = new QPushButton(tr("Re&name selected"), this);
    auto *toggle = new QPushButton(tr("Disable / &enable selected"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        auto added =
            m_workspace.departments().add(m_code->text(), m_nameZh->text(), m_nameEn->text());
        m_message->showMessage(added ? QString() : added.error().message);
        reload();
    });
    auto change = [this](bool toggleActive) {
        const qint64 id = selectedId();
        const auto *department = m_workspace.taxonomy().department(id);
        if (!department)
            return;
        const bool active = toggleActive ? !department->active : department->active;
        auto done =
            m_workspace.departments().update(id, m_nameZh->text(), m_nameEn->text(), active);
        m_message->showMessage(done ? QString() : done.error().message);
        reload();
    };
    connect(rename, &QPushButton::clicked, this, [change] { change(false); });
    connect(toggle, &QPushButton::clicked, this, [change] { change(true); });

    auto *form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Chinese name:"), m_nameZh);
    form->addRow(tr("English name:"), m_nameEn);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(rename);
    buttons->addWidget(toggle);
    buttons->addStretch(1);
    layOutClosableDialog(this, {{m_table, 1}, form, buttons, m_message});
    resize(620, 460);
    reload();
}

void DepartmentsDialog::reload()
{
    const auto &departments = m_workspace.taxonomy().departments();
    m_table->setRowCount(int(departments.size()));
    for (int row = 0; row < departments.size(); ++row) {
        const auto &d = departments.at(row);
        const QStringList cells {d.code, d.nameZh, d.nameEn,
                                 d.active ? tr("active") : tr("disabled")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, d.id);
            m_table->setItem(row, column, item);
        }
    }
}

qint64 DepartmentsDialog::selectedId() const
{
    const auto *item = m_table->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace cd::ui
