#include "database.h"
#include "migrations.h"
#include "sqlitefile.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using cd::storage::Database;
using cd::storage::Migrations;

namespace {

// Fails the test unless Database::open refuses the file at `path` with a storage error
// whose message contains `message`, leaving the file as it was.
void verifyRefusedAndUnchanged(const QString &path, const QString &message)
{
    const QByteArray before = cd::test::digestOf(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, cd::Error::Kind::Storage);
    QVERIFY2(db.error().message.contains(message), qPrintable(db.error().message));
    QCOMPARE(cd::test::digestOf(path), before);
}

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("PRAGMA ") + name);
    query.next();
    return query.value(0);
}

// A new store at `path` (as init creates it).
cd::Result<std::unique_ptr<Database>> create(const QString &path)
{
    return Database::open(path, Database::Upgrade::ToLatest, Database::Missing::Create);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldCreateAStoreWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/store.sqlite"));
        auto db = create(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(pragma(**db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(**db, QStringLiteral("user_version")).toInt(), Migrations::latestVersion());
        QCOMPARE(pragma(**db, QStringLiteral("application_id")).toInt(), Database::applicationId);
        QVERIFY(pragma(**db, QStringLiteral("busy_timeout")).toInt() >= 1000);
    }

    void shouldSeedTheFifteenCategories()
    {
        QTemporaryDir dir;
        auto db = create(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*), sum(name_zh <> ''), sum(name_en <> '') FROM categories")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 15);
        QCOMPARE(query.value(1).toInt(), 15);
        QCOMPARE(query.value(2).toInt(), 15);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT d.code FROM categories c JOIN departments d ON d.id = c.default_department_id"
            " WHERE c.code = 'FUNDS_SECURITY'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("RISK"));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM subcategories")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 30);
    }

    void shouldRefuseAFileThatIsNotADatabaseAndLeaveItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(cd::test::writeFile(
            path, QByteArray("These are my notes, not a database.\n").repeated(20)));
        verifyRefusedAndUnchanged(path, QStringLiteral("not a ComplaintDesk store"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void shouldRefuseANewerSchemaAndLeaveItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = create(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        verifyRefusedAndUnchanged(path, QStringLiteral("newer"));
    }

    void shouldRefuseAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(cd::test::execOnSqliteFile(path,
                                           {QStringLiteral("CREATE TABLE bookmarks (url TEXT)")}));
        verifyRefusedAndUnchanged(path, QStringLiteral("another program"));
    }

    void shouldRefuseALocationThatCannotBeCreated()
    {
        QTemporaryDir dir;
        QVERIFY(cd::test::writeFile(dir.filePath(QStringLiteral("file")), {}));
        auto db = create(dir.filePath(QStringLiteral("file/store.sqlite")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, cd::Error::Kind::Storage);
    }

    void shouldRefuseAReadOnlyStore()
    {
        if (geteuid() == 0)
            QSKIP("root can write to read-only files; covered by the folder test above");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            auto db = create(path);
            QVERIFY(db.ok());
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        verifyRefusedAndUnchanged(path, QStringLiteral("read-only"));
    }

    void shouldRefuseAFolder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
