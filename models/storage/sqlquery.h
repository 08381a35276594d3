#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace cd::storage {

// Prepares `sql`, binds `bindings` positionally and executes it. Every statement of the
// storage layer goes through here so that failures become Error::Storage values
// (Error::Damaged when SQLite finds the file damaged: StoreError).
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &bindings = {});

// After a loop over `query`'s rows: whether they ended because there were no more
// (next() also returns false when reading a row failed, e.g. on a damaged page).
Result<void> rowsEnded(const QSqlDatabase &db, const QSqlQuery &query);

// Runs a statement for its effect only (UPDATE, DELETE, DDL), as runQuery() does.
Result<void> runStatement(const QSqlDatabase &db, const QString &sql,
                          const QVariantList &bindings = {});

// Runs `sql` as runQuery() does and calls `read` with the query on each row in turn. Fails
// when the statement fails or a row cannot be read (rowsEnded()); the rows before that one
// have been given to `read`.
template<typename Read>
Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings,
                        Read &&read)
{
    auto query = runQuery(db, sql, bindings);
    if (!query)
        return query.error();
    while (query->next())
        read(std::as_const(*query));
    return rowsEnded(db, *query);
}

// What `read` makes of one row of a query.
template<typename Read> using RowOf = std::decay_t<std::invoke_result_t<Read &, const QSqlQuery &>>;

// Every row of `sql` mapped through `read`, in the order the statement gives them.
template<typename Read>
Result<QList<RowOf<Read>>> readRows(const QSqlDatabase &db, const QString &sql,
                                    const QVariantList &bindings, Read &&read)
{
    QList<RowOf<Read>> rows;
    auto ended =
        forEachRow(db, sql, bindings, [&](const QSqlQuery &query) { rows.append(read(query)); });
    if (!ended)
        return ended.error();
    return rows;
}

// The first row of `sql` mapped through `read`; none when the statement gives no row (a
// failure to read it is taken for no row, as QSqlQuery::next() does).
template<typename Read>
Result<std::optional<RowOf<Read>>> readFirstRow(const QSqlDatabase &db, const QString &sql,
                                                const QVariantList &bindings, Read &&read)
{
    auto query = runQuery(db, sql, bindings);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<RowOf<Read>>();
    return std::optional<RowOf<Read>>(read(std::as_const(*query)));
}

// The first column of every row of `sql`, read as an id.
Result<QList<qint64>> readIds(const QSqlDatabase &db, const QString &sql,
                              const QVariantList &bindings = {});

// For INSERTs into a table with an `id` column: the new row's id.
Result<qint64> runInsert(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings);

// INSERT INTO `table` (`columns`) VALUES (?, ...), run as runInsert() runs it with
// `values` bound in the order of `columns` (names separated by commas, as SQL lists
// them): the new row's id. For repositories whose insert and update write the same
// columns, so that the two name them once.
Result<qint64> insertRow(const QSqlDatabase &db, const QString &table, const QString &columns,
                         const QVariantList &values);

// UPDATE `table` SET column = ?, ... WHERE id = `id`, run as runStatement() runs it with
// `values` bound in the order of `columns` (as insertRow() takes them).
Result<void> updateRow(const QSqlDatabase &db, const QString &table, const QString &columns,
                       QVariantList values, qint64 id);

// Whether `table` of the SQLite store has the column `column`.
Result<bool> hasColumn(const QSqlDatabase &db, const QString &table, const QString &column);

// One statement prepared once and run many times (bulk writes: the demonstration data),
// on SQLite through its own API on the connection's handle (on PostgreSQL through one
// QSqlQuery prepared once: a round trip a run instead of three): Qt's binding formats a placeholder
// name for every value it binds, which cost a third of the fill's writing time
// (docs/performance.md). Bindings are treated as in runQuery(): an invalid QVariant is
// NULL, a null QString is ''. The statement is reset after each run, so a kept statement
// never holds a read snapshot open between runs. Destroy it before the connection closes.
class PreparedStatement
{
public:
    PreparedStatement(QSqlDatabase db, QString sql);
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    // Executes with `bindings`; for an INSERT, the new row's id (on PostgreSQL the INSERT
    // must return it: Dialect::returningId(); else 0).
    Result<qint64> run(const QVariantList &bindings);
    // For a SELECT: the first column of its first row; an invalid QVariant when none.
    Result<QVariant> firstValue(const QVariantList &bindings);

private:
    // Prepares on first use, binds and steps once: true when a row came back.
    Result<bool> step(const QVariantList &bindings);
    // PostgreSQL: prepares on first use (one server-side statement kept while this lives),
    // binds and executes; the query holds the result.
    Result<QSqlQuery *> execOnServer(const QVariantList &bindings);
    Error storeError() const;

