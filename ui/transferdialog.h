#pragma once

#include "complaintservice.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

class FieldMessage;

// Asks where complaints go (a department's queue or a person) and why, then runs
// `apply`; stays open with the message when it is refused, so nothing typed is lost.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Result<void>(const models::ComplaintService::Target &,
                                             const QString &reason)>;

    TransferDialog(models::Workspace &workspace, const QString &title, Apply apply,
                   QWidget *parent = nullptr);

private:
    void submit();

    Apply m_apply;
    QComboBox *m_department;
    QComboBox *m_person;
    QLineEdit *m_reason;
    FieldMessage *m_message;
};

} // namespace cd::ui
