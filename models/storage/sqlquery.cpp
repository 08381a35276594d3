#include "sqlquery.h"

#include "database.h"
#include "storeerror.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace cd::storage {

namespace {

Error prepareError(const QSqlDatabase &db, const QSqlQuery &query)
{
    return StoreError::ofStatement(db, query.lastError(),
                                   Database::tr("A statement could not be prepared: %1")
                                       .arg(query.lastError().text()));
}

Error execError(const QSqlDatabase &db, const QSqlQuery &query)
{
    return StoreError::ofStatement(db, query.lastError(),
                                   Database::tr("The store reported an error: %1")
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
        return prepareError(db, query);
    bindAll(query, bindings);
    if (!query.exec())
        return execError(db, query);
    return query;
}

Result<void> rowsEnded(const QSqlDatabase &db, const QSqlQuery &query)
{
    if (query.lastError().type() == QSqlError::NoError)
        return {};
    return execError(db, query);
}

PreparedStatement::PreparedStatement(QSqlDatabase db, QString sql)
    : m_db(std::move(db)), m_sql(std::move(sql))
{
}

PreparedStatement::~PreparedStatement()
{
    sqlite3_finalize(m_statement);   // a no-op on null
}

Error PreparedStatement::storeError() const
{
    return StoreError::ofHandle(m_handle, Database::tr("The store reported an error: %1")
                                              .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

Result<bool> PreparedStatement::step(const QVariantList &bindings)
{
    if (!m_statement) {
        m_handle = StoreError::handleOf(m_db);
        if (!m_handle)
            return Error::storage(Database::tr("The store's connection is not an SQLite one."));
        const QByteArray sql = m_sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()),
                               SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return StoreError::ofHandle(m_handle,
                                        Database::tr("A statement could not be prepared: %1")
                                            .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
        }
    }
    if (bindings.size() != sqlite3_bind_parameter_count(m_statement)) {
        return Error::storage(Database::tr("A statement of %1 parameters was given %2 values.")
                                  .arg(sqlite3_bind_parameter_count(m_statement))
                                  .arg(bindings.size()));
    }
    m_texts.clear();
    m_texts.reserve(bindings.size());
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        const int at = i + 1;
        int bound = SQLITE_OK;
        if (value.isNull() && value.typeId() != QMetaType::QString) {
            bound = sqlite3_bind_null(m_statement, at);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                bound = sqlite3_bind_int64(m_statement, at, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                bound = sqlite3_bind_double(m_statement, at, value.toDouble());
                break;
            case QMetaType::QByteArray:
                m_texts.append(value.toByteArray());
                bound = sqlite3_bind_blob(m_statement, at, m_texts.constLast().constData(),
                                          int(m_texts.constLast().size()), SQLITE_STATIC);
                break;
            default:   // text; a null QString is '' (as in runQuery)
                m_texts.append(value.toString().toUtf8());
                bound = sqlite3_bind_text(m_statement, at, m_texts.constLast().constData(),
                                          int(m_texts.constLast().size()), SQLITE_STATIC);
                break;
            }
        }
        if (bound != SQLITE_OK) {
            sqlite3_reset(m_statement);
            return storeError();
        }
    }
    const int stepped = sqlite3_step(m_statement);
    if (stepped != SQLITE_ROW && stepped != SQLITE_DONE) {
        const Error error = storeError();
        sqlite3_reset(m_statement);
        return error;
    }
    return stepped == SQLITE_ROW;
}

Result<qint64> PreparedStatement::run(const QVariantList &bindings)
{
    auto stepped = step(bindings);
    if (!stepped)
        return stepped.error();
    const qint64 id = sqlite3_last_insert_rowid(m_handle);
    sqlite3_reset(m_statement);
    return id;
}

Result<QVariant> PreparedStatement::firstValue(const QVariantList &bindings)
{
    auto row = step(bindings);
    if (!row)
        return row.error();
    QVariant value;
    if (*row) {
        switch (sqlite3_column_type(m_statement, 0)) {
        case SQLITE_INTEGER:
            value = qint64(sqlite3_column_int64(m_statement, 0));
            break;
        case SQLITE_FLOAT:
            value = sqlite3_column_double(m_statement, 0);
            break;
        case SQLITE_TEXT:
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(m_statement, 0)),
                sqlite3_column_bytes(m_statement, 0));
            break;
        case SQLITE_BLOB:
            value = QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, 0)),
                               sqlite3_column_bytes(m_statement, 0));
            break;
        default:   // NULL
            break;
        }
    }
    sqlite3_reset(m_statement);
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
