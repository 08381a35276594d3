#include "formdialog.h"

#include <QLayout>
#include <QVBoxLayout>

namespace cd::ui {

FormDialog::FormDialog(models::Workspace &workspace, const QString &objectName,
                       const QString &messageName, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_message(new FieldMessage(messageName, this))
{
    if (!objectName.isEmpty())
        setObjectName(objectName);
}

QDialogButtonBox *FormDialog::layOut(QLayout *form, QDialogButtonBox::StandardButtons buttons,
                                     QWidget *above)
{
    auto *box = new QDialogButtonBox(buttons, this);
    connect(box, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (above)
        layout->addWidget(above);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(box);
    return box;
}

} // namespace cd::ui