    QSqlDatabase m_db;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_serverQuery;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_texts; // UTF-8 of the bound strings, kept until the run ends
};

// While it lives, runInsert() on its SQLite connection prepares each statement text once
// and runs it again and again (a PreparedStatement per text) instead of preparing it for
// every row: bulk paths that write through the repositories (the import) keep one for
// their duration. The statements are finalised when it is destroyed, which must happen
// before the connection closes and on the connection's thread. No effect on PostgreSQL.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The cache kept for the connection under `db`, if one lives.
    static StatementCache *of(const QSqlDatabase &db);
    PreparedStatement &statement(const QString &sql);

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    std::unordered_map<QString, std::unique_ptr<PreparedStatement>> m_statements;
};

// The rows of a RowCursor on a store that is not SQLite (PostgreSQL): read through
// QSqlQuery, each row's values kept as RowCursor's accessors give them.
struct QueryRows
{
    std::optional<QSqlQuery> query;
    QVariantList values;
    QList<QByteArray> texts;
    static constexpr int batchSize = 5000; // rows a FETCH from `cursor` asks for
    QString cursor; // a server-side cursor read in batches; empty: the whole result at once
    int batchRows = 0; // rows of the last batch fetched from `cursor`
};

// A SELECT read row by row through SQLite's own API (on PostgreSQL through QSqlQuery, the
// same values given back), for walks over whole tables (the audit
// verification reads every event): no QVariant per value. A step that fails is an error
// (a damaged store), never taken for the end of the rows. The text of a column stays valid
// until the next call to next(). Destroy it before the connection closes. On PostgreSQL,
// a cursor without values opened inside a transaction (a ReadSnapshot) reads the rows in
// batches from a server-side cursor, so a walk over millions of rows holds one batch in
// memory; otherwise the whole result is fetched at once.
class RowCursor
{
public:
    RowCursor(QSqlDatabase db, QString sql);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // Prepares and binds on the first call; true while a row is there.
    Result<bool> next(const QVariantList &bindings = {});

    bool isNull(int column) const;
    qint64 integer(int column) const;
    // The column as UTF-8 (an integer as its decimal digits; NULL as empty; a BLOB as its bytes).
    QByteArrayView text(int column) const;
    QString string(int column) const { return QString::fromUtf8(text(column)); }
    // SQLITE_INTEGER, SQLITE_TEXT, SQLITE_NULL...
    int type(int column) const;

private:
    // On a server: the whole result of the statement, or (no values, inside a transaction)
    // a server-side cursor and its first batch.
    Result<void> startOnServer(const QVariantList &bindings);
    // The next batch of rows of the server-side cursor.
    Result<void> fetchBatch();

    QSqlDatabase m_db;
    QString m_sql;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_texts;
    QueryRows m_rows; // on PostgreSQL
};

// One read snapshot for a walk that must see one state of the store (Dialect::beginSnapshot:
// a savepoint on SQLite, a repeatable-read transaction on PostgreSQL, or a savepoint of the
// caller's transaction), from open() until destruction. Nothing is written in it.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Result<void> open();

private:
    QSqlDatabase m_db;
    bool m_nested = false;
    bool m_open = false;
};

// An id read from a nullable column: none for NULL.
inline std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// A code read from a nullable column through `fromCode` (rules::severityFromCode, say):
// none for NULL, as for a code `fromCode` does not know.
template<typename FromCode>
std::invoke_result_t<FromCode &, const QString &> optionalCode(const QVariant &value,
                                                               FromCode &&fromCode)
{
    if (value.isNull())
        return std::nullopt;
    return fromCode(value.toString());
}

// A NULL for an optional value bound to SQL.
template<typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace cd::storage
