#include "editordialog.h"

namespace cd::ui {

EditorDialog::EditorDialog(models::Workspace &workspace, const QString &objectName,
                           const QString &title, const QString &messageName, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_message(new FieldMessage(messageName, this))
{
    setObjectName(objectName);
    setWindowTitle(title);
}

} // namespace cd::ui
