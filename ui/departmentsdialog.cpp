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
    : EditorDialog(workspace, QStringLiteral("departmentsDialog"), tr("Departments"),
                   QStringLiteral("departmentMessage"), parent)
    , m_table(new QTableWidget(this))
{
    FormRows form(this);
    m_code = form.field<QLineEdit>(tr("Code:"));
    m_nameZh = form.field<QLineEdit>(tr("Chinese name:"));
    m_nameEn = form.field<QLineEdit>(tr("English name:"));

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

    auto *add = pushButton(this, tr("&Add"), {}, [this] {
        m_message->showOutcome(
            m_workspace.departments().add(m_code->text(), m_nameZh->text(), m_nameEn->text()));
        reload();
    });
    auto change = [this](bool toggleActive) {
        const qint64 id = currentRowId(m_table);
        const auto *department = m_workspace.taxonomy().department(id);
        if (!department)
            return;
        const bool active = toggleActive ? !department->active : department->active;
        m_message->showOutcome(
            m_workspace.departments().update(id, m_nameZh->text(), m_nameEn->text(), active));
        reload();
    };
    auto *rename = pushButton(this, tr("Re&name selected"), {}, [change] { change(false); });
    auto *toggle =
        pushButton(this, tr("Disable / &enable selected"), {}, [change] { change(true); });

    layOutClosableDialog(this,
                         {{m_table, 1}, form.layout(), rowOf({add, rename, toggle}), m_message});
    resize(620, 460);
    reload();
}

void DepartmentsDialog::reload()
{
    const auto &departments = m_workspace.taxonomy().departments();
    m_table->setRowCount(int(departments.size()));
    for (int row = 0; row < departments.size(); ++row) {
        const auto &d = departments.at(row);
        setRowCells(m_table, row,
                    {d.code, d.nameZh, d.nameEn, d.active ? tr("active") : tr("disabled")}, d.id);
    }
}

} // namespace cd::ui
