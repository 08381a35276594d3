#include "tabletransfer.h"

#include "complaintrepository.h"
#include "dialect.h"
#include "eventrepository.h"
#include "sqlquery.h"

#include <QJsonDocument>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <memory>

namespace cd::storage {

namespace {

const QString id = QStringLiteral("id");
constexpr qsizetype rowsPerInsert = 100;

QString keyOrder(const TableTransfer::Table &table)
{
    return table.key.join(QStringLiteral(", "));
}

// A value as read, ready to bind: a NULL of any type as an invalid QVariant (runQuery
// binds a null QString as '').
QVariant bindable(const QVariant &value)
{
    return value.isNull() ? QVariant() : value;
}

} // namespace

QList<TableTransfer::Table> TableTransfer::tables()
{
    const auto row = [](const char *name, QStringList key = {id}, bool seeded = false) {
        return Table {QLatin1String(name), std::move(key), seeded};
    };
    return {
        row("departments", {id}, true),
        row("categories", {id}, true),
        row("subcategories", {id}, true),
        row("calendars", {id}, true),
        row("calendar_days", {QStringLiteral("calendar_id"), QStringLiteral("day")}, true),
        row("sla_policies", {id}, true),
        row("users"),
        row("routing_rules", {id}, true),
        row("round_robin_state", {QStringLiteral("department_id")}),
        row("customers"),
        row("complaints"),
        row("calls"),
        row("events"),
        row("department_holds"),
        row("sla_pauses"),
        row("notifications"),
        row("saved_views"),
        row("drafts", {QStringLiteral("user_id"), QStringLiteral("form")}),
        row("imported_rows", {QStringLiteral("external_id")}),
        row("reference_counters", {QStringLiteral("day")}),
        row("settings", {QStringLiteral("key")}, true),
        row("audit_chain", {id}, true),
    };
}

QString TableTransfer::markerKey()
{
    return QStringLiteral("store_copy_in_progress");
}

Result<std::optional<QJsonObject>> TableTransfer::marker(const QSqlDatabase &db)
{
    auto query =
        runQuery(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {markerKey()});
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto ended = rowsEnded(db, *query); !ended)
            return ended.error();
        return std::optional<QJsonObject>();
    }
    return std::optional<QJsonObject>(
        QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object());
}

