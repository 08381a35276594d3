#include "satisfactiondialog.h"

#include "changeasseen.h"
#include "dialoglayout.h"
#include "formdialog.h"

#include "complaintservice.h"
#include "fieldmessage.h"
#include "textlimit.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cd::ui {

QString satisfactionLabel(int score)
{
    switch (score) {
    case 5:
        return SatisfactionDialog::tr("5 - very happy");
    case 4:
        return SatisfactionDialog::tr("4 - happy");
    case 3:
        return SatisfactionDialog::tr("3 - neither happy nor unhappy");
    case 2:
        return SatisfactionDialog::tr("2 - unhappy");
    default:
        return SatisfactionDialog::tr("1 - very unhappy");
    }
}

SatisfactionDialog::SatisfactionDialog(models::Workspace &workspace,
                                       const models::ComplaintService::AsSeen &complaint,
                                       const QString &reference, std::optional<int> score,
                                       const QString &comment, QWidget *parent)
    : FormDialog(workspace, QStringLiteral("satisfactionDialog"),
                 QStringLiteral("satisfactionMessage"), parent)
    , m_complaint(complaint)
{
    FormRows form(this);
    m_score = form.field<QComboBox>(tr("&Score:"), QStringLiteral("satisfactionScore"));
    m_comment =
        form.field<QLineEdit>(tr("&Comment:"), QStringLiteral("satisfactionComment"), comment);
    setWindowTitle(tr("Customer satisfaction: %1").arg(reference));
    limitCharacters(m_comment, models::ComplaintService::maxNoteLength);
    m_comment->setPlaceholderText(tr("What the customer said (optional)"));
    for (int s = 5; s >= 1; --s)
        m_score->addItem(satisfactionLabel(s), s);
    m_score->setCurrentIndex(m_score->findData(score.value_or(4)));
    layOut(form.layout(), QDialogButtonBox::Save | QDialogButtonBox::Cancel);
}

void SatisfactionDialog::submit()
{
    auto recorded = changeAsSeen(m_workspace, m_complaint, [&](const auto &complaint) {
        return m_workspace.complaints().recordSatisfaction(
            complaint, m_score->currentData().toInt(), m_comment->text());
    });
    acceptOrShow(recorded);
}

} // namespace cd::ui
