// The complaint queue pane: the filters, the table, search, and moving to a result. Its
// column layout is in queuepanecolumns.cpp, its saved views in queuepaneviews.cpp, its bulk
// actions on the selected rows in queuepanebulk.cpp.
#include "queuepane.h"

#include "choices.h"
#include "codes.h"
#include "complaintqueries.h"
#include "complaintqueuemodel.h"
#include "dialoglayout.h"
#include "formatting.h"
#include "language.h"
#include "permissions.h"
#include "searchtext.h"
#include "sladelegate.h"
#include "taxonomyservice.h"
#include "workspace.h"

#include <QComboBox>
#include <optional>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace cd::ui {

QueuePane::QueuePane(models::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new models::ComplaintQueueModel(workspace, this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("queuePane"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_view->setObjectName(QStringLiteral("queueView"));
    m_count->setObjectName(QStringLiteral("queueCountLabel"));

    m_status->addItem(tr("All statuses"));
    addStatuses(m_status);
    fillCategories();
    connect(&workspace.taxonomyEditor(), &models::TaxonomyService::changed, this,
            &QueuePane::fillCategories);
    m_severity->addItem(tr("All severities"));
    addSeverities(m_severity);

    auto *refresh = new QPushButton(tr("Refresh (F5)"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, m_model, &models::ComplaintQueueModel::reload);

    m_queue = namedChild<QComboBox>(this, QStringLiteral("queueSelector"));
    const rules::Actor actor = workspace.rulesActor();
    if (actor.role == rules::Role::Lead)
        m_queue->addItem(tr("Escalated"), int(Queue::Escalated));
    m_queue->addItem(tr("All I may see"), int(Queue::All));
    m_queue->addItem(tr("My complaints"), int(Queue::Mine));
    if (actor.departmentId) {
        m_queue->addItem(tr("My department"), int(Queue::Department));
        m_queue->addItem(tr("Unassigned in my department"), int(Queue::Unassigned));
    }
    if (actor.role != rules::Role::Lead)
        m_queue->addItem(tr("Escalated"), int(Queue::Escalated));
    m_queue->addItem(tr("Due today"), int(Queue::DueToday));
    m_queue->addItem(tr("At risk"), int(Queue::AtRisk));
    m_queue->addItem(tr("Overdue"), int(Queue::Overdue));
    if (actor.role != rules::Role::Agent)
        m_queue->addItem(tr("Classification review"), int(Queue::ClassificationReview));

    m_bulk = new QPushButton(tr("Selected..."), this);
    m_bulk->setObjectName(QStringLiteral("bulkActionsButton"));
    m_bulk->setToolTip(tr("Bulk actions on the selected complaints"));
    m_bulk->setVisible(actor.role != rules::Role::Agent);
    auto *bulkMenu = new QMenu(m_bulk);
    bulkMenu->addAction(tr("&Reassign..."), this, &QueuePane::reassignSelected)
        ->setObjectName(QStringLiteral("bulkReassignAction"));
    bulkMenu->addAction(tr("Change &severity..."), this, &QueuePane::changeSeverityOfSelected)
        ->setObjectName(QStringLiteral("bulkSeverityAction"));
    bulkMenu->addAction(tr("Add a &note..."), this, &QueuePane::addNoteToSelected)
        ->setObjectName(QStringLiteral("bulkNoteAction"));
    bulkMenu
        ->addAction(tr("&Merge duplicates into the current complaint..."), this,
                    &QueuePane::mergeSelected)
        ->setObjectName(QStringLiteral("bulkMergeAction"));
    m_bulk->setMenu(bulkMenu);

    // Two rows, so that the pane stays narrow enough beside the detail pane: which queue
    // (or view) and the words searched; then the filters narrowing it and the actions.
    auto *queueRow = new QHBoxLayout;
    auto *filters = new QHBoxLayout;
    auto *queueLabel = new QLabel(tr("&Queue:"), this);
    queueLabel->setBuddy(m_queue);
    queueRow->addWidget(queueLabel);
    queueRow->addWidget(m_queue, 1);
    fillViews();
    connect(m_queue, &QComboBox::currentIndexChanged, this, &QueuePane::chooseQueue);
    auto *views = new QPushButton(tr("View&s"), this);
    views->setObjectName(QStringLiteral("viewsButton"));
    views->setToolTip(tr("Save what the queue shows as a view, listed in the queue selector"));
    auto *viewsMenu = new QMenu(views);
    viewsMenu->addAction(tr("&Save as a new view..."), this, [this] { saveView(true); })
        ->setObjectName(QStringLiteral("saveViewAction"));
    m_changeView =
        viewsMenu->addAction(tr("&Change this view..."), this, [this] { saveView(false); });
    m_changeView->setObjectName(QStringLiteral("changeViewAction"));
    m_deleteView = viewsMenu->addAction(tr("&Delete this view"), this, &QueuePane::deleteView);
    m_deleteView->setObjectName(QStringLiteral("deleteViewAction"));
    connect(viewsMenu, &QMenu::aboutToShow, this, [this] {
        m_changeView->setEnabled(currentView() != nullptr);
        m_deleteView->setEnabled(currentView() != nullptr);
    });
    views->setMenu(viewsMenu);
    auto addFilter = [this, filters](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &QueuePane::applyFilters);
    };
    addFilter(tr("S&tatus:"), m_status);
    addFilter(tr("Categor&y:"), m_category);
    addFilter(tr("Sever&ity:"), m_severity);
    for (QComboBox *combo : {m_queue, m_status, m_category, m_severity}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_search = namedChild<QLineEdit>(this, QStringLiteral("queueSearchEdit"));
    m_search->setPlaceholderText(tr("Search: reference, phone, name, words"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    auto *searchShortcut = new QShortcut(QKeySequence::Find, this);
    connect(searchShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // Searching starts when the agent pauses typing, not on every keystroke.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &QueuePane::applyFilters);
    // Enter and Down go on to the results (searching first if it has not yet).
    connect(m_search, &QLineEdit::returnPressed, this, &QueuePane::goToResults);
    m_search->installEventFilter(this);
    queueRow->addWidget(views);
    queueRow->addWidget(m_search, 2);
    queueRow->addWidget(m_count);
    filters->addStretch(1);
    filters->addWidget(m_bulk);
    filters->addWidget(refresh);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(models::ComplaintQueueModel::Due, new SlaDelegate(m_view));
    // The countdowns move on with the clock; membership of the deadline queues changes on
    // Refresh (F5), so that rows never jump under the agent's cursor.
    auto *countdown = new QTimer(this);
    countdown->setInterval(30 * 1000);
    connect(countdown, &QTimer::timeout, m_model, &models::ComplaintQueueModel::refreshCountdowns);
    countdown->start();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(actor.role == rules::Role::Agent
                                 ? QAbstractItemView::SingleSelection
                                 : QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Right-click the header to choose the columns (a saved view keeps them).
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &QueuePane::showColumnMenu);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true);
    layOutColumns();
    restoreColumnLayout();
    for (const auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(m_view->horizontalHeader(), signal, this, &QueuePane::keepColumnLayout);
    // Unsortable columns keep the previous order and indicator.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (models::ComplaintQueueModel::isSortable(column)) {
                    m_sortColumn = column;
                    m_sortOrder = order;
                    return;
                }
                QSignalBlocker block(m_view->horizontalHeader());
                m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
            });
    m_view->sortByColumn(m_sortColumn, m_sortOrder);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid()
                    ? current.data(models::ComplaintQueueModel::ComplaintIdRole).toLongLong()
                    : 0;
                // the complaint shown again after a refresh (refreshFromStore) is not news
                if (id == 0 || id != m_currentComplaint) {
                    m_keptSelection.clear(); // the user moved on: nothing to restore
                    m_keptCurrent = 0;
                    Q_EMIT currentComplaintChanged(id);
                }
            });
    // The current row's page may arrive after the row became current (the model reads it
    // from the event loop): tell its complaint then.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_view->currentIndex();
                if (!current.isValid() || current.row() < topLeft.row()
                    || current.row() > bottomRight.row() || topLeft.column() > 0)
                    return;
                const qint64 id =
                    current.data(models::ComplaintQueueModel::ComplaintIdRole).toLongLong();
                if (id != 0 && id != m_currentComplaint)
                    Q_EMIT currentComplaintChanged(id);
            });
    // After a refresh, the rows selected before are selected again as their pages arrive.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueuePane::restoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_refreshing || m_model->isLoading())
            return;
        m_refreshing = false;
        // the view lays its rows out from the event loop; scroll back once it has
        QTimer::singleShot(0, this, [this, scroll = m_keptScroll] {
            m_view->verticalScrollBar()->setValue(scroll);
            restoreSelection();
        });
    });
    connect(this, &QueuePane::currentComplaintChanged, this,
            [this](qint64 complaintId) { m_currentComplaint = complaintId; });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePane::updateCount);
    connect(m_model, &models::ComplaintQueueModel::loadingChanged, this, &QueuePane::updateCount);
    connect(m_model, &models::ComplaintQueueModel::loadingChanged, this, &QueuePane::settleResults);
    // Said where the count stands, without a dialog in the agent's way (the next read that
    // works shows the count again).
    connect(m_model, &models::ComplaintQueueModel::loadFailed, this,
            [this](const QString &message) {
                m_count->setText(tr("The queue could not be read: %1").arg(message));
            });

    m_searchOrderNote = new QLabel(tr("Search results: newest first (sorting by a column "
                                      "applies again when the search is cleared)"),
                                   this);
    m_searchOrderNote->setObjectName(QStringLiteral("searchOrderNote"));
    m_searchOrderNote->setForegroundRole(QPalette::PlaceholderText);
    m_searchOrderNote->hide();

    m_emptyState = new QLabel(m_view->viewport());
    m_emptyState->setObjectName(QStringLiteral("queueEmptyLabel"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->hide();
    m_view->viewport()->installEventFilter(this);
    m_doneMessage = namedChild<QLabel>(this, QStringLiteral("queueDoneLabel"));
    m_doneMessage->setWordWrap(true);
    m_doneMessage->hide();

    m_drillDownBar = new QWidget(this);
    auto *drill = new QHBoxLayout(m_drillDownBar);
    drill->setContentsMargins(4, 0, 4, 0);
    m_drillDownLabel = new QLabel(m_drillDownBar);
    m_drillDownLabel->setObjectName(QStringLiteral("drillDownLabel"));
    auto *clearDrill = new QPushButton(tr("Back to the queue"), m_drillDownBar);
    connect(clearDrill, &QPushButton::clicked, this, [this] {
        m_drillDown.reset();
        {
            const QSignalBlocker block(m_queue);
            m_queue->setCurrentIndex(m_shownQueue); // the queue shown before
        }
        applyFilters();
    });
    drill->addWidget(m_drillDownLabel, 1);
    drill->addWidget(clearDrill);
    m_drillDownBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(queueRow);
    layout->addLayout(filters);
    layout->addWidget(m_drillDownBar);
    layout->addWidget(m_searchOrderNote);
    layout->addWidget(m_doneMessage);
    layout->addWidget(m_view, 1);
    updateCount();
    QWidget::setTabOrder(m_search, m_view); // from the search box on to its results
    if (m_queue->currentIndex() != 0 || actor.role == rules::Role::Lead)
        applyFilters();
}

void QueuePane::showMatching(const storage::QueueQuery &query, const QString &title)
{
    m_drillDown = query;
    m_drillDownLabel->setText(tr("From the dashboard: %1").arg(title));
    {
        // the selector names what is shown, not the queue it showed before
        const QSignalBlocker block(m_queue);
        m_queue->setPlaceholderText(tr("Dashboard: %1").arg(title));
        m_queue->setCurrentIndex(-1);
    }
    applyFilters();
}

void QueuePane::applyFilters()
{
    m_doneMessage->hide(); // it spoke of the rows shown before
    // A dashboard's selection or a saved view is the base; the boxes narrow it.
    const std::optional<storage::QueueQuery> base = m_drillDown ? m_drillDown : m_viewQuery;
    storage::QueueQuery filter = base.value_or(storage::QueueQuery());
    m_drillDownBar->setVisible(m_drillDown.has_value());
    const rules::Actor actor = m_workspace.rulesActor();
    switch (base ? Queue::All : Queue(m_queue->currentData().toInt())) {
    case Queue::All:
        break;
    case Queue::Mine:
        filter.assigneeId = actor.id;
        filter.openOnly = true;
        break;
    case Queue::Department:
        filter.departmentId = actor.departmentId.value_or(-1);
        break;
    case Queue::Unassigned:
        filter.departmentId = actor.departmentId.value_or(-1);
        filter.unassignedOnly = true;
        filter.openOnly = true;
        break;
    case Queue::Escalated:
        filter.escalatedOnly = true;
        filter.openOnly = true;
        break;
    case Queue::ClassificationReview:
        // unsure suggestions and suggestions the agent did not follow
        filter.classificationReviewOnly = true;
        if (actor.role == rules::Role::Lead)
            filter.departmentId = actor.departmentId.value_or(-1);
        break;
    case Queue::DueToday:
    case Queue::AtRisk:
    case Queue::Overdue:
    case Queue::SavedView:
        break;
    }
    const Queue queue = base ? Queue::All : Queue(m_queue->currentData().toInt());
    const models::DeadlineFilter deadline = queue == Queue::DueToday
        ? models::DeadlineFilter::DueToday
        : queue == Queue::AtRisk  ? models::DeadlineFilter::AtRisk
        : queue == Queue::Overdue ? models::DeadlineFilter::Overdue
                                  : models::DeadlineFilter::None;
    if (!base)
        models::ComplaintQueries::restrictToDeadline(filter, deadline, m_workspace.clock().nowMs());
    if (m_status->currentData().isValid())
        filter.status = m_status->currentData().toString();
    if (m_category->currentData().isValid())
        filter.categoryId = m_category->currentData().toLongLong();
    if (m_severity->currentData().isValid())
        filter.severity = m_severity->currentData().toString();
    filter.searchMatch = rules::SearchText::matchQuery(m_search->text());
    // Search hits come newest logged first; the column sort applies again without one.
    m_view->horizontalHeader()->setSortIndicatorShown(filter.searchMatch.isEmpty());
    m_view->horizontalHeader()->setToolTip(
        filter.searchMatch.isEmpty() ? QString() : tr("Search results are listed newest first."));
    // said where it is seen, not only in a tooltip: a click on a header does not sort now
    m_searchOrderNote->setVisible(!filter.searchMatch.isEmpty());
    m_recheckCurrent = true;
    m_model->setFilter(filter);
    if (deadline != models::DeadlineFilter::None) {
        // soonest due first
        m_view->sortByColumn(models::ComplaintQueueModel::Due, Qt::AscendingOrder);
    }
    settleResults();
}

void QueuePane::fillCategories()
{
    refillCategories(m_category, m_workspace.taxonomy(), tr("All categories"), false);
}

QStringList QueuePane::queueNames() const
{
    QStringList names;
    for (int i = 0; i < m_queue->count(); ++i)
        names << m_queue->itemText(i);
    return names;
}

void QueuePane::showQueue(int position)
{
    m_queue->setCurrentIndex(position);
}

void QueuePane::updateCount()
{
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    if (m_model->isLoading())
        m_count->setText(tr("Reading the queue…"));
    else if (m_model->isCountCapped())
        m_count->setText(tr("More than %L1 complaints").arg(storage::queueCountCap));
    else if (total >= 0)
        m_count->setText(tr("%Ln complaint(s)", "", int(std::min<qint64>(total, INT_MAX))));
    else
        m_count->setText(m_model->canFetchMore({}) ? tr("%L1+ complaints").arg(loaded)
                                                   : tr("%Ln complaint(s)", "", loaded));
    if (!m_emptyState)
        return; // still being built
    const bool empty = !m_model->isLoading() && loaded == 0;
    if (empty) {
        const QString words = m_search->text().trimmed();
        const bool narrowed = m_status->currentData().isValid()
            || m_category->currentData().isValid() || m_severity->currentData().isValid();
        if (!words.isEmpty())
            m_emptyState->setText(tr("Nothing matches \"%1\" here.").arg(words));
        else if (narrowed)
            m_emptyState->setText(tr("No complaints in this queue match the chosen status, "
                                     "category or severity."));
        else
            m_emptyState->setText(tr("No complaints in this queue."));
        m_emptyState->setGeometry(m_view->viewport()->rect());
    }
    m_emptyState->setVisible(empty);
}

void QueuePane::refreshFromStore()
{
    if (!m_refreshing) { // a refresh still reading keeps what was selected before it
        m_keptSelection = selectedIds();
        m_keptCurrent = m_currentComplaint;
        m_keptScroll = m_view->verticalScrollBar()->value();
    }
    m_refreshing = true;
    m_model->reloadInPlace();
}

void QueuePane::restoreSelection()
{
    if (m_refreshing || (m_keptSelection.isEmpty() && m_keptCurrent == 0))
        return;
    QItemSelectionModel *selection = m_view->selectionModel();
    for (auto id = m_keptSelection.begin(); id != m_keptSelection.end();) {
        const int row = m_model->rowOf(*id);
        if (row < 0) {
            ++id;
            continue;
        }
        selection->select(m_model->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        id = m_keptSelection.erase(id);
    }
    if (m_keptCurrent != 0) {
        const int row = m_model->rowOf(m_keptCurrent);
        if (row >= 0) {
            m_keptCurrent = 0;
            selection->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        }
    }
}

QList<qint64> QueuePane::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(models::ComplaintQueueModel::ComplaintIdRole).toLongLong();
    return ids;
}

void QueuePane::goToResults()
{
    m_focusResults = true;
    if (m_searchDelay->isActive() || m_search->isModified()) {
        m_searchDelay->stop();
        m_search->setModified(false);
        applyFilters(); // settles once read
    } else {
        settleResults();
    }
}

void QueuePane::settleResults()
{
    if (m_model->isLoading())
        return; // again when loaded
    if (m_recheckCurrent) {
        m_recheckCurrent = false;
        if (m_currentComplaint != 0 && !selectComplaint(m_currentComplaint))
            Q_EMIT currentComplaintChanged(0);
    }
    if (m_focusResults) {
        m_focusResults = false;
        if (m_model->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
            m_view->setFocus();
        }
    }
}

bool QueuePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        goToResults();
        return true;
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

bool QueuePane::selectComplaint(qint64 complaintId)
{
    const int row = m_model->rowOf(complaintId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

} // namespace cd::ui
