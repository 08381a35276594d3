#include "demogenerator.h"

#include "authservice.h"
#include "bulkcomplaintwriter.h"
#include "complaintrepository.h"
#include "demoplanner.h"
#include "reference.h"
#include "routingrepository.h"
#include "transaction.h"
#include "userrepository.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace cd::models {

namespace {

using demo::Planned;

// Complaints per transaction at most: each commit rewrites the index pages its inserts
// touched, so fewer, larger transactions write less at a million (docs/performance.md).
// A failed fill loses at most the batch in progress.
constexpr int defaultBatchSize = 50000;
// How long one transaction takes complaints (then it indexes them and commits, up to a
// quarter of that again): other writers wait for the write lock on the store's 5 s busy
// timeout, so a batch ends after this long whatever its size.
constexpr std::chrono::milliseconds defaultTransactionTime {2000};
// The pause after each commit before the next batch takes the write lock: SQLite's busy
// handler tries a waiting writer's lock again every 100 ms at most, so a writer that
// waited through the batch gets its turn in it. When another writer did commit in it, the
// fill pauses again (others may be waiting still), up to maxTurnsForOthers times.
constexpr std::chrono::milliseconds turnForOthers {110};
constexpr int maxTurnsForOthers = 4;

using SearchRows = storage::BulkComplaintWriter::SearchRows;

// Plans handed from the planning thread to the writer, a chunk at a time, at most a few
// chunks ahead.
class PlanQueue
{
public:
    void push(std::vector<Planned> chunk)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_chunks.size() < maxChunks || m_cancelled; });
        if (m_cancelled)
            return;
        m_chunks.push_back(std::move(chunk));
        m_notEmpty.notify_one();
    }
    // Empty when cancelled.
    std::vector<Planned> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_chunks.empty() || m_cancelled; });
        if (m_chunks.empty())
            return {};
        std::vector<Planned> chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_notFull.notify_one();
        return chunk;
    }
    // The writer hands back what it is done with, and the planning thread, which allocated
    // it, frees it (freeReturned): glibc frees a block into the arena it came from, under
    // that arena's lock, and freeing the planner's blocks on the writer's thread made the
    // two threads wait on each other's malloc locks (a third of the writer's time in a
    // profile: futex waits, malloc and free).
    void giveBack(std::vector<Planned> chunk)
    {
        std::lock_guard lock(m_mutex);
        m_returnedChunks.push_back(std::move(chunk));
    }
    void giveBack(SearchRows rows)
    {
        std::lock_guard lock(m_mutex);
        m_returnedRows.push_back(std::move(rows));
    }
    // Frees what was handed back, on the calling thread (the planner's).
    void freeReturned()
    {
        std::deque<std::vector<Planned>> chunks;
        std::deque<SearchRows> rows;
        {
            std::lock_guard lock(m_mutex);
            chunks.swap(m_returnedChunks);
            rows.swap(m_returnedRows);
        }
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }
    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    static constexpr std::size_t maxChunks = 8;
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<std::vector<Planned>> m_chunks;
    std::deque<std::vector<Planned>> m_returnedChunks;
    std::deque<SearchRows> m_returnedRows;
    bool m_cancelled = false;
};

