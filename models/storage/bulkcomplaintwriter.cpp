#include "bulkcomplaintwriter.h"

#include "callrepository.h"
#include "complaintrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "dialect.h"
#include "routingrepository.h"
#include "slarepository.h"

namespace cd::storage {

BulkComplaintWriter::BulkComplaintWriter(Database &database)
    : m_db(database.connection())
    , m_server(Dialect::isPostgres(m_db))
    , m_findCustomer(m_db, CustomerRepository::idByPhoneSql())
    , m_insertCustomer(m_db, Dialect::returningId(m_db, CustomerRepository::insertSql()))
    , m_insertComplaint(m_db, Dialect::returningId(m_db, ComplaintRepository::insertSql()))
    , m_indexForSearch(m_db, Dialect::searchInsert(m_db))
    , m_touchComplaint(m_db, ComplaintRepository::touchSql())
    , m_insertCall(m_db, CallRepository::insertSql())
    , m_insertHold(m_db, RoutingRepository::insertHoldSql())
    , m_insertPause(m_db, SlaRepository::insertPauseSql())
    , m_addToTally(m_db, ComplaintRepository::addToTallySql())
    , m_setRoundRobin(m_db, RoutingRepository::setLastRoundRobinSql())
    , m_events(m_db)
{
    if (m_server)
        return;
    if (auto size = runQuery(m_db, QStringLiteral("PRAGMA cache_size")); size && size->next())
        m_previousCacheSize = size->value(0).toInt();
    [[maybe_unused]] auto set = runQuery(m_db, QStringLiteral("PRAGMA cache_size = -262144"));
    [[maybe_unused]] auto wal = runQuery(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = 50000"));
}

BulkComplaintWriter::~BulkComplaintWriter()
{
    if (m_server)
        return;
    [[maybe_unused]] auto reset =
        runQuery(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    [[maybe_unused]] auto wal = runQuery(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
}

Result<void> BulkComplaintWriter::beginBatch()
{
    m_tallies.clear();
    m_searchRows.clear();
    m_roundRobin.clear();
    if (m_server)
        return {};
    if (auto dropped = runQuery(m_db, ComplaintRepository::dropTallyOnInsertTriggerSql()); !dropped)
        return dropped.error();
    return {};
}

Result<qint64> BulkComplaintWriter::customerId(const CustomerRecord &customer)
{
    auto found = m_findCustomer.firstValue({customer.phone});
    if (!found)
        return found.error();
    if (found->isValid())
        return found->toLongLong();
    return m_insertCustomer.run(CustomerRepository::insertValues(customer));
}

Result<void> BulkComplaintWriter::attachCall(const CallRecord &call, EventRecord event)
{
    event.complaintId = call.complaintId;
    if (auto touched = m_touchComplaint.run({event.at, *call.complaintId}); !touched)
        return touched.error();
    if (auto id = m_insertCall.run(CallRepository::insertValues(call)); !id)
        return id.error();
    if (auto appended = m_events.append(event); !appended)
        return appended.error();
    return {};
}

Result<void> BulkComplaintWriter::addComplaint(ComplaintRecord &c, const QString &searchTokens,
                                               const QList<DepartmentHold> &holds,
                                               const QList<rules::SlaPause> &pauses,
                                               QList<CallRecord> &calls, QList<EventRecord> &events)
{
    auto id = m_insertComplaint.run(ComplaintRepository::insertValues(c));
    if (!id)
        return id.error();
    c.id = *id;
    if (!m_server)
        ++m_tallies[{c.departmentId, c.categoryId, c.channel, c.severity, c.status}];
    m_searchRows.append({c.id, searchTokens});
    for (const DepartmentHold &hold : holds) {
        if (auto held =
                m_insertHold.run({c.id, hold.departmentId, hold.startedAt, nullable(hold.endedAt)});
            !held)
            return held.error();
    }
    for (const rules::SlaPause &pause : pauses) {
        if (auto paused = m_insertPause.run({c.id, pause.from, nullable(pause.to), pause.reason});
            !paused)
            return paused.error();
    }
    for (CallRecord &call : calls) {
        call.customerId = c.customerId;
        call.complaintId = c.id;
        if (auto callId = m_insertCall.run(CallRepository::insertValues(call)); !callId)
            return callId.error();
    }
    for (EventRecord &event : events) {
        event.complaintId = c.id;
        if (auto appended = m_events.append(event); !appended)
            return appended.error();
    }
    return {};
}

void BulkComplaintWriter::noteRoundRobin(qint64 departmentId, qint64 userId)
{
    m_roundRobin.insert(departmentId, userId);
}

Result<BulkComplaintWriter::SearchRows> BulkComplaintWriter::endBatch()
{
    if (auto head = m_events.storeHead(); !head)
        return head.error();
    for (const auto &[complaintId, tokens] : std::as_const(m_searchRows)) {
        if (auto indexed =
                m_indexForSearch.run({complaintId, Dialect::searchDocument(m_db, tokens)});
            !indexed)
            return indexed.error();
    }
    for (const auto &[key, complaints] : m_tallies) {
        const auto &[department, category, channel, severity, status] = key;
        if (auto added =
                m_addToTally.run({department, category, channel, severity, status, complaints});
            !added)
            return added.error();
    }
    for (auto it = m_roundRobin.cbegin(); it != m_roundRobin.cend(); ++it) {
        if (auto set = m_setRoundRobin.run({it.key(), it.value()}); !set)
            return set.error();
    }
    if (!m_server) {
        if (auto restored = runQuery(m_db, ComplaintRepository::tallyOnInsertTriggerSql());
            !restored)
            return restored.error();
    }
    return std::exchange(m_searchRows, {});
}

Result<qint64> BulkComplaintWriter::dataVersion() const
{
    auto query = runQuery(m_db,
                          m_server ? QStringLiteral("SELECT last_event_id FROM audit_chain"
                                                    " WHERE id = 1")
                                   : QStringLiteral("PRAGMA data_version"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error::storage(Database::tr("The store did not say its data version."));
    return query->value(0).toLongLong();
}

} // namespace cd::storage
