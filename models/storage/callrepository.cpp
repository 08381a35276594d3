#include "callrepository.h"

#include "rowfields.h"
#include "sqlquery.h"

namespace cd::storage {

QString CallRepository::insertSql()
{
    return QStringLiteral(
        "INSERT INTO calls (customer_id, complaint_id, agent_id, channel, started_at,"
        " duration_ms, notes, follow_up, external_call_id, line, save_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList CallRepository::insertValues(const CallRecord &call)
{
    return {call.customerId,
            nullable(call.complaintId),
            call.agentId,
            call.channel,
            call.startedAt,
            call.durationMs,
            call.notes,
            call.followUp ? 1 : 0,
            call.externalCallId,
            call.line,
            call.saveId.isEmpty() ? QVariant() : QVariant(call.saveId)};
}

Result<qint64> CallRepository::insert(const CallRecord &call)
{
    return runInsert(m_db, insertSql(), insertValues(call));
}

Result<QList<CallRecord>> CallRepository::select(const QString &tail,
                                                 const QVariantList &bindings) const
{
    return readRows(
        m_db,
        QStringLiteral(
            "SELECT calls.id, customer_id, complaint_id, agent_id, channel, started_at, "
            "duration_ms,"
            " notes, follow_up, users.display_name, external_call_id, line, save_id FROM calls"
            " LEFT JOIN users ON users.id = calls.agent_id ")
            + tail,
        bindings, [](const QSqlQuery &query) {
            CallRecord call;
            readInto(query, 0, call.id, call.customerId, call.complaintId, call.agentId,
                     call.channel, call.startedAt, call.durationMs, call.notes, call.followUp,
                     call.agentName, call.externalCallId, call.line, call.saveId);
            return call;
        });
}

Result<QList<CallRecord>> CallRepository::forCustomer(qint64 customerId, int limit) const
{
    return select(
        QStringLiteral("WHERE customer_id = ? ORDER BY started_at DESC, calls.id DESC LIMIT ?"),
        {customerId, limit});
}

Result<QList<CallRecord>> CallRepository::forComplaint(qint64 complaintId) const
{
    return select(QStringLiteral("WHERE complaint_id = ? ORDER BY started_at, calls.id"),
                  {complaintId});
}

Result<std::optional<CallRecord>> CallRepository::bySaveId(const QString &saveId) const
{
    auto found = select(QStringLiteral("WHERE save_id = ?"), {saveId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<CallRecord>();
    return std::optional<CallRecord>(found->first());
}

} // namespace cd::storage
