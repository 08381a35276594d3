#pragma once

#include "sqlquery.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace cd::storage {

// One column's value read into a field of its type: an optional field is none for NULL.
inline void readColumn(const QVariant &value, qint64 &field)
{
    field = value.toLongLong();
}
inline void readColumn(const QVariant &value, int &field)
{
    field = value.toInt();
}
inline void readColumn(const QVariant &value, bool &field)
{
    field = value.toBool();
}
inline void readColumn(const QVariant &value, double &field)
{
    field = value.toDouble();
}
inline void readColumn(const QVariant &value, QString &field)
{
    field = value.toString();
}
inline void readColumn(const QVariant &value, std::optional<qint64> &field)
{
    field = optionalId(value);
}
inline void readColumn(const QVariant &value, std::optional<int> &field)
{
    field = value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

// The columns of `row` from `first` on, in order, read into `fields` (readColumn()): the
// fields are listed in the order the statement selects their columns.
template<typename... Fields> void readInto(const QSqlQuery &row, int first, Fields &...fields)
{
    int column = first;
    (readColumn(row.value(column++), fields), ...);
}

// Every row of `sql` as a T whose `fields` take its columns in order (readInto()).
template<typename T, typename... Fields>
Result<QList<T>> readRecords(const QSqlDatabase &db, const QString &sql,
                             const QVariantList &bindings, Fields T::*...fields)
{
    return readRows(db, sql, bindings, [&](const QSqlQuery &row) {
        T record;
        readInto(row, 0, (record.*fields)...);
        return record;
    });
}

} // namespace cd::storage
