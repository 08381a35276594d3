#include "queuereader.h"

#include "complaintqueries.h"
#include "database.h"
#include "queuerepository.h"

#include <QDeadlineTimer>
#include <QThread>

namespace cd::models {

class QueueReader::Job
{
public:
    QueueRead read;
    Done done;
    int tag = -1;
    QueueReadResult result;
    bool finished = false; // guarded by the reader's mutex
    bool dropped = false; // taken, cancelled or delivered: the callback must not run
};

QueueReadResult runQueueRead(const QSqlDatabase &db, const QueueRead &read)
{
    QueueReadResult result;
    storage::QueueRepository repository(db);
    storage::QueueQuery query = read.query;
    if (read.count) {
        query.knownCount.reset();
        result.count = repository.queueCount(query);
        if (*result.count && query.searchMatch.isEmpty())
            query.knownCount = **result.count;
    }
    result.knownCount = query.knownCount;
    if (read.limit > 0 && query.knownCount != 0)
        result.rows =
            repository.queuePage(query, read.after, read.limit, read.direction, read.offset);
    if (result.rows) {
        for (storage::QueueRow &row : *result.rows)
            row.customerPhone = ComplaintQueries::maskedPhone(row.customerPhone);
    }
    return result;
}

QueueReader::QueueReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("queue reader"));
    m_thread->start();
}

QueueReader::~QueueReader()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void QueueReader::work()
{
    // The connection belongs to this thread: opened here, closed here.
    std::unique_ptr<storage::Database> database;
    for (;;) {
        std::shared_ptr<Job> job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            job = m_queue.takeFirst();
        }
        QueueReadResult result;
        if (!database) { // opened at the first read; tried again after a failure
            auto opened = storage::Database::open(m_path, storage::Database::Upgrade::None);
            if (opened)
                database = std::move(opened).value();
            else
                result.rows = opened.error();
        }
        if (database)
            result = runQueueRead(database->connection(), job->read);
        {
            QMutexLocker lock(&m_mutex);
            job->result = std::move(result);
            job->finished = true;
            m_finished.wakeAll();
        }
        QMetaObject::invokeMethod(
            this, [this, job] { deliver(job); }, Qt::QueuedConnection);
    }
}

std::shared_ptr<QueueReader::Job> QueueReader::start(QueueRead read, Done done, int tag)
{
    auto job = std::make_shared<Job>();
    job->read = std::move(read);
    job->done = std::move(done);
    job->tag = tag;
    QMutexLocker lock(&m_mutex);
    m_queue.append(job);
    m_live.append(job);
    m_wake.wakeAll();
    return job;
}

std::optional<QueueReadResult> QueueReader::take(const std::shared_ptr<Job> &job, int ms)
{
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer deadline(ms);
    while (!job->finished) {
        if (!m_finished.wait(&m_mutex, deadline))
            break;
    }
    if (!job->finished || job->dropped)
        return std::nullopt;
    job->dropped = true;
    m_live.removeOne(job);
    return std::move(job->result);
}

void QueueReader::cancelAll()
{
    QMutexLocker lock(&m_mutex);
    for (const auto &job : std::as_const(m_live))
        job->dropped = true;
    m_live.clear();
    m_queue.clear();
}

QList<int> QueueReader::dropQueued(const std::function<bool(int tag)> &unwanted)
{
    QList<int> tags;
    QMutexLocker lock(&m_mutex);
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (unwanted((*it)->tag)) {
            (*it)->dropped = true;
            tags.append((*it)->tag);
            m_live.removeOne(*it);
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    return tags;
}

int QueueReader::pending() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_live.size());
}

void QueueReader::deliver(const std::shared_ptr<Job> &job)
{
    QueueReadResult result;
    {
        QMutexLocker lock(&m_mutex);
        if (job->dropped)
            return;
        job->dropped = true;
        m_live.removeOne(job);
        result = std::move(job->result);
    }
    job->done(std::move(result));
}

} // namespace cd::models
