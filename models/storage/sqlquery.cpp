#include "sqlquery.h"

#include "database.h"

#include <QSqlError>

namespace cd::storage {

namespace {

Error prepareError(const QSqlQuery &query)
{
    return Error::storage(Database::tr("A statement could not be prepared: %1")
                              .arg(query.lastError().text()));
}

Error execError(const QSqlQuery &query)
{
    return Error::storage(Database::tr("The store reported an error: %1")
                              .arg(query.lastError().text()));
}

void bindAll(QSqlQuery &query, const QVariantList &bindings)
{
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        // A null QString would bind as SQL NULL; text columns want ''. SQL NULL is bound
        // with an invalid QVariant (see nullable()).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
}

} // namespace

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return prepareError(query);
    bindAll(query, bindings);
    if (!query.exec())
        return execError(query);
    return query;
}

PreparedStatement::PreparedStatement(QSqlDatabase db, QString sql)
    : m_db(std::move(db)), m_sql(std::move(sql))
{
}

Result<void> PreparedStatement::execute(const QVariantList &bindings)
{
    if (!m_query) {
        m_query.emplace(m_db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(m_sql)) {
            const Error error = prepareError(*m_query);
            m_query.reset();
            return error;
        }
    }
    bindAll(*m_query, bindings);
    if (!m_query->exec())
        return execError(*m_query);
    return {};
}

Result<qint64> PreparedStatement::run(const QVariantList &bindings)
{
    if (auto done = execute(bindings); !done)
        return done.error();
    const qint64 id = m_query->lastInsertId().toLongLong();
    m_query->finish();
    return id;
}

Result<QVariant> PreparedStatement::firstValue(const QVariantList &bindings)
{
    if (auto done = execute(bindings); !done)
        return done.error();
    const QVariant value = m_query->next() ? m_query->value(0) : QVariant();
    m_query->finish();
    return value;
}

Result<qint64> runInsert(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto query = runQuery(db, sql, bindings);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

} // namespace cd::storage
