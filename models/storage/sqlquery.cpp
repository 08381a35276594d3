#include "sqlquery.h"

#include "database.h"
#include "dialect.h"
#include "storeerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

#include <atomic>

namespace cd::storage {

namespace {

Error prepareError(const QSqlDatabase &db, const QSqlQuery &query)
{
    return StoreError::ofStatement(
        db, query.lastError(),
        Database::tr("A statement could not be prepared: %1").arg(query.lastError().text()));
}

Error execError(const QSqlDatabase &db, const QSqlQuery &query)
{
    return StoreError::ofStatement(
        db, query.lastError(),
        Database::tr("The store reported an error: %1").arg(query.lastError().text()));
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

Error handleError(sqlite3 *handle)
{
    return StoreError::ofHandle(handle,
                                Database::tr("The store reported an error: %1")
                                    .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
}

// Prepares `sql` on the SQLite connection under `db`.
Result<void> prepareStatement(const QSqlDatabase &db, const QString &sql, sqlite3 **handle,
                              sqlite3_stmt **statement)
{
    *handle = StoreError::handleOf(db);
    if (!*handle)
        return Error::storage(Database::tr("The store's connection is not an SQLite one."));
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(*handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(*statement);
        *statement = nullptr;
        return StoreError::ofHandle(*handle,
                                    Database::tr("A statement could not be prepared: %1")
                                        .arg(QString::fromUtf8(sqlite3_errmsg(*handle))));
    }
    return {};
}

// Binds `bindings` positionally; `texts` keeps the UTF-8 of bound strings alive.
Result<void> bindValues(sqlite3 *handle, sqlite3_stmt *statement, const QVariantList &bindings,
                        QList<QByteArray> &texts)
{
    texts.clear();
    texts.reserve(bindings.size());
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        const int at = i + 1;
        int bound = SQLITE_OK;
        if (value.isNull() && value.typeId() != QMetaType::QString) {
            bound = sqlite3_bind_null(statement, at);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                bound = sqlite3_bind_int64(statement, at, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                bound = sqlite3_bind_double(statement, at, value.toDouble());
                break;
            case QMetaType::QByteArray:
                texts.append(value.toByteArray());
                bound = sqlite3_bind_blob(statement, at, texts.constLast().constData(),
                                          int(texts.constLast().size()), SQLITE_STATIC);
                break;
            default: // text; a null QString is '' (as in runQuery)
                texts.append(value.toString().toUtf8());
                bound = sqlite3_bind_text(statement, at, texts.constLast().constData(),
                                          int(texts.constLast().size()), SQLITE_STATIC);
                break;
            }
        }
        if (bound != SQLITE_OK)
            return handleError(handle);
    }
    return {};
}

} // namespace

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    // QPSQL reads a forward-only result row by row from the connection, and loses it when
    // another statement runs on the connection before its end: on a server the whole
    // result is fetched at once, as callers read rows while running other statements.
    query.setForwardOnly(!Dialect::isPostgres(db));
    // QPSQL prepares with SQL PREPARE, which takes no DDL: a statement without values is
    // sent as it is.
    if (bindings.isEmpty() && Dialect::isPostgres(db)) {
        if (!query.exec(sql))
            return execError(db, query);
        return query;
    }
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

Result<void> runStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto query = runQuery(db, sql, bindings);
    if (!query)
        return query.error();
    return {};
}

Result<QList<qint64>> readIds(const QSqlDatabase &db, const QString &sql,
                              const QVariantList &bindings)
{
    return readRows(db, sql, bindings,
                    [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
}

Result<bool> hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    auto query = runQuery(db,
                          QStringLiteral("SELECT count(*) FROM pragma_table_info(?)"
                                         " WHERE name = ?"),
                          {table, column});
    if (!query)
        return query.error();
    return query->next() && query->value(0).toInt() > 0;
}

PreparedStatement::PreparedStatement(QSqlDatabase db, QString sql)
    : m_db(std::move(db))
    , m_sql(std::move(sql))
{
}

PreparedStatement::~PreparedStatement()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

Error PreparedStatement::storeError() const
{
    return handleError(m_handle);
}

Result<QSqlQuery *> PreparedStatement::execOnServer(const QVariantList &bindings)
{
    if (!m_serverQuery) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(m_sql))
            return prepareError(m_db, *query);
        m_serverQuery = std::move(query);
    }
    bindAll(*m_serverQuery, bindings);
    if (!m_serverQuery->exec())
        return execError(m_db, *m_serverQuery);
    return m_serverQuery.get();
}

