#include "sqlquery.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

namespace {

// The statements prepared and not yet finalised on the connection under `db`.
int statementsOn(const QSqlDatabase &db)
{
    sqlite3 *handle = cd::storage::StoreError::handleOf(db);
    int count = 0;
    for (sqlite3_stmt *statement = sqlite3_next_stmt(handle, nullptr); statement;
         statement = sqlite3_next_stmt(handle, statement))
        ++count;
    return count;
}

} // namespace

using namespace cd::storage;

// PreparedStatement runs through SQLite's own API: it must store and read back what the
// Qt path (runQuery) would, and fail as a Result without losing the statement.
class TestSqlQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QVERIFY(runQuery(
            db,
            QStringLiteral(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT NOT NULL,"
                " b BLOB, u TEXT UNIQUE)")));
    }
    void cleanup() { QSqlDatabase::removeDatabase(connection); }

    void shouldStoreWhatRunQueryWould()
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        const QVariantList values {qint64(1) << 40, 2.5, QStringLiteral("退款 refund"),
                                   QByteArray("\x00\x01", 2), QVariant()};
        {
            PreparedStatement insert(
                db, QStringLiteral("INSERT INTO t (n, r, s, b, u) VALUES (?, ?, ?, ?, ?)"));
            QCOMPARE(insert.run(values).value(), 1);
            QCOMPARE(insert.run({7, true, QString(), QVariant(), QStringLiteral("x")}).value(), 2);
        }
        QVERIFY(runInsert(
            db, QStringLiteral("INSERT INTO t (n, r, s, b, u) VALUES (?, ?, ?, ?, ?)"), values));
        auto rows = runQuery(
            db,
            QStringLiteral(
                "SELECT n, r, s, b, u, typeof(n), typeof(r), typeof(u) FROM t ORDER BY id"));
        QVERIFY(rows);
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(rows->value(1).toDouble(), 2.5);
        QCOMPARE(rows->value(2).toString(), QStringLiteral("退款 refund"));
        QCOMPARE(rows->value(3).toByteArray(), QByteArray("\x00\x01", 2));
        QCOMPARE(rows->value(7).toString(), QStringLiteral("null"));
        QVERIFY(rows->next());
        QCOMPARE(rows->value(1).toDouble(), 1.0); // a bool binds as 1
        QCOMPARE(rows->value(2).toString(), QStringLiteral("")); // a null QString binds as ''
        QCOMPARE(rows->value(6).toString(), QStringLiteral("real"));
        QVERIFY(rows->next()); // the same row through the Qt path
        QCOMPARE(rows->value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(rows->value(2).toString(), QStringLiteral("退款 refund"));
        QCOMPARE(rows->value(5).toString(), QStringLiteral("integer"));
    }

    void shouldReadTheFirstValueOrNone()
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QVERIFY(runInsert(db, QStringLiteral("INSERT INTO t (n, s) VALUES (5, '冻结')"), {}));
        PreparedStatement find(db, QStringLiteral("SELECT s FROM t WHERE n = ?"));
        QCOMPARE(find.firstValue({5}).value(), QVariant(QStringLiteral("冻结")));
        QVERIFY(!find.firstValue({6}).value().isValid());
        PreparedStatement id(db, QStringLiteral("SELECT id, s FROM t WHERE s = ?"));
        QCOMPARE(id.firstValue({QStringLiteral("冻结")}).value().toLongLong(), 1);
    }

    void shouldReportFailuresAndStayUsable()
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        PreparedStatement insert(db, QStringLiteral("INSERT INTO t (s, u) VALUES (?, ?)"));
        QVERIFY(insert.run({QStringLiteral("a"), QStringLiteral("same")}));
        auto duplicate = insert.run({QStringLiteral("b"), QStringLiteral("same")});
        QVERIFY(!duplicate);
        QVERIFY2(duplicate.error().message.contains(QStringLiteral("UNIQUE")),
                 qPrintable(duplicate.error().message));
        QVERIFY(!insert.run({QStringLiteral("too few")}));
        QCOMPARE(insert.run({QStringLiteral("c"), QStringLiteral("other")}).value(), 2);

        PreparedStatement broken(db, QStringLiteral("INSERT INTO nowhere VALUES (?)"));
        auto refused = broken.run({1});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("nowhere")));
    }

    // While a StatementCache lives, runInsert prepares each text once and stores what it
    // stores without one; the statements go with the cache.
    void shouldReuseInsertsWhileACacheLives()
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        const QString sql = QStringLiteral("INSERT INTO t (n, s, u) VALUES (?, ?, ?)");
        QCOMPARE(runInsert(db, sql, {1, QStringLiteral("a"), QVariant()}).value(), 1);
        QCOMPARE(statementsOn(db), 0);
        {
            const StatementCache cache(db);
            QCOMPARE(StatementCache::of(db), &cache);
            QCOMPARE(runInsert(db, sql, {2, QString(), QStringLiteral("x")}).value(), 2);
            QCOMPARE(statementsOn(db), 1);
            QCOMPARE(runInsert(db, sql, {3, QStringLiteral("退款"), QVariant()}).value(), 3);
            QCOMPARE(statementsOn(db), 1); // the same statement again
            auto duplicate = runInsert(db, sql, {4, QStringLiteral("d"), QStringLiteral("x")});
            QVERIFY(!duplicate);
            QVERIFY(duplicate.error().message.contains(QStringLiteral("UNIQUE")));
            QCOMPARE(runInsert(db, sql, {5, QStringLiteral("e"), QVariant()}).value(), 4);
            {
                const StatementCache inner(db); // the outer one keeps serving
                QCOMPARE(StatementCache::of(db), &cache);
            }
            QCOMPARE(StatementCache::of(db), &cache);
        }
        QVERIFY(!StatementCache::of(db));
        QCOMPARE(statementsOn(db), 0);
        auto rows = runQuery(db, QStringLiteral("SELECT n, s, typeof(u) FROM t ORDER BY id"));
        QVERIFY(rows);
        const QList<QStringList> expected {
            {QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("null")},
            {QStringLiteral("2"), QString(), QStringLiteral("text")},
            {QStringLiteral("3"), QStringLiteral("退款"), QStringLiteral("null")},
            {QStringLiteral("5"), QStringLiteral("e"), QStringLiteral("null")}};
        for (const QStringList &row : expected) {
            QVERIFY(rows->next());
            QCOMPARE(rows->value(0).toString(), row.at(0));
            QCOMPARE(rows->value(1).toString(),
                     row.at(1).isNull() ? QStringLiteral("") : row.at(1));
            QCOMPARE(rows->value(2).toString(), row.at(2));
        }
        QVERIFY(!rows->next());
    }

private:
    const QString connection = QStringLiteral("tst_sqlquery");
};

QTEST_GUILESS_MAIN(TestSqlQuery)
#include "tst_sqlquery.moc"
