#pragma once

#include "result.h"

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

    // Shows the error of `outcome` and returns true when it failed; returns false and leaves
    // the line as it is when it succeeded.
    template<typename T> bool showFailure(const Result<T> &outcome)
    {
        if (outcome)
            return false;
        showMessage(outcome.error().message);
        return true;
    }
    // Shows the error of `outcome`, or clears the line when it succeeded; true when it did.
    template<typename T> bool showOutcome(const Result<T> &outcome)
    {
        if (!showFailure(outcome))
            clearMessage();
        return outcome.ok();
    }
};

} // namespace cd::ui
