#pragma once

#include "editordialog.h"

class QLineEdit;
class QTableWidget;

namespace cd::ui {

// Administrators add, rename, disable and enable the departments that handle complaints.
class DepartmentsDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit DepartmentsDialog(models::Workspace &workspace, QWidget *parent = nullptr);

private:
    void reload();

    QTableWidget *m_table;
    QLineEdit *m_code;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
};

} // namespace cd::ui
