#include "reclassifydialog.h"

#include "changeasseen.h"
#include "choices.h"
#include "dialoglayout.h"
#include "formdialog.h"

#include "complaintservice.h"
#include "fieldmessage.h"
#include "language.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cd::ui {

ReclassifyDialog::ReclassifyDialog(models::Workspace &workspace,
                                   const models::ComplaintService::AsSeen &complaint,
                                   const QString &reference, QWidget *parent)
    : FormDialog(workspace, QStringLiteral("reclassifyDialog"), QStringLiteral("reclassifyMessage"),
                 parent)
    , m_complaint(complaint)
{
    FormRows form(this);
    m_category = form.field<QComboBox>(tr("&Category:"));
    m_subcategory = form.field<QComboBox>(tr("S&ub-category:"));
    m_reason = form.field<QLineEdit>(tr("&Reason:"));
    setWindowTitle(tr("Reclassify %1").arg(reference));
    addCategories(m_category, workspace.taxonomy(), true);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            &ReclassifyDialog::fillSubcategories);
    fillSubcategories();
    m_reason->setPlaceholderText(tr("Why the first classification was wrong (required)"));
    layOut(form.layout(), QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    setMinimumWidth(460);
}

void ReclassifyDialog::fillSubcategories()
{
    m_subcategory->clear();
    m_subcategory->addItem(tr("(none)"));
    for (const auto &sub :
         m_workspace.taxonomy().subcategoriesOf(m_category->currentData().toLongLong())) {
        if (sub.active)
            m_subcategory->addItem(models::pickName(sub.nameZh, sub.nameEn), sub.id);
    }
}

void ReclassifyDialog::submit()
{
    std::optional<qint64> sub;
    if (m_subcategory->currentData().isValid())
        sub = m_subcategory->currentData().toLongLong();
    auto done = changeAsSeen(m_workspace, m_complaint, [&](const auto &complaint) {
        return m_workspace.complaints().reclassify(
            complaint, m_category->currentData().toLongLong(), sub, m_reason->text());
    });
    acceptOrShow(done);
}

} // namespace cd::ui
