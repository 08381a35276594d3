#include "testsupport.h"

#include "authservice.h"
#include "backupcontroller.h"
#include "backupservice.h"
#include "formatting.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cd;
using namespace cd::models;

namespace {

void exec(Workspace &ws, const QString &sql)
{
    QSqlQuery query(ws.database().connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

// Answers the next modal message box when it shows: clicks the button named `button`
// (none: the box's own Ok or Cancel). Its text and informative text are kept in `seen`.
void answerNextMessageBox(QString *seen, const QString &button = {})
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, seen, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *seen = box->text() + u'\n' + box->informativeText();
        QAbstractButton *chosen =
            button.isEmpty() ? nullptr : box->findChild<QAbstractButton *>(button);
        if (!chosen)
            chosen = box->button(QMessageBox::Ok) ? box->button(QMessageBox::Ok)
                                                  : box->button(QMessageBox::Cancel);
        chosen->click();
        poll->deleteLater();
    });
    poll->start();
}

} // namespace

class TestBackupGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldOfferBackupsToAdministratorsOnly()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        {
            ui::MainWindow window(ws);
            for (const char *name : {"backupAction", "restoreAction", "dailyBackupAction"})
                QVERIFY2(window.findChild<QAction *>(QLatin1String(name)), name);
        }
        store.signInAs(QStringLiteral("lead.li"), QStringLiteral("lead"));
        ui::MainWindow window(ws);
        for (const char *name : {"backupAction", "restoreAction", "dailyBackupAction"})
            QVERIFY2(!window.findChild<QAction *>(QLatin1String(name)), name);
    }

    void shouldBackUpOnAWorkerThreadWhileTheWindowWorks()
    {
        // GIVEN an administrator's window on a store of some size
        test::StoreFixture store;
        Workspace &ws = store.open();
        test::logCallsFromDistinctNumbers(ws, 2, 13912341000);
        test::padStore(ws, 5000);
        QStatusBar bar;
        QWidget window;
        ui::BackupController controller(ws, &bar, &window);
        QSignalSpy finished(&controller, &ui::BackupController::backupFinished);
        QTemporaryDir folder;
        const QString path =
            folder.filePath(ui::BackupController::defaultBackupName(test::wednesdayMorning()));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("complaintdesk-20261125-1000.sqlite"));

        // WHEN a backup starts, the UI thread keeps serving events until it ends
        int ticks = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, &controller, [&] { ticks += controller.isBackingUp(); });
        tick.start();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(controller.startBackup(path));
        QVERIFY(clock.elapsed() < 200);
        QVERIFY(!controller.startBackup(path)); // one at a time
        QVERIFY(finished.wait(30000));

        // THEN the copy is there, the progress gone, and the window was never held up
        QVERIFY(ticks > 0);
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QCOMPARE(QFile::permissions(path),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(BackupService::inspect(path)->complaints, 2);
        QVERIFY(bar.currentMessage().contains(QStringLiteral("Backed up 2 complaint")));
        QVERIFY(bar.findChild<QProgressBar *>(QStringLiteral("backupProgress"))->isHidden());
    }

    void shouldMakeTheDailyBackupShortlyAfterTheWindowStarts()
    {
        // GIVEN an agent's desk whose store was not backed up today
        test::StoreFixture store;
        Workspace &ws = store.open();
        test::logCallsFromDistinctNumbers(ws, 1, 13912341000);
        store.signInAs(QStringLiteral("agent.wu"), QStringLiteral("agent"));
        const QString expected = QFileInfo(store.path()).absolutePath()
            + QStringLiteral("/backups/store-daily-20261125-1000.sqlite");

        // WHEN the window starts
        ui::MainWindow window(ws);
        window.show();

        // THEN a daily copy is made beside the store, and said so in the status bar
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(expected), 20000);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Daily backup")));
        QCOMPARE(BackupService::inspect(expected)->complaints, 1);
    }

    void shouldShowAFailedDailyBackupInTheStatusBar()
    {
        // GIVEN a backup folder that has become impossible (a file is in its way)
        test::StoreFixture store;
        Workspace &ws = store.open();
        QTemporaryDir folder;
        QVERIFY(test::writeFile(folder.filePath(QStringLiteral("file")), {}));
        exec(ws,
             QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup_folder', '%1')")
                 .arg(folder.filePath(QStringLiteral("file/backups"))));
        QStatusBar bar;
        QWidget window;
        ui::BackupController controller(ws, &bar, &window);
        QSignalSpy finished(&controller, &ui::BackupController::dailyBackupFinished);

        // WHEN the daily backup is due
        controller.checkDailyBackup();

        // THEN it fails without a dialog and the status bar says so until it works
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        auto *label = bar.findChild<QLabel *>(QStringLiteral("dailyBackupFailedLabel"));
        QVERIFY(!label->isHidden());
        QVERIFY(label->toolTip().contains(QStringLiteral("cannot be created")));
        QVERIFY(!QApplication::activeModalWidget());
        exec(ws, QStringLiteral("DELETE FROM settings WHERE key = 'backup_folder'"));
        controller.checkDailyBackup(); // the claim was given back
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY(label->isHidden());
    }

    void shouldConfirmARestoreNamingTheStoreAndTheBackup()
    {
        // GIVEN a backup with two complaints, and a third logged since
        test::StoreFixture store;
        Workspace &ws = store.open();
        test::logCallsFromDistinctNumbers(ws, 2, 13912341000);
        QTemporaryDir folder;
        const QString backup = folder.filePath(QStringLiteral("monday.sqlite"));
        QVERIFY(BackupService(ws).backUp(backup, BackupService::Existing::Refuse));
        test::logCallsFromDistinctNumbers(ws, 1, 13912341000);
        QStatusBar bar;
        QWidget window;
        ui::BackupController controller(ws, &bar, &window);
        QSignalSpy restart(&controller, &ui::BackupController::restartRequested);

        // WHEN the administrator cancels the confirmation, nothing happens
        QString question;
        answerNextMessageBox(&question);
        QVERIFY(!controller.confirmRestore(backup, *BackupService::inspect(backup), true));
        QVERIFY(question.contains(QDir::toNativeSeparators(store.path())));
        QVERIFY(question.contains(QDir::toNativeSeparators(backup)));
        QVERIFY(question.contains(QStringLiteral("made ")
                                  + Formatting::dateTime(test::wednesdayMorning())));
        QVERIFY(question.contains(QStringLiteral("2 complaint")));
        QVERIFY(question.contains(QStringLiteral("call being logged")));
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 3);

        // WHEN they confirm, it is restored on a worker thread and the window must restart
        answerNextMessageBox(&question, QStringLiteral("restoreButton"));
        QVERIFY(controller.confirmRestore(backup, *BackupService::inspect(backup), false));
        QString done;
        answerNextMessageBox(&done);
        controller.startRestore(backup);
        QVERIFY(restart.wait(30000));
        QCOMPARE(restart.constFirst().at(0).toBool(), false); // discarding was agreed
        QVERIFY(done.contains(QStringLiteral("restarts now")));
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 2);
        // AND its own restore is not taken for another program's
        controller.checkRestoredElsewhere();
        QCOMPARE(restart.size(), 1);
    }

    void shouldRestartWhenAnotherProgramRestored()
    {
        // GIVEN a window on a store, and a backup of it
        test::StoreFixture store;
        Workspace &ws = store.open();
        QTemporaryDir folder;
        const QString backup = folder.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(BackupService(ws).backUp(backup, BackupService::Existing::Refuse));
        QStatusBar bar;
        QWidget window;
        ui::BackupController controller(ws, &bar, &window);
        QSignalSpy restart(&controller, &ui::BackupController::restartRequested);
        controller.checkRestoredElsewhere();
        QCOMPARE(restart.size(), 0);

        // WHEN another program restores it
        auto other =
            Workspace::open(store.path(), std::make_unique<ManualClock>(test::wednesdayMorning()),
                            PasswordHasher::Strength::Fast);
        QVERIFY(other);
        QVERIFY((*other)->auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()));
        QVERIFY(BackupService(**other).restore(backup));

        // THEN the window says so and asks to restart
        QString seen;
        answerNextMessageBox(&seen);
        controller.checkRestoredElsewhere();
        QCOMPARE(restart.size(), 1);
        QCOMPARE(restart.constFirst().at(0).toBool(), true);
        QVERIFY(seen.contains(QStringLiteral("restored from a backup by another program")));
    }
};

QTEST_MAIN(TestBackupGui)
#include "tst_backupgui.moc"
