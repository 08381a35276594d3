#pragma once

#include "complaintrepository.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QTableView;

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

Q_SIGNALS:
    void currentComplaintChanged(qint64 complaintId);   // 0: none

private:
    enum class Queue { All, Mine, Department, Unassigned, Escalated, DueToday, AtRisk,
                       Overdue, ClassificationReview };
    void applyFilters();
    void fillCategories();   // again after the taxonomy changed
    QList<qint64> selectedIds() const;
    void reassignSelected();
    void changeSeverityOfSelected();
    void addNoteToSelected();
    void mergeSelected();
    void updateCount();

    models::Workspace &m_workspace;
    models::ComplaintQueueModel *m_model;
    QComboBox *m_queue = nullptr;
    QPushButton *m_bulk = nullptr;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_severity;
    QLineEdit *m_search = nullptr;
    QTableView *m_view;
    QLabel *m_count;
    std::optional<storage::QueueQuery> m_drillDown;   // a dashboard's selection
    QWidget *m_drillDownBar = nullptr;
    QLabel *m_drillDownLabel = nullptr;
    int m_sortColumn = 1;   // ComplaintQueueModel::Received
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cd::ui