// Writes the planned complaints in transactions of at most `batchSize` complaints and
// `transactionTime`, each reading what it builds on (the audit chain's head, the callers
// already stored) inside itself, so that other writers may write between them.
Result<int> writePlans(Workspace &workspace, PlanQueue &queue, int count, int batchSize,
                       std::chrono::milliseconds transactionTime,
                       const std::function<void(int)> &progress)
{
    storage::BulkComplaintWriter writer(workspace.database());
    QHash<int, qint64> customerIds; // demo caller -> id, as read in this batch
    std::vector<qint64> complaintIds(std::size_t(count), 0);
    int written = 0;
    int reported = 0;
    const auto report = [&](int done) {
        if (progress && done > reported)
            progress(done);
        reported = std::max(reported, done);
    };
    std::vector<Planned> chunk; // being written; a chunk may span two batches
    std::size_t nextInChunk = 0;
    const auto nextChunk = [&]() -> Result<void> {
        if (!chunk.empty())
            queue.giveBack(std::move(chunk));
        chunk = queue.pop();
        nextInChunk = 0;
        if (chunk.empty())
            return Error::storage(
                DemoGenerator::tr("The demonstration data stopped being planned."));
        return {};
    };
    QElapsedTimer lockHeld; // since the batch took the write lock
    qint64 version = 0; // the data version after this fill's last commit
    while (written < count) {
        // Plans first: the write lock is not held while waiting for the planner.
        if (nextInChunk == chunk.size()) {
            if (auto next = nextChunk(); !next)
                return next.error();
        }
        std::optional<storage::Transaction> batch;
        for (int turn = 0;; ++turn) {
            if (written > 0)
                QThread::msleep(static_cast<unsigned long>(turnForOthers.count()));
            batch.emplace(workspace.database());
            if (!batch->isActive())
                return batch->beginError();
            if (written == 0 || turn == maxTurnsForOthers)
                break;
            auto now = writer.dataVersion();
            if (!now)
                return now.error();
            if (*now == version)
                break;
            version = *now; // another writer had its turn: give the next one theirs
            batch.reset();
        }
        lockHeld.start();
        customerIds.clear();
        const int batchEnd = std::min(count, written + batchSize);
        if (auto begun = writer.beginBatch(); !begun)
            return begun.error();
        while (written < batchEnd && lockHeld.elapsed() < transactionTime.count()) {
            if (nextInChunk == chunk.size()) {
                if (auto next = nextChunk(); !next)
                    return next.error();
            }
            Planned &p = chunk[nextInChunk++];
            qint64 &customerId = customerIds[p.customer];
            if (customerId == 0) {
                auto id =
                    writer.customerId({0, p.phone, p.customerName, p.calls.first().startedAt});
                if (!id)
                    return id.error();
                customerId = *id;
            }
            if (p.followUpOf >= 0) {
                p.followUpCall.customerId = customerId;
                p.followUpCall.complaintId = complaintIds[std::size_t(p.followUpOf)];
                if (auto attached = writer.attachCall(p.followUpCall, p.followUpEvent); !attached)
                    return attached.error();
            }
            storage::ComplaintRecord &c = p.complaint;
            c.customerId = customerId;
            if (auto added =
                    writer.addComplaint(c, p.searchTokens, p.holds, p.pauses, p.calls, p.events);
                !added)
                return added.error();
            if (p.roundRobinPick)
                writer.noteRoundRobin(p.roundRobinPick->first, p.roundRobinPick->second);
            complaintIds[std::size_t(written)] = c.id;
            ++written;
        }
        auto indexed = writer.endBatch();
        if (!indexed)
            return indexed.error();
        queue.giveBack(std::move(*indexed)); // their texts are shared, freed by the planner
        if (auto committed = batch->commit(); !committed)
            return committed.error();
        auto committedVersion = writer.dataVersion();
        if (!committedVersion)
            return committedVersion.error();
        version = *committedVersion;
        report(written);
    }
    return written;
}

} // namespace

DemoGenerator::DemoGenerator(Workspace &workspace, ManualClock &clock, quint32 seed)
    : m_workspace(workspace)
    , m_clock(clock)
    , m_seed(seed)
    , m_batchSize(defaultBatchSize)
    , m_transactionTime(defaultTransactionTime)
{
}

