#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace cd::ui {

// Lays out a form dialog as every one of them reads: `above` (an explanation; may be null),
// the `form`, the `message` line for what went wrong, and `buttons`. Accepting calls
// `submit` on the dialog, which closes it (accept()) only when the change was made;
// rejecting closes it. Returns the button box (to rename or disable a button).
template<typename Dialog>
QDialogButtonBox *layOutFormDialog(Dialog *dialog, QLayout *form, QWidget *message,
                                   QDialogButtonBox::StandardButtons buttons,
                                   void (Dialog::*submit)(), QWidget *above = nullptr)
{
    auto *box = new QDialogButtonBox(buttons, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, submit);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    if (above)
        layout->addWidget(above);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(box);
    return box;
}

} // namespace cd::ui