Result<bool> PreparedStatement::step(const QVariantList &bindings)
{
    if (!m_statement) {
        if (auto prepared = prepareStatement(m_db, m_sql, &m_handle, &m_statement); !prepared)
            return prepared.error();
    }
    if (bindings.size() != sqlite3_bind_parameter_count(m_statement)) {
        return Error::storage(Database::tr("A statement of %1 parameters was given %2 values.")
                                  .arg(sqlite3_bind_parameter_count(m_statement))
                                  .arg(bindings.size()));
    }
    if (auto bound = bindValues(m_handle, m_statement, bindings, m_texts); !bound) {
        sqlite3_reset(m_statement);
        return bound.error();
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
    if (Dialect::isPostgres(m_db)) {
        auto query = execOnServer(bindings);
        if (!query)
            return query.error();
        return (*query)->next() ? (*query)->value(0).toLongLong() : qint64(0);
    }
    auto stepped = step(bindings);
    if (!stepped)
        return stepped.error();
    const qint64 id = sqlite3_last_insert_rowid(m_handle);
    sqlite3_reset(m_statement);
    return id;
}

Result<QVariant> PreparedStatement::firstValue(const QVariantList &bindings)
{
    if (Dialect::isPostgres(m_db)) {
        auto query = execOnServer(bindings);
        if (!query)
            return query.error();
        return (*query)->next() ? (*query)->value(0) : QVariant();
    }
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
        default: // NULL
            break;
        }
    }
    sqlite3_reset(m_statement);
    return value;
}

RowCursor::RowCursor(QSqlDatabase db, QString sql)
    : m_db(std::move(db))
    , m_sql(std::move(sql))
{
}

RowCursor::~RowCursor()
{
    sqlite3_finalize(m_statement); // a no-op on null
    if (!m_rows.cursor.isEmpty() && Dialect::inTransaction(m_db)) {
        m_rows.query.reset();
        (void)runStatement(m_db, QStringLiteral("CLOSE ") + m_rows.cursor); // a read: no loss
    }
}

Result<void> RowCursor::startOnServer(const QVariantList &bindings)
{
    if (!bindings.isEmpty() || !Dialect::inTransaction(m_db)) {
        auto query = runQuery(m_db, m_sql, bindings);
        if (!query)
            return query.error();
        m_rows.query = std::move(*query);
        return {};
    }
    static std::atomic<quint64> cursors {0};
    const QString name = QStringLiteral("cd_rows_%1").arg(++cursors);
    if (auto declared = runStatement(
            m_db, QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(name, m_sql));
        !declared)
        return declared;
    m_rows.cursor = name;
    return fetchBatch();
}

Result<void> RowCursor::fetchBatch()
{
    m_rows.query.reset(); // its rows are read; the next batch replaces them
    auto query = runQuery(
        m_db,
        QStringLiteral("FETCH FORWARD %1 FROM %2").arg(QueryRows::batchSize).arg(m_rows.cursor));
    if (!query)
        return query.error();
    m_rows.query = std::move(*query);
    m_rows.batchRows = m_rows.query->size();
    return {};
}

Result<bool> RowCursor::next(const QVariantList &bindings)
{
    if (Dialect::isPostgres(m_db)) {
        if (!m_rows.query) {
            if (auto started = startOnServer(bindings); !started)
                return started.error();
        }
        while (!m_rows.query->next()) {
            if (auto ended = rowsEnded(m_db, *m_rows.query); !ended)
                return ended.error();
            if (m_rows.cursor.isEmpty() || m_rows.batchRows < QueryRows::batchSize)
                return false; // the whole result, or the cursor's last batch, is read
            if (auto fetched = fetchBatch(); !fetched)
                return fetched.error();
        }
        const int columns = m_rows.query->record().count();
        m_rows.values.resize(columns);
        m_rows.texts.resize(columns);
        for (int column = 0; column < columns; ++column) {
            m_rows.values[column] = m_rows.query->value(column);
            const QVariant &value = m_rows.values.at(column);
            m_rows.texts[column] = value.typeId() == QMetaType::QByteArray // bytea: as it is
                ? value.toByteArray()
                : value.toString().toUtf8();
        }
        return true;
    }
    if (!m_statement) {
        if (auto prepared = prepareStatement(m_db, m_sql, &m_handle, &m_statement); !prepared)
            return prepared.error();
        if (auto bound = bindValues(m_handle, m_statement, bindings, m_texts); !bound)
            return bound.error();
    }
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped == SQLITE_DONE)
        return false;
    return handleError(m_handle);
}

