#include "authservice.h"
#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// backup, restore and daily-backup through the real complaintdesk-cli binary.
class TestBackupCli : public QObject
{
    Q_OBJECT

    using Run = cd::test::CliRun;

    QTemporaryDir m_dir;

    QString store() const { return m_dir.filePath(QStringLiteral("desk.sqlite")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    Run cli(QStringList arguments, const QString &as = QStringLiteral("boss"),
            const QString &database = {})
    {
        arguments << QStringLiteral("--database") << (database.isEmpty() ? store() : database)
                  << QStringLiteral("--lang") << QStringLiteral("en");
        if (!as.isEmpty())
            arguments << QStringLiteral("--as") << as;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"), QStringLiteral("pass word 1"));
        environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"),
                           QStringLiteral("pass word 1"));
        return cd::test::runCli(arguments, environment);
    }

    // Read directly, as another program would (signing in through the CLI is slow).
    int complaints(const QString &database = {})
    {
        const QVariant count =
            cd::test::scalarOfSqliteFile(database.isEmpty() ? store() : database,
                                         QStringLiteral("SELECT count(*) FROM complaints"));
        return count.isValid() ? count.toInt() : -1;
    }

    void logCall()
    {
        QCOMPARE(
            cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("13812345678"),
                 QStringLiteral("--text"), QStringLiteral("deposit not refunded")})
                .exitCode,
            0);
    }

private Q_SLOTS:
    // The store with "boss" (administrator) and "wu" (agent of CS) and two complaints,
    // made in this process through the services. The accounts' hashes use the test-only
    // fast Argon2 limits (a hash carries its limits), so each CLI run signs in quickly.
    void initTestCase()
    {
        {
            auto workspace = cd::models::Workspace::create(
                store(), nullptr, cd::models::PasswordHasher::Strength::Fast);
            QVERIFY(workspace.ok());
            cd::models::AuthService &auth = (*workspace)->auth();
            QVERIFY(auth.createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("boss"),
                                                  QStringLiteral("pass word 1"))
                        .ok());
            QVERIFY(auth.signIn(QStringLiteral("boss"), QStringLiteral("pass word 1")));
            QVERIFY(auth.createUser(QStringLiteral("wu"), QStringLiteral("wu"),
                                    QStringLiteral("agent"), QStringLiteral("CS"),
                                    QStringLiteral("pass word 1"))
                        .ok());
        }
        logCall();
        logCall();
    }

    void shouldBackUpForAdministratorsOnly()
    {
        const QString copy = file(QStringLiteral("copy.sqlite"));
        const Run made = cli({QStringLiteral("backup"), copy});
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.out.startsWith(QStringLiteral("Backed up 2 complaints to ")),
                 qPrintable(made.out));
        QCOMPARE(QFile::permissions(copy),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const Run again = cli({QStringLiteral("backup"), copy});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(cli({QStringLiteral("backup"), copy, QStringLiteral("--replace")}).exitCode, 0);
        const Run agent = cli({QStringLiteral("backup"), file(QStringLiteral("agent.sqlite"))},
                              QStringLiteral("wu"));
        QCOMPARE(agent.exitCode, 1);
        QVERIFY(agent.err.contains(QStringLiteral("Only an administrator")));
        QVERIFY(!QFile::exists(file(QStringLiteral("agent.sqlite"))));
        const Run nowhere =
            cli({QStringLiteral("backup"), file(QStringLiteral("missing/folder/copy.sqlite"))});
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY(nowhere.err.contains(QStringLiteral("does not exist")));
        QCOMPARE(cli({QStringLiteral("backup")}).exitCode, 2);
    }

    void shouldRefuseAFileThatIsNotAStore()
    {
        const QString text = file(QStringLiteral("notes.txt"));
        QVERIFY(cd::test::writeFile(
            text, QByteArray("not a store at all, just some notes\n").repeated(10)));
        const Run refused = cli({QStringLiteral("restore"), text});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("not an SQLite database")));
        QVERIFY(refused.err.contains(QStringLiteral("left unchanged")));
        QCOMPARE(complaints(), 2);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*before-restore*")}).size(), 0);
    }

    void shouldRestoreKeepingTheReplacedStore()
    {
        logCall();
        QCOMPARE(complaints(), 3);
        const Run restored = cli({QStringLiteral("restore"), file(QStringLiteral("copy.sqlite"))});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.startsWith(QStringLiteral("Restored ")), qPrintable(restored.out));
        QVERIFY(restored.out.contains(QStringLiteral("2 complaints")));
        QVERIFY(restored.out.contains(QStringLiteral("is kept as ")));
        QCOMPARE(complaints(), 2);
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("*before-restore*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(complaints(file(kept.constFirst())), 3);
        QCOMPARE(cli({QStringLiteral("verify-audit")}, {}).exitCode, 0);
        const Run agent = cli({QStringLiteral("restore"), file(QStringLiteral("copy.sqlite"))},
                              QStringLiteral("wu"));
        QCOMPARE(agent.exitCode, 1);
        QVERIFY(agent.err.contains(QStringLiteral("Only an administrator")));
    }

    void shouldCreateAStoreFromABackupWhereThereIsNone()
    {
        const QString fresh = file(QStringLiteral("new-desk.sqlite"));
        const Run created =
            cli({QStringLiteral("restore"), file(QStringLiteral("copy.sqlite"))}, {}, fresh);
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.startsWith(QStringLiteral("Restored ")));
        QVERIFY(!created.out.contains(QStringLiteral("is kept as")));
        QCOMPARE(complaints(fresh), 2);
        // with the backup's accounts
        QCOMPARE(cli({QStringLiteral("list")}, QStringLiteral("wu"), fresh).exitCode, 0);
    }

    void shouldSetTheDailyBackup()
    {
        const Run shown = cli({QStringLiteral("daily-backup")}, QStringLiteral("wu"));
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(QStringLiteral("the newest 7 kept")));
        QVERIFY(shown.out.contains(QDir::toNativeSeparators(file(QStringLiteral("backups")))));
        const Run set =
            cli({QStringLiteral("daily-backup"), QStringLiteral("--keep"), QStringLiteral("3"),
                 QStringLiteral("--folder"), file(QStringLiteral("daily"))});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains(QStringLiteral("the newest 3 kept")));
        QVERIFY(QFileInfo(file(QStringLiteral("daily"))).isDir());
        const Run agent =
            cli({QStringLiteral("daily-backup"), QStringLiteral("--keep"), QStringLiteral("0")},
                QStringLiteral("wu"));
        QCOMPARE(agent.exitCode, 1);
        QCOMPARE(
            cli({QStringLiteral("daily-backup"), QStringLiteral("--keep"), QStringLiteral("x")})
                .exitCode,
            2);
        const Run off = cli({QStringLiteral("daily-backup"), QStringLiteral("--keep"),
                             QStringLiteral("0"), QStringLiteral("--default-folder")});
        QVERIFY(off.out.contains(QStringLiteral("off")));
        QVERIFY(off.out.contains(QDir::toNativeSeparators(file(QStringLiteral("backups")))));
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
