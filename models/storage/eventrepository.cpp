#include "eventrepository.h"

#include "auditanchors.h"
#include "database.h"
#include "dialect.h"
#include "rowfields.h"
#include "sqlquery.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <cstring>

namespace cd::storage {

namespace {

const QString insertEventSql = QStringLiteral(
    "INSERT INTO events (id, complaint_id, actor_id, at, type, from_status, to_status, note,"
    " details, seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString insertLegacyEventSql = QStringLiteral(
    "INSERT INTO events (id, complaint_id, actor_id, at, type, from_status, to_status, note,"
    " details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString readHeadSql = QStringLiteral(
    "SELECT last_event_id, last_hash, store_id, key_fingerprint FROM audit_chain WHERE id = 1");
// The head read by a write that will move it: locked on a server until the transaction
// ends, so that desks appending at once form one chain.
QString readHeadForAppendSql(const QSqlDatabase &db)
{
    return readHeadSql + Dialect::rowLock(db);
}
const QString moveHeadSql =
    QStringLiteral("UPDATE audit_chain SET last_event_id = ?, last_hash = ? WHERE id = 1");
constexpr int sealedColumnCount = 9;

// A seal (hex digits, as sealed and anchored) as the events table keeps it: 32 bytes.
QByteArray storedSeal(const QByteArray &seal)
{
    return QByteArray::fromHex(seal);
}

bool same(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

// Text as SQLite will store and give it back: Qt writes UTF-16, SQLite keeps UTF-8.
QString storedText(const QString &text)
{
    return QString::fromUtf8(text.toUtf8());
}

// sealedContent() of the row under `rows` (its first columns: hashedColumns()), into
// `content`.
void sealedContentOf(const RowCursor &rows, const QByteArray &previousSeal, QByteArray &content)
{
    content.resize(0);
    content += previousSeal;
    for (int column = 0; column < sealedColumnCount; ++column) {
        content += '\x1f';
        if (rows.isNull(column))
            content += '\0';
        else
            content += rows.text(column);
    }
}

struct Head
{
    qint64 lastId = 0;
    QByteArray lastSeal;
    AuditKey key;
    QString storeId;
};

// The chain's head and the store's key, inside the caller's transaction; locked there when
// `forAppend`.
Result<Head> readHead(const QSqlDatabase &db, bool forAppend = false)
{
    auto head = runQuery(db, forAppend ? readHeadForAppendSql(db) : readHeadSql);
    if (!head)
        return head.error();
    if (!head->next())
        return Error::storage(Database::tr("The audit trail is missing its chain record."));
    if (head->value(2).toString().isEmpty()) {
        return Error::storage(Database::tr("The audit trail of this store is not sealed with an "
                                           "audit key yet; open the store with this version of "
                                           "ComplaintDesk to upgrade it."));
    }
    auto key = AuditKey::ofStore(head->value(2).toString(), head->value(3).toString());
    if (!key)
        return key.error();
    return Head {head->value(0).toLongLong(), head->value(1).toString().toLatin1(), *key,
                 head->value(2).toString()};
}

} // namespace

QString EventRepository::hashedColumns()
{
    return QStringLiteral("id, complaint_id, actor_id, at, type, from_status, to_status, note,"
                          " details");
}

QByteArray EventRepository::sealedContent(QByteArrayView previousSeal, const QVariantList &values)
{
    QByteArray content(previousSeal.data(), previousSeal.size());
    content.reserve(content.size() + 512);
    for (const QVariant &value : values) {
        content += '\x1f'; // unit separator: no field can smuggle in another
        if (value.isNull())
            content += '\0';
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            content += QByteArray::number(value.toLongLong()); // as SQLite writes it
        else
            content += value.toString().toUtf8();
    }
    return content;
}

QByteArray EventRepository::seal(const AuditKey &key, QByteArrayView previousSeal,
                                 const QVariantList &values)
{
    return key.seal(sealedContent(previousSeal, values));
}

QString EventRepository::legacyHash(const QString &previousHash, const QVariantList &values)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(sealedContent(previousHash.toUtf8(), values),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString EventRepository::legacyHash(const QString &previousHash, const QSqlQuery &row)
{
    QVariantList values;
    for (int column = 0; column < sealedColumnCount; ++column)
        values << row.value(column);
    return legacyHash(previousHash, values);
}

QVariantList EventRepository::storedValues(qint64 id, const EventRecord &e)
{
    // As SQLite gives them back: integers, NULL for absent values, '' and '{}' defaults.
    QVariantList values;
    values.reserve(11); // room for the seals the insert binds after them
    values << id << nullable(e.complaintId) << nullable(e.actorId) << e.at << storedText(e.type)
           << (e.fromStatus.isEmpty() ? QVariant() : QVariant(storedText(e.fromStatus)))
           << (e.toStatus.isEmpty() ? QVariant() : QVariant(storedText(e.toStatus)))
           << (e.note.isNull() ? QStringLiteral("") : storedText(e.note))
           << (e.details.isEmpty() ? QStringLiteral("{}") : storedText(e.details));
    return values;
}

Result<qint64> EventRepository::append(const EventRecord &e, SealColumn column)
{
    auto head = readHead(m_db, true);
    if (!head)
        return head.error();
    const qint64 id = head->lastId + 1;
    QVariantList bindings = storedValues(id, e);
    const QByteArray sealed = seal(head->key, head->lastSeal, bindings);
    if (column == SealColumn::Binary)
        bindings << storedSeal(sealed);
    else
        bindings << QString::fromLatin1(head->lastSeal) << QString::fromLatin1(sealed);
    if (auto inserted = runInsert(
            m_db, column == SealColumn::Binary ? insertEventSql : insertLegacyEventSql, bindings);
        !inserted)
        return inserted.error();
    if (auto moved = runQuery(m_db, moveHeadSql, {id, QString::fromLatin1(sealed)}); !moved)
        return moved.error();
    AuditAnchors::noteAppended(m_db, {head->storeId, id, sealed});
    return id;
}

EventRepository::ChainedAppender::ChainedAppender(QSqlDatabase db)
    : m_db(db)
    , m_insert(db, insertEventSql)
    , m_moveHead(db, moveHeadSql)
{
}

Result<qint64> EventRepository::ChainedAppender::append(const EventRecord &e)
{
    if (!m_headRead) {
        auto head = readHead(m_db, true);
        if (!head)
            return head.error();
        m_lastId = head->lastId;
        m_lastSeal = head->lastSeal;
        m_key = head->key;
        m_storeId = head->storeId;
        m_headRead = true;
    }
    QVariantList bindings = storedValues(m_lastId + 1, e);
    const QByteArray sealed = seal(m_key, m_lastSeal, bindings);
    bindings << storedSeal(sealed);
    if (auto inserted = m_insert.run(bindings); !inserted)
        return inserted.error();
    ++m_lastId;
    m_lastSeal = sealed;
    m_moved = true;
    return m_lastId;
}

Result<void> EventRepository::ChainedAppender::storeHead()
{
    m_headRead = false;
    if (!m_moved)
        return {};
    if (auto moved = m_moveHead.run({m_lastId, QString::fromLatin1(m_lastSeal)}); !moved)
        return moved.error();
    AuditAnchors::noteAppended(m_db, {m_storeId, m_lastId, m_lastSeal});
    m_moved = false;
    return {};
}

Result<EventRepository::ChainRecord> EventRepository::chainRecord() const
{
    auto head = runQuery(
        m_db,
        QStringLiteral("SELECT store_id, key_fingerprint, last_event_id, last_hash FROM audit_chain"
                       " WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next())
        return Error::storage(Database::tr("The audit trail is missing its chain record."));
    return ChainRecord {head->value(0).toString(), head->value(1).toString(),
                        head->value(2).toLongLong(), head->value(3).toString().toLatin1()};
}

Result<bool> EventRepository::isSealed() const
{
    return hasColumn(m_db, QStringLiteral("audit_chain"), QStringLiteral("store_id"));
}

Result<std::optional<QByteArray>> EventRepository::sealOf(qint64 id) const
{
    return readFirstRow(
        m_db, QStringLiteral("SELECT seal FROM events WHERE id = ?"), {id},
        [](const QSqlQuery &query) { return query.value(0).toByteArray().toHex(); });
}

Result<QHash<qint64, QByteArray>> EventRepository::erasureSeals() const
{
    QHash<qint64, QByteArray> seals;
    auto read =
        forEachRow(m_db, QStringLiteral("SELECT details FROM events WHERE type = ? ORDER BY id"),
                   {QString::fromLatin1(erasureEventType)}, [&](const QSqlQuery &row) {
                       const QJsonObject events =
                           QJsonDocument::fromJson(row.value(0).toString().toUtf8())
                               .object()
                               .value(QStringLiteral("events"))
                               .toObject();
                       for (auto it = events.begin(); it != events.end(); ++it)
                           seals.insert(it.key().toLongLong(), it.value().toString().toLatin1());
                   });
    if (!read)
        return read.error();
    return seals;
}

Result<QString> EventRepository::liftAppendOnly(const QSqlDatabase &db, const QString &trigger)
{
    if (Dialect::isPostgres(db)) {
        if (auto lifted =
                runQuery(db, QStringLiteral("ALTER TABLE events DISABLE TRIGGER %1").arg(trigger));
            !lifted)
            return lifted.error();
        return QStringLiteral("ALTER TABLE events ENABLE TRIGGER %1").arg(trigger);
    }
    auto found = runQuery(
        db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
        {trigger});
    if (!found)
        return found.error();
    const QString recreate = found->next() ? found->value(0).toString() : QString();
    found->finish();
    if (!recreate.isEmpty()) {
        if (auto dropped = runQuery(db, QStringLiteral("DROP TRIGGER %1").arg(trigger)); !dropped)
            return dropped.error();
    }
    return recreate;
}

Result<QJsonObject> EventRepository::eraseNotes(const QHash<qint64, QString> &notesById)
{
    QJsonObject seals;
    if (notesById.isEmpty())
        return seals;
    auto head = readHead(m_db);
    if (!head)
        return head.error();
    for (auto it = notesById.cbegin(); it != notesById.cend(); ++it) {
        auto row = runQuery(m_db,
                            QStringLiteral("SELECT ") + hashedColumns()
                                + QStringLiteral(", (SELECT seal FROM events p WHERE p.id < ?"
                                                 " ORDER BY p.id DESC LIMIT 1)"
                                                 " FROM events WHERE id = ?"),
                            {it.key(), it.key()});
        if (!row)
            return row.error();
        if (!row->next())
            return Error::storage(Database::tr("Event %1 does not exist.").arg(it.key()));
        QVariantList values;
        for (int column = 0; column < sealedColumnCount; ++column)
            values << row->value(column);
        values[7] = storedText(it.value()); // the note
        const QByteArray previous = row->value(sealedColumnCount).toByteArray().toHex();
        seals.insert(QString::number(it.key()),
                     QString::fromLatin1(seal(head->key, previous, values)));
    }
    // The append-only trigger is lifted for these edits only, inside the transaction.
    auto recreate = liftAppendOnly(m_db, QStringLiteral("events_are_append_only_update"));
    if (!recreate)
        return recreate.error();
    for (auto it = notesById.cbegin(); it != notesById.cend(); ++it) {
        if (auto updated = runQuery(m_db, QStringLiteral("UPDATE events SET note = ? WHERE id = ?"),
                                    {it.value(), it.key()});
            !updated)
            return updated.error();
    }
    if (!recreate->isEmpty()) {
        if (auto restored = runQuery(m_db, *recreate); !restored)
            return restored.error();
    }
    return seals;
}

template<typename Sealer>
Result<EventRepository::Verification> EventRepository::walkChain(SealColumn column,
                                                                 const Sealer &sealer) const
{
    // The walk and the chain's head are read in one read snapshot (on SQLite a savepoint
    // opens one outside a transaction), so an event committed by another program between
    // the two reads does not look like a removal.
    ReadSnapshot snapshot(m_db);
    if (auto opened = snapshot.open(); !opened)
        return opened.error();
    auto erased = erasureSeals();
    if (!erased)
        return erased.error();
    const bool binary = column == SealColumn::Binary;
    RowCursor rows(m_db,
                   QStringLiteral("SELECT ") + hashedColumns()
                       + (binary ? QStringLiteral(", seal") : QStringLiteral(", hash"))
                       + QStringLiteral(" FROM events ORDER BY id"));
    Verification result;
    QByteArray content;
    content.reserve(4096);
    QByteArray stored;
    while (true) {
        auto row = rows.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 id = rows.integer(0);
        ++result.checked;
        stored = binary ? rows.text(9).toByteArray().toHex() : rows.text(9).toByteArray();
        sealedContentOf(rows, result.lastSeal, content);
        const QByteArray sealed = sealer(content);
        // Each seal covers the seal before it, so a removed or reordered event breaks the
        // next one's; ids are given one after another, so a gap names a removal. An event
        // whose personal data was erased matches the seal its erasure recorded (itself in a
        // sealed event); it keeps its place, and its stored seal links on.
        if (!same(stored, sealed) && !(erased->contains(id) && same(erased->value(id), sealed))) {
            result.brokenAt = id;
            result.reason = id != result.lastId + 1
                ? Database::tr("event %1 does not follow the event before it (an "
                               "event was removed or reordered)")
                      .arg(id)
                : Database::tr("event %1 was changed after it was written, or "
                               "sealed without the store's key")
                      .arg(id);
            return result;
        }
        result.lastId = id;
        result.lastSeal = stored;
        if (same(rows.text(4), "audit_trail_sealed")) {
            result.sealedAt = id;
            result.sealedDetails = rows.text(8).toByteArray();
        }
    }
    auto head = runQuery(
        m_db, QStringLiteral("SELECT last_event_id, last_hash FROM audit_chain WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next() || head->value(0).toLongLong() != result.lastId
        || head->value(1).toString().toLatin1() != result.lastSeal) {
        result.brokenAt = result.lastId + 1;
        result.reason = Database::tr("the trail ends at event %1, but its chain record names "
                                     "event %2 as the last (the last events were removed)")
                            .arg(result.lastId)
                            .arg(head->isValid() ? head->value(0).toLongLong() : 0);
    }
    return result;
}

Result<EventRepository::Verification> EventRepository::verifyChain(const AuditKey &key) const
{
    return walkChain(SealColumn::Binary,
                     [&key](const QByteArray &content) { return key.seal(content); });
}

Result<EventRepository::Verification> EventRepository::verifyLegacyChain() const
{
    return walkChain(SealColumn::LegacyHex, [](const QByteArray &content) {
        return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    });
}

Result<qint64> EventRepository::resealAll(const AuditKey &key)
{
    // In slices: the rows read are updated once their read has ended.
    constexpr int slice = 20000;
    PreparedStatement update(
        m_db, QStringLiteral("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?"));
    struct Sealed
    {
        qint64 id;
        QByteArray previous;
        QByteArray seal;
    };
    QByteArray previous; // the seal of the last event sealed
    qint64 lastId = 0;
    qint64 count = 0;
    QByteArray content;
    while (true) {
        QList<Sealed> sealed;
        sealed.reserve(slice);
        {
            RowCursor rows(m_db,
                           QStringLiteral("SELECT ") + hashedColumns()
                               + QStringLiteral(" FROM events WHERE id > ? ORDER BY id"
                                                " LIMIT %1")
                                     .arg(slice));
            const QVariantList after {lastId};
            while (true) {
                auto row = rows.next(after);
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                sealedContentOf(rows, previous, content);
                QByteArray seal = key.seal(content);
                sealed.append({rows.integer(0), previous, seal});
                previous = std::move(seal);
            }
        }
        if (sealed.isEmpty())
            break;
        for (const Sealed &event : std::as_const(sealed)) {
            if (auto updated = update.run({QString::fromLatin1(event.previous),
                                           QString::fromLatin1(event.seal), event.id});
                !updated)
                return updated.error();
        }
        count += sealed.size();
        lastId = sealed.constLast().id;
    }
    if (auto moved = runQuery(m_db, moveHeadSql, {lastId, QString::fromLatin1(previous)}); !moved)
        return moved.error();
    return count;
}

QString EventRepository::readColumns()
{
    return QStringLiteral("e.id, e.complaint_id, e.actor_id, e.at, e.type, e.from_status,"
                          " e.to_status");
}

EventRecord EventRepository::eventOf(const QSqlQuery &row)
{
    EventRecord e;
    readInto(row, 0, e.id, e.complaintId, e.actorId, e.at, e.type, e.fromStatus, e.toStatus);
    return e;
}

Result<QList<EventRecord>> EventRepository::forComplaint(qint64 complaintId) const
{
    return readRows(m_db,
                    QStringLiteral("SELECT ") + readColumns()
                        + QStringLiteral(", e.note, e.details, u.display_name FROM events e"
                                         " LEFT JOIN users u ON u.id = e.actor_id"
                                         " WHERE e.complaint_id = ? ORDER BY e.at, e.id"),
                    {complaintId}, [](const QSqlQuery &row) {
                        EventRecord e = eventOf(row);
                        readInto(row, 7, e.note, e.details, e.actorName);
                        return e;
                    });
}

} // namespace cd::storage