bool RowCursor::isNull(int column) const
{
    if (m_rows.query)
        return m_rows.values.at(column).isNull();
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int RowCursor::type(int column) const
{
    if (m_rows.query) {
        const QVariant &value = m_rows.values.at(column);
        if (value.isNull())
            return SQLITE_NULL;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            return SQLITE_INTEGER;
        case QMetaType::Double:
            return SQLITE_FLOAT;
        case QMetaType::QByteArray:
            return SQLITE_BLOB;
        default:
            return SQLITE_TEXT;
        }
    }
    return sqlite3_column_type(m_statement, column);
}

qint64 RowCursor::integer(int column) const
{
    if (m_rows.query)
        return m_rows.values.at(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView RowCursor::text(int column) const
{
    if (m_rows.query)
        return m_rows.texts.at(column);
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(m_statement, column) : 0);
}

namespace {

// The live caches by connection handle; connections are used on one thread each.
thread_local QHash<sqlite3 *, StatementCache *> liveCaches;

} // namespace

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
    , m_handle(Dialect::isPostgres(db) ? nullptr : StoreError::handleOf(db))
{
    if (m_handle && !liveCaches.contains(m_handle))
        liveCaches.insert(m_handle, this);
    else
        m_handle = nullptr; // none, or an outer cache serves the connection
}

StatementCache::~StatementCache()
{
    if (m_handle)
        liveCaches.remove(m_handle);
}

StatementCache *StatementCache::of(const QSqlDatabase &db)
{
    if (liveCaches.isEmpty())
        return nullptr;
    sqlite3 *handle = StoreError::handleOf(db);
    return handle ? liveCaches.value(handle) : nullptr;
}

PreparedStatement &StatementCache::statement(const QString &sql)
{
    std::unique_ptr<PreparedStatement> &kept = m_statements[sql];
    if (!kept)
        kept = std::make_unique<PreparedStatement>(m_db, sql);
    return *kept;
}

Result<qint64> runInsert(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    if (StatementCache *cache = StatementCache::of(db))
        return cache->statement(sql).run(bindings);
    auto query = runQuery(db, Dialect::returningId(db, sql), bindings);
    if (!query)
        return query.error();
    if (Dialect::isPostgres(db))
        return query->next() ? query->value(0).toLongLong() : qint64(0);
    return query->lastInsertId().toLongLong();
}

Result<qint64> insertRow(const QSqlDatabase &db, const QString &table, const QString &columns,
                         const QVariantList &values)
{
    const QStringList marks(columns.count(u',') + 1, QStringLiteral("?"));
    return runInsert(db,
                     QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, columns, marks.join(QStringLiteral(", "))),
                     values);
}

Result<void> updateRow(const QSqlDatabase &db, const QString &table, const QString &columns,
                       QVariantList values, qint64 id)
{
    QStringList assignments;
    for (const QString &column : columns.split(u','))
        assignments << column.trimmed() + QStringLiteral(" = ?");
    values << id;
    return runStatement(db,
                        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                            .arg(table, assignments.join(QStringLiteral(", "))),
                        values);
}

ReadSnapshot::ReadSnapshot(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        (void)runStatement(m_db, Dialect::endSnapshot(m_db, m_nested)); // a read: nothing to lose
}

Result<void> ReadSnapshot::open()
{
    m_nested = Dialect::inTransaction(m_db);
    if (auto opened = runStatement(m_db, Dialect::beginSnapshot(m_db, m_nested)); !opened)
        return opened;
    m_open = true;
    return {};
}

} // namespace cd::storage
