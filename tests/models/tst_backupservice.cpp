#include "testsupport.h"

#include "backupservice.h"
#include "database.h"
#include "eventrepository.h"
#include "migrations.h"
#include "storecopy.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

#include <unistd.h>

using namespace cd;
using namespace cd::models;

namespace {

constexpr QFile::Permissions ownerOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

// A plain connection of the test's own on `path` (another program, as far as the store
// can tell), closed when it goes.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
};

QVariant scalarIn(const QString &path, const QString &sql)
{
    return Connection(path).scalar(sql);
}

// What a restore must not change: every complaint and event, as one hash.
QByteArray contentOf(Workspace &ws)
{
    return QCryptographicHash::hash(
        test::scalar(ws,
                     QStringLiteral("SELECT (SELECT group_concat(reference) FROM complaints)"
                                    " || (SELECT group_concat(hex(seal)) FROM events)"))
            .toString()
            .toUtf8(),
        QCryptographicHash::Sha256);
}

// Waits until `condition` holds, at most 10 s.
template<typename Condition> bool waitFor(Condition condition)
{
    QDeadlineTimer deadline(10000);
    while (!condition() && !deadline.hasExpired())
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return condition();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// A store (StoreFixture::open(): the administrator signed in) holding `complaints` complaints
// from distinct callers, its BackupService, and an empty temporary folder.
struct StoreToBackUp
{
    explicit StoreToBackUp(int complaints)
        : ws(store.open())
        , service(ws)
    {
        if (complaints > 0)
            test::logCallsFromDistinctNumbers(ws, complaints);
    }

    test::StoreFixture store;
    Workspace &ws;
    BackupService service;
    QTemporaryDir folder;
};

} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCopyASnapshotWhileAnotherConnectionWrites()
    {
        // GIVEN a store large enough to be copied in several steps, and another
        // connection that commits pairs of rows (one statement each) all the time
        test::StoreFixture store;
        Workspace &ws = store.open();
        test::logCallsFromDistinctNumbers(ws, 3);
        test::padStore(ws, 1500);
        std::atomic<int> committed {0};
        std::atomic<bool> stop {false};
        std::thread writer([&] {
            Connection other(store.path());
            for (int i = 1; !stop; ++i) {
                if (!other.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                               "('a-%1', 'x'), ('b-%1', 'x')")
                                    .arg(i)))
                    break;
                committed = i;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        QTRY_VERIFY(committed > 5);

        // WHEN the store is backed up, the writer going on meanwhile
        QTemporaryDir target;
        const QString path = target.filePath(QStringLiteral("copy.sqlite"));
        const int before = committed;
        int during = -1;
        int steps = 0;
        auto made = BackupService(ws).backUp(
            path, BackupService::Existing::Refuse, [&](qint64 done, qint64 total) {
                if (++steps == 1) {
                    // the writer is not held up by the copy
                    const int now = committed;
                    if (waitFor([&] { return committed >= now + 5; }))
                        during = committed;
                }
                return done <= total;
            });
        stop = true;
        writer.join();

        // THEN the copy is one consistent moment: every pair whole, everything committed
        // before it began, nothing committed after
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QVERIFY(steps >= 2); // the first report came halfway
        QVERIFY(during > before);
        const int pairs =
            scalarIn(path, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'a-%'"))
                .toInt();
        QCOMPARE(
            scalarIn(path, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'b-%'"))
                .toInt(),
            pairs);
        QVERIFY2(pairs >= before && pairs < during,
                 qPrintable(QStringLiteral("%1 in [%2, %3)").arg(pairs).arg(before).arg(during)));
        QCOMPARE(made->facts.complaints, 3);
        QCOMPARE(scalarIn(path, QStringLiteral("PRAGMA quick_check")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(test::scalar(ws,
                             QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE "
                                            "'a-%'"))
                    .toInt()
                > pairs);
    }

    void shouldWriteOneOwnerOnlyFileStampedWithItsTime()
    {
        // GIVEN a store with complaints
        StoreToBackUp fixture(2);
        auto &[store, ws, service, target] = fixture;
        const QString path = target.filePath(QStringLiteral("desk.sqlite"));

        // WHEN an administrator backs it up
        auto made = service.backUp(path, BackupService::Existing::Refuse);

        // THEN the copy is one file, readable by its owner only, that says when it was made
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(QFile::permissions(path), ownerOnly);
        QCOMPARE(filesIn(target.path()), QStringList {QStringLiteral("desk.sqlite")});
        auto facts = BackupService::inspect(path);
        QVERIFY(facts);
        QCOMPARE(facts->madeAt, std::optional<qint64>(test::wednesdayMorning()));
        QCOMPARE(facts->complaints, 2);
        QCOMPARE(facts->schemaVersion, storage::Migrations::latestVersion());
        QCOMPARE(scalarIn(path, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
        // AND it is recorded
        QCOMPARE(test::scalar(ws,
                              QStringLiteral("SELECT json_extract(details, '$.file') FROM "
                                             "events WHERE type = 'backup_made'"))
                     .toString(),
                 made->path);
    }

    void shouldLeaveNothingBehindWhenTheCopyFails()
    {
        StoreToBackUp fixture(1);
        auto &[store, ws, service, target] = fixture;
        test::padStore(ws, 3000);

        // GIVEN a folder that cannot hold the copy (a file stands where it should be)
        QVERIFY(test::writeFile(target.filePath(QStringLiteral("folder")), "not a folder"));
        auto blocked = service.backUp(target.filePath(QStringLiteral("folder/copy.sqlite")),
                                      BackupService::Existing::Refuse);
        QVERIFY(!blocked);
        QVERIFY(blocked.error().message.contains(QStringLiteral("does not exist")));

        // GIVEN a copy stopped halfway
        const QString path = target.filePath(QStringLiteral("copy.sqlite"));
        qint64 seen = 0;
        auto stopped =
            service.backUp(path, BackupService::Existing::Refuse, [&seen](qint64 done, qint64) {
                seen = done;
                return false;
            });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().kind, Error::Kind::Cancelled);
        QVERIFY(seen > 0);

        // GIVEN a name that is taken
        const QString taken = target.filePath(QStringLiteral("taken.sqlite"));
        QVERIFY(test::writeFile(taken, "keep me"));
        QVERIFY(!service.backUp(taken, BackupService::Existing::Refuse));

        // THEN nothing but what was there is in the folder, unchanged
        QCOMPARE(filesIn(target.path()),
                 (QStringList {QStringLiteral("folder"), QStringLiteral("taken.sqlite")}));
        QFile kept(taken);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        QCOMPARE(test::scalar(ws,
                              QStringLiteral("SELECT count(*) FROM events WHERE type = "
                                             "'backup_made'"))
                     .toInt(),
                 0);
    }

    void shouldLeaveNothingBehindInAReadOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        test::StoreFixture store;
        Workspace &ws = store.open();
        QTemporaryDir target;
        QVERIFY(QFile::setPermissions(target.path(), QFile::ReadOwner | QFile::ExeOwner));
        auto made = BackupService(ws).backUp(target.filePath(QStringLiteral("copy.sqlite")),
                                             BackupService::Existing::Refuse);
        QFile::setPermissions(target.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!made);
        QVERIFY(filesIn(target.path()).isEmpty());
    }

    void shouldLeaveBackingUpToAdministrators()
    {
        test::StoreFixture store;
        Workspace &ws =
            store.open(test::wednesdayMorning(), QStringLiteral("lead.li"), QStringLiteral("lead"));
        QTemporaryDir target;
        const QString path = target.filePath(QStringLiteral("copy.sqlite"));
        auto made = BackupService(ws).backUp(path, BackupService::Existing::Refuse);
        QVERIFY(!made);
        QCOMPARE(made.error().kind, Error::Kind::Permission);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(test::eventCount(ws, QStringLiteral("permission_denied")), 1);
        QVERIFY(!BackupService(ws).restore(path));
    }

    void shouldRefuseWhatCannotBeRestored_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text") << "text"
                              << "not an SQLite database";
        QTest::newRow("another program's") << "foreign"
                                           << "not a ComplaintDesk store";
        QTest::newRow("newer") << "newer"
                               << "newer ComplaintDesk (schema version 99";
        QTest::newRow("damaged") << "damaged"
                                 << "is damaged";
        QTest::newRow("the store itself") << "self"
                                          << "the store itself";
    }

    void shouldRefuseWhatCannotBeRestored()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        // GIVEN a store and a file that is not a usable backup of it
        StoreToBackUp fixture(40);
        auto &[store, ws, service, folder] = fixture;
        QString file = folder.filePath(QStringLiteral("file.sqlite"));
        if (kind == QLatin1String("text")) {
            QVERIFY(
                test::writeFile(file, QByteArray("reference,status\nTS-1,NEW\n").repeated(200)));
        } else if (kind == QLatin1String("foreign")) {
            Connection(file).exec(QStringLiteral("CREATE TABLE notes (text)"));
        } else if (kind == QLatin1String("self")) {
            file = store.path();
        } else {
            QVERIFY(service.backUp(file, BackupService::Existing::Refuse));
            if (kind == QLatin1String("newer")) {
                QVERIFY(Connection(file).exec(QStringLiteral("PRAGMA user_version = 99")));
            } else {
                // 4 KiB of noise over the middle page
                QFile damaged(file);
                QVERIFY(damaged.open(QIODevice::ReadWrite));
                const qint64 pages = damaged.size() / 4096;
                QVERIFY(damaged.seek(pages / 2 * 4096));
                QByteArray noise(4096, Qt::Uninitialized);
                QRandomGenerator random(19);
                for (char &c : noise)
                    c = char(random.bounded(256));
                QCOMPARE(damaged.write(noise), 4096);
            }
        }
        const QByteArray before = contentOf(ws);
        const QStringList filesBefore = filesIn(QFileInfo(store.path()).absolutePath());

        // WHEN an administrator restores it
        auto restored = service.restore(file);

        // THEN it is refused, saying why, and the store is as it was, with no copy made
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(message), qPrintable(restored.error().message));
        QVERIFY(restored.error().message.contains(QStringLiteral("left unchanged")));
        QCOMPARE(contentOf(ws), before);
        QCOMPARE(filesIn(QFileInfo(store.path()).absolutePath()), filesBefore);
        QVERIFY(service.restoreMarker().isEmpty());
    }

    void shouldRestoreInPlaceForEveryConnectionKeepingTheStoreItReplaced()
    {
        // GIVEN a backup of a store with two complaints, three more logged since, and
        // another program's connection open on the store
        StoreToBackUp fixture(2);
        auto &[store, ws, service, folder] = fixture;
        const QString backup = folder.filePath(QStringLiteral("monday.sqlite"));
        QVERIFY(service.backUp(backup, BackupService::Existing::Refuse));
        test::logCallsFromDistinctNumbers(ws, 3);
        Connection other(store.path());
        QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 5);
        const QString marker = service.restoreMarker();

        // WHEN an administrator restores the backup
        store.clock().advance(60 * 1000);
        auto restored = service.restore(backup);

        // THEN the store as it was is kept beside it, readable by its owner only
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(QFileInfo(restored->replacedCopy).absolutePath(),
                 QFileInfo(store.path()).absolutePath());
        QVERIFY(QFileInfo(restored->replacedCopy)
                    .fileName()
                    .startsWith(QStringLiteral("store.sqlite.before-restore-20261125-1001")));
        QCOMPARE(QFile::permissions(restored->replacedCopy), ownerOnly);
        QCOMPARE(scalarIn(restored->replacedCopy, QStringLiteral("SELECT count(*) FROM complaints"))
                     .toInt(),
                 5);
        // AND the store has the backup's content, also for the connection that stayed open
        QCOMPARE(restored->backup.complaints, 2);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 2);
        QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 2);
        QCOMPARE(other.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(other.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        // AND the restore is recorded, the trail intact, and windows can notice it
        QCOMPARE(test::scalar(ws,
                              QStringLiteral("SELECT type FROM events ORDER BY id DESC "
                                             "LIMIT 1"))
                     .toString(),
                 QStringLiteral("store_restored"));
        // the anchors start again from the restored trail: it verifies
        const QString audit = test::auditProblems(ws);
        QVERIFY2(audit.isEmpty(), qPrintable(audit));
        QVERIFY(service.restoreMarker() != marker);
        QVERIFY(!BackupService::inspect(store.path())->madeAt);
        // AND work goes on
        test::logCallsFromDistinctNumbers(ws, 1);
        QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 3);
    }

    void shouldUpgradeAnOlderBackupWhenRestored()
    {
        // GIVEN a backup of an older schema
        QTemporaryDir folder;
        const QString old = folder.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(test::storeOfVersion(old, 11));
        test::StoreFixture store;
        Workspace &ws = store.open();

        // WHEN it is restored
        auto restored = BackupService(ws).restore(old);

        // THEN the store is upgraded to this program's schema
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->backup.schemaVersion, 11);
        QCOMPARE(restored->schemaVersion, storage::Migrations::latestVersion());
        QCOMPARE(test::scalar(ws, QStringLiteral("PRAGMA user_version")).toInt(),
                 storage::Migrations::latestVersion());
    }

    void shouldCreateAMissingStoreFromABackup()
    {
        StoreToBackUp fixture(2);
        auto &[store, ws, service, folder] = fixture;
        const QString backup = folder.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(service.backUp(backup, BackupService::Existing::Refuse));
        const QString fresh = folder.filePath(QStringLiteral("new.sqlite"));

        auto created = BackupService::createFromBackup(backup, fresh);

        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(created->replacedCopy.isEmpty());
        QCOMPARE(QFile::permissions(fresh), ownerOnly);
        QCOMPARE(scalarIn(fresh, QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 2);
        QCOMPARE(scalarIn(fresh,
                          QStringLiteral("SELECT type FROM events ORDER BY id DESC "
                                         "LIMIT 1"))
                     .toString(),
                 QStringLiteral("store_restored"));
        // a store already there is never replaced this way
        QVERIFY(!BackupService::createFromBackup(backup, fresh));
    }

    void shouldKeepTheNewestDailyBackupsOnly()
    {
        // GIVEN daily backups kept 3 in a folder with five older daily copies of this
        // store and files that are not
        StoreToBackUp fixture(1);
        auto &[store, ws, service, folder] = fixture;
        QVERIFY(service.setDailySettings({folder.path(), 3}));
        const QStringList older {QStringLiteral("store-daily-20261118-0900.sqlite"),
                                 QStringLiteral("store-daily-20261119-0900.sqlite"),
                                 QStringLiteral("store-daily-20261120-0900.sqlite"),
                                 QStringLiteral("store-daily-20261123-0900.sqlite"),
                                 QStringLiteral("store-daily-20261124-0830.sqlite")};
        const QStringList others {QStringLiteral("notes.txt"),
                                  QStringLiteral("other-daily-20261101-0900.sqlite"),
                                  QStringLiteral("store-20261101-0900.sqlite")};
        for (const QString &name : older + others)
            QVERIFY(test::writeFile(QDir(folder.path()).filePath(name), "x"));

        // WHEN the window checks for today's backup, twice
        auto first = service.runDailyBackupNow();
        auto second = service.runDailyBackupNow();

        // THEN one copy is made and the three newest daily copies are kept
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(*first);
        QCOMPARE(QFileInfo((*first)->path).fileName(),
                 QStringLiteral("store-daily-20261125-1000.sqlite"));
        QCOMPARE(QFile::permissions((*first)->path), ownerOnly);
        QVERIFY(second && !*second);
        QCOMPARE(filesIn(folder.path()),
                 (QStringList {QStringLiteral("notes.txt"),
                               QStringLiteral("other-daily-20261101-0900.sqlite"),
                               QStringLiteral("store-20261101-0900.sqlite"),
                               QStringLiteral("store-daily-20261123-0900.sqlite"),
                               QStringLiteral("store-daily-20261124-0830.sqlite"),
                               QStringLiteral("store-daily-20261125-1000.sqlite")}));
        QStringList removed = (*first)->removed;
        removed.sort();
        QCOMPARE(removed, older.mid(0, 3));
        QCOMPARE(test::scalar(ws,
                              QStringLiteral("SELECT count(*) FROM events WHERE type = "
                                             "'backup_made' AND actor_id IS NULL AND "
                                             "json_extract(details, '$.kind') = 'daily'"))
                     .toInt(),
                 1);

        // WHEN the next day comes (after midnight, Beijing time)
        store.clock().advance(14 * 3600 * 1000);
        auto next = service.runDailyBackupNow();

        // THEN there is a new copy and still three
        QVERIFY(next && *next);
        QCOMPARE(QFileInfo((*next)->path).fileName(),
                 QStringLiteral("store-daily-20261126-0000.sqlite"));
        QCOMPARE(filesIn(folder.path()).filter(QStringLiteral("store-daily-")).size(), 3);
    }

    void shouldTryAFailedDailyBackupAgain()
    {
        StoreToBackUp fixture(0);
        auto &[store, ws, service, folder] = fixture;
        QVERIFY(test::writeFile(folder.filePath(QStringLiteral("file")), "x"));
        // GIVEN today's backup claimed, into a folder that cannot be made
        auto plan = service.claimDailyBackup();
        QVERIFY(plan && *plan);
        QCOMPARE((*plan)->folder,
                 QFileInfo(store.path()).absolutePath() + QStringLiteral("/backups"));
        QVERIFY(!service.claimDailyBackup().value()); // one program makes it
        (*plan)->folder = folder.filePath(QStringLiteral("file/backups"));
        (*plan)->target = (*plan)->folder + QStringLiteral("/store-daily.sqlite");

        // WHEN it fails
        auto outcome = BackupService::runDailyBackup(**plan);
        QVERIFY(!outcome);
        QVERIFY(service.finishDailyBackup(**plan, outcome));

        // THEN the next check makes it, in the default folder beside the store
        auto retried = service.runDailyBackupNow();
        QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
        QVERIFY(*retried);
        QVERIFY(QFile::exists(QFileInfo(store.path()).absolutePath()
                              + QStringLiteral("/backups/store-daily-20261125-1000.sqlite")));
    }

    void shouldLetOnlyAdministratorsSetTheDailyBackup()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        BackupService service(ws);
        QCOMPARE(service.dailySettings().keep, 7);
        QVERIFY(!service.setDailySettings({QStringLiteral("relative/folder"), 7}));
        QVERIFY(!service.setDailySettings({{}, -1}));
        QVERIFY(service.setDailySettings({{}, 0}));
        QVERIFY(!service.claimDailyBackup().value()); // off
        QCOMPARE(test::scalar(ws,
                              QStringLiteral("SELECT count(*) FROM events WHERE type = "
                                             "'setting_changed'"))
                     .toInt(),
                 1);
        store.signInAs(QStringLiteral("agent.wu"), QStringLiteral("agent"));
        auto refused = service.setDailySettings({{}, 7});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QCOMPARE(service.dailySettings().keep, 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
