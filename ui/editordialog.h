#pragma once

#include "fieldmessage.h"

#include <QDialog>

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// An administration dialog that edits what the workspace keeps (routing rules, deadline
// policies, calendars, categories, users, departments) in place: each change is made at
// once through a service, what went wrong is said in the message line, and one Close button
// closes it (layOutClosableDialog()).
class EditorDialog : public QDialog
{
    Q_OBJECT
protected:
    // Edits `workspace`; named `objectName` and titled `title` (translated by the caller);
    // the message line is named `messageName`.
    EditorDialog(models::Workspace &workspace, const QString &objectName, const QString &title,
                 const QString &messageName, QWidget *parent);

    models::Workspace &m_workspace;
    FieldMessage *const m_message;
};

} // namespace cd::ui
