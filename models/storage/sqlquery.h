#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace cd::storage {

// Prepares `sql`, binds `bindings` positionally and executes it. Every statement of the
// storage layer goes through here so that failures become Error::Storage values.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &bindings = {});

// For INSERTs: the new row's id.
Result<qint64> runInsert(const QSqlDatabase &db, const QString &sql,
                         const QVariantList &bindings);

// A NULL for an optional value bound to SQL.
template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace cd::storage
