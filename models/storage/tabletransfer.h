#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace cd::storage {

// The SQL of copy-store (models/services/storetransfer.h): a store's tables read in
// primary-key order in batches from one store and written into another, SQLite or
// PostgreSQL either way. Derived data is not copied but made on the target as it is
// written: the search index (ComplaintRepository::indexForSearch), the tallies (by the
// target's triggers) and the next ids (Dialect::followIds).
class TableTransfer
{
    Q_DECLARE_TR_FUNCTIONS(TableTransfer)
public:
    struct Table
    {
        QString name;
        QStringList key; // the primary key, in order
        // Seeded: init fills it with the defaults, which the copy replaces. Otherwise a
        // new store holds no row of it (events: only init's "audit_trail_sealed").
        bool seeded = false;
    };
    // Every table a store's content is in, in an order that writes each row after the
    // rows it refers to (complaints merged into later ones aside: finish() links those).
    static QList<Table> tables();

    // The settings key on the target that says how far the copy got (a JSON object): while
    // it is there the store is incomplete and Database::open refuses it.
    static QString markerKey();
    static Result<std::optional<QJsonObject>> marker(const QSqlDatabase &db);
    static Result<void> setMarker(const QSqlDatabase &db, const QJsonObject &marker);
    static Result<void> clearMarker(const QSqlDatabase &db);

    // The rows of `table` (the marker not counted).
    static Result<qint64> rowCount(const QSqlDatabase &db, const Table &table);
    // The first table of a new store's that holds rows a new store has not; empty when
    // the store holds only what init put there.
    static Result<QString> contentTable(const QSqlDatabase &db);
    // Empties a new store (contentTable() empty) of what init put there, within the
    // caller's transaction.
    static Result<void> clearNewStore(const QSqlDatabase &db);

    // The column names of `table` on the store, in its order.
    static Result<QStringList> columns(const QSqlDatabase &db, const Table &table);
    // At most `limit` rows of `table` after the first `offset` rows (composite keys) or
    // after the key `after` (one-column keys; invalid: from the start), in key order:
    // values in `columns` order, NULL as an invalid QVariant.
    static Result<QList<QVariantList>> readRows(const QSqlDatabase &db, const Table &table,
                                                const QStringList &columns, const QVariant &after,
                                                qint64 offset, int limit);
    // Inserts `rows` (from readRows) into `table`, within the caller's transaction; new
    // complaints are indexed for search.
    static Result<void> writeRows(const QSqlDatabase &db, const Table &table,
                                  const QStringList &columns, const QList<QVariantList> &rows);
    // Once every table is written: complaints merged into later ones linked as in
    // `source`, and the next ids of `target` set above the copied ones.
    static Result<void> finish(const QSqlDatabase &source, const QSqlDatabase &target);

    // The copy verified: the target becomes the store `storeId` (audit_chain) and loses its
    // marker. Run in the transaction that ends the copy.
    static Result<void> completeAs(const QSqlDatabase &db, const QString &storeId);
};

} // namespace cd::storage
