#pragma once

#include "queuequery.h"
#include "savedviewservice.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QLabel;
class QAction;
class QPushButton;
class QTableView;
class QTimer;

namespace cd::models {
class ComplaintQueueModel;
class Workspace;
} // namespace cd::models

namespace cd::ui {

// The complaint queue: filters by status, category and severity over a lazily loaded,
// SQL-sorted table. The model is owned by this pane.
class QueuePane : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePane(models::Workspace &workspace, QWidget *parent = nullptr);

    models::ComplaintQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Chooses a queue by its position in the selector (tests, shortcuts).
    QStringList queueNames() const;
    void showQueue(int position);
    // Selects the complaint if it is loaded; returns whether it was.
    bool selectComplaint(qint64 complaintId);
    // Shows the complaints `query` selects (a dashboard chart's element), named `title`,
    // until the user chooses a queue or clears it. The status, category, severity and
    // search boxes narrow it further.
    void showMatching(const storage::QueueQuery &query, const QString &title);
    // Reads the queue again after another desk or program changed the store: the rows
    // shown stay until the new ones arrive, then the complaints selected before (and the
    // current one, without telling currentComplaintChanged again) are selected again as
    // their rows are read, and the view keeps its scroll position.
    void refreshFromStore();

Q_SIGNALS:
    void currentComplaintChanged(qint64 complaintId); // 0: none

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Queue {
        All,
        Mine,
        Department,
        Unassigned,
        Escalated,
        DueToday,
        AtRisk,
        Overdue,
        ClassificationReview,
        SavedView
    };
    void applyFilters();
    // --- saved views (queuepaneviews.cpp) ---------------------------------------------
    // Lists the actor's saved views after the built-in queues (again after a change),
    // keeping the one chosen if it is still there.
    void fillViews();
    // The queue selector moved: a saved view's query, columns and sort, or a built-in
    // queue with every column. A view that cannot be opened is told and the selector goes
    // back to the queue shown before.
    void chooseQueue();
    const models::SavedView *currentView() const;
    // What the queue on screen shows, as a view to save: the chosen view or queue, the
    // dashboard's selection, the filters and words, the hidden columns and the sort.
    models::ViewDefinition currentDefinition() const;
    void saveView(bool asNew);
    void deleteView();
    void showColumnMenu(const QPoint &at);
    void fillCategories(); // again after the taxonomy changed
    QList<qint64> selectedIds() const;
    // Selects again what refreshFromStore() kept, as far as the rows are in memory.
    void restoreSelection();
    void reassignSelected();
    void changeSeverityOfSelected();
    void addNoteToSelected();
    void mergeSelected();
    // The count line, and the text over an empty table saying why it is empty.
    void updateCount();
    // Once the results of a filter change are read: the complaint shown in the detail
    // pane stays only if it is among them (else the pane is told 0), and a search left
    // with Enter or Down puts the cursor on the first result.
    void settleResults();
    // The columns an agent works by (reference, received, caller, category, status,
    // severity, due, assignee) fitted to their contents; the rest on demand. The user's
    // own layout (widths, order, columns shown) is kept per user and restored.
    void layOutColumns();
    QString columnLayoutKey() const;
    void restoreColumnLayout();
    void keepColumnLayout();
    // The columns hidden now, in model order.
    QList<int> hiddenColumns() const;
    void goToResults();

    models::Workspace &m_workspace;
    models::ComplaintQueueModel *m_model;
    qint64 m_currentComplaint = 0; // told last by currentComplaintChanged
    bool m_refreshing = false; // refreshFromStore() waits for the queue
    QList<qint64> m_keptSelection; // selected before it, not selected again yet
    qint64 m_keptCurrent = 0; // current before it, not current again yet
    int m_keptScroll = 0;
    QComboBox *m_queue = nullptr;
    QPushButton *m_bulk = nullptr;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_severity;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    bool m_recheckCurrent = false; // a filter changed: is the current complaint still in?
    bool m_focusResults = false;
    QList<int> m_defaultHidden; // the columns the user hides in the built-in queues
    bool m_restoringColumns = false; // the agent left the search box for the results
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_searchOrderNote = nullptr; // shown while searching
    QLabel *m_emptyState = nullptr; // over the table when it has no row
    QLabel *m_doneMessage = nullptr; // what the last bulk action did
    std::optional<storage::QueueQuery> m_drillDown; // a dashboard's selection
    std::optional<storage::QueueQuery> m_viewQuery; // the chosen saved view's
    QList<models::SavedView> m_views;
    int m_shownQueue = 0; // selector index shown last
    QAction *m_changeView = nullptr;
    QAction *m_deleteView = nullptr;
    QWidget *m_drillDownBar = nullptr;
    QLabel *m_drillDownLabel = nullptr;
    int m_sortColumn = 1; // ComplaintQueueModel::Received
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cd::ui
