#pragma once

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class FieldMessage;

// Administrators add, rename, disable and enable the departments that handle complaints.
class DepartmentsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DepartmentsDialog(models::Workspace &workspace, QWidget *parent = nullptr);

private:
    void reload();

    models::Workspace &m_workspace;
    QTableWidget *m_table;
    QLineEdit *m_code;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    FieldMessage *m_message;
};

} // namespace cd::ui
