#include "sqlquery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

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
        QVERIFY(runQuery(db, QStringLiteral(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT NOT NULL,"
            " b BLOB, u TEXT UNIQUE)")));
    }
    void cleanup() { QSqlDatabase::removeDatabase(connection); }

    void shouldStoreWhatRunQueryWould()
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        const QVariantList values{qint64(1) << 40, 2.5, QStringLiteral("退款 refund"),
                                  QByteArray("\x00\x01", 2), QVariant()};
        {
            PreparedStatement insert(db, QStringLiteral(
                "INSERT INTO t (n, r, s, b, u) VALUES (?, ?, ?, ?, ?)"));
            QCOMPARE(insert.run(values).value(), 1);
            QCOMPARE(insert.run({7, true, QString(), QVariant(), QStringLiteral("x")}).value(), 2);
        }
        QVERIFY(runInsert(db, QStringLiteral("INSERT INTO t (n, r, s, b, u) VALUES (?, ?, ?, ?, ?)"),
                          values));
        auto rows = runQuery(db, QStringLiteral(
            "SELECT n, r, s, b, u, typeof(n), typeof(r), typeof(u) FROM t ORDER BY id"));
        QVERIFY(rows);
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(rows->value(1).toDouble(), 2.5);
        QCOMPARE(rows->value(2).toString(), QStringLiteral("退款 refund"));
        QCOMPARE(rows->value(3).toByteArray(), QByteArray("\x00\x01", 2));
        QCOMPARE(rows->value(7).toString(), QStringLiteral("null"));
        QVERIFY(rows->next());
        QCOMPARE(rows->value(1).toDouble(), 1.0);               // a bool binds as 1
        QCOMPARE(rows->value(2).toString(), QStringLiteral("")); // a null QString binds as ''
        QCOMPARE(rows->value(6).toString(), QStringLiteral("real"));
        QVERIFY(rows->next());   // the same row through the Qt path
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

private:
    const QString connection = QStringLiteral("tst_sqlquery");
};

QTEST_GUILESS_MAIN(TestSqlQuery)
#include "tst_sqlquery.moc"
