#include "authservice.h"
#include "clitest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;

// copy-store through the real complaintdesk-cli binary: into a new store file, and into a
// new database on the server as tst_copystorecli_pg.
class TestCopyStoreCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString password() { return QStringLiteral("pass word 1"); }

    static CliRun cli(QStringList arguments)
    {
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"), password());
        return runCli(arguments, environment);
    }

    // A store at `path` with the administrator "boss" and `calls` complaints.
    static void makeSource(const QString &path, int calls)
    {
        auto workspace =
            models::Workspace::create(path, nullptr, models::PasswordHasher::Strength::Fast);
        QVERIFY(workspace.ok());
        models::AuthService &auth = (*workspace)->auth();
        QVERIFY(auth.createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("boss"),
                                              password())
                    .ok());
        QVERIFY(auth.signIn(QStringLiteral("boss"), password()));
        logCallsFromDistinctNumbers(**workspace, calls);
    }

private Q_SLOTS:
    void copiesVerifiesAndSaysWhenComplete()
    {
        const QString source = m_dir.filePath(QStringLiteral("desk.sqlite"));
        makeSource(source, 5);
        StoreFixture target; // the server in tst_copystorecli_pg
        cli({QStringLiteral("init"), QStringLiteral("--database"), target.path()});

        const CliRun copied = cli({QStringLiteral("copy-store"), QStringLiteral("--from"), source,
                                   QStringLiteral("--to"), target.path()});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY2(copied.out.startsWith(QLatin1String("Copied 5 complaints, 5 calls, ")),
                 qPrintable(copied.out));
        QVERIFY(copied.out.endsWith(QLatin1String("counts and audit trail verified.")));
        QVERIFY2(copied.err.contains(QLatin1String("complaints: 5 of 5 rows (100%)")),
                 qPrintable(copied.err));

        const CliRun again = cli({QStringLiteral("copy-store"), QStringLiteral("--from"), source,
                                  QStringLiteral("--to"), target.path(), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.isEmpty());
        const QJsonObject summary = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(summary.value(QLatin1String("already_complete")).toBool(), true);
        QCOMPARE(summary.value(QLatin1String("verified")).toBool(), true);
        QVERIFY(summary.value(QLatin1String("audit_events")).toInt() > 5);

        const CliRun plain = cli({QStringLiteral("copy-store"), QStringLiteral("--from"), source,
                                  QStringLiteral("--to"), target.path()});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(QLatin1String("is already a complete copy of")),
                 qPrintable(plain.out));

        const CliRun verified =
            cli({QStringLiteral("verify-audit"), QStringLiteral("--database"), target.path(),
                 QStringLiteral("--as"), QStringLiteral("boss")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        const CliRun logged =
            cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("13900001111"),
                 QStringLiteral("--text"), QStringLiteral("deposit not refunded"),
                 QStringLiteral("--database"), target.path(), QStringLiteral("--as"),
                 QStringLiteral("boss")});
        QVERIFY2(logged.exitCode == 0, qPrintable(logged.err));

        // The copy, changed since, no longer matches its source: exit status 1, what differs.
        const CliRun differs = cli({QStringLiteral("copy-store"), QStringLiteral("--from"), source,
                                    QStringLiteral("--to"), target.path()});
        QCOMPARE(differs.exitCode, 1);
        QVERIFY2(differs.err.contains(QLatin1String("does not match its source")),
                 qPrintable(differs.err));
        QVERIFY(differs.err.contains(
            QLatin1String("complaints: 5 rows in the source, 6 in the target")));

        // Another store into the one now holding content: refused, named, unchanged.
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        makeSource(other, 1);
        const CliRun refused = cli({QStringLiteral("copy-store"), QStringLiteral("--from"), other,
                                    QStringLiteral("--to"), target.path()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("already holds content")),
                 qPrintable(refused.err));
        QCOMPARE(cli({QStringLiteral("verify-audit"), QStringLiteral("--database"), target.path(),
                      QStringLiteral("--as"), QStringLiteral("boss")})
                     .exitCode,
                 0);
    }

    // check and daily-backup on the copy say what a store of its kind has: a file's pages
    // are checked by SQLite and backed up here; a server checks and backs up its own.
    void checksAndBacksUpAsTheStoreIs()
    {
        const QString source = m_dir.filePath(QStringLiteral("kinds.sqlite"));
        makeSource(source, 2);
        StoreFixture target; // the server in tst_copystorecli_pg
        cli({QStringLiteral("init"), QStringLiteral("--database"), target.path()});
        QCOMPARE(cli({QStringLiteral("copy-store"), QStringLiteral("--from"), source,
                      QStringLiteral("--to"), target.path()})
                     .exitCode,
                 0);
        const bool onServer = models::Workspace::isServerAddress(target.path());

        const CliRun checked =
            cli({QStringLiteral("check"), QStringLiteral("--database"), target.path()});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QCOMPARE(checked.out.contains(QLatin1String("SQLite's integrity check: ok")), !onServer);
        QCOMPARE(checked.out.contains(QLatin1String("checked by the server itself")), onServer);
        QVERIFY(checked.out.contains(QLatin1String("Audit trail: intact")));

        const CliRun daily = cli({QStringLiteral("daily-backup"), QStringLiteral("--database"),
                                  target.path(), QStringLiteral("--as"), QStringLiteral("boss")});
        QCOMPARE(daily.exitCode, onServer ? 1 : 0);
        QCOMPARE(daily.err.contains(QLatin1String("backed up by the server's own tools")),
                 onServer);
        QCOMPARE(daily.out.contains(QLatin1String("Folder: ")), !onServer);
    }

    void needsBothStores()
    {
        const CliRun run = cli({QStringLiteral("copy-store"), QStringLiteral("--from"),
                                m_dir.filePath(QStringLiteral("desk.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--to TARGET")));
    }
};

QTEST_GUILESS_MAIN(TestCopyStoreCli)
#include "tst_copystorecli.moc"
