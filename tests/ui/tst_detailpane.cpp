#include "complaintservice.h"
#include "detailpane.h"
#include "fieldmessage.h"
#include "satisfactiondialog.h"
#include "shownpane.h"
#include "storesuite.h"
#include "testsupport.h"
#include "workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace cd::models;

class TestDetailPane : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldShowTheComplaintAndMoveItWithANote()
    {
        NewCallInput in = test::sampleCall(ws());
        in.amountText = QStringLiteral("99");
        const qint64 id = ws().complaints().logCall(in)->complaintId;
        ui::DetailPane pane(ws());
        pane.show();
        pane.showComplaint(id);
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("detailTitle"))->text(),
                 QStringLiteral("TS-20261125-0001"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("detailStatus"))->text(),
                 QStringLiteral("New"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("detailAmount"))->text(),
                 QStringLiteral("99.00 yuan"));
        auto *timeline = pane.findChild<QTableView *>(QStringLiteral("timelineView"));
        QCOMPARE(timeline->model()->rowCount(), 1);

        QLineEdit *note = test::chooseNextStatus(pane, QStringLiteral("INVESTIGATING"));
        // without a note: refused, said at the note
        QTest::keyClick(note, Qt::Key_Return);
        QVERIFY(pane.findChild<ui::FieldMessage *>(QStringLiteral("statusMessage"))->isVisible());
        QCOMPARE(test::complaintOf(ws(), id).status, QStringLiteral("NEW"));
        // with a note: moved, and the timeline grows
        test::typeAndReturn(note, QStringLiteral("Asked the acquiring team"));
        QCOMPARE(test::complaintOf(ws(), id).status, QStringLiteral("INVESTIGATING"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("detailStatus"))->text(),
                 QStringLiteral("Investigating"));
        QCOMPARE(timeline->model()->rowCount(), 2);
        QVERIFY(note->text().isEmpty());
    }

    void shouldRefuseAMoveOfAComplaintChangedSinceItWasShownAndKeepTheNote()
    {
        test::ShownComplaint shown;
        auto &[store, ws, id, pane] = shown;
        QLineEdit *note = test::chooseNextStatus(pane, QStringLiteral("INVESTIGATING"));
        QTest::keyClicks(note, QStringLiteral("Asked the acquiring team"));
        // GIVEN bob, at another desk, records a contact while the agent writes the note
        store.signInAs(QStringLiteral("bob"), QStringLiteral("agent"));
        QVERIFY(ws.complaints().recordContact(id, QStringLiteral("Called the customer")).ok());
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        // WHEN the agent moves the complaint as it was shown
        QTest::keyClick(note, Qt::Key_Return);
        // THEN it is refused, saying who changed it; the note stays, nothing is overwritten
        auto *message = pane.findChild<ui::FieldMessage *>(QStringLiteral("statusMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("bob")), qPrintable(message->text()));
        QCOMPARE(test::complaintOf(ws, id).status, QStringLiteral("NEW"));
        QCOMPARE(note->text(), QStringLiteral("Asked the acquiring team"));
        // AND the pane now shows the complaint as it is, so the same move applies once more
        test::chooseNextStatus(pane, QStringLiteral("INVESTIGATING"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(test::complaintOf(ws, id).status, QStringLiteral("INVESTIGATING"));
        QVERIFY(note->text().isEmpty());
    }

    void shouldRecordSatisfactionOnceTheSolutionWasTold()
    {
        const qint64 id = ws().complaints().logCall(test::sampleCall(ws()))->complaintId;
        const auto status = rules::statusFromCode(test::complaintOf(ws(), id).status);
        if (status != rules::Status::Investigating)
            QVERIFY(
                ws().complaints()
                    .changeStatus(id, *status, rules::Status::Investigating, QStringLiteral("查"))
                    .ok());
        ui::DetailPane pane(ws());
        pane.show();
        pane.showComplaint(id);
        auto *record = pane.findChild<QPushButton *>(QStringLiteral("recordSatisfactionButton"));
        QVERIFY(!record->isEnabled()); // not replied yet
        QVERIFY(ws().complaints()
                    .changeStatus(id, rules::Status::Investigating, rules::Status::Replied,
                                  QStringLiteral("已答复"))
                    .ok());
        pane.showComplaint(id);
        QVERIFY(record->isEnabled());

        ui::SatisfactionDialog dialog(ws(), id, QStringLiteral("TS-20261125-0001"), std::nullopt,
                                      QString());
        auto *score = dialog.findChild<QComboBox *>(QStringLiteral("satisfactionScore"));
        score->setCurrentIndex(score->findData(2));
        // Chinese arrives from the input method as committed text
        dialog.findChild<QLineEdit *>(QStringLiteral("satisfactionComment"))
            ->insert(QStringLiteral("等太久"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        pane.showComplaint(id);
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("detailSatisfaction"))->text(),
                 QStringLiteral("2 - unhappy: 等太久"));
    }
    // Issue 20, reproduction 3: the pane shows the number masked to everybody; a lead
    // reveals it with the button, and that is recorded. Agents have no button.
    void shouldRevealTheNumberOnlyOnPurpose()
    {
        const qint64 id = ws().complaints().logCall(test::sampleCall(ws()))->complaintId;
        const auto reveals = [this] {
            return test::eventCount(ws(), QStringLiteral("personal_data_revealed"));
        };
        store().signInAs(QStringLiteral("lead.cs"), QStringLiteral("lead"), QStringLiteral("CS"));
        ui::DetailPane pane(ws());
        pane.show();
        pane.showComplaint(id);
        auto *customer = pane.findChild<QLabel *>(QStringLiteral("detailCustomer"));
        auto *reveal = pane.findChild<QPushButton *>(QStringLiteral("revealPhoneButton"));
        QCOMPARE(customer->text(), QStringLiteral("138****5678"));
        QVERIFY(reveal->isVisible());
        QCOMPARE(reveals(), 0);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(customer->text(), QStringLiteral("138 1234 5678"));
        QCOMPARE(reveals(), 1);
        pane.showComplaint(id); // shown again: masked again
        QCOMPARE(customer->text(), QStringLiteral("138****5678"));

        store().signInAs(QStringLiteral("agent.cs"), QStringLiteral("agent"), QStringLiteral("CS"));
        pane.showComplaint(id);
        QCOMPARE(customer->text(), QStringLiteral("138****5678"));
        QVERIFY(!reveal->isVisible());
    }

    // Issue 20, reproduction 5: a control character in the note is refused at the note.
    void shouldSayAtTheNoteWhyAControlCharacterIsRefused()
    {
        test::ShownComplaint shown;
        auto &[store, ws, id, pane] = shown;
        QLineEdit *note = test::chooseNextStatus(pane, QStringLiteral("INVESTIGATING"));
        note->setText(QStringLiteral("checked\x1b[2J"));
        QTest::keyClick(note, Qt::Key_Return);
        auto *message = pane.findChild<ui::FieldMessage *>(QStringLiteral("statusMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("U+001B")), qPrintable(message->text()));
        QCOMPARE(note->text(), QStringLiteral("checked\x1b[2J")); // kept, to be corrected
        QCOMPARE(test::complaintOf(ws, id).status, QStringLiteral("NEW"));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
