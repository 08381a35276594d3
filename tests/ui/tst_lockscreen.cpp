#include "idlelock.h"
#include "lockscreen.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "storesuite.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::child;

// Every widget of `window` showing on screen that shows text, with its text.
static QStringList visibleTexts(QWidget *window)
{
    QStringList texts;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || !widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
    }
    return texts;
}

class TestLockScreen : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldHideEverythingWhenLockedByHandAndUnlockWithThePassword()
    {
        ui::MainWindow window(ws());
        QVERIFY(test::shownActive(&window));
        auto *phone = child<QLineEdit>(window.logCallPane(), "phoneEdit");
        test::typeInto(phone, QStringLiteral("13812345678"));
        auto *description = child<QPlainTextEdit>(window.logCallPane(), "descriptionEdit");
        test::typeInto(description, QStringLiteral("Secret rate story"));

        // Ctrl+L
        QTest::keyClick(description, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLocked());
        auto *screen = child<ui::LockScreen>(&window, "lockScreen");
        QVERIFY(screen->isVisible());
        QVERIFY(!child<QTabWidget>(&window, "mainTabs")->isVisible());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(!window.statusBar()->isVisible());
        QCOMPARE(window.windowTitle(), ui::MainWindow::tr("ComplaintDesk (locked)"));
        const QString shown = visibleTexts(&window).join(u'\n');
        QVERIFY2(!shown.contains(QStringLiteral("13812345678")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Secret")), qPrintable(shown));
        QCOMPARE(screen->reason(), ui::LockScreen::tr("Locked by you."));
        QVERIFY(!window.idleLock()->isWatching());
        // the call typed is kept as the draft at once
        QCOMPARE(test::rowCount(ws(), QStringLiteral("drafts")), 1);
        // the menus' keys do nothing while locked
        auto *password = child<QLineEdit>(screen, "lockPassword");
        QVERIFY(password->hasFocus());
        QTest::keyClick(password, Qt::Key_F3);
        QVERIFY(window.isLocked());

        // a wrong password keeps it locked and says so
        test::typeAndReturn(password, QStringLiteral("wrong"));
        QVERIFY(window.isLocked());
        QVERIFY(child<QLabel>(screen, "lockMessage")->isVisible());

        test::typeAndReturn(password, test::StoreFixture::password());
        QVERIFY(!window.isLocked());
        QVERIFY(child<QTabWidget>(&window, "mainTabs")->isVisible());
        QVERIFY(window.menuBar()->isVisible());
        QCOMPARE(window.windowTitle(), ui::MainWindow::tr("ComplaintDesk"));
        QCOMPARE(description->toPlainText(), QStringLiteral("Secret rate story"));
        QVERIFY(description->hasFocus());
        QVERIFY(window.idleLock()->isWatching());
        QVERIFY(password->text().isEmpty());
    }

    void shouldSayTheIdleTimeWhenLockedForIdleness()
    {
        QVERIFY(ws().setIdleLockMinutes(7).ok());
        ui::MainWindow window(ws());
        window.show();
        QCOMPARE(window.idleLock()->interval(), 7 * 60 * 1000);
        Q_EMIT window.idleLock()->idle(7);
        QVERIFY(window.isLocked());
        QCOMPARE(child<ui::LockScreen>(&window, "lockScreen")->reason(),
                 ui::LockScreen::tr("Locked after %n minute(s) without activity.", "", 7));
        QVERIFY(!window.menuBar()->isVisible());
    }
};

QTEST_MAIN(TestLockScreen)
#include "tst_lockscreen.moc"
