#include "complaintqueuemodel.h"
#include "complaintservice.h"
#include "fieldmessage.h"
#include "fixtures.h"
#include "queuepane.h"
#include "savedviewservice.h"
#include "saveviewdialog.h"
#include "storesuite.h"
#include "taxonomyservice.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace cd;
using namespace cd::models;

class TestSavedViewsGui : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldListAViewAndOpenItWithItsColumnsAndSort()
    {
        for (const char *category : {"REFUND", "REFUND", "FEES_BILLING"})
            QVERIFY(ws().complaints()
                        .logCall(test::sampleCall(ws(), QStringLiteral("13812345678"),
                                                  QString::fromLatin1(category)))
                        .ok());
        ViewDefinition refunds;
        refunds.category = QStringLiteral("REFUND");
        refunds.hiddenColumns = {ComplaintQueueModel::Customer};
        refunds.sortColumn = ComplaintQueueModel::Reference;
        refunds.descending = false;
        QVERIFY(SavedViewService(ws())
                    .save(std::nullopt, QStringLiteral("Refunds"), refunds, false)
                    .ok());

        ui::QueuePane pane(ws());
        QVERIFY(pane.queueNames().contains(QStringLiteral("Refunds")));
        pane.showQueue(int(pane.queueNames().indexOf(QStringLiteral("Refunds"))));
        QCOMPARE(pane.model()->totalCount(), qint64(2));
        QCOMPARE(
            pane.model()->query().categoryId,
            std::optional<qint64>(ws().taxonomy().categoryByCode(QStringLiteral("REFUND"))->id));
        QVERIFY(pane.view()->isColumnHidden(ComplaintQueueModel::Customer));
        QCOMPARE(pane.model()->query().sort, storage::QueueQuery::Sort::Reference);
        QVERIFY(!pane.model()->query().descending);
        // back to a built-in queue: every column again
        pane.showQueue(0);
        QVERIFY(!pane.view()->isColumnHidden(ComplaintQueueModel::Customer));
        QCOMPARE(pane.model()->totalCount(), qint64(3));
    }

    void shouldKeepTheBaseQueueOfWhatWasOnScreen()
    {
        store().signInAs(QStringLiteral("agent1"), QStringLiteral("agent"));
        const qint64 agentId = ws().actor().id;
        store().signInAs(QStringLiteral("lead1"), QStringLiteral("lead"));
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            NewCallInput call = test::sampleCall(ws(), QStringLiteral("1381234567%1").arg(i));
            call.severity = rules::Severity::P1;
            ids << ws().complaints().logCall(call).value().complaintId;
        }
        auto moved = ws().complaints().transfer(ids.first(), {std::nullopt, agentId},
                                                QStringLiteral("Taken by the desk lead"));
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        ui::QueuePane pane(ws());
        auto *queues = pane.findChild<QComboBox *>(QStringLiteral("queueSelector"));
        queues->setCurrentIndex(queues->findText(ui::QueuePane::tr("Unassigned in my department")));
        auto *severity = pane.findChild<QComboBox *>(QStringLiteral("severityFilter"));
        severity->setCurrentIndex(severity->findData(QStringLiteral("P1")));
        QTRY_VERIFY(!pane.model()->isLoading());
        const qint64 onScreen = pane.model()->totalCount();
        QCOMPARE(onScreen, qint64(2)); // the one transferred to a person is not

        bool unassignedShown = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::SaveViewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *assignee = dialog->findChild<QComboBox *>(QStringLiteral("viewAssignee"));
            unassignedShown =
                assignee->currentText() == ui::SaveViewDialog::tr("Nobody (unassigned)");
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("viewName")),
                             QStringLiteral("Urgent unassigned"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("viewName")),
                            Qt::Key_Return);
        });
        pane.findChild<QAction *>(QStringLiteral("saveViewAction"))->trigger();
        QVERIFY(unassignedShown);
        QCOMPARE(queues->currentText(), QStringLiteral("Urgent unassigned"));
        QTRY_VERIFY(!pane.model()->isLoading());
        QCOMPARE(pane.model()->totalCount(), onScreen);
        QVERIFY(pane.model()->query().unassignedOnly);
        QVERIFY(pane.model()->query().openOnly);
        QCOMPARE(pane.model()->query().departmentId, ws().actor().departmentId);
    }

    // A built-in queue saved as a view keeps what made it: the person's own complaints,
    // a deadline state.
    void shouldSaveABuiltInQueueWithWhatMakesIt_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QString>("deadline");
        QTest::addColumn<bool>("openOnly");
        QTest::newRow("mine") << ui::QueuePane::tr("My complaints") << QStringLiteral("agent1")
                              << QString() << true;
        QTest::newRow("due today")
            << ui::QueuePane::tr("Due today") << QString() << QStringLiteral("due_today") << false;
        QTest::newRow("overdue") << ui::QueuePane::tr("Overdue") << QString()
                                 << QStringLiteral("overdue") << false;
    }

    void shouldSaveABuiltInQueueWithWhatMakesIt()
    {
        QFETCH(QString, queue);
        QFETCH(QString, assignee);
        QFETCH(QString, deadline);
        QFETCH(bool, openOnly);
        store().signInAs(QStringLiteral("agent1"), QStringLiteral("agent"));
        ui::QueuePane pane(ws());
        auto *queues = pane.findChild<QComboBox *>(QStringLiteral("queueSelector"));
        queues->setCurrentIndex(queues->findText(queue));
        QVERIFY(queues->currentIndex() >= 0);
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::SaveViewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("viewName"));
            QTest::keyClicks(name, QStringLiteral("Saved from a queue"));
            QTest::keyClick(name, Qt::Key_Return);
        });
        pane.findChild<QAction *>(QStringLiteral("saveViewAction"))->trigger();
        auto views = SavedViewService(ws()).views();
        QVERIFY(views.ok());
        QCOMPARE(views->size(), 1);
        const ViewDefinition &saved = views->constFirst().definition;
        QCOMPARE(saved.assignee, assignee);
        QCOMPARE(saved.deadline, deadline);
        QCOMPARE(saved.openOnly, openOnly);
        QVERIFY(saved.department.isEmpty());
    }

    void shouldTellWhenAViewCannotBeOpenedAndKeepTheQueue()
    {
        test::saveViewOfARemovedCategory(ws());

        ui::QueuePane pane(ws());
        QString told;
        QTimer::singleShot(0, this, [&] {
            QWidget *box = QApplication::activeModalWidget();
            told = box ? box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text()
                       : QString();
            if (box)
                box->close();
        });
        pane.showQueue(int(pane.queueNames().indexOf(QStringLiteral("Onboarding"))));
        QVERIFY2(told.contains(QStringLiteral("ONBOARDING")), qPrintable(told));
        QCOMPARE(pane.findChild<QComboBox *>(QStringLiteral("queueSelector"))->currentIndex(), 0);
    }

    void shouldKeepWhatWasTypedWhenSavingIsRefused()
    {
        QVERIFY(SavedViewService(ws()).save(std::nullopt, QStringLiteral("Taken"), {}, false).ok());
        ViewDefinition definition;
        definition.severity = QStringLiteral("P1");
        ui::SaveViewDialog dialog(ws(), definition);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("viewName"));
        name->setText(QStringLiteral("Taken"));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(!dialog.findChild<ui::FieldMessage *>(QStringLiteral("saveViewMessage"))
                     ->text()
                     .isEmpty());
        QCOMPARE(name->text(), QStringLiteral("Taken"));
        QCOMPARE(dialog.definition().severity, QStringLiteral("P1"));
        name->setText(QStringLiteral("Urgent only"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.savedId() > 0);
        QCOMPARE(SavedViewService(ws()).views()->size(), 2);
    }
};

QTEST_MAIN(TestSavedViewsGui)
#include "tst_savedviewsgui.moc"
