#pragma once

#include <QWidget>

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

Q_SIGNALS:
    void currentComplaintChanged(qint64 complaintId);   // 0: none

private:
    enum class Queue { All, Mine, Department, Unassigned, Escalated, DueToday, AtRisk,
                       Overdue, ClassificationReview };
    void applyFilters();
    void fillCategories();   // again after the taxonomy changed
    void reassignSelected();
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
    int m_sortColumn = 1;   // ComplaintQueueModel::Received
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cd::ui
