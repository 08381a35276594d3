#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class FieldMessage;

// Administration -> Backups...: how many daily backups the desk keeps (0: none) and where.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupSettingsDialog(models::Workspace &workspace, QWidget *parent = nullptr);

private:
    void submit();

    models::Workspace &m_workspace;
    QSpinBox *m_keep;
    QLineEdit *m_folder;
    FieldMessage *m_message;
};

} // namespace cd::ui
