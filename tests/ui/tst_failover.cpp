#include "auditservice.h"
#include "authservice.h"
#include "changewatcher.h"
#include "cliprocess.h"
#include "complaintqueries.h"
#include "fieldmessage.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::child;

// A call centre's server fails over: a primary with a synchronous streaming standby
// (scripts/pg-standby-pair.sh), the primary stopped as by a crash, the standby promoted.
// The window and the command line, both on the desks' multi-host address, carry on on the
// new primary, and nothing saved or typed is lost. Needs PostgreSQL's server programs
// (postgresql-15); skips without them.
class TestFailover : public QObject
{
    Q_OBJECT

    // Runs the pair script's `command` on `dir`; its stdout, or nothing when it failed.
    static std::optional<QString> pair(const QString &command, const QString &dir)
    {
        QProcess run;
        run.start(QStringLiteral("bash"), {QStringLiteral(PAIR_SCRIPT), command, dir});
        if (!run.waitForFinished(120000) || run.exitStatus() != QProcess::NormalExit
            || run.exitCode() != 0) {
            qWarning("pg-standby-pair.sh %s: %s", qPrintable(command),
                     run.readAllStandardError().constData());
            return std::nullopt;
        }
        return QString::fromUtf8(run.readAllStandardOutput()).trimmed();
    }

    // `complaintdesk-cli log` of a call from `phone` at `address`; the reference printed.
    static std::optional<QString> logWithCli(const QString &address, const QString &phone)
    {
        QProcess cli;
        test::startCli(
            cli,
            test::onStore({QStringLiteral("log"), QStringLiteral("--phone"), phone,
                           QStringLiteral("--text"), QStringLiteral("Logged by a script")},
                          address));
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
            qWarning("log: %s", cli.readAllStandardError().constData());
            return std::nullopt;
        }
        return QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
    }

    // Types a call from `phone` into the Log-call form and saves it with Ctrl+Enter.
    static void typeAndSave(ui::LogCallPane *pane, const QString &phone, const QString &text)
    {
        child<QLineEdit>(pane, "phoneEdit")->setText(phone);
        child<QComboBox>(pane, "categoryCombo")->setCurrentIndex(1);
        auto *description = child<QPlainTextEdit>(pane, "descriptionEdit");
        description->setPlainText(text);
        description->setFocus();
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void shouldCarryOnOnThePromotedStandbyWithNothingLost()
    {
        if (QDir(QStringLiteral("/usr/lib/postgresql"))
                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                .isEmpty())
            QSKIP("PostgreSQL's server programs are not installed (postgresql-15).");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto address = pair(QStringLiteral("start"), dir.path());
        QVERIFY(address);
        const auto stop = qScopeGuard([&] { pair(QStringLiteral("stop"), dir.path()); });

        // GIVEN a window on the primary, a call saved from its form and one by a script
        test::StoreFixture store(*address);
        models::Workspace &ws = store.open(QDateTime::currentMSecsSinceEpoch());
        ui::MainWindow window(ws);
        QVERIFY(test::shownOnScreen(&window));
        ui::LogCallPane *pane = window.logCallPane();
        auto *saved = child<QLabel>(pane, "savedReferenceLabel");
        typeAndSave(pane, QStringLiteral("13800000001"), QStringLiteral("Before the failover"));
        QVERIFY2(saved->text().contains(QStringLiteral("TS-")), qPrintable(saved->text()));
        QVERIFY(logWithCli(*address, QStringLiteral("13800000002")));

        // WHEN the primary fails (stopped as by a crash)
        QVERIFY(pair(QStringLiteral("stop-primary"), dir.path()));
        // AND the agent saves the next call before a standby is promoted
        const QString during = QStringLiteral("Typed while the server failed over");
        typeAndSave(pane, QStringLiteral("13800000003"), during);
        // THEN the call waits, every word kept, and the window says so
        QVERIFY2(pane->unsavedCallCount() == 1,
                 qPrintable(child<ui::FieldMessage>(pane, "saveMessage")->text()));
        QCOMPARE(child<QPlainTextEdit>(pane, "descriptionEdit")->toPlainText(), during);
        auto *notice = child<QLabel>(&window, "connectionNotice");
        window.changeWatcher()->keepListening();
        QTRY_VERIFY(notice->isVisible());

        // WHEN the standby is promoted
        QVERIFY(pair(QStringLiteral("promote"), dir.path()));
        // THEN the window reconnects to it and saves the waiting call, once
        window.changeWatcher()->keepListening();
        QTRY_COMPARE_WITH_TIMEOUT(pane->unsavedCallCount(), 0,
                                  3 * ui::LogCallPane::retryIntervalMs);
        QTRY_VERIFY(!notice->isVisible());
        QVERIFY2(saved->text().contains(QStringLiteral("TS-")), qPrintable(saved->text()));
        // AND the command line carries on on it with the same address
        QVERIFY(logWithCli(*address, QStringLiteral("13800000004")));
        // AND nothing was lost: the four calls, once each, and an intact audit trail
        auto desk =
            models::Workspace::open(*address, nullptr, models::PasswordHasher::Strength::Fast);
        QVERIFY2(desk.ok(), desk ? "" : qPrintable(desk.error().message));
        QVERIFY((*desk)->auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()));
        QCOMPARE(*(*desk)->queries().queueCount({}), 4);
        auto verified = models::AuditService::verify((*desk)->database(), {});
        QVERIFY(verified.ok());
        QVERIFY(verified->intact());
    }
};

QTEST_MAIN(TestFailover)
#include "tst_failover.moc"
