#include "storetransfer.h"

#include "auditanchors.h"
#include "auditkey.h"
#include "auditservice.h"
#include "database.h"
#include "dialect.h"
#include "eventrepository.h"
#include "migrations.h"
#include "sqlquery.h"
#include "storecopy.h"
#include "tabletransfer.h"
#include "transaction.h"
#include "workspace.h"

#include <QFile>
#include <QJsonObject>
#include <QUuid>

namespace cd::models {

namespace {

using storage::Database;
using storage::EventRepository;
using storage::TableTransfer;

const QString sourceKey = QStringLiteral("source");
const QString tablesKey = QStringLiteral("tables");
const QString rowsKey = QStringLiteral("rows");
const QString lastKey = QStringLiteral("last");

Result<std::unique_ptr<Database>> openStore(const QString &path)
{
    auto database = Database::open(path, Database::Upgrade::None, Database::Missing::Refuse);
    if (!database && database.error().kind == Error::Kind::Credentials) {
        Error error = database.error();
        error.field = path;
        return error;
    }
    return database;
}

// Refuses a store of another schema version than this program's.
Result<void> checkVersion(Database &database, bool isSource)
{
    const int version = storage::Migrations::currentVersion(database.connection());
    if (version == storage::Migrations::latestVersion())
        return {};
    if (isSource) {
        return Error::invalid(
            StoreTransfer::tr("The store %1 is at schema version %2, this program's is %3: "
                              "open it once with this ComplaintDesk (for example "
                              "\"complaintdesk-cli check --database %1\"), which upgrades it, "
                              "then copy it. Nothing was copied.")
                .arg(database.displayName())
                .arg(version)
                .arg(storage::Migrations::latestVersion()));
    }
    return Error::invalid(
        StoreTransfer::tr("The target %1 is at schema version %2, this program's is %3: make a "
                          "new store with \"complaintdesk-cli init --database %1\" of this "
                          "ComplaintDesk. Nothing was copied.")
            .arg(database.displayName())
            .arg(version)
            .arg(storage::Migrations::latestVersion()));
}

// The key of a batch's last row, as the marker keeps it (JSON: numbers and text).
QJsonValue keyOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    return double(value.toLongLong());
}

QVariant keyFrom(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return qint64(value.toDouble());
    return {};
}

// Copies the rows of `table` not on the target yet, batch by batch, each batch committed
// with the marker's new position.
Result<void> copyTable(Database &source, Database &target, const TableTransfer::Table &table,
                       QJsonObject &marker, const StoreTransfer::Options &options)
{
    auto columns = TableTransfer::columns(target.connection(), table);
    if (!columns)
        return columns.error();
    auto sourceColumns = TableTransfer::columns(source.connection(), table);
    if (!sourceColumns)
        return sourceColumns.error();
    // The same columns, in whatever order each store's ladder left them; read by name.
    QStringList sourceSorted = *sourceColumns;
    QStringList targetSorted = *columns;
    sourceSorted.sort();
    targetSorted.sort();
    if (sourceSorted != targetSorted) {
        return Error::invalid(
            StoreTransfer::tr("The table %1 has other columns in %2 than in %3, so the stores "
                              "cannot be copied one into the other.")
                .arg(table.name, source.displayName(), target.displayName()));
    }
    auto total = TableTransfer::rowCount(source.connection(), table);
    if (!total)
        return total.error();
    QJsonObject tables = marker.value(tablesKey).toObject();
    const QJsonObject done = tables.value(table.name).toObject();
    qint64 copied = qint64(done.value(rowsKey).toDouble());
    QVariant after = keyFrom(done.value(lastKey));
    const qsizetype keyColumn = columns->indexOf(table.key.constFirst());
    const bool isSettings = table.name == QLatin1String("settings");
    bool wrote = false;
    for (;;) {
        auto rows = TableTransfer::readRows(source.connection(), table, *columns, after, copied,
                                            options.batchRows);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            break;
        const qsizetype read = rows->size();
        after = rows->constLast().at(keyColumn);
        if (isSettings) {
            rows->removeIf([keyColumn](const QVariantList &row) {
                return row.at(keyColumn).toString() == TableTransfer::markerKey();
            });
        }
        tables.insert(table.name,
                      QJsonObject {{rowsKey, double(copied + read)}, {lastKey, keyOf(after)}});
        marker.insert(tablesKey, tables);
        auto written = storage::inTransaction(target, [&]() -> Result<void> {
            if (auto inserted =
                    TableTransfer::writeRows(target.connection(), table, *columns, *rows);
                !inserted)
                return inserted;
            return TableTransfer::setMarker(target.connection(), marker);
        });
        if (!written)
            return written.error();
        copied += read;
        wrote = true;
        if (options.progress && !options.progress({table.name, copied, *total})) {
            return Error::cancelled(
                StoreTransfer::tr("The copy was stopped in %1 after %2 of its %3 rows; run the "
                                  "same command again to continue where it stopped.")
                    .arg(table.name)
                    .arg(copied)
                    .arg(*total));
        }
        if (read < options.batchRows)
            break;
    }
    if (options.progress && !wrote)
        options.progress({table.name, copied, *total});
    return {};
}

// Row counts of both stores and the target's audit trail, as verify-audit checks it.
Result<void> verify(Database &source, Database &target, StoreTransfer::Summary &summary)
{
    for (const TableTransfer::Table &table : TableTransfer::tables()) {
        auto inSource = TableTransfer::rowCount(source.connection(), table);
        if (!inSource)
            return inSource.error();
        auto inTarget = TableTransfer::rowCount(target.connection(), table);
        if (!inTarget)
            return inTarget.error();
        summary.tables.append({table.name, *inSource, *inTarget});
        if (*inSource != *inTarget) {
            summary.mismatches << StoreTransfer::tr("%1: %2 rows in the source, %3 in the target")
                                      .arg(table.name)
                                      .arg(*inSource)
                                      .arg(*inTarget);
        }
    }
    const TableTransfer::Table search {QStringLiteral("complaint_search"), {}, false};
    auto indexed = TableTransfer::rowCount(target.connection(), search);
    if (!indexed)
        return indexed.error();
    const qint64 complaints = summary.targetRows(QStringLiteral("complaints"));
    if (*indexed != complaints) {
        summary.mismatches << StoreTransfer::tr("the search index holds %1 complaints of %2")
                                  .arg(*indexed)
                                  .arg(complaints);
    }
    auto audit = AuditService::verify(target, AuditService::Options {});
    if (!audit) {
        summary.mismatches << audit.error().message;
        return {};
    }
    summary.auditEvents = audit->events;
    summary.mismatches << audit->findings;
    return {};
}

// Makes the verified copy a store of its own and removes the marker, in one transaction:
// a new store id, under which this computer keeps the source's audit key (the copy's seals
// are the source's) and an anchor file that starts at the copy's head. Work on the source
// and on the copy then never meets the other's anchors. The two files are written first
// and removed again when the transaction fails; stopped in between, they are left unused
// and the next run gives the copy another id.
Result<void> complete(Database &target)
{
    auto record = EventRepository(target.connection()).chainRecord();
    if (!record)
        return record.error();
    auto key = storage::AuditKey::ofStore(record->storeId, record->fingerprint);
    if (!key)
        return key.error();
    const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString keyPath = storage::AuditKey::keyPath(storeId);
    const QString anchorPath = storage::AuditKey::anchorPath(storeId);
    auto removeFiles = [&] {
        QFile::remove(keyPath);
        QFile::remove(anchorPath);
    };
    if (auto written = key->write(keyPath, storeId, target.path()); !written)
        return written;
    if (auto anchored =
            storage::AuditAnchors::restart(anchorPath, record->lastEventId, record->lastSeal);
        !anchored) {
        removeFiles();
        return anchored;
    }
    auto completed = storage::inTransaction(target, [&]() -> Result<void> {
        return TableTransfer::completeAs(target.connection(), storeId);
    });
    if (!completed) {
        removeFiles();
        return completed;
    }
    storage::AuditKey::remember(storeId, *key);
    return {};
}

} // namespace

