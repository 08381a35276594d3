#include "demogenerator.h"

#include "auditlog.h"
#include "authservice.h"
#include "bulkcomplaintwriter.h"
#include "classifierservice.h"
#include "complaintbuilder.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "reference.h"
#include "resourcepaths.h"
#include "routing.h"
#include "routingrepository.h"
#include "slarepository.h"
#include "slaclocks.h"
#include "transaction.h"
#include "userrepository.h"
#include "workflow.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
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
#include <queue>
#include <vector>

namespace cd::models {

namespace {

constexpr qint64 msPerMinute = 60LL * 1000;
constexpr qint64 msPerHour = 60 * msPerMinute;
constexpr qint64 msPerDay = 24 * msPerHour;
// Complaints per transaction at most: each commit rewrites the index pages its inserts
// touched, so fewer, larger transactions write less at a million (docs/performance.md).
// A failed fill loses at most the batch in progress.
constexpr int defaultBatchSize = 50000;
// How long one transaction takes complaints (then it indexes them and commits, up to a
// quarter of that again): other writers wait for the write lock on the store's 5 s busy
// timeout, so a batch ends after this long whatever its size.
constexpr std::chrono::milliseconds defaultTransactionTime{2000};
// The pause after each commit before the next batch takes the write lock: SQLite's busy
// handler tries a waiting writer's lock again every 100 ms at most, so a writer that
// waited through the batch gets its turn in it. When another writer did commit in it, the
// fill pauses again (others may be waiting still), up to maxTurnsForOthers times.
constexpr std::chrono::milliseconds turnForOthers{110};
constexpr int maxTurnsForOthers = 4;

struct Phrasebook
{
    QJsonObject texts;
    QStringList surnames, givenNames, englishNames, merchants, banks;
    QJsonObject notes;
    QJsonArray agents;
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

template<typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

// Weighted choice: `weights` has one entry per item.
template<typename T>
T pickWeighted(QRandomGenerator &rng, const QList<T> &items, const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = int(rng.bounded(quint32(total)));
    for (int i = 0; i < items.size(); ++i) {
        if (r < weights.at(i))
            return items.at(i);
        r -= weights.at(i);
    }
    return items.constLast();
}

QString mobileNumber(int customerIndex)
{
    static const QStringList prefixes{QStringLiteral("138"), QStringLiteral("139"),
                                      QStringLiteral("135"), QStringLiteral("150"),
                                      QStringLiteral("186"), QStringLiteral("177"),
                                      QStringLiteral("188"), QStringLiteral("133")};
    // A bijection from the customer index to 8 digits keeps numbers distinct.
    const quint64 scrambled = (quint64(customerIndex) * 2654435761ULL) % 100000000ULL;
    return prefixes.at(customerIndex % prefixes.size())
           + QString::number(scrambled).rightJustified(8, u'0');
}

QString fill(QString text, QRandomGenerator &rng, const Phrasebook &book)
{
    const double rateOld = 0.38 + 0.01 * rng.bounded(30);
    text.replace(QLatin1String("{amount}"),
                 QString::number(10 + rng.bounded(50000)) + QStringLiteral(".00"));
    text.replace(QLatin1String("{days}"), QString::number(2 + rng.bounded(20)));
    text.replace(QLatin1String("{rate_old}"), QString::number(rateOld, 'f', 2) + u'%');
    text.replace(QLatin1String("{rate_new}"),
                 QString::number(rateOld + 0.05 + 0.01 * rng.bounded(20), 'f', 2) + u'%');
    text.replace(QLatin1String("{bank}"), pick(rng, book.banks));
    text.replace(QLatin1String("{merchant}"), pick(rng, book.merchants));
    text.replace(QLatin1String("{time}"), QStringLiteral("%1:%2")
                                              .arg(rng.bounded(24), 2, 10, QLatin1Char('0'))
                                              .arg(rng.bounded(60), 2, 10, QLatin1Char('0')));
    return text;
}

// Where a complaint of this age has got to by now: older ones are mostly closed.
QList<rules::Status> pathFor(QRandomGenerator &rng, qint64 ageMs)
{
    using S = rules::Status;
    const int roll = int(rng.bounded(100));
    const qint64 days = ageMs / msPerDay;
    const int closedShare = days > 60 ? 98 : days > 14 ? 85 : days > 5 ? 60 : days > 1 ? 30 : 5;
    if (roll < closedShare) {
        if (rng.bounded(3) == 0)
            return {S::Assigned, S::Investigating, S::Replied, S::FollowUp, S::Closed};
        return {S::Investigating, S::Replied, S::Closed};
    }
    switch (rng.bounded(6)) {
    case 0: return {};
    case 1: return {S::Assigned};
    case 2: return {S::Assigned, S::Investigating};
    case 3: return {S::Investigating, S::WaitingCustomer};
    case 4: return {S::Investigating, S::Replied};
    default: return {S::Investigating, S::Replied, S::FollowUp};
    }
}

// One in ten callers speaks English; a caller keeps their language and name.
bool speaksEnglish(int customerIndex) { return customerIndex % 10 == 3; }

QString nameOf(int customerIndex, const Phrasebook &book)
{
    const auto at = [](const QStringList &list, quint64 key) {
        return list.at(int(key % quint64(list.size())));
    };
    const quint64 key = quint64(customerIndex) * 40503ULL;
    if (speaksEnglish(customerIndex))
        return at(book.englishNames, key);
    return at(book.surnames, key) + at(book.givenNames, key / 7);
}

// One demonstration complaint as the writer stores it: everything decided, only the
// ids the store hands out (customer, complaint) left to fill in.
struct Planned
{
    int customer = 0;                  // demo caller index
    QString phone;                     // E.164
    QString customerName;
    // A call about the caller's earlier open complaint (the plan index), before this one.
    int followUpOf = -1;
    storage::CallRecord followUpCall;
    storage::EventRecord followUpEvent;
    storage::ComplaintRecord complaint;
    bool roundRobinPicked = false;   // complaint.assigneeId is its department's round robin
    QString searchTokens;
    QList<rules::SlaPause> pauses;
    storage::CallRecord call;
    QList<storage::EventRecord> events;   // oldest first
};

// What every plan needs to know, read from the store before planning starts (planning
// runs on another thread and never touches the store).
struct PlanningContext
{
    Phrasebook book;
    qint64 now = 0;
    std::vector<qint64> receipts;         // sorted
    QHash<QString, qint64> firstSequence; // day key -> first reserved sequence number
    QHash<QString, QList<storage::UserRecord>> agentsByDepartment;
    QList<storage::UserRecord> hotlineAgents;
    QList<rules::RoutingRule> routingRules;
    QHash<qint64, rules::AgentPool> pools;   // department -> whom routing hands work to
    QHash<qint64, QString> usernames;
};

// Decides the complaints one after another, as the services would have written them.
class Planner
{
public:
    Planner(const PlanningContext &context, const Taxonomy &taxonomy, const SlaClocks &sla,
            ClassifierService &classifier, quint32 seed, int count)
        : m_context(context), m_taxonomy(taxonomy), m_sla(sla), m_classifier(classifier),
          m_builder(taxonomy, sla, classifier), m_rng(seed),
          m_customerCount(std::max(1, count * 2 / 3)), m_nextSequence(context.firstSequence),
          m_pools(context.pools)
    {
    }

