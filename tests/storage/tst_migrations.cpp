#include "database.h"
#include "migrations.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cd::storage::Database;
using cd::storage::Migrations;

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldUpgradeFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void shouldUpgradeFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        // GIVEN a store built up to version `from`, with a row of data where it can hold one
        {
            const auto db = cd::test::storeOfVersion(path, from);
            QVERIFY(db);
            QCOMPARE(Migrations::currentVersion(db->connection()), from);
            if (from >= 1) {
                QSqlQuery query(db->connection());
                QVERIFY(query.exec(
                    QStringLiteral("INSERT INTO users (username, display_name, role, created_at)"
                                   " VALUES ('old.agent', 'Old Agent', 'agent', 1)")));
            }
        }
        // WHEN it is opened normally
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        // THEN it is at the latest version, with its data, and a backup was made first
        QCOMPARE(Migrations::currentVersion((*db)->connection()), Migrations::latestVersion());
        QSqlQuery query((*db)->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM users WHERE username = 'old.agent'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), from >= 1 ? 1 : 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM categories")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 15);
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("*.bak")});
        QCOMPARE(backups.size(), from >= 1 ? 1 : 0);
    }

    void shouldGiveComplaintsOfAVersion5StoreTheirClocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        {
            const auto db = cd::test::storeOfVersion(path, 5);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO users (id, username, display_name, role, created_at)"
                               " VALUES (1, 'a', 'A', 'agent', 1)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO customers (id, phone, created_at) VALUES (1, '+8613812345678', 1)")));
            // one open (P1), one waiting for the customer, one replied (regulator)
            const QStringList rows {QStringLiteral("1, 'NEW', 'P1', 'HOTLINE'"),
                                    QStringLiteral("2, 'WAITING_CUSTOMER', 'P3', 'HOTLINE'"),
                                    QStringLiteral("3, 'REPLIED', 'P2', 'REGULATOR'")};
            for (const QString &row : rows) {
                QVERIFY2(
                    q.exec(QStringLiteral(
                               "INSERT INTO complaints (id, status, severity, channel, reference, "
                               "customer_id,"
                               " category_id, department_id, description, demand, received_at, "
                               "created_by,"
                               " updated_at, first_response_due_at, resolution_due_at) VALUES (%1,"
                               " 'TS-' || abs(random()), 1, 1, 1, 'x', 'OTHER', 1000, 1, 2000, "
                               "5000, 9000)")
                               .arg(row)),
                    qPrintable(q.lastError().text()));
            }
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT id, sla_policy_id, next_due_at, paused_at, resolved_at, resolution_started_at"
            " FROM complaints ORDER BY id")));
        QVERIFY(q.next()); // NEW, P1: urgent policy, resolution clock running
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toLongLong(), 9000);
        QCOMPARE(q.value(5).toLongLong(), 1000);
        QVERIFY(q.next()); // waiting: paused since its last change, no running deadline
        QCOMPARE(q.value(1).toInt(), 3);
        QCOMPARE(q.value(3).toLongLong(), 2000);
        QVERIFY(q.value(2).toLongLong() > 9000);
        QVERIFY(q.next()); // replied, from a regulator: stopped
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(4).toLongLong(), 2000);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sla_pauses WHERE ended_at IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM calendar_days")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 50);
    }

    void shouldKeepTheBackupReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(cd::test::storeOfVersion(path, 1));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("*.bak")});
        QCOMPARE(backups.size(), 1);
        auto backup = Database::open(dir.filePath(backups.first()), Database::Upgrade::None);
        QVERIFY(backup.ok());
        QCOMPARE(Migrations::currentVersion((*backup)->connection()), 1);
    }

    void shouldNotTouchAStoreAlreadyAtTheLatestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            auto db = Database::open(path, Database::Upgrade::ToLatest, Database::Missing::Create);
            QVERIFY(db.ok());
        }
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
