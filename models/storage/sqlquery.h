#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace cd::storage {

// Prepares `sql`, binds `bindings` positionally and executes it. Every statement of the
// storage layer goes through here so that failures become Error::Storage values.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &bindings = {});

// For INSERTs: the new row's id.
Result<qint64> runInsert(const QSqlDatabase &db, const QString &sql,
                         const QVariantList &bindings);

// One statement prepared once and run many times (bulk writes: the demonstration data).
// Bindings are treated as in runQuery(). The query is finished after each run, so a kept
// statement never holds a read snapshot open between runs.
class PreparedStatement
{
public:
    PreparedStatement(QSqlDatabase db, QString sql);
    // Executes with `bindings`; for an INSERT, the new row's id.
    Result<qint64> run(const QVariantList &bindings);
    // For a SELECT: the first column of its first row; an invalid QVariant when none.
    Result<QVariant> firstValue(const QVariantList &bindings);

private:
    Result<void> execute(const QVariantList &bindings);

    QSqlDatabase m_db;
    QString m_sql;
    std::optional<QSqlQuery> m_query;   // prepared on first use
};

// A NULL for an optional value bound to SQL.
template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace cd::storage
