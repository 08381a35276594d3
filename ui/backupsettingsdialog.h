#pragma once

#include "formdialog.h"

class QLineEdit;
class QSpinBox;

namespace cd::ui {

// Administration -> Backups...: how many daily backups the desk keeps (0: none) and where.
class BackupSettingsDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit BackupSettingsDialog(models::Workspace &workspace, QWidget *parent = nullptr);

private:
    void submit() override;

    QSpinBox *m_keep;
    QLineEdit *m_folder;
};

} // namespace cd::ui
