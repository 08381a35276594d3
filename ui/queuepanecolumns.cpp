// QueuePane's columns: the layout an agent works by, fitted to the contents, and the
// user's own layout kept and restored per user.
#include "queuepane.h"

#include "codes.h"
#include "complaintqueuemodel.h"
#include "formatting.h"
#include "workspace.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace cd::ui {

void QueuePane::layOutColumns()
{
    using Model = models::ComplaintQueueModel;
    QHeaderView *header = m_view->horizontalHeader();
    // what an agent works by, in reading order; the department on demand (header menu)
    header->moveSection(header->visualIndex(Model::Status),
                        header->visualIndex(Model::Category) + 1);
    m_view->setColumnHidden(Model::Department, true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.averageCharWidth() + 8;
    const auto fit = [this, &metrics, padding](int column, const QStringList &samples) {
        int width =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
            + padding + 8; // the sort arrow
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample) + padding);
        m_view->setColumnWidth(column, width);
    };
    fit(Model::Reference, {QStringLiteral("TS-20261125-0000")});
    fit(Model::Received, {models::Formatting::dateTime(m_workspace.clock().nowMs())});
    fit(Model::Customer, {QStringLiteral("Wang Fang 138****5678")});
    fit(Model::Category, {QStringLiteral("Fees and billing")});
    // the longest statuses ("Waiting for customer") may be cut: the common ones are not
    fit(Model::Status, {rules::Labels::status(rules::Status::Investigating)});
    fit(Model::Severity, {QStringLiteral("P1")});
    fit(Model::Due,
        {models::Formatting::slaState(rules::SlaState::Breached) + QStringLiteral(" 23 h 59 min")});
    fit(Model::Assignee, {QStringLiteral("Zhang Wei")});
    fit(Model::Department, {QStringLiteral("Customer Service")});
    // the caller and the category share what the others leave (and shrink first)
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Model::Customer, QHeaderView::Stretch);
    header->setSectionResizeMode(Model::Category, QHeaderView::Stretch);
}

QString QueuePane::columnLayoutKey() const
{
    return QStringLiteral("queueColumns/") + m_workspace.actor().username;
}

void QueuePane::restoreColumnLayout()
{
    const QByteArray state = QSettings().value(columnLayoutKey()).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
    m_defaultHidden = hiddenColumns();
}

void QueuePane::keepColumnLayout()
{
    if (currentView() || m_restoringColumns)
        return; // a saved view keeps its own columns
    m_defaultHidden = hiddenColumns();
    QSettings().setValue(columnLayoutKey(), m_view->horizontalHeader()->saveState());
}

QList<int> QueuePane::hiddenColumns() const
{
    QList<int> hidden;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_view->isColumnHidden(column))
            hidden << column;
    }
    return hidden;
}

} // namespace cd::ui
