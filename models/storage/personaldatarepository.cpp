#include "personaldatarepository.h"

#include "dialect.h"
#include "rowfields.h"
#include "sqlquery.h"

namespace cd::storage {

Result<QList<PersonalDataRepository::ComplaintTexts>>
PersonalDataRepository::complaintsOf(qint64 customerId) const
{
    return readRecords(
        m_db,
        QStringLiteral(
            "SELECT id, reference, description, transaction_ref, escalation_reason, callback_note,"
            " satisfaction_comment FROM complaints WHERE customer_id = ? ORDER BY id"),
        {customerId}, &ComplaintTexts::id, &ComplaintTexts::reference, &ComplaintTexts::description,
        &ComplaintTexts::transactionRef, &ComplaintTexts::escalationReason,
        &ComplaintTexts::callbackNote, &ComplaintTexts::satisfactionComment);
}

Result<void> PersonalDataRepository::setComplaintTexts(const ComplaintTexts &t)
{
    return updateRow(
        m_db, QStringLiteral("complaints"),
        QStringLiteral("description, transaction_ref, escalation_reason, callback_note,"
                       " satisfaction_comment"),
        {t.description, t.transactionRef, t.escalationReason, t.callbackNote,
         t.satisfactionComment},
        t.id);
}

Result<QList<PersonalDataRepository::Text>> PersonalDataRepository::texts(const QString &sql,
                                                                          qint64 id) const
{
    return readRows(m_db, sql, {id}, [](const QSqlQuery &query) {
        return Text {query.value(0).toLongLong(), query.value(1).toString()};
    });
}

Result<QList<PersonalDataRepository::Text>>
PersonalDataRepository::callNotesOf(qint64 customerId) const
{
    return texts(QStringLiteral("SELECT id, notes FROM calls WHERE customer_id = ? ORDER BY id"),
                 customerId);
}

Result<void> PersonalDataRepository::setCallNotes(qint64 callId, const QString &notes)
{
    return runStatement(m_db, QStringLiteral("UPDATE calls SET notes = ? WHERE id = ?"),
                        {notes, callId});
}

Result<QList<PersonalDataRepository::Text>>
PersonalDataRepository::pauseReasonsOf(qint64 complaintId) const
{
    return texts(QStringLiteral("SELECT id, reason FROM sla_pauses WHERE complaint_id = ?"
                                " ORDER BY id"),
                 complaintId);
}

Result<void> PersonalDataRepository::setPauseReason(qint64 pauseId, const QString &reason)
{
    return runStatement(m_db, QStringLiteral("UPDATE sla_pauses SET reason = ? WHERE id = ?"),
                        {reason, pauseId});
}

Result<QList<PersonalDataRepository::Text>>
PersonalDataRepository::eventNotesOf(qint64 complaintId) const
{
    return texts(QStringLiteral("SELECT id, note FROM events WHERE complaint_id = ? ORDER BY id"),
                 complaintId);
}

Result<bool> PersonalDataRepository::setSecureDelete(bool on)
{
    if (Dialect::isPostgres(m_db))
        return false; // the server's VACUUM reclaims what was erased (docs/privacy.md)
    auto before = runQuery(m_db, QStringLiteral("PRAGMA secure_delete"));
    if (!before)
        return before.error();
    const bool was = before->next() && before->value(0).toInt() != 0;
    before->finish();
    if (auto set = runQuery(m_db, QStringLiteral("PRAGMA secure_delete = %1").arg(on ? 1 : 0));
        !set)
        return set.error();
    return was;
}

Result<void> PersonalDataRepository::compactSearchIndex()
{
    if (Dialect::isPostgres(m_db))
        return {}; // a tsvector row is replaced whole; nothing keeps the old tokens
    return runStatement(
        m_db,
        QStringLiteral("INSERT INTO complaint_search (complaint_search) VALUES ('optimize')"));
}

void PersonalDataRepository::truncateWriteAheadLog()
{
    if (Dialect::isPostgres(m_db))
        return; // the server's write-ahead log is the server's
    [[maybe_unused]] auto checkpoint =
        runQuery(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace cd::storage
