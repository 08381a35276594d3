#include "sqlquery.h"

#include "database.h"

#include <QSqlError>

namespace cd::storage {

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return Error::storage(Database::tr("A statement could not be prepared: %1")
                                  .arg(query.lastError().text()));
    }
    for (const QVariant &value : bindings) {
        // A null QString would bind as SQL NULL; text columns want ''. SQL NULL is bound
        // with an invalid QVariant (see nullable()).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        return Error::storage(Database::tr("The store reported an error: %1")
                                  .arg(query.lastError().text()));
    }
    return query;
}

Result<qint64> runInsert(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto query = runQuery(db, sql, bindings);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

} // namespace cd::storage
