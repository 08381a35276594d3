#include "complaintservice.h"
#include "detailpane.h"
#include "fieldmessage.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace cd::models;

class TestDetailPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldShowTheComplaintAndMoveItWithANote()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput in = test::sampleCall(ws);
        in.amountText = QStringLiteral("99");
        const qint64 id = ws.complaints().logCall(in)->complaintId;
        ui::DetailPane pane(ws);
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

        auto *next = pane.findChild<QComboBox *>(QStringLiteral("nextStatusCombo"));
        auto *note = pane.findChild<QLineEdit *>(QStringLiteral("statusNoteEdit"));
        next->setCurrentIndex(next->findData(QStringLiteral("INVESTIGATING")));
        // without a note: refused, said at the note
        QTest::keyClick(note, Qt::Key_Return);
        QVERIFY(pane.findChild<ui::FieldMessage *>(QStringLiteral("statusMessage"))->isVisible());
        QCOMPARE(test::scalar(ws, QStringLiteral("SELECT status FROM complaints")).toString(),
                 QStringLiteral("NEW"));
        // with a note: moved, and the timeline grows
        QTest::keyClicks(note, QStringLiteral("Asked the acquiring team"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(test::scalar(ws, QStringLiteral("SELECT status FROM complaints")).toString(),
                 QStringLiteral("INVESTIGATING"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("detailStatus"))->text(),
                 QStringLiteral("Investigating"));
        QCOMPARE(timeline->model()->rowCount(), 2);
        QVERIFY(note->text().isEmpty());
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