qint64 StoreTransfer::Summary::targetRows(const QString &table) const
{
    for (const TableCount &count : tables) {
        if (count.table == table)
            return count.target;
    }
    return 0;
}

Result<StoreTransfer::Summary> StoreTransfer::run(const QString &from, const QString &to,
                                                  const Options &options)
{
    if (from == to
        || (!Workspace::isServerAddress(from) && !Workspace::isServerAddress(to)
            && storage::StoreCopy::sameFile(from, to))) {
        return Error::invalid(
            tr("%1 is both the source and the target; name another target.").arg(to));
    }
    auto source = openStore(from);
    if (!source)
        return source.error();
    if (auto readOnly = storage::runQuery((*source)->connection(),
                                          storage::Dialect::readOnly((*source)->connection()));
        !readOnly)
        return readOnly.error();
    if (auto checked = checkVersion(**source, true); !checked)
        return checked.error();
    auto sourceMarker = TableTransfer::marker((*source)->connection());
    if (!sourceMarker)
        return sourceMarker.error();
    if (*sourceMarker) {
        return Error::invalid(tr("The store %1 is itself an unfinished copy; finish that copy "
                                 "first. Nothing was copied.")
                                  .arg((*source)->displayName()));
    }
    auto target = openStore(to);
    if (!target)
        return target.error();
    if (auto checked = checkVersion(**target, false); !checked)
        return checked.error();

    Summary summary;
    summary.source = (*source)->displayName();
    summary.target = (*target)->displayName();
    auto sourceChain = EventRepository((*source)->connection()).chainRecord();
    if (!sourceChain)
        return sourceChain.error();
    const QString &sourceId = sourceChain->storeId;
    auto found = TableTransfer::marker((*target)->connection());
    if (!found)
        return found.error();
    QJsonObject marker;
    if (*found) {
        marker = **found;
        if (marker.value(sourceKey).toString() != sourceId) {
            return Error::invalid(
                tr("The target %1 holds an unfinished copy of another store, so nothing was "
                   "copied into it and it was left unchanged: finish that copy, or make a new "
                   "store for this one with \"complaintdesk-cli init --database ADDRESS\".")
                    .arg(summary.target));
        }
    } else {
        auto content = TableTransfer::contentTable((*target)->connection());
        if (!content)
            return content.error();
        auto targetChain = EventRepository((*target)->connection()).chainRecord();
        if (!targetChain)
            return targetChain.error();
        // A finished copy of this source: sealed with its key.
        if (!content->isEmpty() && targetChain->fingerprint == sourceChain->fingerprint) {
            summary.alreadyComplete = true;
            if (auto verified = verify(**source, **target, summary); !verified)
                return verified.error();
            return summary;
        }
        if (!content->isEmpty()) {
            return Error::invalid(
                tr("The target %1 already holds content (table %2), so nothing was copied into "
                   "it and it was left unchanged: copy-store fills only a new, empty store "
                   "made with \"complaintdesk-cli init --database %1\" (without --admin).")
                    .arg(summary.target, *content));
        }
        marker.insert(sourceKey, sourceId);
        auto started = storage::inTransaction(**target, [&]() -> Result<void> {
            if (auto cleared = TableTransfer::clearNewStore((*target)->connection()); !cleared)
                return cleared;
            return TableTransfer::setMarker((*target)->connection(), marker);
        });
        if (!started)
            return started.error();
    }

    for (const TableTransfer::Table &table : TableTransfer::tables()) {
        if (auto copied = copyTable(**source, **target, table, marker, options); !copied)
            return copied.error();
    }
    auto finished = storage::inTransaction(**target, [&]() -> Result<void> {
        return TableTransfer::finish((*source)->connection(), (*target)->connection());
    });
    if (!finished)
        return finished.error();
    if (auto verified = verify(**source, **target, summary); !verified)
        return verified.error();
    if (!summary.verified())
        return summary;
    if (auto completed = complete(**target); !completed)
        return completed.error();
    return summary;
}

} // namespace cd::models
