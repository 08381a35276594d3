#include "database.h"
#include "migrations.h"

#include <QDir>
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
            auto db = Database::open(path, Database::Upgrade::None);
            QVERIFY(db.ok());
            QVERIFY(Migrations::upgradeTo(**db, from).ok());
            QCOMPARE(Migrations::currentVersion((*db)->connection()), from);
            if (from >= 1) {
                QSqlQuery query((*db)->connection());
                QVERIFY(query.exec(QStringLiteral(
                    "INSERT INTO users (username, display_name, role, created_at)"
                    " VALUES ('old.agent', 'Old Agent', 'agent', 1)")));
            }
        }
        // WHEN it is opened normally
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        // THEN it is at the latest version, with its data, and a backup was made first
        QCOMPARE(Migrations::currentVersion((*db)->connection()), Migrations::latestVersion());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM users WHERE username = 'old.agent'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), from >= 1 ? 1 : 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM categories")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 15);
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("*.bak")});
        QCOMPARE(backups.size(), from >= 1 ? 1 : 0);
    }

    void shouldKeepTheBackupReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(path, Database::Upgrade::None);
            QVERIFY(db.ok());
            QVERIFY(Migrations::upgradeTo(**db, 1).ok());
        }
        { auto db = Database::open(path); QVERIFY(db.ok()); }
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
        { auto db = Database::open(path); QVERIFY(db.ok()); }
        { auto db = Database::open(path); QVERIFY(db.ok()); }
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
