#include "fieldmessage.h"

namespace cd::ui {

FieldMessage::FieldMessage(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #c62828;"));
    setTextFormat(Qt::PlainText);
    hide();
}

void FieldMessage::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldMessage::clearMessage()
{
    clear();
    hide();
}

} // namespace cd::ui
