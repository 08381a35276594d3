// The Log-call pane's follow-up mode: when the agent logs the call as a follow-up of one of
// the caller's open complaints, the form shows that complaint's classification (read-only)
// and gives back what the agent had chosen for a new complaint when they switch back.
// The rest of the pane is in logcallpane.cpp.
#include "logcallpane.h"

#include "categorysuggestions.h"
#include "money.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>

#include <algorithm>
#include <initializer_list>

namespace cd::ui {

void LogCallPane::onFollowUpChanged()
{
    const bool newComplaint = m_followUp->currentIndex() <= 0;
    {
        const QScopedValueRollback filling(m_fillingForm, true);
        if (newComplaint) {
            if (m_newComplaintChoices)
                applyChoices(*m_newComplaintChoices);
            m_newComplaintChoices.reset();
        } else {
            if (!m_newComplaintChoices)
                m_newComplaintChoices = currentChoices();
            showLinkedComplaint(m_followUp->currentData().toLongLong());
        }
    }
    m_suggestions->setLocked(newComplaint ? QString()
                                          : tr("No suggestions: a follow-up keeps the category "
                                               "of the complaint it follows."),
                             m_description->toPlainText());
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_category, m_severity, m_demand, m_businessType,
                                           m_amount, m_transactionRef, m_solvedOnCall})
        w->setEnabled(newComplaint);
    m_subcategory->setEnabled(newComplaint && m_subcategory->count() > 1);
    m_description->setPlaceholderText(newComplaint
                                          ? tr("What happened, in the caller's words")
                                          : tr("What the caller adds on this follow-up call"));
}

LogCallPane::Choices LogCallPane::currentChoices() const
{
    return {m_category->currentData(), m_subcategory->currentData(),   m_severity->currentIndex(),
            m_demand->currentIndex(),  m_businessType->currentIndex(), m_amount->text(),
            m_transactionRef->text(),  m_solvedOnCall->isChecked(),    m_severityChosenByAgent};
}

void LogCallPane::applyChoices(const Choices &choices)
{
    m_category->setItemText(0, tr("Choose a category..."));
    // refills the sub-categories
    m_category->setCurrentIndex(std::max(0, m_category->findData(choices.category)));
    m_subcategory->setCurrentIndex(std::max(0, m_subcategory->findData(choices.subcategory)));
    m_severity->setCurrentIndex(choices.severity);
    m_demand->setCurrentIndex(choices.demand);
    m_businessType->setCurrentIndex(choices.businessType);
    m_amount->setText(choices.amount);
    m_transactionRef->setText(choices.transactionRef);
    m_solvedOnCall->setChecked(choices.solvedOnCall);
    m_severityChosenByAgent = choices.severityChosen;
}

void LogCallPane::showLinkedComplaint(qint64 complaintId)
{
    const auto found = m_openComplaints.constFind(complaintId);
    if (found == m_openComplaints.cend())
        return;
    const storage::ComplaintRecord &c = *found;
    const auto indexOf = [](QComboBox *combo, const QVariant &value) {
        return std::max(0, combo->findData(value));
    };
    m_category->setCurrentIndex(indexOf(m_category, c.categoryId));
    if (m_category->currentIndex() == 0) {
        // an inactive category is not offered for new complaints: shown all the same
        m_category->setItemText(0, m_workspace.taxonomy().categoryName(c.categoryId));
    }
    m_subcategory->setCurrentIndex(c.subcategoryId ? indexOf(m_subcategory, *c.subcategoryId) : 0);
    m_severity->setCurrentIndex(indexOf(m_severity, c.severity));
    m_demand->setCurrentIndex(indexOf(m_demand, c.demand));
    m_businessType->setCurrentIndex(indexOf(m_businessType, c.businessType));
    m_amount->setText(c.amountFen ? rules::Money::formatYuan(*c.amountFen) : QString());
    m_transactionRef->setText(c.transactionRef);
    m_solvedOnCall->setChecked(c.solvedOnCall);
}

void LogCallPane::linkFollowUp(qint64 complaintId)
{
    const int index = m_followUp->findData(complaintId);
    if (index <= 0)
        return;
    m_followUp->setCurrentIndex(index);
    m_description->setFocus(); // the agent types what the caller adds
}

} // namespace cd::ui