    Planned plan(int index);

private:
    // The department's pool as the store would show it at `at`: complaints planned so far
    // count as open for their assignee until they close.
    const rules::AgentPool &poolAt(qint64 departmentId, qint64 at);
    // `agentId` has one more open complaint from now, until `closedAt` when set.
    void countOpen(qint64 agentId, std::optional<qint64> closedAt);

    struct OpenComplaint
    {
        int index = -1;
        std::optional<qint64> firstRespondedAt;
    };

    const PlanningContext &m_context;
    const Taxonomy &m_taxonomy;
    const SlaClocks &m_sla;
    ClassifierService &m_classifier;
    const ComplaintBuilder m_builder;
    QRandomGenerator m_rng;
    int m_customerCount;
    QHash<QString, qint64> m_nextSequence;
    QHash<qint64, rules::AgentPool> m_pools;
    QHash<qint64, int> m_openOf;   // agent -> open complaints planned
    // When planned complaints close, soonest first, and whose they are.
    std::priority_queue<std::pair<qint64, qint64>, std::vector<std::pair<qint64, qint64>>,
                        std::greater<>> m_closing;
    QHash<int, OpenComplaint> m_openComplaintOfCustomer;
};

const rules::AgentPool &Planner::poolAt(qint64 departmentId, qint64 at)
{
    while (!m_closing.empty() && m_closing.top().first <= at) {
        --m_openOf[m_closing.top().second];
        m_closing.pop();
    }
    rules::AgentPool &pool = m_pools[departmentId];
    const auto initial = m_context.pools.constFind(departmentId);
    for (qsizetype i = 0; i < pool.openCounts.size(); ++i) {
        auto &[agent, open] = pool.openCounts[i];
        open = initial->openCounts.at(i).second + m_openOf.value(agent);
    }
    return pool;
}

void Planner::countOpen(qint64 agentId, std::optional<qint64> closedAt)
{
    ++m_openOf[agentId];
    if (closedAt)
        m_closing.push({*closedAt, agentId});
}

Planned Planner::plan(int index)
{
    QRandomGenerator &rng = m_rng;
    const Phrasebook &book = m_context.book;
    const qint64 now = m_context.now;
    const qint64 receivedAt = m_context.receipts[std::size_t(index)];
    const auto &categories = m_taxonomy.categories();
    static const QList<int> channelWeights{60, 8, 5, 5, 10, 3, 4, 5};

    Planned p;
    p.customer = int(rng.bounded(quint32(m_customerCount)));
    const bool english = speaksEnglish(p.customer);
    p.phone = QStringLiteral("+86") + mobileNumber(p.customer);
    p.customerName = nameOf(p.customer, book);
    const auto &category = categories.at(index < categories.size()
                                             ? index
                                             : int(rng.bounded(quint32(categories.size()))));
    const auto subs = m_taxonomy.subcategoriesOf(category.id);
    const storage::UserRecord &agent = pick(rng, m_context.hotlineAgents);
    const rules::Channel channel = pickWeighted(rng, rules::allChannels(), channelWeights);
    const qint64 durationMs = (60 + qint64(rng.bounded(900))) * 1000;
    const qint64 callEnd = receivedAt + durationMs;

    const QJsonObject texts = book.texts[category.code].toObject();
    QStringList phrasings = strings(texts[english ? QLatin1String("en") : QLatin1String("zh")]);
    if (phrasings.isEmpty())
        phrasings = strings(texts[QLatin1String("zh")]);
    const QString description = fill(pick(rng, phrasings), rng, book).trimmed();

    // Some callers ring again about a complaint still open before raising this one (only
    // once it has had its first contact: then the call changes nothing else).
    const OpenComplaint open = m_openComplaintOfCustomer.value(p.customer);
    if (open.index >= 0 && rng.bounded(4) == 0 && open.firstRespondedAt
        && *open.firstRespondedAt <= receivedAt) {
        const QString note = english
            ? QStringLiteral("Calling again: is there any news?")
            : QStringLiteral("\u53c8\u6253\u6765\u50ac\u529e\uff0c\u95ee\u5904\u7406\u8fdb\u5ea6\u3002");
        p.followUpOf = open.index;
        p.followUpCall = {0, 0, std::nullopt, agent.id, rules::code(channel), receivedAt,
                          durationMs, note, true, {}, {}, {}};
        auditlog::Entry attached;
        attached.type = QStringLiteral("call_attached");
        attached.note = note;
        attached.details = {{QStringLiteral("channel"), rules::code(channel)},
                            {QStringLiteral("duration_ms"), durationMs}};
        p.followUpEvent = auditlog::toEvent(attached, agent.id, callEnd);
    }

    // The new complaint as logCall() would save it.
    static const QList<int> businessTypeWeights{35, 25, 20, 10, 10};
    ComplaintFacts facts;
    facts.categoryId = category.id;
    if (!subs.isEmpty() && rng.bounded(5) != 0)
        facts.subcategoryId = pick(rng, subs).id;
    if (rng.bounded(8) == 0)
        facts.severity = pick(rng, rules::allSeverities());
    facts.channel = channel;
    facts.demand = pick(rng, rules::allDemands());
    facts.businessType = pickWeighted(rng, rules::allBusinessTypes(), businessTypeWeights);
    facts.description = description;
    if (rng.bounded(3) != 0)
        facts.amountFen = qint64(rng.bounded(100000)) * 100 + rng.bounded(100);
    if (rng.bounded(2) == 0)
        facts.transactionRef = QStringLiteral("P%1").arg(
            quint64(rng.generate64() % 1000000000000ULL), 12, 10, QLatin1Char('0'));
    facts.solvedOnCall = rng.bounded(5) == 0;
    facts.receivedAt = receivedAt;
    facts.savedAt = callEnd;
    facts.agentId = agent.id;
    const bool solvedOnCall = facts.solvedOnCall;

    BuiltComplaint built = m_builder.route(m_context.routingRules, facts);
    static const rules::AgentPool noPool;
    const bool routed = !solvedOnCall
                        && built.decision.strategy != rules::AssignmentStrategy::Queue;
    const rules::AgentPool &pool = routed ? poolAt(built.decision.departmentId, callEnd) : noPool;
    const QDate day = QDateTime::fromMSecsSinceEpoch(receivedAt, rules::businessTimeZone()).date();
    m_builder.complete(built, facts, pool,
                       rules::formatReference(day, m_nextSequence[rules::referenceDayKey(day)]++));
    if (built.roundRobinPicked)
        m_pools[built.decision.departmentId].lastRoundRobin = built.record.assigneeId;
    p.roundRobinPicked = built.roundRobinPicked;
    storage::ComplaintRecord &c = p.complaint;
    c = std::move(built.record);
    p.events.append(auditlog::toEvent(
        ComplaintService::createdEntry(c, m_taxonomy, built.decision), agent.id, callEnd));

    // Its walk along the workflow, each step some hours after the last, never past now.
    rules::Status status = rules::statusFromCode(c.status).value_or(rules::Status::New);
    if (!solvedOnCall) {
        const QList<storage::UserRecord> handlers = m_context.agentsByDepartment.value(
            m_taxonomy.departmentCode(category.defaultDepartmentId), m_context.hotlineAgents);
        qint64 at = callEnd;
        for (const rules::Status next : pathFor(rng, now - receivedAt)) {
            if (next == status)
                continue;   // routing assigned it already
            at += msPerMinute * (20 + qint64(rng.bounded(60 * 30)));
            if (at >= now || !rules::canMove(status, next))
                break;
            const storage::UserRecord &handler = pick(rng, handlers);
            const QJsonObject notes = book.notes[rules::code(next)].toObject();
            const QString note = notes[english ? QLatin1String("en") : QLatin1String("zh")].toString();
            p.events.append(auditlog::toEvent(ComplaintService::statusChangeEntry(c, next, note),
                                              handler.id, at));
            if (status == rules::Status::WaitingCustomer && !p.pauses.isEmpty())
                p.pauses.last().to = at;
            if (next == rules::Status::WaitingCustomer)
                p.pauses.append({at, std::nullopt, note});
            SlaClocks::noteStatusChange(c, status, next, at);
            c.status = rules::code(next);
            c.updatedAt = at;
            c.closedAt = next == rules::Status::Closed ? std::optional<qint64>(at) : std::nullopt;
            m_sla.computeClocks(c, p.pauses);
            for (const SlaClocks::Breach &breach : SlaClocks::unrecordedBreaches(c, at)) {
                const QString assignee = c.assigneeId ? m_context.usernames.value(*c.assigneeId)
                                                      : QString();
                p.events.append(auditlog::toEvent(m_sla.breachEntry(c, breach, assignee), 0, at));
            }
            if (next == rules::Status::FollowUp && rng.bounded(10) < 7) {
                // Asked at the follow-up call: mostly content, some not.
                const int roll = int(rng.bounded(100));
                c.satisfaction = roll < 35 ? 5 : roll < 65 ? 4 : roll < 80 ? 3 : roll < 90 ? 2 : 1;
                c.satisfactionAt = at;
                auditlog::Entry rated;
                rated.type = QStringLiteral("satisfaction_recorded");
                rated.complaintId = c.id;
                rated.details = {{QStringLiteral("before"), QJsonValue()},
                                 {QStringLiteral("after"), *c.satisfaction}};
                p.events.append(auditlog::toEvent(rated, handler.id, at));
            }
            status = next;
        }
    }

    // Open complaints count against their assignee under fewest-open routing.
    if (c.assigneeId)
        countOpen(*c.assigneeId, c.closedAt);
    m_classifier.learn(c.categoryId, c.subcategoryId, built.features);
    p.searchTokens = storage::searchTokensOf(c.reference, p.customerName, p.phone,
                                             c.description, c.transactionRef);
    p.call = {0, 0, std::nullopt, agent.id, c.channel, receivedAt, durationMs, c.description,
              false, {}, {}, {}};

    if (rules::isOpen(status))
        m_openComplaintOfCustomer.insert(p.customer, {index, c.firstRespondedAt});
    else
        m_openComplaintOfCustomer.remove(p.customer);
    return p;
}

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
    QHash<int, qint64> customerIds;   // demo caller -> id, as read in this batch
    std::vector<qint64> complaintIds(std::size_t(count), 0);
    int written = 0;
    int reported = 0;
    const auto report = [&](int done) {
        if (progress && done > reported)
            progress(done);
        reported = std::max(reported, done);
    };
    std::vector<Planned> chunk;   // being written; a chunk may span two batches
    std::size_t nextInChunk = 0;
    const auto nextChunk = [&]() -> Result<void> {
        if (!chunk.empty())
            queue.giveBack(std::move(chunk));
        chunk = queue.pop();
        nextInChunk = 0;
        if (chunk.empty())
            return Error::storage(DemoGenerator::tr("The demonstration data stopped being planned."));
        return {};
    };
    QElapsedTimer lockHeld;   // since the batch took the write lock
    qint64 version = 0;       // the data version after this fill's last commit
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
            version = *now;   // another writer had its turn: give the next one theirs
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
                auto id = writer.customerId({0, p.phone, p.customerName, p.call.startedAt});
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
            if (auto added = writer.addComplaint(c, p.searchTokens, p.pauses, p.call, p.events);
                !added)
                return added.error();
            if (p.roundRobinPicked)
                writer.noteRoundRobin(c.departmentId, *c.assigneeId);
            complaintIds[std::size_t(written)] = c.id;
            ++written;
        }
        auto indexed = writer.endBatch();
        if (!indexed)
            return indexed.error();
        queue.giveBack(std::move(*indexed));   // their texts are shared, freed by the planner
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
    : m_workspace(workspace), m_clock(clock), m_seed(seed), m_batchSize(defaultBatchSize),
      m_transactionTime(defaultTransactionTime)
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
    if (m_workspace.database().isServer()) {
        return Error::invalid(tr("Demonstration data can be added to a store file only; the "
                                 "store on the server %1 was left unchanged.")
                                  .arg(m_workspace.database().displayName()));
    }
    QFile file(resources::demoComplaintsJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("The demonstration phrasebook is missing from the program."));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    PlanningContext context;
    context.book = {json[QLatin1String("texts")].toObject(), strings(json[QLatin1String("surnames")]),
                    strings(json[QLatin1String("given_names")]),
                    strings(json[QLatin1String("english_names")]),
                    strings(json[QLatin1String("merchants")]), strings(json[QLatin1String("banks")]),
                    json[QLatin1String("notes")].toObject(), json[QLatin1String("agents")].toArray()};
    context.now = m_clock.nowMs();

