#include "authservice.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "detailpane.h"
#include "eventtimelinemodel.h"
#include "fieldmessage.h"
#include "reclassifydialog.h"
#include "testsupport.h"
#include "transferdialog.h"
#include "usersdialog.h"
#include "widgettest.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cd;
using namespace cd::models;

class TestTransferDialog : public QObject
{
    Q_OBJECT

    static ui::TransferDialog::Apply transferOf(Workspace &ws, qint64 id)
    {
        return [&ws, id](const ComplaintService::Target &target, const QString &reason) {
            return ws.complaints().transfer(id, target, reason);
        };
    }

private Q_SLOTS:
    void shouldKeepTheDialogOpenUntilAReasonIsGiven()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 id = ws.complaints().logCall(test::sampleCall(ws))->complaintId;
        ui::TransferDialog dialog(ws, QStringLiteral("Transfer"), std::nullopt, transferOf(ws, id));
        dialog.show();
        auto *department = dialog.findChild<QComboBox *>(QStringLiteral("targetDepartmentCombo"));
        department->setCurrentIndex(department->findText(QStringLiteral("Technical Support")));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("transferReasonEdit"));
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(
            dialog.findChild<ui::FieldMessage *>(QStringLiteral("transferMessage"))->isVisible());
        test::typeAndReturn(reason, QStringLiteral("terminal fault"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws.taxonomy().departmentCode(ws.queries().detail(id)->complaint.departmentId),
                 QStringLiteral("TECH"));
    }

    // Issue 25, item 16: the department starts at the complaint's, the people are the
    // chosen department's, and the timeline and "Routed by" say where it went and who
    // moved it.
    void shouldOfferTheComplaintsDepartmentAndItsPeople()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("tech.one"), QStringLiteral("agent"), QStringLiteral("TECH"));
        store.signInAs(QStringLiteral("cs.one"), QStringLiteral("agent"), QStringLiteral("CS"));
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        const auto logged = ws.complaints().logCall(test::sampleCall(ws));
        const qint64 id = logged->complaintId;
        const qint64 current = ws.queries().detail(id)->complaint.departmentId;
        ui::TransferDialog dialog(ws, QStringLiteral("Transfer"), current, transferOf(ws, id));
        dialog.show();
        auto *department = dialog.findChild<QComboBox *>(QStringLiteral("targetDepartmentCombo"));
        auto *person = dialog.findChild<QComboBox *>(QStringLiteral("targetPersonCombo"));
        QCOMPARE(department->currentData().toLongLong(), current);
        QCOMPARE(department->currentText(), ws.taxonomy().departmentName(current));
        const auto peopleOffered = [person] {
            QStringList names;
            for (int i = 1; i < person->count(); ++i)
                names << person->itemText(i);
            return names;
        };
        QVERIFY2(peopleOffered().contains(QStringLiteral("cs.one")),
                 qPrintable(peopleOffered().join(u',')));
        QVERIFY(!peopleOffered().contains(QStringLiteral("tech.one")));
        department->setCurrentIndex(department->findText(QStringLiteral("Technical Support")));
        QCOMPARE(peopleOffered(), QStringList {QStringLiteral("tech.one")});
        person->setCurrentIndex(1);
        QCOMPARE(dialog.destinationName(), QStringLiteral("tech.one (Technical Support)"));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("transferReasonEdit"));
        test::typeAndReturn(reason, QStringLiteral("terminal fault"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto detail = ws.queries().detail(id);
        QCOMPARE(ws.taxonomy().departmentCode(detail->complaint.departmentId),
                 QStringLiteral("TECH"));
        EventTimelineModel timeline(&ws.taxonomy());
        timeline.setEvents(detail->events);
        QCOMPARE(
            timeline.index(timeline.rowCount() - 1, EventTimelineModel::What).data().toString(),
            QStringLiteral("Transferred to tech.one (Technical Support)"));
        ui::DetailPane pane(ws);
        pane.showComplaint(id);
        const QString routedBy = pane.findChild<QLabel *>(QStringLiteral("detailRouting"))->text();
        QVERIFY2(routedBy.startsWith(QStringLiteral("transferred by ") + ws.actor().displayName),
                 qPrintable(routedBy));
    }

    void shouldReclassifyFromTheDialog()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 id = ws.complaints().logCall(test::sampleCall(ws))->complaintId;
        ui::ReclassifyDialog dialog(ws, id, QStringLiteral("TS"));
        dialog.show();
        auto combos = dialog.findChildren<QComboBox *>();
        QComboBox *category = combos.first();
        category->setCurrentIndex(category->findText(QStringLiteral("Refunds and deposits")));
        auto *reason = dialog.findChild<QLineEdit *>();
        test::typeAndReturn(reason, QStringLiteral("caller wants the deposit back"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws.taxonomy().categoryCode(ws.queries().detail(id)->complaint.categoryId),
                 QStringLiteral("REFUND"));
    }

    void shouldAddAUserFromTheUsersDialog()
    {
        test::ShownOnStore<ui::UsersDialog> onStore;
        auto &[store, ws, dialog] = onStore;
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
        QCOMPARE(table->rowCount(), 1);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newUsernameEdit")),
                         QStringLiteral("li.na"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")),
                         QStringLiteral("short"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addUserButton"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1); // refused: the password is too short
        QVERIFY(dialog.findChild<ui::FieldMessage *>(QStringLiteral("usersMessage"))->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")),
                         QStringLiteral(" but now long enough"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(ws.auth()
                    .signIn(QStringLiteral("li.na"), QStringLiteral("short but now long enough"))
                    .ok());
    }
};

QTEST_MAIN(TestTransferDialog)
#include "tst_transferdialog.moc"