// Each complaint is written once, in its final state, with statements prepared once:
// going through ComplaintService would take ~20 times as long (every step re-reads and
// re-writes the complaint). A planning thread decides the complaints (texts, routing,
// clocks, suggestions: SlaClocks' and ComplaintService's own steps and audit entries)
// while this thread writes them, so both cores work.
Result<int> DemoGenerator::generate(int count, const std::function<void(int)> &progress)
{
    if (count < 1 || count > 10'000'000)
        return Error::invalid(tr("The count must be between 1 and 10,000,000."));
    auto book = demo::Phrasebook::load();
    if (!book)
        return book.error();
    demo::PlanningContext context;
    context.book = std::move(*book);
    context.now = m_clock.nowMs();

    for (const QJsonValue &value : context.book.agents()) {
        const QJsonObject a = value.toObject();
        auto user = m_workspace.auth().ensureUserWithoutPassword(
            a[QLatin1String("username")].toString(), a[QLatin1String("name")].toString(),
            QStringLiteral("agent"), a[QLatin1String("department")].toString());
        if (!user)
            return user.error();
        context.agentsByDepartment[a[QLatin1String("department")].toString()].append(*user);
        context.usernames.insert(user->id, user->username);
    }
    context.hotlineAgents = context.agentsByDepartment.value(QStringLiteral("CS"));

    const QSqlDatabase db = m_workspace.database().connection();
    storage::RoutingRepository routing(db);
    auto routingRules = routing.rules();
    if (!routingRules)
        return routingRules.error();
    context.routingRules = *routingRules;
    for (const storage::DepartmentRecord &department : m_workspace.taxonomy().departments()) {
        auto pool = routing.agentPool(department.id);
        if (!pool)
            return pool.error();
        context.pools.insert(department.id, *pool);
        for (const auto &available : std::as_const(pool->openCounts)) {
            auto user = storage::UserRepository(db).findById(available.first);
            if (!user)
                return user.error();
            if (*user)
                context.usernames.insert(available.first, (*user)->username);
        }
    }

    // About a national hotline's pace: a thousand complaints a day, over the last month
    // at least, in the call centre's hours. Calls last up to 16 minutes and the complaint
    // is saved when the call ends, which must not be after now.
    const qint64 latest = context.now - 16 * demo::msPerMinute;
    const qint64 earliest =
        latest - qint64(std::max(30.0, double(count) / 1000.0) * double(demo::msPerDay));
    const demo::CentreHours hours(earliest, context.now);
    {
        QRandomGenerator receiptRng(m_seed ^ 0x5eed5eedU);
        context.receipts.resize(std::size_t(count));
        for (auto &r : context.receipts)
            r = hours.callTime(receiptRng, earliest, latest);
        std::sort(context.receipts.begin(), context.receipts.end());
    }

    // The reference numbers of every day, reserved at once (a failed run leaves a gap,
    // never a number handed out twice).
    {
        QMap<QString, int> perDay;
        for (const qint64 at : context.receipts)
            ++perDay[rules::referenceDayKey(
                QDateTime::fromMSecsSinceEpoch(at, rules::businessTimeZone()).date())];
        auto reserved = storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
            storage::ComplaintRepository complaints(db);
            for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
                auto first = complaints.reserveReferenceSequences(it.key(), it.value());
                if (!first)
                    return first.error();
                context.firstSequence.insert(it.key(), *first);
            }
            return {};
        });
        if (!reserved)
            return reserved.error();
    }

    PlanQueue queue;
    demo::Planner planner(context, m_workspace.taxonomy(), m_workspace.slaClocks(),
                          m_workspace.classifier(), hours, m_seed, count);
    std::unique_ptr<QThread> planning(QThread::create([&] {
        constexpr int chunkSize = 500;
        for (int start = 0; start < count && !queue.cancelled(); start += chunkSize) {
            queue.freeReturned();
            std::vector<Planned> chunk;
            chunk.reserve(std::size_t(chunkSize));
            for (int i = start; i < std::min(count, start + chunkSize); ++i)
                chunk.push_back(planner.plan(i));
            queue.push(std::move(chunk));
        }
    }));
    planning->start();
    auto written = writePlans(m_workspace, queue, count, m_batchSize, m_transactionTime, progress);
    queue.cancel();
    planning->wait();
    return written;
}

} // namespace cd::models
