#pragma once

#include "complaintservice.h"
#include "formdialog.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace cd::ui {

// Records what the customer said at follow-up: a score from 5 (very happy) to 1 (very
// unhappy) and their words (ComplaintService::recordSatisfaction). A refusal is shown in
// the dialog, which stays open with what was chosen and typed.
class SatisfactionDialog : public FormDialog
{
    Q_OBJECT
public:
    SatisfactionDialog(models::Workspace &workspace,
                       const models::ComplaintService::AsSeen &complaint, const QString &reference,
                       std::optional<int> score, const QString &comment, QWidget *parent = nullptr);

private:
    void submit() override;

    models::ComplaintService::AsSeen m_complaint; // as the user saw it
    QComboBox *m_score;
    QLineEdit *m_comment;
};

// "4 - happy" and the like, for a score from 1 to 5.
QString satisfactionLabel(int score);

} // namespace cd::ui
