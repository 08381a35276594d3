#include "calendarsdialog.h"
#include "complaintqueuemodel.h"
#include "complaintservice.h"
#include "deadlinepanel.h"
#include "detailpane.h"
#include "fieldmessage.h"
#include "queuepane.h"
#include "remindersdialog.h"
#include "shownpane.h"
#include "slapoliciesdialog.h"
#include "slareminders.h"
#include "slasettings.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

using test::at;

qint64 logAt(Workspace &ws, qint64 received, const QString &phone)
{
    NewCallInput in = test::sampleCall(ws, phone);
    in.receivedAt = received;
    return ws.complaints().logCall(in)->complaintId;
}

} // namespace

class TestDeadlinesGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldColourTheDueColumnAndListTheDeadlineQueues()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(); // Wednesday 2026-11-25 10:00
        const qint64 overdue = logAt(ws, at(2026, 11, 18, 10), QStringLiteral("13812340001"));
        // Friday 16:00: 21 of 27 business hours gone by Wednesday 10:00, due Wednesday 16:00
        const qint64 atRisk = logAt(ws, at(2026, 11, 20, 16), QStringLiteral("13812340002"));
        const qint64 fresh = logAt(ws, at(2026, 11, 25, 9), QStringLiteral("13812340003"));
        // contacted: only the resolution clock runs for these
        for (const qint64 id : {overdue, atRisk, fresh})
            QVERIFY(ws.complaints().recordContact(id, QStringLiteral("called")).ok());

        ui::QueuePane pane(ws);
        pane.show();
        auto *model = pane.model();
        auto stateOf = [model](qint64 id) {
            return rules::SlaState(model->index(model->rowOf(id), ComplaintQueueModel::Due)
                                       .data(ComplaintQueueModel::SlaStateRole)
                                       .toInt());
        };
        QCOMPARE(stateOf(overdue), rules::SlaState::Breached);
        QCOMPARE(stateOf(atRisk), rules::SlaState::AtRisk);
        QCOMPARE(stateOf(fresh), rules::SlaState::OnTrack);
        QVERIFY(model->index(model->rowOf(overdue), ComplaintQueueModel::Due)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("overdue")));

        const QStringList queues = pane.queueNames();
        pane.showQueue(int(queues.indexOf(QStringLiteral("Overdue"))));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                 overdue);
        pane.showQueue(int(queues.indexOf(QStringLiteral("At risk"))));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                 atRisk);
        // the countdown follows the clock without a reload
        store.clock().set(at(2026, 11, 26, 10, 1));
        model->refreshCountdowns();
        QCOMPARE(stateOf(atRisk), rules::SlaState::Breached);
    }

    void shouldExplainTheDeadlinesAndRecordAContact()
    {
        test::ShownComplaint shown;
        auto &[store, ws, id, pane] = shown;
        auto *panel = pane.deadlines();
        auto *explanation =
            panel->findChild<QPlainTextEdit *>(QStringLiteral("deadlineExplanation"));
        QVERIFY(!explanation->isVisible());
        panel->findChild<QPushButton *>(QStringLiteral("deadlineWhyButton"))->click();
        QVERIFY(explanation->isVisible());
        QVERIFY(explanation->toPlainText().contains(QStringLiteral("Standard")));
        QVERIFY(explanation->toPlainText().contains(QStringLiteral("not a working day")));
        QVERIFY(
            !panel->findChild<QPushButton *>(QStringLiteral("extendDeadlineButton"))->isVisible());

        QVERIFY(!panel->recordContact(QStringLiteral(" ")));
        QVERIFY(
            panel->findChild<ui::FieldMessage *>(QStringLiteral("deadlineMessage"))->isVisible());
        store.clock().advance(3600 * 1000);
        QVERIFY(panel->recordContact(QStringLiteral("Explained the rate")));
        pane.showComplaint(id);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("detailFirstResponseDue"))
                    ->text()
                    .contains(QStringLiteral("met at")));
        QVERIFY(panel->promiseCallback(at(2026, 11, 25, 16), QStringLiteral("with the bill")));
        pane.showComplaint(id);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("detailCallback"))
                    ->text()
                    .contains(QStringLiteral("with the bill")));
    }

    void shouldRefuseABadPolicyAndKeepTheForm()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        ui::SlaPoliciesDialog dialog(ws);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("policiesList"));
        QCOMPARE(list->count(), 3);
        list->setCurrentRow(2); // the standard policy
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("policyNameEdit"));
        auto *resolution = dialog.findChild<QSpinBox *>(QStringLiteral("resolutionAmountSpin"));
        name->setText(QStringLiteral("Standard, revised"));
        resolution->setValue(0);
        QVERIFY(!dialog.save());
        QCOMPARE(name->text(), QStringLiteral("Standard, revised"));
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT resolution_amount FROM sla_policies WHERE"
                                       " position = 3"))
                     .toInt(),
                 3);
        resolution->setValue(4);
        QVERIFY(dialog.save());
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT resolution_amount FROM sla_policies WHERE"
                                       " position = 3"))
                     .toInt(),
                 4);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT name FROM sla_policies WHERE position = 3"))
                     .toString(),
                 QStringLiteral("Standard, revised"));
    }

    void shouldRefuseImpossibleCalendarDaysAndSaveGoodOnes()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        ui::CalendarsDialog dialog(ws);
        auto *days = dialog.daysTable();
        const int rows = days->rowCount();
        QCOMPARE(rows, test::rowCount(ws, QStringLiteral("calendar_days")));
        // a day added with the form's own button, then typed in
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Add day"))
                button->click();
        }
        QCOMPARE(days->rowCount(), rows + 1);
        days->item(rows, 0)->setText(QStringLiteral("2027-02-30"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.findChild<ui::FieldMessage *>(QStringLiteral("calendarMessage"))
                    ->text()
                    .contains(QStringLiteral("2027-02-30")));
        QCOMPARE(test::rowCount(ws, QStringLiteral("calendar_days")), rows);
        days->item(rows, 0)->setText(QStringLiteral("2027-02-10"));
        days->item(rows, 3)->setText(QStringLiteral("Spring Festival"));
        QVERIFY(dialog.save());
        QCOMPARE(test::rowCount(ws, QStringLiteral("calendar_days")), rows + 1);
        QVERIFY(!ws.slaSettings()
                     .calendar(ws.slaSettings().defaultCalendarId())
                     .isWorkingDay(QDate(2027, 2, 10)));
    }

    void shouldListRemindersAfterASweep()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("agent.d"), QStringLiteral("agent"), QStringLiteral("CS"));
        const qint64 id = ws.complaints().logCall(test::sampleCall(ws))->complaintId;
        QVERIFY(ws.complaints()
                    .transfer(id, {std::nullopt, ws.actor().id}, QStringLiteral("mine"))
                    .ok());
        QVERIFY(ws.complaints().promiseCallback(id, at(2026, 11, 25, 11), QString()).ok());
        store.clock().set(at(2026, 11, 25, 11, 5));
        QCOMPARE(ws.slaReminders().sweep()->newNotifications.size(), 1);
        ui::RemindersDialog dialog(ws);
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QVERIFY(dialog.list()->topLevelItem(0)->text(1).contains(
            QStringLiteral("call the customer back")));
        qint64 opened = 0;
        connect(&dialog, &ui::RemindersDialog::openComplaintRequested, this,
                [&opened](qint64 complaint) { opened = complaint; });
        Q_EMIT dialog.list()->itemActivated(dialog.list()->topLevelItem(0), 0);
        QCOMPARE(opened, id);
        QVERIFY(ws.slaReminders().notifications()->first().readAt);
    }
};

QTEST_MAIN(TestDeadlinesGui)
#include "tst_deadlinesgui.moc"
