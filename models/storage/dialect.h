#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSqlError;

namespace cd::storage {

// The statements that differ between the two stores, in one place: an embedded SQLite file
// (one desk) and a PostgreSQL server (a call centre). Everything else in the storage layer
// is SQL both accept; nothing above the storage layer knows which store it uses.
// Each function answers for the connection `db` (its driver says which store it is).
class Dialect
{
public:
    enum class Kind { Sqlite, Postgres };
    static Kind of(const QSqlDatabase &db);
    static bool isPostgres(const QSqlDatabase &db) { return of(db) == Kind::Postgres; }

    // The outermost write transaction. SQLite: BEGIN IMMEDIATE takes the write lock at once;
    // PostgreSQL: read committed, rows locked as they are written (and by rowLock()).
    static QString beginWrite(const QSqlDatabase &db);
    // Run right after beginWrite(): PostgreSQL takes the store's writer lock (an advisory
    // lock held to the transaction's end), so that write transactions follow one another
    // as on SQLite and never wait on each other's rows in opposite orders (a deadlock:
    // tallies and the audit chain's head are written by every save). Empty on SQLite,
    // whose BEGIN IMMEDIATE is that lock.
    static QString takeWriteLock(const QSqlDatabase &db);
    // Whether a transaction is open on the connection (PostgreSQL: libpq's state).
    static bool inTransaction(const QSqlDatabase &db);
    // Whether the connection to a server was lost (restarted, network cut, failed over):
    // libpq knows once a statement has failed on it; `failure`, when given, is the error
    // of that statement (a connection exception, or the server ending the session). Always
    // false on SQLite.
    static bool connectionLost(const QSqlDatabase &db, const QSqlError *failure = nullptr);
    // Opens and closes one read snapshot for a walk that must see one state of the store
    // (the audit verification): a savepoint on SQLite, a repeatable-read transaction on
    // PostgreSQL (a savepoint of the caller's transaction when one is open).
    static QString beginSnapshot(const QSqlDatabase &db, bool nested);
    static QString endSnapshot(const QSqlDatabase &db, bool nested);

    // Appended to a SELECT of one row that the transaction will update (the audit chain's
    // head): FOR UPDATE on PostgreSQL, where other desks write at the same time; nothing
    // on SQLite, whose write transaction holds the whole store.
    static QString rowLock(const QSqlDatabase &db);

    // Makes the connection refuse every write from now on (a store only read: the source
    // of copy-store): PRAGMA query_only on SQLite, read-only transactions on PostgreSQL.
    static QString readOnly(const QSqlDatabase &db);
    // After rows were inserted into `table` with their ids given: the next id the store
    // gives is above them (PostgreSQL: the identity's sequence moved to max(id)). Empty on
    // SQLite, whose next rowid is always above the largest.
    static QString followIds(const QSqlDatabase &db, const QString &table);

    // An INSERT into a table with an `id` column, made to give the new id back (PostgreSQL
    // has no last-insert id without RETURNING).
    static QString returningId(const QSqlDatabase &db, const QString &insertSql);

    // Full-text search (rules/searchtext.h makes the tokens and the FTS5 query). SQLite:
    // the FTS5 table complaint_search(rowid, tokens). PostgreSQL: complaint_search(id,
    // tokens tsvector) with a GIN index; the same tokens, as lexemes with their positions
    // (so a Chinese word is the phrase of its character pairs there too).
    // Both name the complaint id column rowid.
    static QString searchMatches(Kind kind); // a predicate of one ?
    static QVariant searchQuery(Kind kind, const QString &fts5Query);
    static QString searchInsert(const QSqlDatabase &db); // (id, document)
    static QVariant searchDocument(const QSqlDatabase &db, const QString &tokens);

    // The tsquery text of an FTS5 query made by SearchText::matchQuery: each quoted phrase
    // becomes its tokens joined by <->, the phrases joined by &.
    static QString tsQueryOf(const QString &fts5Query);
    // The tsvector text of space-separated tokens, each with its position (1-based).
    static QString tsVectorOf(const QString &tokens);
};

} // namespace cd::storage
