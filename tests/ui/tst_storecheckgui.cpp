#include "complaintservice.h"
#include "demogenerator.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "storecheckmonitor.h"
#include "testsupport.h"
#include "widgettest.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::child;

class TestStoreCheckGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:

    void shouldSayWhenTheWindowsStoreIsDamaged()
    {
        // GIVEN a store damaged in the middle, signed in to
        test::StoreFixture store;
        test::fillWithDemo(store);
        test::damageTheMiddle(store.path());
        Workspace &ws = store.open();
        // WHEN the window opens on it
        ui::MainWindow window(ws);
        window.show();
        QSignalSpy finished(window.storeCheck(), &ui::StoreCheckMonitor::finished);
        // THEN its start check says so in the status bar and in a message box
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        auto *label = child<QLabel>(window.statusBar(), "storeDamagedLabel");
        QVERIFY(label->isVisible());
        QVERIFY(label->toolTip().contains(store.path()));
        auto *box = child<QMessageBox>(&window, "storeDamagedMessage");
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("is damaged")));
        QVERIFY(box->text().contains(QStringLiteral("complaintdesk-cli restore")));
        box->accept();
    }

    void shouldStayQuietOnAGoodStore()
    {
        test::StoreFixture store;
        test::fillWithDemo(store);
        QMainWindow window;
        auto *monitor = new ui::StoreCheckMonitor(store.path(), window.statusBar(), &window);
        QSignalSpy finished(monitor, &ui::StoreCheckMonitor::finished);
        monitor->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("storeDamagedLabel")));
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("storeDamagedMessage")));
    }

    void shouldKeepTheCallWhenTheStoreWasDeletedUnderTheWindow()
    {
        // GIVEN the window at work, and its store deleted under it
        test::ShownOnStore<ui::MainWindow> onStore;
        auto &[store, ws, window] = onStore;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QFile::remove(store.path()));
        ui::LogCallPane *pane = window.logCallPane();
        auto *phone = child<QLineEdit>(pane, "phoneEdit");
        test::typeInto(phone, QStringLiteral("138 1234 5678"));
        auto *category = child<QComboBox>(pane, "categoryCombo");
        category->setCurrentIndex(category->findText(QStringLiteral("Fees"), Qt::MatchStartsWith));
        auto *description = child<QPlainTextEdit>(pane, "descriptionEdit");
        test::typeInto(description, QStringLiteral("My POS rate went up without notice"));
        QSignalSpy saved(pane, &ui::LogCallPane::complaintSaved);
        // WHEN the agent saves
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        // THEN nothing is reported saved, the agent is told why, and the call is still there
        QCOMPARE(saved.count(), 0);
        QVERIFY(
            !child<QLabel>(pane, "savedReferenceLabel")->text().contains(QStringLiteral("TS-")));
        bool told = false;
        for (const QLabel *label : pane->findChildren<QLabel *>()) {
            if (label->isVisible()
                && label->text().contains(QStringLiteral("deleted, moved or replaced")))
                told = true;
        }
        QVERIFY(told);
        QCOMPARE(description->toPlainText(), QStringLiteral("My POS rate went up without notice"));
    }
};

QTEST_MAIN(TestStoreCheckGui)
#include "tst_storecheckgui.moc"
