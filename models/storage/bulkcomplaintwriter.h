#pragma once

#include "eventrepository.h"
#include "records.h"
#include "result.h"
#include "routingrepository.h"
#include "slaclock.h"
#include "sqlquery.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <map>
#include <optional>
#include <tuple>
#include <utility>

namespace cd::storage {

class Database;

// Writes complaints decided in full beforehand (the demonstration fill), each once in its
// final state with its call, pauses, hold and events, through statements prepared once,
// inside transactions the caller opens and commits. While it lives, an SQLite connection
// has a large page cache and rare checkpoints (millions of index entries land all over the
// complaint indexes); both are put back when it is destroyed.
//
// Each transaction is one batch: beginBatch() after BEGIN, endBatch() before COMMIT. On
// SQLite the tallies' insert trigger is dropped between them (see ComplaintRepository::
// tallyOnInsertTriggerSql) and the batch counts its complaints into the tallies at its
// end; on PostgreSQL the trigger counts them, row by row, as for any other desk. The search
// index takes the batch's complaints together, last, so that on SQLite it becomes one FTS5
// segment (FTS5 writes its pending rows out whenever another statement of the transaction
// opens a savepoint, as every INSERT into complaints does).
class BulkComplaintWriter
{
public:
    // Complaints of a batch and their search tokens, indexed at its end.
    using SearchRows = QList<std::pair<qint64, QString>>;

    explicit BulkComplaintWriter(Database &database);
    ~BulkComplaintWriter();
    BulkComplaintWriter(const BulkComplaintWriter &) = delete;
    BulkComplaintWriter &operator=(const BulkComplaintWriter &) = delete;

    Result<void> beginBatch();
    // The id of the customer with `customer.phone`, added (as `customer`) when new.
    Result<qint64> customerId(const CustomerRecord &customer);
    // A further call about the stored complaint `call.complaintId`, with its event.
    Result<void> attachCall(const CallRecord &call, EventRecord event);
    // Inserts `complaint` (its customer id set) and sets its id; then its department
    // `holds`, `pauses`, its `calls` (the call that logged it first) and its `events`
    // (each oldest first).
    Result<void> addComplaint(ComplaintRecord &complaint, const QString &searchTokens,
                              const QList<DepartmentHold> &holds,
                              const QList<rules::SlaPause> &pauses, QList<CallRecord> &calls,
                              QList<EventRecord> &events);
    // Routing's round robin chose `userId` last in `departmentId` (stored at endBatch()).
    void noteRoundRobin(qint64 departmentId, qint64 userId);
    // Stores the audit chain's head, the search rows, the tallies and the round-robin
    // state, and creates the trigger again. Returns the batch's search rows, indexed, for
    // the caller to free on the thread that allocated their texts.
    Result<SearchRows> endBatch();

    // A number that changes when another connection commits: SQLite's PRAGMA
    // data_version; on PostgreSQL the audit trail's last event (every desk's write appends
    // one).
    Result<qint64> dataVersion() const;

private:
    QSqlDatabase m_db;
    bool m_server; // PostgreSQL
    int m_previousCacheSize = -2000;
    PreparedStatement m_findCustomer;
    PreparedStatement m_insertCustomer;
    PreparedStatement m_insertComplaint;
    PreparedStatement m_indexForSearch;
    PreparedStatement m_touchComplaint;
    PreparedStatement m_insertCall;
    PreparedStatement m_insertHold;
    PreparedStatement m_insertPause;
    PreparedStatement m_addToTally;
    PreparedStatement m_setRoundRobin;
    EventRepository::ChainedAppender m_events;
    std::map<std::tuple<qint64, qint64, QString, QString, QString>, qint64> m_tallies;
    SearchRows m_searchRows;
    QHash<qint64, qint64> m_roundRobin; // department -> last chosen
};

} // namespace cd::storage
