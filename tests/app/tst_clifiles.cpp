#include "clitest.h"
#include "database.h"
#include "migrations.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace cd::test;

// The files the CLI writes and the stores it refuses: owner-only modes, full
// devices, read-only folders and stores, damaged stores.
class TestCliFiles : public CliTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { createStore(310); } // more than 300 complaints

    // Issue 20, reproduction 4: the store, its -wal and -shm, the backup made before an
    // upgrade, exports and reports are the user's alone, whatever the umask.
    void shouldWriteEveryFileForTheOwnerOnly()
    {
        QTemporaryDir dir;
        const mode_t before = umask(022);
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        // GIVEN a store of the previous schema version, created 0644
        QVERIFY(storeOfVersion(path, cd::storage::Migrations::latestVersion() - 1));
        QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);
        const QString pw = passwordFile(QStringLiteral("modes.pw"), bossPassword());
        const QStringList base {QStringLiteral("--database"), path, QStringLiteral("--lang"),
                                QStringLiteral("en")};
        const QStringList as {QStringLiteral("--as"), QStringLiteral("boss"),
                              QStringLiteral("--password-file"), pw};
        // WHEN it is upgraded, written to, exported and reported on
        QCOMPARE(raw(QStringList {QStringLiteral("init"), QStringLiteral("--admin"),
                                  QStringLiteral("boss"), QStringLiteral("--new-password-file"), pw}
                         + base,
                     withoutPasswords())
                     .exitCode,
                 0);
        QCOMPARE(raw(QStringList {QStringLiteral("log"), QStringLiteral("--phone"),
                                  QStringLiteral("13811112222"), QStringLiteral("--text"),
                                  QStringLiteral("x")}
                         + base + as,
                     withoutPasswords())
                     .exitCode,
                 0);
        QCOMPARE(raw(QStringList {QStringLiteral("export"), dir.filePath(QStringLiteral("all.csv")),
                                  QStringLiteral("--unmasked")}
                         + base + as,
                     withoutPasswords())
                     .exitCode,
                 0);
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("pdf")}) {
            const Run report =
                raw(QStringList {QStringLiteral("report"), QStringLiteral("--from"),
                                 QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                 QStringLiteral("2026-12-31"), QStringLiteral("--format"), format,
                                 QStringLiteral("--output"),
                                 dir.filePath(QStringLiteral("report.") + format)}
                        + base + as,
                    withoutPasswords());
            QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        }
        // while a command holds the store open, its -wal and -shm are there
        QProcess holding;
        holding.setProcessEnvironment(withoutPasswords());
        holding.start(QStringLiteral(CLI_PATH),
                      QStringList {QStringLiteral("classify")} + base + as);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral("-wal"))
                                     && QFile::exists(path + QStringLiteral("-shm")),
                                 20000);
        QTest::qWait(500); // signed in: the sign-in event is in the WAL
        // THEN every file is its owner's alone
        QStringList seen;
        for (const QFileInfo &file : QDir(dir.path()).entryInfoList(QDir::Files)) {
            seen << file.fileName();
            const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                | QFileDevice::ReadOther | QFileDevice::WriteOther;
            QVERIFY2(!(file.permissions() & others), qPrintable(file.fileName()));
        }
        holding.closeWriteChannel();
        QVERIFY(holding.waitForFinished(60000));
        umask(before);
        QVERIFY(seen.contains(QStringLiteral("old.sqlite-wal")));
        QVERIFY(seen.contains(QStringLiteral("old.sqlite-shm")));
        QVERIFY(seen.contains(QStringLiteral("all.csv")));
        QVERIFY(seen.contains(QStringLiteral("report.csv")));
        QVERIFY(seen.contains(QStringLiteral("report.pdf")));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).size(), 1);
    }

    void shouldNotReportAWriteToAFullDeviceAsDone()
    {
        QVERIFY(cd::test::isCharacterDevice(QStringLiteral("/dev/full")));
        const QString full = QStringLiteral("/dev/full");
        for (const QStringList &command :
             {QStringList {QStringLiteral("export"), full}, reportTo(full, QStringLiteral("csv")),
              reportTo(full, QStringLiteral("pdf"))}) {
            // WHEN the export or report goes to a device that refuses every byte
            const Run run = cli(command);
            // THEN it fails naming the file and the reason, and /dev/full is still a device
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral(
                         "\"/dev/full\" could not be written: No space left on device")),
                     qPrintable(command.first() + u' ' + run.err));
            QVERIFY2(!run.out.contains(QStringLiteral("Exported"))
                         && !run.out.contains(QStringLiteral("written")),
                     qPrintable(run.out));
            QVERIFY(cd::test::isCharacterDevice(full));
        }
    }

    void shouldWriteCompleteFilesOnlyTheOwnerMayRead()
    {
        // GIVEN a new file name and an older file readable by all
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.csv"));
        const QString older = m_dir.filePath(QStringLiteral("older.csv"));
        QVERIFY(writeFile(older, "old"));
        QVERIFY(QFile::setPermissions(
            older, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const qint64 complaints =
            scalarOf(QStringLiteral("SELECT count(*) FROM complaints")).toLongLong();
        QVERIFY(complaints > 300);
        for (const QString &path : {fresh, older}) {
            // WHEN every complaint is exported to it
            const Run exported = cli({QStringLiteral("export"), path});
            QCOMPARE(exported.exitCode, 0);
            // THEN it holds them all, and only its owner may read it
            const QByteArray bytes = cd::test::contentOf(path);
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                     "reference,"));
            QVERIFY(bytes.endsWith("\r\n"));
            QCOMPARE(bytes.count("\r\nTS-"), complaints);
            QVERIFY(exported.out.contains(QString::number(complaints)));
            QCOMPARE(cd::test::modeOf(path), 0600);
        }
        // reports too
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(cli(reportTo(csv, QStringLiteral("csv"))).exitCode, 0);
        QCOMPARE(cli(reportTo(pdf, QStringLiteral("pdf"))).exitCode, 0);
        QVERIFY(cd::test::contentOf(csv).contains("\r\nTOTAL,"));
        QVERIFY(cd::test::contentOf(pdf).startsWith("%PDF-"));
        QVERIFY(cd::test::contentOf(pdf).trimmed().endsWith("%%EOF"));
        QCOMPARE(cd::test::modeOf(csv), 0600);
        QCOMPARE(cd::test::modeOf(pdf), 0600);
    }

    void shouldLeaveNothingInAReadOnlyFolder()
    {
        // GIVEN a read-only folder holding a file
        QTemporaryDir shared;
        const QString database = sharedCopy(shared, QStringLiteral("shared.sqlite"));
        QTemporaryDir out;
        const QString kept = out.filePath(QStringLiteral("kept.csv"));
        QVERIFY(writeFile(kept, "kept"));
        QVERIFY(QFile::setPermissions(kept,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadOther | QFileDevice::WriteOther));
        QVERIFY(QFile::setPermissions(out.path(), readOnlyFolder));
        const QString fresh = out.filePath(QStringLiteral("new.csv"));
        const QList<QStringList> commands {
            {QStringLiteral("export"), fresh},
            {QStringLiteral("export"), kept},
            reportTo(fresh, QStringLiteral("csv")),
            reportTo(kept, QStringLiteral("csv")),
            reportTo(out.filePath(QStringLiteral("new.pdf")), QStringLiteral("pdf"))};
        for (QStringList command : commands) {
            // WHEN an export or a report is written there
            command << QStringLiteral("--database") << database;
            const Run run = cli(command, false, QStringLiteral("boss"), {}, User::Unprivileged);
            // THEN it fails saying why
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("Permission denied")), qPrintable(run.err));
        }
        // and nothing was left there, nor changed
        QCOMPARE(QDir(out.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList {QStringLiteral("kept.csv")});
        QCOMPARE(cd::test::contentOf(kept), QByteArray("kept"));
        QVERIFY(QFile::setPermissions(out.path(), everyone));
    }

    void shouldRefuseAReadOnlyStoreAndLeaveItUnchanged()
    {
        QTemporaryDir shared;
        const QString database = sharedCopy(shared, QStringLiteral("read-only.sqlite"));
        QVERIFY(QFile::setPermissions(
            database, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = cd::test::digestOf(database);
        for (const QStringList &command :
             {QStringList {QStringLiteral("list")},
              QStringList {QStringLiteral("log"), QStringLiteral("--phone"),
                           QStringLiteral("13812345678"), QStringLiteral("--text"),
                           QStringLiteral("POS fee raised without notice")}}) {
            const Run run = cli(command + QStringList {QStringLiteral("--database"), database},
                                false, QStringLiteral("boss"), {}, User::Unprivileged);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));
        }
        QCOMPARE(cd::test::digestOf(database), before);
    }

    void shouldRefuseADamagedStoreAndWriteNothingToIt()
    {
        // GIVEN a store of a few hundred complaints, checked intact
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("damaged.sqlite"));
        const QStringList on {QStringLiteral("--database"), database};
        createStore(300, database);
        const QString intact = dir.filePath(QStringLiteral("intact.sqlite"));
        QVERIFY(QFile::copy(database, intact)); // no connection is open

        // WHEN 4 KiB in its middle are overwritten, and it is used
        cd::test::damageTheMiddle(database);
        const QByteArray before = cd::test::digestOf(database);
        const Run listed = cli(QStringList {QStringLiteral("list")} + on, false);
        const Run logged = cli(QStringList {QStringLiteral("log"), QStringLiteral("--phone"),
                                            QStringLiteral("13812345678"), QStringLiteral("--text"),
                                            QStringLiteral("POS fee raised without notice")}
                                   + on,
                               false);
        // THEN each command says the store is damaged and what to do, and writes nothing
        for (const Run &run : {listed, logged}) {
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains(QStringLiteral("is damaged")), qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("complaintdesk-cli restore")));
            QVERIFY(run.err.contains(QStringLiteral("complaintdesk-cli check")));
        }
        QCOMPARE(cd::test::digestOf(database), before);
        // and the check names the problem
        const Run checked = cli(QStringList {QStringLiteral("check")} + on, false, {});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(QStringLiteral("integrity check: "))
                     && checked.out.contains(QStringLiteral("problem")),
                 qPrintable(checked.out));
        QVERIFY(checked.err.contains(QStringLiteral("is damaged")));
        const Run checkedJson =
            cli(QStringList {QStringLiteral("check"), QStringLiteral("--json")} + on, false, {});
        QCOMPARE(checkedJson.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(checkedJson.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(!report.value(QStringLiteral("integrity")).toArray().isEmpty());
        QCOMPARE(cd::test::digestOf(database), before);
        // while the copy made before the damage is intact
        const QStringList onIntact {QStringLiteral("--database"), intact};
        const Run good = cli(QStringList {QStringLiteral("check")} + onIntact, false, {});
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(good.out.contains(QStringLiteral("The store is intact.")), qPrintable(good.out));
        const Run goodJson = cli(
            QStringList {QStringLiteral("check"), QStringLiteral("--json")} + onIntact, false, {});
        QCOMPARE(goodJson.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(goodJson.out.toUtf8())
                     .object()
                     .value(QStringLiteral("ok"))
                     .toBool(),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_clifiles.moc"
