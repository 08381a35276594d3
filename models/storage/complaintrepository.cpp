#include "complaintrepository.h"

#include "codes.h"

#include "database.h"
#include "dialect.h"
#include "rowfields.h"
#include "searchtext.h"
#include "sqlquery.h"

#include <QSqlRecord>

#include <utility>

namespace cd::storage {

namespace {

const QString complaintColumns = QStringLiteral(
    "id, reference, customer_id, category_id, subcategory_id, severity, channel, status,"
    " department_id, assignee_id, description, demand, amount_fen, transaction_ref,"
    " solved_on_call, received_at, created_by, updated_at, first_response_due_at,"
    " resolution_due_at, closed_at, routing_rule_id, assigned_manually, escalated_at,"
    " escalation_reason, sla_policy_id, first_responded_at, resolution_started_at, resolved_at,"
    " paused_at, extension_days, next_due_at, next_at_risk_at, first_response_breached,"
    " resolution_breached, callback_at, callback_note, business_type, satisfaction,"
    " satisfaction_comment, satisfaction_at, merged_into_id, suggested_category_id,"
    " suggestion_confidence, needs_classification_review, version");

ComplaintRecord readComplaint(const QSqlQuery &q)
{
    ComplaintRecord c;
    readInto(q, 0, c.id, c.reference, c.customerId, c.categoryId, c.subcategoryId, c.severity,
             c.channel, c.status, c.departmentId, c.assigneeId, c.description, c.demand,
             c.amountFen, c.transactionRef, c.solvedOnCall, c.receivedAt, c.createdBy, c.updatedAt,
             c.firstResponseDueAt, c.resolutionDueAt, c.closedAt, c.routingRuleId,
             c.assignedManually, c.escalatedAt, c.escalationReason, c.slaPolicyId,
             c.firstRespondedAt, c.resolutionStartedAt, c.resolvedAt, c.pausedAt, c.extensionDays,
             c.nextDueAt, c.nextAtRiskAt, c.firstResponseBreached, c.resolutionBreached,
             c.callbackAt, c.callbackNote, c.businessType, c.satisfaction, c.satisfactionComment,
             c.satisfactionAt, c.mergedIntoId, c.suggestedCategoryId, c.suggestionConfidence,
             c.needsClassificationReview, c.version);
    return c;
}

} // namespace

QString searchTokensOf(const QString &reference, const QString &customerName,
                       const QString &phoneE164, const QString &description,
                       const QString &transactionRef)
{
    // The phone as agents type it: the national number, and its last four digits.
    QString phone = phoneE164;
    if (phone.startsWith(QLatin1String("+86")))
        phone = phone.mid(3);
    phone.remove(u'+');
    const QString lastFour = phone.size() > 4 ? phone.right(4) : QString();
    return rules::SearchText::indexTokens(
        QStringList {reference, customerName, phone, lastFour, transactionRef, description}.join(
            u' '));
}

Result<qint64> ComplaintRepository::nextReferenceSequence(const QString &dayKey)
{
    auto query = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO reference_counters (day, last) VALUES (?, 1)"
            " ON CONFLICT (day) DO UPDATE SET last = reference_counters.last + 1 RETURNING last"),
        {dayKey});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::storage(Database::tr("No reference number could be allocated."));
    return query->value(0).toLongLong();
}

Result<qint64> ComplaintRepository::reserveReferenceSequences(const QString &dayKey, int count)
{
    auto query = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO reference_counters (day, last) VALUES (?, ?)"
            " ON CONFLICT (day) DO UPDATE SET last = reference_counters.last + excluded.last"
            " RETURNING last"),
        {dayKey, count});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::storage(Database::tr("No reference number could be allocated."));
    const qint64 last = query->value(0).toLongLong();
    query->finish();
    return last - count + 1;
}

