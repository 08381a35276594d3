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

// Corrects a complaint's category with a reason (ComplaintService::reclassify); stays open
// with the message when refused.
class ReclassifyDialog : public QDialog
{
    Q_OBJECT
public:
    ReclassifyDialog(models::Workspace &workspace,
                     const models::ComplaintService::AsSeen &complaint, const QString &reference,
                     QWidget *parent = nullptr);

private:
    void fillSubcategories();
    void submit();

    models::Workspace &m_workspace;
    models::ComplaintService::AsSeen m_complaint; // as the user saw it
    QComboBox *m_category;
    QComboBox *m_subcategory;
    QLineEdit *m_reason;
    FieldMessage *m_message;
};

} // namespace cd::ui
