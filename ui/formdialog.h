#pragma once

#include "fieldmessage.h"

#include <QDialog>
#include <QDialogButtonBox>

class QLayout;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// A dialog that asks for one change in a form and closes once it is made. It reads, top to
// bottom: an explanation (may be absent), the form, the message line that says what went
// wrong, and the buttons. Accepting calls submit(), which makes the change and closes the
// dialog through acceptOrShow(); rejecting closes it. A refused change leaves the dialog
// open with what was typed.
class FormDialog : public QDialog
{
    Q_OBJECT
protected:
    // Changes `workspace`; named `objectName` (unless empty); the message line is named
    // `messageName`.
    FormDialog(models::Workspace &workspace, const QString &objectName, const QString &messageName,
               QWidget *parent);

    // Lays the dialog out with `form`, `buttons` and `above` (an explanation; may be null).
    // Returns the button box (to rename or disable a button).
    QDialogButtonBox *layOut(QLayout *form, QDialogButtonBox::StandardButtons buttons,
                             QWidget *above = nullptr);

    // Makes the change the form asks for.
    virtual void submit() = 0;

    // Closes the dialog (accepted) when `outcome` succeeded and returns true; otherwise
    // shows its error in the message line and returns false.
    template<typename T> bool acceptOrShow(const Result<T> &outcome)
    {
        if (m_message->showFailure(outcome))
            return false;
        accept();
        return true;
    }

    models::Workspace &m_workspace;
    FieldMessage *const m_message;
};

} // namespace cd::ui