Result<void> TableTransfer::setMarker(const QSqlDatabase &db, const QJsonObject &marker)
{
    if (auto cleared = clearMarker(db); !cleared)
        return cleared;
    auto inserted = runQuery(
        db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
        {markerKey(), QString::fromUtf8(QJsonDocument(marker).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> TableTransfer::clearMarker(const QSqlDatabase &db)
{
    auto removed =
        runQuery(db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {markerKey()});
    if (!removed)
        return removed.error();
    return {};
}

Result<qint64> TableTransfer::rowCount(const QSqlDatabase &db, const Table &table)
{
    const bool settings = table.name == QLatin1String("settings");
    auto query =
        runQuery(db,
                 QStringLiteral("SELECT count(*) FROM %1%2")
                     .arg(table.name, settings ? QStringLiteral(" WHERE key <> ?") : QString()),
                 settings ? QVariantList {markerKey()} : QVariantList {});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::storage(tr("The rows of %1 could not be counted.").arg(table.name));
    return query->value(0).toLongLong();
}

Result<QString> TableTransfer::contentTable(const QSqlDatabase &db)
{
    for (const Table &table : tables()) {
        if (table.seeded)
            continue;
        // init's only event: the trail sealed with the new store's key.
        const QString sql = table.name == QLatin1String("events")
            ? QStringLiteral("SELECT count(*) FROM events WHERE NOT (id = 1 AND complaint_id IS"
                             " NULL AND type = 'audit_trail_sealed')")
            : QStringLiteral("SELECT count(*) FROM %1").arg(table.name);
        auto query = runQuery(db, sql);
        if (!query)
            return query.error();
        if (!query->next())
            return Error::storage(tr("The rows of %1 could not be counted.").arg(table.name));
        if (query->value(0).toLongLong() > 0)
            return table.name;
    }
    return QString();
}

Result<void> TableTransfer::clearNewStore(const QSqlDatabase &db)
{
    auto recreate =
        EventRepository::liftAppendOnly(db, QStringLiteral("events_are_append_only_delete"));
    if (!recreate)
        return recreate.error();
    QStringList statements {QStringLiteral("DELETE FROM events")};
    if (!recreate->isEmpty())
        statements << *recreate;
    const QList<Table> all = tables();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->seeded)
            statements << QStringLiteral("DELETE FROM %1").arg(it->name);
    }
    for (const QString &sql : std::as_const(statements)) {
        if (auto done = runQuery(db, sql); !done)
            return done.error();
    }
    return {};
}

Result<QStringList> TableTransfer::columns(const QSqlDatabase &db, const Table &table)
{
    auto query = runQuery(db, QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table.name));
    if (!query)
        return query.error();
    const QSqlRecord record = query->record();
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

Result<QList<QVariantList>> TableTransfer::readRows(const QSqlDatabase &db, const Table &table,
                                                    const QStringList &columns,
                                                    const QVariant &after, qint64 offset, int limit)
{
    const bool byKey = table.key.size() == 1;
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table.name);
    QVariantList bindings;
    if (byKey && after.isValid()) {
        sql += QStringLiteral(" WHERE %1 > ?").arg(table.key.constFirst());
        bindings << after;
    }
    sql += QStringLiteral(" ORDER BY %1 LIMIT ?").arg(keyOrder(table));
    bindings << limit;
    if (!byKey) {
        sql += QStringLiteral(" OFFSET ?");
        bindings << offset;
    }
    return storage::readRows(db, sql, bindings, [&columns](const QSqlQuery &query) {
        QVariantList values;
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            values << bindable(query.value(i));
        return values;
    });
}

Result<void> TableTransfer::writeRows(const QSqlDatabase &db, const Table &table,
                                      const QStringList &columns, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    const bool complaints = table.name == QLatin1String("complaints");
    const qsizetype idColumn = columns.indexOf(id);
    const qsizetype mergedColumn = columns.indexOf(QStringLiteral("merged_into_id"));
    // On a server, many rows per statement (a round trip each); SQLite's prepared statement
    // runs once per row at no such cost.
    const qsizetype perStatement = Dialect::isPostgres(db) ? rowsPerInsert : 1;
    const QString tuple = QStringLiteral("(%1)").arg(
        QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    const QString insertInto = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                   .arg(table.name, columns.join(QStringLiteral(", ")));
    std::unique_ptr<PreparedStatement> full;
    for (qsizetype first = 0; first < rows.size(); first += perStatement) {
        const qsizetype count = std::min(perStatement, rows.size() - first);
        QVariantList bindings;
        bindings.reserve(count * columns.size());
        for (qsizetype r = first; r < first + count; ++r) {
            QVariantList values = rows.at(r);
            // A complaint merged into a later one is linked by finish(), once that one is
            // there.
            if (complaints && values.at(mergedColumn).isValid()
                && values.at(mergedColumn).toLongLong() > values.at(idColumn).toLongLong())
                values[mergedColumn] = QVariant();
            bindings << values;
        }
        const QString sql = insertInto + QStringList(count, tuple).join(QStringLiteral(", "));
        if (count == perStatement) {
            if (!full)
                full = std::make_unique<PreparedStatement>(db, sql);
            if (auto inserted = full->run(bindings); !inserted)
                return inserted.error();
        } else if (auto inserted = runQuery(db, sql, bindings); !inserted) {
            return inserted.error();
        }
    }
    if (complaints) {
        return ComplaintRepository(db).indexForSearch(rows.constFirst().at(idColumn).toLongLong(),
                                                      rows.constLast().at(idColumn).toLongLong());
    }
    return {};
}

Result<void> TableTransfer::finish(const QSqlDatabase &source, const QSqlDatabase &target)
{
    auto links =
        storage::readRows(source,
                          QStringLiteral("SELECT id, merged_into_id FROM complaints"
                                         " WHERE merged_into_id > id ORDER BY id"),
                          {}, [](const QSqlQuery &query) {
                              return std::pair<qint64, qint64>(query.value(0).toLongLong(),
                                                               query.value(1).toLongLong());
                          });
    if (!links)
        return links.error();
    for (const auto &[complaint, into] : std::as_const(*links)) {
        if (auto linked = runQuery(
                target, QStringLiteral("UPDATE complaints SET merged_into_id = ? WHERE id = ?"),
                {into, complaint});
            !linked)
            return linked.error();
    }
    for (const Table &table : tables()) {
        if (table.key != QStringList {id} || table.name == QLatin1String("audit_chain"))
            continue;
        const QString sql = Dialect::followIds(target, table.name);
        if (sql.isEmpty())
            continue;
        if (auto followed = runQuery(target, sql); !followed)
            return followed.error();
    }
    return {};
}

Result<void> TableTransfer::completeAs(const QSqlDatabase &db, const QString &storeId)
{
    if (auto named = runQuery(
            db, QStringLiteral("UPDATE audit_chain SET store_id = ? WHERE id = 1"), {storeId});
        !named)
        return named.error();
    return clearMarker(db);
}

} // namespace cd::storage