Result<bool> ComplaintRepository::claim(qint64 id, qint64 version)
{
    auto query = runQuery(
        m_db,
        QStringLiteral("UPDATE complaints SET version = version + 1 WHERE id = ? AND version = ?"),
        {id, version});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Result<std::optional<ComplaintRepository::LastChange>>
ComplaintRepository::lastChange(qint64 id) const
{
    return readFirstRow(
        m_db,
        QStringLiteral("SELECT coalesce(u.display_name, ''), coalesce(u.username, ''), e.type, e.at"
                       " FROM events e LEFT JOIN users u ON u.id = e.actor_id"
                       " WHERE e.complaint_id = ? ORDER BY e.id DESC LIMIT 1"),
        {id}, [](const QSqlQuery &query) {
            return LastChange {query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString(), query.value(3).toLongLong()};
        });
}

Result<qint64> ComplaintRepository::insert(const ComplaintRecord &c)
{
    return runInsert(m_db, insertSql(), insertValues(c));
}

Result<void> ComplaintRepository::updateClocks(const ComplaintRecord &c)
{
    return runStatement(
        m_db,
        QStringLiteral(
            "UPDATE complaints SET sla_policy_id = ?, first_responded_at = ?,"
            " resolution_started_at = ?, resolved_at = ?, paused_at = ?, extension_days = ?,"
            " first_response_due_at = ?, resolution_due_at = ?, next_due_at = ?,"
            " next_at_risk_at = ?, first_response_breached = ?, resolution_breached = ?,"
            " callback_at = ?, callback_note = ? WHERE id = ?"),
        {nullable(c.slaPolicyId), nullable(c.firstRespondedAt), c.resolutionStartedAt,
         nullable(c.resolvedAt), nullable(c.pausedAt), c.extensionDays, c.firstResponseDueAt,
         c.resolutionDueAt, c.nextDueAt, c.nextAtRiskAt, c.firstResponseBreached ? 1 : 0,
         c.resolutionBreached ? 1 : 0, nullable(c.callbackAt), c.callbackNote, c.id});
}

Result<std::optional<ComplaintRecord>> ComplaintRepository::findById(qint64 id) const
{
    return readFirstRow(m_db,
                        QStringLiteral("SELECT ") + complaintColumns
                            + QStringLiteral(" FROM complaints WHERE id = ?"),
                        {id}, readComplaint);
}

Result<void>
ComplaintRepository::forEachById(const QList<qint64> &ids,
                                 const std::function<Result<void>(ComplaintRecord &)> &visit) const
{
    for (const qint64 id : ids) {
        auto found = findById(id);
        if (!found)
            return found.error();
        if (!*found)
            continue;
        if (auto visited = visit(**found); !visited)
            return visited;
    }
    return {};
}

Result<std::optional<ComplaintRecord>>
ComplaintRepository::findByReference(const QString &reference) const
{
    return readFirstRow(m_db,
                        QStringLiteral("SELECT ") + complaintColumns
                            + QStringLiteral(" FROM complaints WHERE reference = ?"),
                        {reference.trimmed().toUpper()}, readComplaint);
}

Result<void> ComplaintRepository::updateStatus(qint64 id, const QString &status, qint64 updatedAt,
                                               std::optional<qint64> closedAt)
{
    return runStatement(
        m_db,
        QStringLiteral(
            "UPDATE complaints SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?"),
        {status, updatedAt, nullable(closedAt), id});
}

Result<void> ComplaintRepository::assign(qint64 id, qint64 departmentId,
                                         std::optional<qint64> assigneeId, bool manually,
                                         qint64 updatedAt)
{
    return runStatement(
        m_db,
        QStringLiteral(
            "UPDATE complaints SET department_id = ?, assignee_id = ?, assigned_manually = ?,"
            " updated_at = ? WHERE id = ?"),
        {departmentId, nullable(assigneeId), manually ? 1 : 0, updatedAt, id});
}

Result<void> ComplaintRepository::escalate(qint64 id, qint64 at, const QString &reason)
{
    return runStatement(
        m_db,
        QStringLiteral(
            "UPDATE complaints SET escalated_at = ?, escalation_reason = ?, updated_at = ?"
            " WHERE id = ?"),
        {at, reason, at, id});
}

Result<void> ComplaintRepository::updateClassification(const ComplaintRecord &c)
{
    return runStatement(
        m_db,
        QStringLiteral(
            "UPDATE complaints SET category_id = ?, subcategory_id = ?, severity = ?,"
            " department_id = ?, assignee_id = ?, routing_rule_id = ?, status = ?, updated_at = ?"
            " WHERE id = ?"),
        {c.categoryId, nullable(c.subcategoryId), c.severity, c.departmentId,
         nullable(c.assigneeId), nullable(c.routingRuleId), c.status, c.updatedAt, c.id});
}

Result<void> ComplaintRepository::setSatisfaction(qint64 id, int score, const QString &comment,
                                                  qint64 at)
{
    return runStatement(
        m_db,
        QStringLiteral(
            "UPDATE complaints SET satisfaction = ?, satisfaction_comment = ?, satisfaction_at = ?,"
            " updated_at = ? WHERE id = ?"),
        {score, comment, at, at, id});
}

Result<void> ComplaintRepository::setSeverity(qint64 id, const QString &severity, qint64 updatedAt)
{
    return runStatement(
        m_db, QStringLiteral("UPDATE complaints SET severity = ?, updated_at = ? WHERE id = ?"),
        {severity, updatedAt, id});
}

Result<void> ComplaintRepository::setMergedInto(qint64 id, qint64 keptId, qint64 updatedAt)
{
    // The duplicate's own duplicates follow it to the kept complaint.
    return runStatement(m_db,
                        QStringLiteral("UPDATE complaints SET merged_into_id = ?, updated_at = ?"
                                       " WHERE id = ? OR merged_into_id = ?"),
                        {keptId, updatedAt, id, id});
}

Result<QList<qint64>> ComplaintRepository::mergedInto(qint64 keptId) const
{
    return readIds(m_db,
                   QStringLiteral("SELECT id FROM complaints WHERE merged_into_id = ? ORDER BY id"),
                   {keptId});
}

Result<void> ComplaintRepository::touch(qint64 id, qint64 updatedAt)
{
    return runStatement(m_db, touchSql(), {updatedAt, id});
}

Result<QList<ComplaintRepository::Classified>>
ComplaintRepository::latestClassified(int limit) const
{
    return readRecords(
        m_db,
        QStringLiteral(
            "SELECT category_id, subcategory_id, description FROM complaints ORDER BY id DESC"
            " LIMIT ?"),
        {limit}, &Classified::categoryId, &Classified::subcategoryId, &Classified::description);
}

Result<void> ComplaintRepository::setSearchTokens(qint64 id, const QString &tokens)
{
    if (auto removed =
            runQuery(m_db, QStringLiteral("DELETE FROM complaint_search WHERE rowid = ?"), {id});
        !removed)
        return removed.error();
    return runStatement(m_db, Dialect::searchInsert(m_db),
                        {id, Dialect::searchDocument(m_db, tokens)});
}

Result<void> ComplaintRepository::indexForSearch(qint64 firstId, qint64 lastId)
{
    auto tokens = readRows(
        m_db,
        QStringLiteral("SELECT c.id, c.reference, cu.name,"
                       " CASE WHEN cu.phone LIKE 'anonymised:%' THEN '' ELSE cu.phone END,"
                       " c.description, c.transaction_ref"
                       " FROM complaints c JOIN customers cu ON cu.id = c.customer_id"
                       " WHERE c.id BETWEEN ? AND ? ORDER BY c.id"),
        {firstId, lastId}, [](const QSqlQuery &row) {
            return std::pair(row.value(0).toLongLong(),
                             searchTokensOf(row.value(1).toString(), row.value(2).toString(),
                                            row.value(3).toString(), row.value(4).toString(),
                                            row.value(5).toString()));
        });
    if (!tokens)
        return tokens.error();
    for (const auto &[id, text] : std::as_const(*tokens)) {
        if (auto inserted = runQuery(m_db, Dialect::searchInsert(m_db),
                                     {id, Dialect::searchDocument(m_db, text)});
            !inserted)
            return inserted.error();
    }
    return {};
}

Result<void> ComplaintRepository::setNeedsReview(qint64 id, bool needsReview)
{
    return runStatement(
        m_db, QStringLiteral("UPDATE complaints SET needs_classification_review = ? WHERE id = ?"),
        {needsReview ? 1 : 0, id});
}

Result<QList<ComplaintRecord>> ComplaintRepository::forCustomer(qint64 customerId, int limit) const
{
    return readRows(m_db,
                    QStringLiteral("SELECT ") + complaintColumns
                        + QStringLiteral(" FROM complaints WHERE customer_id = ?"
                                         " ORDER BY received_at DESC, id DESC LIMIT ?"),
                    {customerId, limit}, readComplaint);
}

Result<QList<ComplaintRecord>> ComplaintRepository::pageById(qint64 afterId, int limit) const
{
    return readRows(m_db,
                    QStringLiteral("SELECT ") + complaintColumns
                        + QStringLiteral(" FROM complaints WHERE id > ? ORDER BY id LIMIT ?"),
                    {afterId, limit}, readComplaint);
}

} // namespace cd::storage
