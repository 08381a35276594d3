#include "database.h"
#include "draftautosave.h"
#include "draftservice.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "storesuite.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

using cd::test::child;

// Picks the entry holding `data` with the arrow keys, as an agent does.
void chooseByKeyboard(QComboBox *combo, const QVariant &data)
{
    combo->setFocus();
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data.toString()));
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

// Answers the next message box that shows, by clicking its button named `button`, and
// remembers what it said.
class NextBox : public QObject
{
public:
    explicit NextBox(const char *button)
        : m_button(QLatin1String(button))
    {
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll->stop();
            shown = true;
            name = box->objectName();
            text = box->text() + u'\n' + box->informativeText();
            if (auto *answer = box->findChild<QPushButton *>(m_button))
                answer->click();
            else
                box->button(QMessageBox::StandardButton(m_button.toInt()))->click();
        });
        poll->start(10);
    }
    bool shown = false;
    QString name;
    QString text;

private:
    QString m_button;
};

// Every value the agent can see in the form, by widget name.
QMap<QString, QVariant> formValues(ui::LogCallPane *pane)
{
    QMap<QString, QVariant> values;
    for (auto *edit : pane->findChildren<QLineEdit *>()) {
        if (!edit->objectName().isEmpty() && !edit->objectName().startsWith(u"qt_"))
            values.insert(edit->objectName(), edit->text());
    }
    for (auto *combo : pane->findChildren<QComboBox *>()) {
        values.insert(combo->objectName(),
                      QVariantList {combo->currentIndex(), combo->currentText(),
                                    combo->currentData(), combo->isEnabled()});
    }
    values.insert(QStringLiteral("descriptionEdit"),
                  child<QPlainTextEdit>(pane, "descriptionEdit")->toPlainText());
    values.insert(QStringLiteral("solvedOnCallCheck"),
                  child<QCheckBox>(pane, "solvedOnCallCheck")->isChecked());
    return values;
}

// Shows `pane`, which keeps its draft `delayMs` after the last change; true once it is on
// screen.
bool showKeepingDraftsAfter(ui::LogCallPane *pane, int delayMs)
{
    pane->setDraftDelay(delayMs);
    return test::shownOnScreen(pane);
}

// Types `text` into the description of `pane` (given the focus first); returns the field.
QPlainTextEdit *typeDescription(ui::LogCallPane *pane, const QString &text)
{
    return test::typeInto(child<QPlainTextEdit>(pane, "descriptionEdit"), text);
}

int drafts(Workspace &ws)
{
    return test::rowCount(ws, QStringLiteral("drafts"));
}

QString storedDescription(Workspace &ws)
{
    auto draft = DraftService(ws).callDraft();
    return draft && draft->has_value() ? (*draft)->description : QString();
}

} // namespace

