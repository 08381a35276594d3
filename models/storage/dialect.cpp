#include "dialect.h"

#include "libpq.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

namespace cd::storage {

namespace {

// tsvector positions end at 16383; later tokens share the last one.
constexpr int maxPosition = 16383;

QString lexeme(const QString &token)
{
    QString out = token;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
    return u'\'' + out + u'\'';
}

// The connection's libpq handle; null on SQLite (without loading libpq) and were libpq not
// loadable (which QPSQL needs too), so that the callers may use Libpq::get() when it is not
// null.
PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL's handle names its type "pg_conn*" (the struct behind libpq's PGconn typedef).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0)
        || !Libpq::get())
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

Dialect::Kind Dialect::of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Kind::Postgres : Kind::Sqlite;
}

QString Dialect::beginWrite(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString Dialect::takeWriteLock(const QSqlDatabase &db)
{
    // the key: "CoDe" and 2 (1 serialises upgrades: migrations.cpp)
    return isPostgres(db) ? QStringLiteral("SELECT pg_advisory_xact_lock(74145167900674)")
                          : QString();
}

bool Dialect::inTransaction(const QSqlDatabase &db)
{
    PGconn *connection = connectionOf(db);
    if (!connection)
        return false;
    const PGTransactionStatusType status = Libpq::get()->transactionStatus(connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

QString Dialect::serverAccount(const QSqlDatabase &db)
{
    PGconn *connection = connectionOf(db);
    return connection ? QString::fromUtf8(Libpq::get()->user(connection)) : QString();
}

bool Dialect::connectionLost(const QSqlDatabase &db, const QSqlError *failure)
{
    if (!isPostgres(db))
        return false;
    PGconn *connection = connectionOf(db);
    if (!connection || Libpq::get()->status(connection) == CONNECTION_BAD)
        return true; // the driver closed it, or libpq found it broken
    if (!failure)
        return false;
    // SQLSTATE class 08 (connection exception); 57P01-57P03: the server shut down, crashed
    // or cannot take connections yet.
    const QString state = failure->nativeErrorCode();
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

QString Dialect::beginSnapshot(const QSqlDatabase &db, bool nested)
{
    if (isPostgres(db) && !nested)
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    return QStringLiteral("SAVEPOINT verify_chain");
}

QString Dialect::endSnapshot(const QSqlDatabase &db, bool nested)
{
    if (isPostgres(db) && !nested)
        return QStringLiteral("COMMIT");
    return QStringLiteral("RELEASE verify_chain");
}

QString Dialect::rowLock(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral(" FOR UPDATE") : QString();
}

QString Dialect::returningId(const QSqlDatabase &db, const QString &insertSql)
{
    return isPostgres(db) ? insertSql + QStringLiteral(" RETURNING id") : insertSql;
}

QString Dialect::searchMatches(Kind kind)
{
    return kind == Kind::Postgres ? QStringLiteral("complaint_search.tokens @@ CAST(? AS tsquery)")
                                  : QStringLiteral("complaint_search MATCH ?");
}

QVariant Dialect::searchQuery(Kind kind, const QString &fts5Query)
{
    return kind == Kind::Postgres ? QVariant(tsQueryOf(fts5Query)) : QVariant(fts5Query);
}

QString Dialect::readOnly(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                          : QStringLiteral("PRAGMA query_only = ON");
}

QString Dialect::followIds(const QSqlDatabase &db, const QString &table)
{
    if (!isPostgres(db))
        return {};
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                          " COALESCE(max(id), 1), max(id) IS NOT NULL) FROM %1")
        .arg(table);
}

QString Dialect::searchInsert(const QSqlDatabase &db)
{
    return isPostgres(db)
        ? QStringLiteral("INSERT INTO complaint_search (rowid, tokens)"
                         " VALUES (?, CAST(? AS tsvector))")
        : QStringLiteral("INSERT INTO complaint_search (rowid, tokens) VALUES (?, ?)");
}

QVariant Dialect::searchDocument(const QSqlDatabase &db, const QString &tokens)
{
    return isPostgres(db) ? tsVectorOf(tokens) : tokens;
}

QString Dialect::tsQueryOf(const QString &fts5Query)
{
    // The FTS5 text is "phrase" "phrase"..., a quote inside a phrase doubled.
    QStringList phrases;
    QStringList tokens;
    QString token;
    bool inPhrase = false;
    auto endToken = [&] {
        if (!token.isEmpty())
            tokens << lexeme(token);
        token.clear();
    };
    for (qsizetype i = 0; i < fts5Query.size(); ++i) {
        const QChar c = fts5Query.at(i);
        if (!inPhrase) {
            if (c == u'"')
                inPhrase = true;
            continue;
        }
        if (c == u'"') {
            if (i + 1 < fts5Query.size() && fts5Query.at(i + 1) == u'"') {
                token += c;
                ++i;
                continue;
            }
            endToken();
            if (!tokens.isEmpty())
                phrases << (tokens.size() == 1
                                ? tokens.first()
                                : u'(' + tokens.join(QStringLiteral(" <-> ")) + u')');
            tokens.clear();
            inPhrase = false;
        } else if (c == u' ') {
            endToken();
        } else {
            token += c;
        }
    }
    return phrases.join(QStringLiteral(" & "));
}

QString Dialect::tsVectorOf(const QString &tokens)
{
    QStringList out;
    int position = 0;
    for (const QString &token : tokens.split(u' ', Qt::SkipEmptyParts)) {
        position = qMin(position + 1, maxPosition);
        out << lexeme(token) + u':' + QString::number(position);
    }
    return out.join(u' ');
}

} // namespace cd::storage
