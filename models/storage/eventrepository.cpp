#include "eventrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCryptographicHash>

namespace cd::storage {

QString EventRepository::hashedColumns()
{
    return QStringLiteral("id, complaint_id, actor_id, at, type, from_status, to_status, note,"
                          " details");
}

QString EventRepository::chainHash(const QString &previousHash, const QSqlQuery &row)
{
    QByteArray content = previousHash.toUtf8();
    for (int column = 0; column < 9; ++column) {
        const QVariant value = row.value(column);
        content += '\x1f';   // unit separator: no field can smuggle in another
        content += value.isNull() ? QByteArrayLiteral("\x00") : value.toString().toUtf8();
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<qint64> EventRepository::append(const EventRecord &e)
{
    auto head = runQuery(m_db, QStringLiteral(
        "SELECT last_event_id, last_hash FROM audit_chain WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next())
        return Error::storage(Database::tr("The audit trail is missing its chain record."));
    const qint64 id = head->value(0).toLongLong() + 1;
    const QString previous = head->value(1).toString();
    head->finish();

    const QVariantList values{id, nullable(e.complaintId), nullable(e.actorId), e.at, e.type,
                              e.fromStatus.isEmpty() ? QVariant() : QVariant(e.fromStatus),
                              e.toStatus.isEmpty() ? QVariant() : QVariant(e.toStatus),
                              e.note.isNull() ? QStringLiteral("") : e.note,
                              e.details.isEmpty() ? QStringLiteral("{}") : e.details};
    // Hash exactly what SQLite will give back when the chain is verified.
    auto echo = runQuery(m_db, QStringLiteral("SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?"), values);
    if (!echo || !echo->next())
        return echo ? Error::storage(Database::tr("The audit event could not be prepared."))
                    : echo.error();
    const QString hash = chainHash(previous, *echo);
    echo->finish();

    QVariantList bindings = values;
    bindings << previous << hash;
    auto inserted = runInsert(m_db, QStringLiteral(
        "INSERT INTO events (id, complaint_id, actor_id, at, type, from_status, to_status, note,"
        " details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), bindings);
    if (!inserted)
        return inserted.error();
    auto moved = runQuery(m_db, QStringLiteral(
        "UPDATE audit_chain SET last_event_id = ?, last_hash = ? WHERE id = 1"), {id, hash});
    if (!moved)
        return moved.error();
    return id;
}

Result<EventRepository::Verification> EventRepository::verifyChain() const
{
    auto rows = runQuery(m_db, QStringLiteral("SELECT ") + hashedColumns()
                                   + QStringLiteral(", prev_hash, hash FROM events ORDER BY id"));
    if (!rows)
        return rows.error();
    Verification result;
    QString previous;
    qint64 lastId = 0;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        ++result.checked;
        if (rows->value(9).toString() != previous) {
            return Verification{id, result.checked,
                                Database::tr("event %1 does not follow the event before it "
                                             "(an event was removed or reordered)").arg(id)};
        }
        const QString hash = chainHash(previous, *rows);
        if (rows->value(10).toString() != hash) {
            return Verification{id, result.checked,
                                Database::tr("event %1 was changed after it was written").arg(id)};
        }
        previous = hash;
        lastId = id;
    }
    rows->finish();
    auto head = runQuery(m_db, QStringLiteral(
        "SELECT last_event_id, last_hash FROM audit_chain WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next() || head->value(0).toLongLong() != lastId
        || head->value(1).toString() != previous) {
        return Verification{lastId + 1, result.checked,
                            Database::tr("the last events of the trail were removed")};
    }
    return result;
}

Result<QList<EventRecord>> EventRepository::forComplaint(qint64 complaintId) const
{
    auto query = runQuery(m_db, QStringLiteral(
        "SELECT events.id, complaint_id, actor_id, at, type, from_status, to_status, note,"
        " details, users.display_name FROM events LEFT JOIN users ON users.id = events.actor_id"
        " WHERE complaint_id = ? ORDER BY at, events.id"), {complaintId});
    if (!query)
        return query.error();
    QList<EventRecord> list;
    while (query->next()) {
        EventRecord e;
        e.id = query->value(0).toLongLong();
        e.complaintId = query->value(1).toLongLong();
        if (!query->value(2).isNull())
            e.actorId = query->value(2).toLongLong();
        e.at = query->value(3).toLongLong();
        e.type = query->value(4).toString();
        e.fromStatus = query->value(5).toString();
        e.toStatus = query->value(6).toString();
        e.note = query->value(7).toString();
        e.details = query->value(8).toString();
        e.actorName = query->value(9).toString();
        list.append(e);
    }
    return list;
}

} // namespace cd::storage
