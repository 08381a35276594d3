#include "clitest.h"
#include "database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

// One store used by several programs at once (the window with its reader threads and the
// command line), and stores that must not appear by accident. Runs the real
// complaintdesk-cli binary beside connections held in this process.
class TestSharedStore : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;

    static Run cli(QStringList arguments, const QString &store)
    {
        arguments << QStringLiteral("--database") << store << QStringLiteral("--lang")
                  << QStringLiteral("en") << QStringLiteral("--as") << QStringLiteral("tester");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"),
                           test::StoreFixture::password());
        return test::runCli(arguments, environment);
    }

    static QString referenceShownByNewProcess(const QString &reference, const QString &store)
    {
        const Run shown = cli({QStringLiteral("show"), reference, QStringLiteral("--json")}, store);
        if (shown.exitCode != 0)
            return shown.err;
        return QJsonDocument::fromJson(shown.out.toUtf8())
            .object()
            .value(QStringLiteral("reference"))
            .toString();
    }

private Q_SLOTS:
    void shouldKeepEveryCallWhenTheCommandLineRunsBesideTheWindow()
    {
        // GIVEN the window's connection, a call saved through it, and a second connection
        // of the same process (the path the window takes for its reader threads)
        test::StoreFixture fixture;
        models::Workspace &window = fixture.open(QDateTime::currentMSecsSinceEpoch());
        auto first = window.complaints().logCall(test::sampleCall(window));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        auto reader = storage::Database::open(fixture.path(), storage::Database::Upgrade::None);
        QVERIFY(reader.ok());

        // WHEN another program uses the store and exits
        const Run listed = cli({QStringLiteral("list")}, fixture.path());
        QCOMPARE(listed.exitCode, 0);

        // THEN a call saved afterwards through the window's connection is in the store,
        // as a new process reads it, and so is the first one
        auto second =
            window.complaints().logCall(test::sampleCall(window, QStringLiteral("13900001111")));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QCOMPARE(referenceShownByNewProcess(second->reference, fixture.path()), second->reference);
        QCOMPARE(referenceShownByNewProcess(first->reference, fixture.path()), first->reference);
        // and the window's connection can still read and write
        auto third =
            window.complaints().logCall(test::sampleCall(window, QStringLiteral("13900002222")));
        QVERIFY2(third.ok(), qPrintable(third.ok() ? QString() : third.error().message));
        QCOMPARE(referenceShownByNewProcess(third->reference, fixture.path()), third->reference);
    }

    void shouldCreateNoStoreButWithInit()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("typo/desk.sqlite"));
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("verify-audit"),
                                       QStringLiteral("reminders")}) {
            const Run run = cli({command}, missing);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("There is no store at")), qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("complaintdesk-cli init")));
            QVERIFY(!QFileInfo::exists(missing));
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
        }
        // the services refuse the same way
        auto opened = models::Workspace::open(missing);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::NoStore);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    }

    void shouldRefuseAnEmptyFileUnchanged()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(test::writeFile(empty, {}));
        const Run run = cli({QStringLiteral("list")}, empty);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is an empty file, not a store")),
                 qPrintable(run.err));
        auto created = models::Workspace::create(empty);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::NoStore);
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-wal")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
