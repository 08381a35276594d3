// QueuePane's saved views: listing them in the queue selector, opening one, saving and
// deleting, and the columns shown.
#include "queuepane.h"

#include "complaintqueries.h"
#include "complaintqueuemodel.h"
#include "reference.h"
#include "saveviewdialog.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTableView>

namespace cd::ui {

namespace {

constexpr int viewIdRole = Qt::UserRole + 1;

QDate beijingDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, rules::businessTimeZone()).date();
}

} // namespace

void QueuePane::fillViews()
{
    const qint64 chosen = currentView() ? currentView()->id : 0;
    QSignalBlocker block(m_queue);
    for (int i = m_queue->count() - 1; i >= 0; --i) {
        if (m_queue->itemData(i).toInt() == int(Queue::SavedView) || m_queue->itemText(i).isEmpty())
            m_queue->removeItem(i); // the views and the separator before them
    }
    auto views = models::SavedViewService(m_workspace).views();
    m_views = views ? *views : QList<models::SavedView>();
    if (!m_views.isEmpty())
        m_queue->insertSeparator(m_queue->count());
    for (const models::SavedView &view : std::as_const(m_views)) {
        const QString label = view.sharedDepartmentId && view.ownerId != m_workspace.actor().id
            ? tr("%1 (from %2)").arg(view.name, view.ownerName)
            : view.name;
        m_queue->addItem(label, int(Queue::SavedView));
        m_queue->setItemData(m_queue->count() - 1, view.id, viewIdRole);
    }
    if (chosen) {
        const int index = m_queue->findData(chosen, viewIdRole);
        m_queue->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_queue->currentIndex() >= 0) // -1: a dashboard's selection is shown
        m_shownQueue = m_queue->currentIndex();
}

const models::SavedView *QueuePane::currentView() const
{
    if (m_queue->currentData().toInt() != int(Queue::SavedView))
        return nullptr;
    const qint64 id = m_queue->currentData(viewIdRole).toLongLong();
    for (const models::SavedView &view : m_views) {
        if (view.id == id)
            return &view;
    }
    return nullptr;
}

void QueuePane::chooseQueue()
{
    m_drillDown.reset(); // a queue chosen replaces the dashboard's selection
    const models::SavedView *view = currentView();
    if (!view) {
        m_viewQuery.reset();
        const QScopedValueRollback restoring(m_restoringColumns, true);
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnHidden(column, m_defaultHidden.contains(column));
        m_shownQueue = m_queue->currentIndex();
        applyFilters();
        return;
    }
    auto query = models::SavedViewService(m_workspace)
                     .queryOf(view->definition, m_workspace.clock().nowMs());
    if (!query) {
        QMessageBox::warning(
            this, tr("Saved view"),
            tr("The view \"%1\" cannot be opened: %2").arg(view->name, query.error().message));
        QSignalBlocker block(m_queue);
        m_queue->setCurrentIndex(m_shownQueue); // the queue shown stays
        return;
    }
    m_shownQueue = m_queue->currentIndex();
    m_viewQuery = *query;
    {
        const QScopedValueRollback restoring(m_restoringColumns, true);
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnHidden(column, view->definition.hiddenColumns.contains(column));
    }
    {
        // the boxes start empty: the view holds the filters
        const QSignalBlocker s(m_status), c(m_category), v(m_severity), t(m_search);
        m_status->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
        m_severity->setCurrentIndex(0);
        m_search->clear();
    }
    applyFilters();
    if (models::ComplaintQueueModel::isSortable(view->definition.sortColumn)) {
        m_view->sortByColumn(view->definition.sortColumn,
                             view->definition.descending ? Qt::DescendingOrder
                                                         : Qt::AscendingOrder);
    }
}