class TestLogCallDraft : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:

    void shouldOfferEveryFieldBackAfterTheWindowDies()
    {
        openAs(QStringLiteral("li"), QStringLiteral("agent"));
        const QString description =
            QStringLiteral("The deposit of 299 yuan was not returned\nafter I sent the POS back");
        QMap<QString, QVariant> typed;
        {
            // GIVEN an agent typing every field of a call, the draft written 10 ms after
            auto *pane = new ui::LogCallPane(ws());
            QVERIFY(showKeepingDraftsAfter(pane, 10));
            QTest::keyClicks(child<QLineEdit>(pane, "phoneEdit"), QStringLiteral("138 1234 5678"));
            store().clock().advance(30'000);
            QTest::keyClicks(child<QLineEdit>(pane, "customerNameEdit"),
                             QStringLiteral("Wang Fang"));
            chooseByKeyboard(child<QComboBox>(pane, "channelCombo"),
                             QStringLiteral("SOCIAL_MEDIA"));
            const qint64 refund = ws().taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
            chooseByKeyboard(child<QComboBox>(pane, "categoryCombo"), refund);
            chooseByKeyboard(child<QComboBox>(pane, "subcategoryCombo"),
                             ws().taxonomy().subcategoriesOf(refund).constLast().id);
            chooseByKeyboard(child<QComboBox>(pane, "severityCombo"), QStringLiteral("P1"));
            chooseByKeyboard(child<QComboBox>(pane, "demandCombo"), QStringLiteral("COMPENSATION"));
            chooseByKeyboard(child<QComboBox>(pane, "businessTypeCombo"),
                             QStringLiteral("POS_ACQUIRING"));
            QTest::keyClicks(child<QLineEdit>(pane, "amountEdit"), QStringLiteral("299.00"));
            QTest::keyClicks(child<QLineEdit>(pane, "transactionRefEdit"),
                             QStringLiteral("T2026112500017"));
            auto *text = child<QPlainTextEdit>(pane, "descriptionEdit");
            text->setFocus();
            for (const QString &line : description.split(u'\n')) {
                if (!text->toPlainText().isEmpty())
                    QTest::keyClick(text, Qt::Key_Return);
                QTest::keyClicks(text, line);
            }
            QTest::keyClick(child<QCheckBox>(pane, "solvedOnCallCheck"), Qt::Key_Space);
            QTRY_COMPARE(storedDescription(ws()), description);
            QTRY_VERIFY(DraftService(ws()).callDraft()->value().solvedOnCall);
            typed = formValues(pane);

            // WHEN the window dies without saving (nothing of the pane runs after this)
            delete pane;
        }
        store().clock().advance(60'000);

        // THEN the next pane of the same agent on the same store offers the call back, saying
        // when it was typed and how it starts, and restores it exactly
        ui::LogCallPane pane(ws());
        QVERIFY(test::shownOnScreen(&pane));
        NextBox restore("restoreDraftButton");
        QVERIFY(pane.offerDraft());
        QVERIFY(restore.shown);
        QCOMPARE(restore.name, QStringLiteral("draftRestoreBox"));
        QVERIFY2(restore.text.contains(QStringLiteral("Last typed: 2026-11-25 10:00 (1 min ago)")),
                 qPrintable(restore.text));
        QVERIFY2(restore.text.contains(QStringLiteral("Caller: 138 1234 5678 (Wang Fang)")),
                 qPrintable(restore.text));
        QVERIFY2(restore.text.contains(
                     QStringLiteral("\"The deposit of 299 yuan was not returned after I sent")),
                 qPrintable(restore.text));
        QCOMPARE(formValues(&pane), typed);
        // the call goes on from its original start: 30 s before the last keystroke plus the
        // minute the restart took
        QVERIFY2(child<QLabel>(&pane, "callTimerLabel")->text().startsWith(QStringLiteral("01:3")),
                 qPrintable(child<QLabel>(&pane, "callTimerLabel")->text()));

        // AND saved, the complaint was received when the call started, and the draft is gone
        QApplication::setActiveWindow(&pane); // back from the box (offscreen does not)
        QTest::keyClick(child<QPlainTextEdit>(&pane, "descriptionEdit"), Qt::Key_Return,
                        Qt::ControlModifier);
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT received_at FROM complaints")).toLongLong(),
                 test::wednesdayMorning());
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT description FROM complaints")).toString(),
                 description);
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT status FROM complaints")).toString(),
                 QStringLiteral("CLOSED"));
        QCOMPARE(drafts(ws()), 0);
        QVERIFY(!pane.offerDraft());
    }

    void shouldRestoreTheFollowUpTheAgentChose()
    {
        const auto earlier = ws().complaints().logCall(test::sampleCall(ws()));
        QVERIFY(earlier.ok());
        {
            auto *pane = new ui::LogCallPane(ws());
            pane->setDraftDelay(10);
            pane->show();
            QTest::keyClicks(child<QLineEdit>(pane, "phoneEdit"), QStringLiteral("13812345678"));
            QTRY_COMPARE(child<QComboBox>(pane, "followUpCombo")->count(), 2);
            chooseByKeyboard(child<QComboBox>(pane, "followUpCombo"), earlier->complaintId);
            child<QPlainTextEdit>(pane, "descriptionEdit")
                ->setPlainText(QStringLiteral("Any news?"));
            QTRY_COMPARE(storedDescription(ws()), QStringLiteral("Any news?"));
            delete pane;
        }
        ui::LogCallPane pane(ws());
        NextBox restore("restoreDraftButton");
        QVERIFY(pane.offerDraft());
        auto *followUp = child<QComboBox>(&pane, "followUpCombo");
        QCOMPARE(followUp->currentData().toLongLong(), earlier->complaintId);
        QVERIFY(!child<QComboBox>(&pane, "categoryCombo")->isEnabled());
        QCOMPARE(child<QPlainTextEdit>(&pane, "descriptionEdit")->toPlainText(),
                 QStringLiteral("Any news?"));
    }

    void shouldDiscardACallOnRequestAfterAsking()
    {
        ui::LogCallPane pane(ws());
        pane.setDraftDelay(10);
        QVERIFY(test::shownActive(&pane));
        auto *phone = child<QLineEdit>(&pane, "phoneEdit");
        QPlainTextEdit *description = typeDescription(&pane, QStringLiteral("Half a complaint"));
        QTRY_COMPARE(drafts(ws()), 1);

        // Ctrl+Shift+Del asks; cancelled, everything stays
        {
            NextBox cancel(QByteArray::number(int(QMessageBox::Cancel)).constData());
            QTest::keyClick(description, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(cancel.shown);
            QVERIFY(cancel.text.contains(ui::LogCallPane::tr("Discard the call being logged?"
                                                             " What was typed is lost and its"
                                                             " draft removed.")));
        }
        QCOMPARE(description->toPlainText(), QStringLiteral("Half a complaint"));
        QCOMPARE(drafts(ws()), 1);
        // confirmed: the form is blank, the draft gone, the cursor in the phone field
        QApplication::setActiveWindow(&pane);
        description->setFocus();
        {
            NextBox discard(QByteArray::number(int(QMessageBox::Discard)).constData());
            QTest::keyClick(description, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(discard.shown);
        }
        QVERIFY(description->toPlainText().isEmpty());
        QVERIFY(!pane.hasUnsavedInput());
        QCOMPARE(drafts(ws()), 0);
        QCOMPARE(pane.focusWidget(), phone);
        // nothing typed: the button clears without a question
        NextBox none(QByteArray::number(int(QMessageBox::Discard)).constData());
        QTest::mouseClick(child<QPushButton>(&pane, "discardCallButton"), Qt::LeftButton);
        QVERIFY(!none.shown);
    }

    void shouldKeepTheDraftOfAFailedSaveAndForgetADiscardedCall()
    {
        ui::LogCallPane pane(ws());
        QVERIFY(showKeepingDraftsAfter(&pane, 10));
        QPlainTextEdit *description = typeDescription(&pane, QStringLiteral("No phone number yet"));

        // a save the service refuses keeps the form and its draft
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(test::rowCount(ws(), QStringLiteral("complaints")), 0);
        QTRY_COMPARE(storedDescription(ws()), QStringLiteral("No phone number yet"));
        QCOMPARE(description->toPlainText(), QStringLiteral("No phone number yet"));

        // Ctrl+N asks first; cancelled, nothing changes
        {
            NextBox cancel(QByteArray::number(int(QMessageBox::Cancel)).constData());
            QTest::keyClick(description, Qt::Key_N, Qt::ControlModifier);
            QVERIFY(cancel.shown);
        }
        QCOMPARE(description->toPlainText(), QStringLiteral("No phone number yet"));
        QCOMPARE(drafts(ws()), 1);
        // confirmed, the form is cleared and its draft goes at once
        QApplication::setActiveWindow(&pane); // back from the box (offscreen does not)
        description->setFocus();
        {
            NextBox discard(QByteArray::number(int(QMessageBox::Discard)).constData());
            QTest::keyClick(description, Qt::Key_N, Qt::ControlModifier);
            QVERIFY(discard.shown);
        }
        QVERIFY(description->toPlainText().isEmpty());
        QVERIFY(!pane.hasUnsavedInput());
        QCOMPARE(drafts(ws()), 0);
        // the new call is timed
        QCOMPARE(child<QLabel>(&pane, "callTimerLabel")->text(), QStringLiteral("00:00"));

        // a draft the agent declines at the next start goes too
        QTest::keyClicks(description, QStringLiteral("Typed, then the power went"));
        QTRY_COMPARE(drafts(ws()), 1);
        ui::LogCallPane next(ws());
        NextBox decline("discardDraftButton");
        QVERIFY(!next.offerDraft());
        QVERIFY(decline.shown);
        QCOMPARE(drafts(ws()), 0);
        QVERIFY(!next.hasUnsavedInput());

        // what is typed and then erased leaves no draft
        QTest::keyClick(description, Qt::Key_A);
        QTRY_COMPARE(drafts(ws()), 1);
        description->clear();
        QTRY_COMPARE(drafts(ws()), 0);
    }

    void shouldNotOfferADraftToAnotherAgent()
    {
        openAs(QStringLiteral("li"), QStringLiteral("agent"));
        CallDraft mine;
        mine.description = QStringLiteral("Li's call");
        QVERIFY(DraftService(ws()).keepCallDraft(mine).ok());
        store().signInAs(QStringLiteral("zhao"), QStringLiteral("agent"));
        ui::LogCallPane pane(ws());
        NextBox unexpected("restoreDraftButton");
        QVERIFY(!pane.offerDraft());
        QVERIFY(!unexpected.shown);
        QVERIFY(child<QPlainTextEdit>(&pane, "descriptionEdit")->toPlainText().isEmpty());
        QCOMPARE(drafts(ws()), 1);
    }

    void shouldRemoveDraftsPastTheirRetentionAtStart()
    {
        CallDraft old;
        old.description = QStringLiteral("A month ago");
        QVERIFY(DraftService(ws()).keepCallDraft(old).ok());
        store().clock().advance(31LL * 24 * 3600 * 1000);
        ui::LogCallPane pane(ws());
        NextBox unexpected("restoreDraftButton");
        QVERIFY(!pane.offerDraft());
        QVERIFY(!unexpected.shown);
        QCOMPARE(drafts(ws()), 0);
    }

    void shouldGoOnTypingWhileTheStoreIsBusy()
    {
        ui::LogCallPane pane(ws());
        QVERIFY(showKeepingDraftsAfter(&pane, 10));
        auto other = storage::Database::open(store().path());
        QVERIFY(other.ok());
        QSqlQuery lock((*other)->connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        // GIVEN another program writing: the draft cannot be kept; the agent is told
        // quietly and everything typed stays
        QPlainTextEdit *description =
            typeDescription(&pane, QStringLiteral("Typed while the store was busy"));
        auto *status = child<QLabel>(&pane, "draftStatusLabel");
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("busy")), qPrintable(status->text()));
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(description->toPlainText(), QStringLiteral("Typed while the store was busy"));
        QCOMPARE(drafts(ws()), 0);

        // WHEN the store is free again, the draft is kept at the next try
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QTest::keyClicks(description, QStringLiteral("!"));
        QTRY_COMPARE(storedDescription(ws()), QStringLiteral("Typed while the store was busy!"));
        QTRY_VERIFY(!status->isVisible());
    }

    void shouldKeepTheDraftAtOnceWhenTheWindowLosesFocus()
    {
        ui::LogCallPane pane(ws());
        pane.setDraftDelay(60'000);
        pane.show();
        QTest::keyClicks(child<QLineEdit>(&pane, "phoneEdit"), QStringLiteral("13812345678"));
        QCOMPARE(drafts(ws()), 0);
        QVERIFY(!pane.isActiveWindow());
        QEvent deactivated(QEvent::ActivationChange);
        QApplication::sendEvent(&pane, &deactivated);
        const auto kept = DraftService(ws()).callDraft();
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE((*kept)->phone, QStringLiteral("13812345678"));
    }

    void shouldOfferTheCallOfAWindowKilledWithSigkill()
    {
        test::StoreFixture store;
        store.open(test::wednesdayMorning(), QStringLiteral("li"), QStringLiteral("agent"));
        store.close();
        const QString description = QStringLiteral("Typed in a window that was then killed");

        // GIVEN a real window typing a call, its draft kept
        QProcess window;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(CRASH_CHILD_PATH),
                     {store.path(), QStringLiteral("li"), test::StoreFixture::password(),
                      QStringLiteral("13812345678"), description});
        QVERIFY(window.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += window.readAllStandardOutput()).contains("kept"),
                                  QByteArray(said + window.readAllStandardError()).constData(),
                                  20000);

        // WHEN it is killed (kill -9: nothing of it runs after this)
        window.kill();
        QVERIFY(window.waitForFinished());
        QCOMPARE(window.exitStatus(), QProcess::CrashExit);

        // THEN the next start of the same agent offers the call back
        Workspace &ws =
            store.open(test::wednesdayMorning(), QStringLiteral("li"), QStringLiteral("agent"));
        ui::LogCallPane pane(ws);
        NextBox restore("restoreDraftButton");
        QVERIFY(pane.offerDraft());
        QCOMPARE(child<QLineEdit>(&pane, "phoneEdit")->text(), QStringLiteral("13812345678"));
        QCOMPARE(child<QPlainTextEdit>(&pane, "descriptionEdit")->toPlainText(), description);
        QCOMPARE(scalar(ws, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    void shouldKeepADraftEvenWhenTheAgentNeverPauses()
    {
        int writes = 0;
        ui::DraftAutosave autosave(
            [&writes] {
                ++writes;
                return Result<void>();
            },
            nullptr);
        autosave.setDelay(40); // at the latest 200 ms after the first change
        QElapsedTimer typing;
        typing.start();
        while (typing.elapsed() < 1000) {
            autosave.changed();
            QTest::qWait(10);
        }
        QVERIFY2(writes >= 2, qPrintable(QString::number(writes)));
        QVERIFY(autosave.isPending());
        autosave.flush();
        QVERIFY(!autosave.isPending());
    }

    void shouldLeaveNoDraftWhenTheWindowIsClosedOnPurpose()
    {
        test::ShownOnStore<ui::MainWindow> onStore;
        auto &[store, ws, window] = onStore;
        ui::LogCallPane *pane = window.logCallPane();
        pane->setDraftDelay(10);
        QTest::keyClicks(child<QLineEdit>(pane, "phoneEdit"), QStringLiteral("13812345678"));
        QTRY_COMPARE(drafts(ws), 1);
        NextBox discard(QByteArray::number(int(QMessageBox::Discard)).constData());
        QVERIFY(window.close());
        QVERIFY(discard.shown);
        QCOMPARE(drafts(ws), 0);
    }
};

QTEST_MAIN(TestLogCallDraft)
#include "tst_logcalldraft.moc"
