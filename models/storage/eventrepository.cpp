#include "eventrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace cd::storage {

QString EventRepository::hashedColumns()
{
    return QStringLiteral("id, complaint_id, actor_id, at, type, from_status, to_status, note,"
                          " details");
}

QString EventRepository::chainHash(const QString &previousHash, const QVariantList &values)
{
    QByteArray content = previousHash.toUtf8();
    content.reserve(content.size() + 512);
    for (const QVariant &value : values) {
        content += '\x1f';   // unit separator: no field can smuggle in another
        if (value.isNull())
            content += '\0';
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            content += QByteArray::number(value.toLongLong());   // as toString() writes it
        else
            content += value.toString().toUtf8();
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString EventRepository::chainHash(const QString &previousHash, const QSqlQuery &row)
{
    QVariantList values;
    for (int column = 0; column < 9; ++column)
        values << row.value(column);
    return chainHash(previousHash, values);
}

QVariantList EventRepository::storedValues(qint64 id, const EventRecord &e)
{
    // As SQLite gives them back: integers, NULL for absent values, '' and '{}' defaults.
    QVariantList values;
    values.reserve(11);   // room for the two hashes the insert binds after them
    values << id << nullable(e.complaintId) << nullable(e.actorId) << e.at << e.type
           << (e.fromStatus.isEmpty() ? QVariant() : QVariant(e.fromStatus))
           << (e.toStatus.isEmpty() ? QVariant() : QVariant(e.toStatus))
           << (e.note.isNull() ? QStringLiteral("") : e.note)
           << (e.details.isEmpty() ? QStringLiteral("{}") : e.details);
    return values;
}

namespace {

const QString insertEventSql = QStringLiteral(
    "INSERT INTO events (id, complaint_id, actor_id, at, type, from_status, to_status, note,"
    " details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString readHeadSql = QStringLiteral(
    "SELECT last_event_id, last_hash FROM audit_chain WHERE id = 1");
const QString moveHeadSql = QStringLiteral(
    "UPDATE audit_chain SET last_event_id = ?, last_hash = ? WHERE id = 1");

} // namespace

Result<qint64> EventRepository::append(const EventRecord &e)
{
    auto head = runQuery(m_db, readHeadSql);
    if (!head)
        return head.error();
    if (!head->next())
        return Error::storage(Database::tr("The audit trail is missing its chain record."));
    const qint64 id = head->value(0).toLongLong() + 1;
    const QString previous = head->value(1).toString();
    head->finish();

    QVariantList bindings = storedValues(id, e);
    const QString hash = chainHash(previous, bindings);
    bindings << previous << hash;
    if (auto inserted = runInsert(m_db, insertEventSql, bindings); !inserted)
        return inserted.error();
    if (auto moved = runQuery(m_db, moveHeadSql, {id, hash}); !moved)
        return moved.error();
    return id;
}

EventRepository::ChainedAppender::ChainedAppender(QSqlDatabase db)
    : m_db(db), m_insert(db, insertEventSql), m_moveHead(db, moveHeadSql)
{
}

Result<qint64> EventRepository::ChainedAppender::append(const EventRecord &e)
{
    if (!m_headRead) {
        auto head = runQuery(m_db, readHeadSql);
        if (!head)
            return head.error();
        if (!head->next())
            return Error::storage(Database::tr("The audit trail is missing its chain record."));
        m_lastId = head->value(0).toLongLong();
        m_lastHash = head->value(1).toString();
        m_headRead = true;
    }
    QVariantList bindings = storedValues(m_lastId + 1, e);
    const QString hash = chainHash(m_lastHash, bindings);
    bindings << m_lastHash << hash;
    if (auto inserted = m_insert.run(bindings); !inserted)
        return inserted.error();
    ++m_lastId;
    m_lastHash = hash;
    m_moved = true;
    return m_lastId;
}

Result<void> EventRepository::ChainedAppender::storeHead()
{
    m_headRead = false;
    if (!m_moved)
        return {};
    if (auto moved = m_moveHead.run({m_lastId, m_lastHash}); !moved)
        return moved.error();
    m_moved = false;
    return {};
}

Result<QHash<qint64, QString>> EventRepository::erasureSeals() const
{
    auto rows = runQuery(m_db, QStringLiteral("SELECT details FROM events WHERE type = ?"
                                              " ORDER BY id"),
                         {QString::fromLatin1(erasureEventType)});
    if (!rows)
        return rows.error();
    QHash<qint64, QString> seals;
    while (rows->next()) {
        const QJsonObject events = QJsonDocument::fromJson(rows->value(0).toString().toUtf8())
                                       .object().value(QStringLiteral("events")).toObject();
        for (auto it = events.begin(); it != events.end(); ++it)
            seals.insert(it.key().toLongLong(), it.value().toString());
    }
    return seals;
}

Result<QJsonObject> EventRepository::eraseNotes(const QHash<qint64, QString> &notesById)
{
    QJsonObject seals;
    if (notesById.isEmpty())
        return seals;
    for (auto it = notesById.cbegin(); it != notesById.cend(); ++it) {
        auto row = runQuery(m_db, QStringLiteral("SELECT ") + hashedColumns()
                                      + QStringLiteral(", prev_hash FROM events WHERE id = ?"),
                            {it.key()});
        if (!row)
            return row.error();
        if (!row->next())
            return Error::storage(Database::tr("Event %1 does not exist.").arg(it.key()));
        QVariantList values;
        for (int column = 0; column < 9; ++column)
            values << row->value(column);
        values[7] = it.value();   // the note
        seals.insert(QString::number(it.key()), chainHash(row->value(9).toString(), values));
    }
    auto trigger = runQuery(m_db, QStringLiteral(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger'"
        " AND name = 'events_are_append_only_update'"));
    if (!trigger)
        return trigger.error();
    const QString recreate = trigger->next() ? trigger->value(0).toString() : QString();
    trigger->finish();
    if (!recreate.isEmpty()) {
        if (auto dropped = runQuery(m_db, QStringLiteral(
                "DROP TRIGGER events_are_append_only_update"));
            !dropped)
            return dropped.error();
    }
    for (auto it = notesById.cbegin(); it != notesById.cend(); ++it) {
        if (auto updated = runQuery(m_db, QStringLiteral("UPDATE events SET note = ? WHERE id = ?"),
                                    {it.value(), it.key()});
            !updated)
            return updated.error();
    }
    if (!recreate.isEmpty()) {
        if (auto restored = runQuery(m_db, recreate); !restored)
            return restored.error();
    }
    return seals;
}

Result<EventRepository::Verification> EventRepository::verifyChain() const
{
    auto seals = erasureSeals();
    if (!seals)
        return seals.error();
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
        const QString stored = rows->value(10).toString();
        // An event whose personal data was erased matches the seal its erasure recorded.
        if (stored != hash && seals->value(id) != hash) {
            return Verification{id, result.checked,
                                Database::tr("event %1 was changed after it was written").arg(id)};
        }
        previous = stored;
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