models::ViewDefinition QueuePane::currentDefinition() const
{
    const models::Taxonomy &taxonomy = m_workspace.taxonomy();
    models::ViewDefinition d =
        currentView() ? currentView()->definition : models::ViewDefinition {};
    const rules::Actor actor = m_workspace.rulesActor();
    if (!currentView() && !m_drillDown) {
        switch (Queue(m_queue->currentData().toInt())) {
        case Queue::Mine:
            d.assignee = m_workspace.actor().username;
            d.openOnly = true;
            break;
        case Queue::Department:
            if (actor.departmentId)
                d.department = taxonomy.departmentCode(*actor.departmentId);
            break;
        case Queue::Unassigned:
            if (actor.departmentId)
                d.department = taxonomy.departmentCode(*actor.departmentId);
            d.unassignedOnly = true;
            d.openOnly = true;
            break;
        case Queue::Escalated:
            d.escalatedOnly = true;
            d.openOnly = true;
            break;
        case Queue::ClassificationReview:
            d.classificationReviewOnly = true;
            if (actor.role == rules::Role::Lead && actor.departmentId)
                d.department = taxonomy.departmentCode(*actor.departmentId);
            break;
        case Queue::DueToday:
            d.deadline = QStringLiteral("due_today");
            break;
        case Queue::AtRisk:
            d.deadline = QStringLiteral("at_risk");
            break;
        case Queue::Overdue:
            d.deadline = QStringLiteral("overdue");
            break;
        default:
            break;
        }
    }
    if (m_drillDown) {
        const storage::QueueQuery &q = *m_drillDown;
        if (q.status)
            d.status = *q.status;
        if (q.severity)
            d.severity = *q.severity;
        if (q.channel)
            d.channel = *q.channel;
        if (q.satisfaction)
            d.satisfaction = *q.satisfaction;
        d.unassignedOnly = q.unassignedOnly;
        d.openOnly = q.openOnly;
        d.escalatedOnly = q.escalatedOnly;
        d.classificationReviewOnly = q.classificationReviewOnly;
        if (q.departmentId)
            d.department = taxonomy.departmentCode(*q.departmentId);
        if (q.categoryId)
            d.category = taxonomy.categoryCode(*q.categoryId);
        if (q.subcategoryId)
            d.subcategory = taxonomy.subcategoryCode(q.subcategoryId);
        if (q.receivedFrom)
            d.receivedFrom = beijingDay(*q.receivedFrom);
        if (q.receivedBefore)
            d.receivedTo = beijingDay(*q.receivedBefore - 1);
        if (q.assigneeId) {
            if (auto people = m_workspace.queries().assignablePeople()) {
                for (const auto &person : *people) {
                    if (person.id == *q.assigneeId)
                        d.assignee = person.username;
                }
            }
        }
    }
    if (m_status->currentData().isValid())
        d.status = m_status->currentData().toString();
    if (m_category->currentData().isValid())
        d.category = taxonomy.categoryCode(m_category->currentData().toLongLong());
    if (m_severity->currentData().isValid())
        d.severity = m_severity->currentData().toString();
    if (!m_search->text().trimmed().isEmpty())
        d.text = m_search->text().trimmed();
    d.hiddenColumns = hiddenColumns();
    d.sortColumn = m_sortColumn;
    d.descending = m_sortOrder == Qt::DescendingOrder;
    return d;
}

void QueuePane::saveView(bool asNew)
{
    const models::SavedView *view = asNew ? nullptr : currentView();
    SaveViewDialog dialog(m_workspace, currentDefinition(),
                          view ? std::optional<qint64>(view->id) : std::nullopt,
                          view ? view->name : QString(), view && view->sharedDepartmentId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillViews();
    const int index = m_queue->findData(dialog.savedId(), viewIdRole);
    if (index >= 0) {
        m_queue->setCurrentIndex(index);
        chooseQueue(); // the same index again after a change: read it anew
    }
}

void QueuePane::deleteView()
{
    const models::SavedView *view = currentView();
    if (!view)
        return;
    if (QMessageBox::question(this, tr("Delete view"),
                              tr("Delete the view \"%1\"?").arg(view->name))
        != QMessageBox::Yes)
        return;
    if (auto removed = models::SavedViewService(m_workspace).remove(view->id); !removed) {
        QMessageBox::warning(this, tr("Delete view"), removed.error().message);
        return;
    }
    m_queue->setCurrentIndex(0);
    fillViews();
}

void QueuePane::showColumnMenu(const QPoint &at)
{
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *shown = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        shown->setCheckable(true);
        shown->setChecked(!m_view->isColumnHidden(column));
        shown->setEnabled(column != models::ComplaintQueueModel::Reference); // always shown
        connect(shown, &QAction::toggled, this, [this, column](bool on) {
            m_view->setColumnHidden(column, !on);
            keepColumnLayout();
        });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
}

} // namespace cd::ui
