#pragma once

#include "queuequery.h"
#include "queuereader.h"
#include "records.h"

#include <QAbstractTableModel>
#include <QDeadlineTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>

namespace cd::models {

class Workspace;

// The complaint queue as a windowed table: the view knows every row of the queue (its
// count), but only the pages it shows are read, when it shows them, and at most maxPages
// are kept. data() never reads: it answers from the pages in memory, and for a row of a
// page not read it answers a placeholder and asks for the page; the pages asked for are
// read once control returns to the event loop (or at once by fetchRows()), and
// dataChanged() tells the views. A page next to one already read is found by its key (keyset
// paging, forward or backward), so scrolling costs one indexed read per page; the last page is read
// backward from the end, so jumping to the end of a long queue costs what the first page
// does; a page far from both is read with an OFFSET. Sorting and filtering are done by SQL.
// When the queue could not be counted exactly (a search matching more than the count's
// cap), rows grow page by page instead (canFetchMore/fetchMore).
// By default every read runs on the workspace's connection, on the thread that owns the
// workspace, before the call returns (the CLI, tests). With a read budget (the window:
// setReadBudget) reads run on a QueueReader thread and the caller waits at most the budget:
// a read that takes longer leaves the queue "loading" (isLoading(); a page shows
// placeholder rows) and fills it in when it ends, so a cold disk never stalls the window.
class ComplaintQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Due sits beside Severity: the two things an agent triages by.
    enum Column {
        Reference,
        Received,
        Customer,
        Category,
        Severity,
        Due,
        Department,
        Assignee,
        Status,
        ColumnCount
    };
    enum Role {
        ComplaintIdRole = Qt::UserRole + 1, // qint64
        SeverityCodeRole, // "P1".."P4"
        StatusCodeRole, // "NEW", ...
        DueAtRole, // qint64 UTC ms: earliest running deadline
        SlaStateRole, // int: rules::SlaState at the clock's now
        DepartmentIdRole, // qint64: the department holding it
    };
    static constexpr int pageSize = 200;
    static constexpr int maxPages = 64; // pages kept in memory

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
    // Re-reads the queue after the store changed (ChangeWatcher): as reload(), but while
    // the read runs past the budget the rows shown stay (no empty, loading queue); the
    // queue is reset when they arrive.
    void reloadInPlace();
    // Tells the views that the countdowns moved on (the Due column depends on "now").
    void refreshCountdowns();
    // Re-reads one loaded row in place (after a status change); no reset.
    void refreshComplaint(qint64 complaintId);
    // The row of a complaint on a page in memory, or -1.
    int rowOf(qint64 complaintId) const;
    // Reads now the pages holding rows `first`..`last` that are not in memory (within the
    // read budget: pages still being read arrive later, with dataChanged()).
    void fetchRows(int first, int last);
    // How many pages are in memory (for tests and benchmarks).
    int pagesInMemory() const { return int(m_pages.size()); }

    // How many complaints the whole queue holds (counted when the filters change, and on
    // reload); -1 when it could not be counted.
    qint64 totalCount() const { return m_total; }
    // The count stopped at storage::queueCountCap (a search, an agent's view): the
    // queue has more rows than that, read page by page as the view scrolls on.
    bool isCountCapped() const { return m_countCapped; }

    // The last storage error, empty when the last read worked.
    QString lastError() const { return m_lastError; }

    // How long a call may wait for a read, in milliseconds; -1 (the default): read on the
    // calling thread and never return before the read has ended. 0 or more: read on a
    // thread of the model's own over its own connection to the store (0: never wait, every
    // result comes later).
    void setReadBudget(int ms);
    // The budget models start with: -1 unless the application sets it, once, at start
    // (the window's main() does; the CLI and tests keep reads on their own thread).
    static void setDefaultReadBudget(int ms);
    static int defaultReadBudget();
    // A reload is still being read (the queue shows no rows until it ends).
    bool isLoading() const { return m_loading; }
    // Reads started on the reader thread whose results have not arrived (for tests).
    int readsInFlight() const;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    // The row when its page is in memory; otherwise null, and the page is asked for.
    const storage::QueueRow *rowAt(int row) const;
    // Reads the pages asked for by data() (run from the event loop, never from data()).
    void loadRequestedPages();
    // Reads page `page` into m_pages (now, or later when the budget runs out); false when
    // it is empty, failed or not read yet.
    bool loadPage(int page);
    // The read of page `page` given the pages in memory; `backward`: rows come in reverse.
    QueueRead pageRead(int page, bool &backward) const;
    // Stores a page read; false when it is empty or failed.
    bool storePage(int page, Result<QList<storage::QueueRow>> rows, bool backward);
    // Runs `read` within the budget: its result, or nullopt when `later` will get it
    // (unless the queue is reloaded first).
    // The budget is shared by every read of one event (a paint may want several pages).
    std::optional<QueueReadResult>
    perform(QueueRead read, std::function<void(QueueReadResult &&)> later, int page = -1);
    void startReload(bool keepRowsShown);
    void applyReload(QueueReadResult &&result);
    void applyFetched(QueueReadResult &&result);
    void evictPagesFarFrom(int page);
    // dataChanged() for the rows of `page`.
    void emitPageChanged(int page);

    Workspace &m_workspace;
    storage::QueueQuery m_query;
    QHash<int, QList<storage::QueueRow>> m_pages; // page index -> its rows
    int m_rowCount = 0; // rows the views know
    bool m_countKnown = false; // m_rowCount is the whole queue
    bool m_countCapped = false; // the count stopped at the cap
    bool m_hasMore = false; // (count unknown) another page may follow
    qint64 m_total = -1;
    bool m_busy = false; // inside a reset or a page insertion
    QString m_lastError;
    int m_readBudget = defaultReadBudget();
    std::unique_ptr<QueueReader> m_reader; // with a read budget
    quint64 m_generation = 0; // reloads so far: a later result of an
                              // earlier one is dropped
    QSet<int> m_pagesInFlight; // being read on the reader thread
    // Pages data() asked for, read by loadRequestedPages() when m_requestTimer fires.
    // Mutable: asking for a page changes no state the views can see.
    mutable QSet<int> m_requestedPages;
    QTimer *m_requestTimer; // single shot, 0 ms; owned by the model
    bool m_fetchInFlight = false;
    QDeadlineTimer m_eventDeadline; // when the current event's budget runs out
    bool m_inEvent = false; // m_eventDeadline belongs to the current event
    bool m_loading = false;
};

} // namespace cd::models
