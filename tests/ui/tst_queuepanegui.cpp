#include "complaintqueuemodel.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "queuepane.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace cd;
using namespace cd::models;
using cd::test::child;

namespace {

qint64 logFrom(Workspace &ws, const QString &phone, const QString &description)
{
    NewCallInput call = test::sampleCall(ws, phone);
    call.description = description;
    return ws.complaints().logCall(call).value().complaintId;
}

} // namespace

class TestQueuePaneGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::pinEnvironment();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); }

    void shouldFitTheColumnsAnAgentNeedsAndRememberTheLayout_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void shouldFitTheColumnsAnAgentNeedsAndRememberTheLayout()
    {
        QFETCH(QSize, screen);
        using Model = ComplaintQueueModel;
        test::StoreFixture store;
        Workspace &ws = store.open();
        logFrom(ws, QStringLiteral("13812345678"), QStringLiteral("Refund never arrived"));
        {
            ui::MainWindow window(ws);
            window.resize(screen * 0.95);
            QVERIFY(test::shownOnScreen(&window));
            child<QTabWidget>(&window, "mainTabs")->setCurrentIndex(1);
            QTableView *view = window.queuePane()->view();
            QTRY_COMPARE(view->model()->rowCount(), 1);
            QHeaderView *header = view->horizontalHeader();
            int right = 0;
            for (const int column :
                 {Model::Reference, Model::Received, Model::Customer, Model::Category,
                  Model::Status, Model::Severity, Model::Due, Model::Assignee}) {
                QVERIFY(!view->isColumnHidden(column));
                right = std::max(
                    right, header->sectionViewportPosition(column) + header->sectionSize(column));
            }
            QVERIFY2(
                right <= view->viewport()->width(),
                qPrintable(QStringLiteral("%1 > %2").arg(right).arg(view->viewport()->width())));
            QVERIFY(view->isColumnHidden(Model::Department));
            QCOMPARE(header->visualIndex(Model::Status), header->visualIndex(Model::Category) + 1);
            // the user's layout: the department shown, the assignee wider
            view->setColumnHidden(Model::Department, false);
            header->resizeSection(Model::Assignee, 222);
        }
        ui::QueuePane again(ws);
        QVERIFY(!again.view()->isColumnHidden(Model::Department));
        QCOMPARE(again.view()->columnWidth(Model::Assignee), 222);
    }

    void shouldGoFromTheSearchBoxIntoTheResultsAndShowOnlyThem()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 refund =
            logFrom(ws, QStringLiteral("13812345678"), QStringLiteral("Refund never arrived"));
        const qint64 rate = logFrom(ws, QStringLiteral("13912345678"),
                                    QStringLiteral("Rate raised without notice"));
        ui::MainWindow window(ws);
        QVERIFY(test::shownActive(&window));
        child<QTabWidget>(&window, "mainTabs")->setCurrentIndex(1);
        ui::QueuePane *queue = window.queuePane();
        QTRY_COMPARE(queue->model()->rowCount(), 2);
        QVERIFY(queue->selectComplaint(rate));
        QCOMPARE(window.detailPane()->complaintId(), rate);

        // Ctrl+F, words, Enter: the cursor is on the first result, which is shown
        auto *search = child<QLineEdit>(queue, "queueSearchEdit");
        QTest::keyClick(queue->view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        test::typeAndReturn(search, QStringLiteral("refund"));
        QTRY_VERIFY(queue->view()->hasFocus());
        QCOMPARE(queue->model()->rowCount(), 1);
        QCOMPARE(window.detailPane()->complaintId(), refund);
        // the order of search results is said on screen
        QVERIFY(child<QLabel>(queue, "searchOrderNote")->isVisible());

        // words nothing matches: the detail pane shows nothing rather than a complaint not listed
        QTest::keyClick(queue->view(), Qt::Key_F, Qt::ControlModifier);
        test::typeAndReturn(search, QStringLiteral("zebra"));
        QTRY_COMPARE(queue->model()->rowCount(), 0);
        QCOMPARE(window.detailPane()->complaintId(), qint64(0));
        QVERIFY(search->hasFocus());

        // Down, before the search even ran: searched, then on to the result
        search->clear();
        QTest::keyClicks(search, QStringLiteral("rate"));
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(queue->view()->hasFocus());
        QCOMPARE(queue->model()->rowCount(), 1);
        QCOMPARE(window.detailPane()->complaintId(), rate);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(!child<QLabel>(queue, "searchOrderNote")->isVisible());
    }

    // Issue 25, item 17: an empty queue says so, and why (words searched).
    void shouldSayWhyTheQueueIsEmpty()
    {
        test::ShownOnStore<ui::MainWindow> onStore;
        auto &[store, ws, window] = onStore;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QTabWidget>(&window, "mainTabs")->setCurrentIndex(1);
        ui::QueuePane *queue = window.queuePane();
        auto *empty = child<QLabel>(queue, "queueEmptyLabel");
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No complaints in this queue."));
        logFrom(ws, QStringLiteral("13812345678"), QStringLiteral("Refund never arrived"));
        auto *search = child<QLineEdit>(queue, "queueSearchEdit");
        QTest::keyClick(search, Qt::Key_Return); // read again
        QTRY_COMPARE(queue->model()->rowCount(), 1);
        QVERIFY(!empty->isVisible());
        test::typeAndReturn(search, QStringLiteral("zebra"));
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Nothing matches \"zebra\" here."));
        QVERIFY(queue->view()->viewport()->rect().contains(empty->geometry().center()));
    }

    // Issue 25, item 17: a bulk reassignment says what it did.
    void shouldConfirmABulkReassignment()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("tech.one"), QStringLiteral("agent"), QStringLiteral("TECH"));
        store.signInAs(QStringLiteral("lead1"), QStringLiteral("lead"));
        logFrom(ws, QStringLiteral("13812345678"), QStringLiteral("Refund never arrived"));
        logFrom(ws, QStringLiteral("13912345678"), QStringLiteral("Rate raised without notice"));
        ui::MainWindow window(ws);
        QVERIFY(test::shownOnScreen(&window));
        ui::QueuePane *queue = window.queuePane();
        queue->showQueue(int(queue->queueNames().indexOf(QStringLiteral("My department"))));
        QTRY_COMPARE(queue->model()->rowCount(), 2);
        queue->view()->selectAll();
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *department =
                dialog->findChild<QComboBox *>(QStringLiteral("targetDepartmentCombo"));
            QCOMPARE(department->currentText(), QStringLiteral("Customer Service"));
            department->setCurrentIndex(department->findText(QStringLiteral("Technical Support")));
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("transferReasonEdit"));
            test::typeAndReturn(reason, QStringLiteral("terminal faults"));
            answered = true;
        });
        queue->findChild<QAction *>(QStringLiteral("bulkReassignAction"))->trigger();
        QVERIFY(answered);
        auto *done = child<QLabel>(queue, "queueDoneLabel");
        QVERIFY(done->isVisible());
        QCOMPARE(done->text(),
                 ui::QueuePane::tr("Reassigned %n complaint(s) to %1.", "", 2)
                     .arg(QStringLiteral("Technical Support")));
    }

    void shouldStartALeadOnTheirQueue()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("lead1"), QStringLiteral("lead"));
        ui::MainWindow lead(ws);
        QCOMPARE(child<QTabWidget>(&lead, "mainTabs")->currentIndex(), 1);
        store.signInAs(QStringLiteral("agent1"), QStringLiteral("agent"));
        ui::MainWindow agent(ws);
        QCOMPARE(child<QTabWidget>(&agent, "mainTabs")->currentIndex(), 0);
    }
};

QTEST_MAIN(TestQueuePaneGui)
#include "tst_queuepanegui.moc"
