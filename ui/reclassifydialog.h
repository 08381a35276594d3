#pragma once

#include "complaintservice.h"
#include "formdialog.h"

class QComboBox;
class QLineEdit;

namespace cd::ui {

// Corrects a complaint's category with a reason (ComplaintService::reclassify); stays open
// with the message when refused.
class ReclassifyDialog : public FormDialog
{
    Q_OBJECT
public:
    ReclassifyDialog(models::Workspace &workspace,
                     const models::ComplaintService::AsSeen &complaint, const QString &reference,
                     QWidget *parent = nullptr);

private:
    void fillSubcategories();
    void submit() override;

    models::ComplaintService::AsSeen m_complaint; // as the user saw it
    QComboBox *m_category;
    QComboBox *m_subcategory;
    QLineEdit *m_reason;
};

} // namespace cd::ui
