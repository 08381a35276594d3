#pragma once

#include <QLabel>

namespace cd::ui {

// The line under an input that says what is wrong with it; hidden while empty.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(const QString &objectName, QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void clearMessage();
};

} // namespace cd::ui