    for (const QJsonValue &value : context.book.agents) {
        const QJsonObject a = value.toObject();
        auto user = m_workspace.auth().ensureUserWithoutPassword(
            a[QLatin1String("username")].toString(), a[QLatin1String("name")].toString(),
            QStringLiteral("agent"), a[QLatin1String("department")].toString());
        if (!user)
            return user.error();
        context.agentsByDepartment[a[QLatin1String("department")].toString()].append(*user);
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

    {
        QRandomGenerator receiptRng(m_seed ^ 0x5eed5eedU);
        context.receipts.resize(std::size_t(count));
        // About a national hotline's pace: a thousand complaints a day, over 90 days at least.
        const double spanDays = std::max(90.0, double(count) / 1000.0);
        // Calls last up to 16 minutes and the complaint is saved when the call ends, which
        // must not be after now.
        const qint64 latest = context.now - 16 * msPerMinute;
        for (auto &r : context.receipts)
            r = latest - qint64(receiptRng.bounded(spanDays * double(msPerDay)));
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
    Planner planner(context, m_workspace.taxonomy(), m_workspace.slaClocks(),
                    m_workspace.classifier(), m_seed, count);
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
    auto written = writePlans(m_workspace, queue, count, m_batchSize, m_transactionTime,
                              progress);
    queue.cancel();
    planning->wait();
    return written;
}

} // namespace cd::models
