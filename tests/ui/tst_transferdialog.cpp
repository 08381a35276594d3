#include "authservice.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "fieldmessage.h"
#include "reclassifydialog.h"
#include "testsupport.h"
#include "transferdialog.h"
#include "usersdialog.h"

#include <QComboBox>
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
        ui::TransferDialog dialog(ws, QStringLiteral("Transfer"), transferOf(ws, id));
        dialog.show();
        auto *department = dialog.findChild<QComboBox *>(QStringLiteral("targetDepartmentCombo"));
        department->setCurrentIndex(department->findText(QStringLiteral("Technical Support")));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("transferReasonEdit"));
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<ui::FieldMessage *>(QStringLiteral("transferMessage"))->isVisible());
        QTest::keyClicks(reason, QStringLiteral("terminal fault"));
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws.taxonomy().departmentCode(ws.queries().detail(id)->complaint.departmentId),
                 QStringLiteral("TECH"));
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
        QTest::keyClicks(reason, QStringLiteral("caller wants the deposit back"));
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws.taxonomy().categoryCode(ws.queries().detail(id)->complaint.categoryId),
                 QStringLiteral("REFUND"));
    }

    void shouldAddAUserFromTheUsersDialog()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        ui::UsersDialog dialog(ws);
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
        QCOMPARE(table->rowCount(), 1);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newUsernameEdit")),
                         QStringLiteral("li.na"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")),
                         QStringLiteral("short"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addUserButton"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);   // refused: the password is too short
        QVERIFY(dialog.findChild<ui::FieldMessage *>(QStringLiteral("usersMessage"))->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")),
                         QStringLiteral(" but now long enough"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(ws.auth().signIn(QStringLiteral("li.na"), QStringLiteral("short but now long enough")).ok());
    }
};

QTEST_MAIN(TestTransferDialog)
#include "tst_transferdialog.moc"
