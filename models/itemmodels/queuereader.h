#pragma once

#include "queuequery.h"
#include "records.h"
#include "result.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace cd::models {

// One read of a complaint queue: its count (optional), then one page. The query is
// already narrowed to what the actor may see (ComplaintQueries::visibleOnly), and the
// rows' phone numbers come back masked (ComplaintQueries::maskedPhone, formatted where the
// read runs: libphonenumber's formatting of a page is milliseconds).
struct QueueRead
{
    storage::QueueQuery query;
    // Count first; the page is then read knowing the count (QueueQuery::knownCount),
    // except for a search, whose count says nothing about the plan (an agent's capped
    // count is a lower bound above QueueQuery::smallQueue: "many" either way).
    bool count = false;
    std::optional<storage::QueueCursor> after;
    int limit = 0; // 0: no page
    storage::QueueDirection direction = storage::QueueDirection::Forward;
    int offset = 0;
};

struct QueueReadResult
{
    std::optional<Result<qint64>> count; // set when the read asked for it
    std::optional<qint64> knownCount; // what the page was read knowing
    Result<QList<storage::QueueRow>> rows = QList<storage::QueueRow>();
};

// Runs `read` on `db` (on the thread that owns the connection). The one implementation
// of a queue read, whether it runs on the caller's thread or on QueueReader's.
QueueReadResult runQueueRead(const QSqlDatabase &db, const QueueRead &read);

// Reads queues on a thread of its own, over a connection of its own to the store, so that
// a read waiting on a cold disk never stalls the window. Reads run one at a time, in the
// order they were started. The caller may wait a bounded time for a read (and then use
// its result at once, as if it had read itself), or let it finish later: its `done`
// callback then runs on the thread that owns the reader, unless the read was taken,
// cancelled or the reader destroyed first.
class QueueReader : public QObject
{
    Q_OBJECT
public:
    class Job;
    using Done = std::function<void(QueueReadResult &&)>;

    // `databasePath`: the store; the worker opens it without upgrading it.
    explicit QueueReader(QString databasePath, QObject *parent = nullptr);
    ~QueueReader() override; // waits for the read in progress, drops the others

    // `tag`: the caller's name for the read (the queue model: the page), for dropQueued().
    std::shared_ptr<Job> start(QueueRead read, Done done, int tag = -1);
    // Waits at most `ms` milliseconds for `job`; when it has finished, its result is
    // returned and its `done` callback will not run.
    std::optional<QueueReadResult> take(const std::shared_ptr<Job> &job, int ms);
    // Every read not yet taken or delivered is dropped: its callback will not run.
    void cancelAll();
    // Drops the reads not yet started whose tag `unwanted` picks (their callbacks will not
    // run); returns their tags.
    QList<int> dropQueued(const std::function<bool(int tag)> &unwanted);

    // Reads started and not yet delivered, taken or cancelled (for tests).
    int pending() const;

private:
    void work();
    void deliver(const std::shared_ptr<Job> &job);

    QString m_path;
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_wake; // the worker: a job was queued, or stop
    QWaitCondition m_finished; // take(): a job finished
    QList<std::shared_ptr<Job>> m_queue; // not yet started
    QList<std::shared_ptr<Job>> m_live; // started, callback not yet run or dropped
    bool m_stopping = false;
};

} // namespace cd::models
