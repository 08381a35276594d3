#pragma once

#include "complaintrepository.h"
#include "records.h"

#include <QAbstractTableModel>

namespace cd::models {

class Workspace;

// The complaint queue as a lazy table: rows arrive a page at a time (fetchMore, keyset
// paging), and sorting and filtering are done by SQL, so the whole table is never loaded.
// Reads on the workspace's connection, on the thread that owns the workspace.
class ComplaintQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Due sits beside Severity: the two things an agent triages by.
    enum Column { Reference, Received, Customer, Category, Severity, Due, Department, Assignee,
                  Status, ColumnCount };
    enum Role {
        ComplaintIdRole = Qt::UserRole + 1,   // qint64
        SeverityCodeRole,                     // "P1".."P4"
        StatusCodeRole,                       // "NEW", ...
        DueAtRole,                            // qint64 UTC ms: earliest running deadline
        SlaStateRole,                         // int: rules::SlaState at the clock's now
    };
    static constexpr int pageSize = 200;

    explicit ComplaintQueueModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Customer and Assignee cannot be sorted (the request is ignored).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    // Replaces the filters (the sort is kept) and starts again from the first page.
    void setFilter(const storage::QueueQuery &filter);
    const storage::QueueQuery &query() const { return m_query; }

    // Re-reads the first page (after a new complaint).
    void reload();
    // Tells the views that the countdowns moved on (the Due column depends on "now").
    void refreshCountdowns();
    // Re-reads one loaded row in place (after a status change); no reset.
    void refreshComplaint(qint64 complaintId);
    // The row of a loaded complaint, or -1.
    int rowOf(qint64 complaintId) const;

    // How many complaints the whole queue holds (counted when the filters change, and on
    // reload); -1 when it could not be counted.
    qint64 totalCount() const { return m_total; }

    // The last storage error, empty when the last read worked.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void fetchPage();
    // Phone numbers as the actor may read them ("138 1234 5678", or "138****5678" without
    // the reveal right), done once per loaded row.
    void prepareForDisplay(QList<storage::QueueRow> &rows) const;

    Workspace &m_workspace;
    storage::QueueQuery m_query;
    QList<storage::QueueRow> m_rows;
    bool m_hasMore = true;
    qint64 m_total = -1;
    bool m_busy = false;   // inside a reset or a page insertion
    QString m_lastError;
};

} // namespace cd::models
