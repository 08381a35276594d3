#include "callerhistorymodel.h"
#include "categorysuggestions.h"
#include "classifierservice.h"
#include "complaintqueuemodel.h"
#include "fieldmessage.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "queuepane.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace cd::models;

namespace {

using cd::test::child;

// Picks the combo entry whose text starts with `text` using the keyboard only.
void chooseByKeyboard(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    const int target = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(target >= 0, qPrintable(text));
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

// The main window on a new store at 1366x768, the smallest screen an agent has, for tests
// that what happens in the Log-call pane leaves its layout still.
struct SmallScreenWindow
{
    test::StoreFixture store;
    Workspace &ws;
    ui::MainWindow window;
    SmallScreenWindow()
        : ws(store.open())
        , window(ws)
    {
        window.resize(1366, 768);
    }
    ui::LogCallPane *pane() { return window.logCallPane(); }
    QWidget *form() { return child<QWidget>(pane(), "callBox"); }
    QWidget *history() { return child<QWidget>(pane(), "callerHistoryBox"); }
};

} // namespace

class TestLogCallPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:

    void shouldShowTheQueueWhenALateReadArrivesAndLearnTheStoreAfterIt()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        ws.complaints()
            .logCall(test::sampleCall(ws, QStringLiteral("13812345678"), QStringLiteral("REFUND")))
            .value();
        // as the window's main() sets it, but never waiting: every read arrives later
        ComplaintQueueModel::setDefaultReadBudget(0);
        const auto restore = qScopeGuard([] { ComplaintQueueModel::setDefaultReadBudget(-1); });
        QSignalSpy trained(&ws.classifier(), &ClassifierService::trained);
        ui::MainWindow window(ws);
        window.show();
        ComplaintQueueModel *model = window.queuePane()->model();
        auto *count = child<QLabel>(&window, "queueCountLabel");
        QVERIFY(model->isLoading());
        QCOMPARE(count->text(), ui::QueuePane::tr("Reading the queue…"));
        QVERIFY(!ws.classifier().isTraining()); // the store is learnt once the queue is shown
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(ws.classifier().isTraining() || ws.classifier().isTrainedOnStore());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(count->text(), ui::QueuePane::tr("%Ln complaint(s)", "", 1));
        QVERIFY(trained.wait(10000));
    }

    void shouldLogACallFromTheKeyboardAndFindItInTheQueue()
    {
        test::ShownOnStore<ui::MainWindow> onStore;
        auto &[store, ws, window] = onStore;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::LogCallPane *pane = window.logCallPane();

        // GIVEN an agent typing a caller's complaint
        auto *phone = child<QLineEdit>(pane, "phoneEdit");
        test::typeInto(phone, QStringLiteral("138 1234 5678"));
        QTest::keyClick(phone, Qt::Key_Tab);
        QTest::keyClicks(child<QLineEdit>(pane, "customerNameEdit"), QStringLiteral("Wang Fang"));
        chooseByKeyboard(child<QComboBox>(pane, "categoryCombo"), QStringLiteral("Fees"));
        chooseByKeyboard(child<QComboBox>(pane, "subcategoryCombo"), QStringLiteral("Rate raised"));
        QTest::keyClicks(child<QLineEdit>(pane, "amountEdit"), QStringLiteral("36.80"));
        auto *description = child<QPlainTextEdit>(pane, "descriptionEdit");
        description->setFocus();
        QTest::keyClicks(description,
                         QStringLiteral("My POS rate went from 0.60 to 0.68 without notice"));
        QSignalSpy saved(pane, &ui::LogCallPane::complaintSaved);

        // WHEN Ctrl+Enter is pressed
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);

        // THEN the complaint is stored, the form is ready for the next call, and the queue
        // shows it at the top
        QCOMPARE(saved.count(), 1);
        const QString reference = saved.first().at(1).toString();
        QCOMPARE(reference, QStringLiteral("TS-20261125-0001"));
        QVERIFY(child<QLabel>(pane, "savedReferenceLabel")->text().contains(reference));
        // the agent can tell the caller who handles it
        QVERIFY(child<QLabel>(pane, "savedReferenceLabel")
                    ->text()
                    .contains(QStringLiteral("Customer Service")));
        QVERIFY(phone->text().isEmpty());
        QVERIFY(description->toPlainText().isEmpty());
        QCOMPARE(test::scalar(ws, QStringLiteral("SELECT description FROM complaints")).toString(),
                 QStringLiteral("My POS rate went from 0.60 to 0.68 without notice"));
        QCOMPARE(test::scalar(ws, QStringLiteral("SELECT amount_fen FROM complaints")).toInt(),
                 3680);
        QCOMPARE(test::scalar(ws,
                              QStringLiteral("SELECT s.code FROM complaints c JOIN"
                                             " subcategories s ON s.id = c.subcategory_id"))
                     .toString(),
                 QStringLiteral("RATE_RAISED"));
        auto *queue = child<QTableView>(&window, "queueView");
        QCOMPARE(queue->model()->rowCount(), 1);
        QCOMPARE(queue->model()->index(0, ComplaintQueueModel::Reference).data().toString(),
                 reference);
        QCOMPARE(queue->model()->index(0, ComplaintQueueModel::Customer).data().toString(),
                 QStringLiteral("Wang Fang  138****5678")); // masked for everybody

        // the next call's save fails: the last call's "Saved as" does not stay beside it
        test::typeInto(phone, QStringLiteral("139 1234 5678"));
        QTest::keyClick(phone, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        QVERIFY(child<QLabel>(pane, "savedReferenceLabel")->text().isEmpty());
    }

    void shouldFillTheDemandAndBusinessFromTheTextUntilTheAgentChooses()
    {
        test::ShownOnStore<ui::LogCallPane> onStore;
        auto &[store, ws, pane] = onStore;
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *demand = child<QComboBox>(&pane, "demandCombo");
        auto *business = child<QComboBox>(&pane, "businessTypeCombo");
        auto *description = child<QPlainTextEdit>(&pane, "descriptionEdit");
        QCOMPARE(demand->currentData().toString(), QStringLiteral("EXPLANATION"));
        QCOMPARE(business->currentData().toString(), QStringLiteral("OTHER"));
        test::typeInto(description, QStringLiteral("The money on my POS terminal is frozen"));
        QCOMPARE(demand->currentData().toString(), QStringLiteral("UNFREEZE_FUNDS"));
        QCOMPARE(business->currentData().toString(), QStringLiteral("POS_ACQUIRING"));
        QVERIFY(description->hasFocus()); // typing was never interrupted
        // the agent picks the demand: the text no longer changes it, the business still follows
        chooseByKeyboard(demand, QStringLiteral("Compensation"));
        description->setFocus();
        QTest::keyClicks(description,
                         QStringLiteral(". I scanned the QR code, please unfreeze and refund it"));
        QCOMPARE(demand->currentData().toString(), QStringLiteral("COMPENSATION"));
        QCOMPARE(business->currentData().toString(), QStringLiteral("QR_PAYMENT"));
        chooseByKeyboard(business, QStringLiteral("Online"));
        test::typeInto(description, QStringLiteral(" at the POS terminal"));
        QCOMPARE(business->currentData().toString(), QStringLiteral("ONLINE_PAYMENT"));
        // saved as shown
        QTest::keyClicks(child<QLineEdit>(&pane, "phoneEdit"), QStringLiteral("13812345678"));
        chooseByKeyboard(child<QComboBox>(&pane, "categoryCombo"), QStringLiteral("Fees"));
        QSignalSpy saved(&pane, &ui::LogCallPane::complaintSaved);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(test::scalar(ws, QStringLiteral("SELECT demand FROM complaints")).toString(),
                 QStringLiteral("COMPENSATION"));
        QCOMPARE(
            test::scalar(ws, QStringLiteral("SELECT business_type FROM complaints")).toString(),
            QStringLiteral("ONLINE_PAYMENT"));
        // the next call starts over: the text suggests again
        QCOMPARE(demand->currentData().toString(), QStringLiteral("EXPLANATION"));
        description->setFocus();
        description->insertPlainText(
            QStringLiteral("\u8981\u6c42\u9000\u8fd8")); // "ask to be refunded"
        QCOMPARE(demand->currentData().toString(), QStringLiteral("REFUND_FEES"));
    }

    void shouldShowTheWindowWithoutWaitingForTheClassifiersModel()
    {
        // GIVEN a store whose classifier has no model yet
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(!ws.classifier().isReady());
        QSignalSpy ready(&ws.classifier(), &ClassifierService::ready);
        // WHEN the window is built and shown
        ui::MainWindow window(ws);
        window.show();
        // THEN it did not make the model on this thread (loading the built one takes tens
        // of milliseconds, fitting it 0.25 s): a worker makes it and the model is put in
        // place from the event loop, later
        QVERIFY(!ws.classifier().isReady());
        QVERIFY(ready.isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // AND what the agent types is kept, and suggested for once the model is in
        auto *pane = window.logCallPane();
        auto *description = child<QPlainTextEdit>(pane, "descriptionEdit");
        auto *first = child<QLabel>(pane, "suggestion1");
        description->setFocus();
        const QString text =
            QStringLiteral("the customer service agent was rude and hung up on me");
        QTest::keyClicks(description, text);
        QTRY_VERIFY(ws.classifier().isReady());
        QTRY_VERIFY(first->isVisible());
        QVERIFY2(first->text().contains(QStringLiteral("Service attitude")),
                 qPrintable(first->text()));
        QCOMPARE(description->toPlainText(), text);
        QVERIFY(description->hasFocus());
        QTRY_COMPARE(ready.size(), 1);
    }

    void shouldSuggestCategoriesWhileTheAgentTypesAndAcceptOneWithAKey()
    {
        test::ShownOnStore<ui::LogCallPane> onStore;
        auto &[store, ws, pane] = onStore;
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *first = child<QLabel>(&pane, "suggestion1");
        auto *label = child<QLabel>(&pane, "suggestionLabel");
        QVERIFY(!first->isVisible());
        auto *description = child<QPlainTextEdit>(&pane, "descriptionEdit");
        description->setFocus();
        // typed character by character, as a caller speaks
        QTest::keyClicks(description,
                         QStringLiteral("the customer service agent was rude and hung up on me"));
        // (the starting model may still be loading on its worker when this test runs first)
        QTRY_VERIFY(first->isVisible());
        QVERIFY2(first->text().contains(QStringLiteral("Service attitude")),
                 qPrintable(first->text()));
        QCOMPARE(label->text(), QStringLiteral("Suggested:"));
        // a candidate shown is never "0%" (nor the first "100%"): the others read "<1%"
        QVERIFY2(first->text().contains(QStringLiteral(" 99%")), qPrintable(first->text()));
        for (const char *name : {"suggestion2", "suggestion3"}) {
            const QString shown = child<QLabel>(&pane, name)->text();
            QVERIFY2(!shown.endsWith(QStringLiteral(" 0%")), qPrintable(shown));
        }
        QVERIFY(description->hasFocus()); // typing was never interrupted
        // Alt+1 takes it without leaving the description
        QTest::keyClick(description, Qt::Key_1, Qt::AltModifier);
        auto *category = child<QComboBox>(&pane, "categoryCombo");
        QCOMPARE(category->currentData().toLongLong(),
                 ws.taxonomy().categoryByCode(QStringLiteral("SERVICE_QUALITY"))->id);
        QVERIFY(description->hasFocus());
        QCOMPARE(description->toPlainText(),
                 QStringLiteral("the customer service agent was rude and hung up on me"));
        // noise: no suggestion, said so
        description->setPlainText(QStringLiteral("?!...😡"));
        QVERIFY(!first->isVisible());
        QVERIFY(label->text().startsWith(QStringLiteral("No suggestion")));
    }

    void shouldKeepEverythingTypedWhenTheInputIsWrong()
    {
        test::ShownOnStore<ui::LogCallPane> onStore;
        auto &[store, ws, pane] = onStore;
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *phone = child<QLineEdit>(&pane, "phoneEdit");
        QTest::keyClicks(phone, QStringLiteral("12345"));
        QTest::keyClicks(child<QLineEdit>(&pane, "amountEdit"), QStringLiteral("12abc"));
        auto *description = child<QPlainTextEdit>(&pane, "descriptionEdit");
        const QString text = QStringLiteral("'; DROP TABLE complaints; -- \U0001F621 \u9000\u6b3e");
        description->setPlainText(text);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);

        // nothing saved, a message at each wrong field, nothing lost
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 0);
        QVERIFY(child<ui::FieldMessage>(&pane, "phoneMessage")->isVisible());
        QVERIFY(child<ui::FieldMessage>(&pane, "amountMessage")->isVisible());
        QVERIFY(child<ui::FieldMessage>(&pane, "categoryMessage")->isVisible());
        QVERIFY(!child<ui::FieldMessage>(&pane, "descriptionMessage")->isVisible());
        QCOMPARE(phone->text(), QStringLiteral("12345"));
        QCOMPARE(child<QLineEdit>(&pane, "amountEdit")->text(), QStringLiteral("12abc"));
        QCOMPARE(description->toPlainText(), text);
        QVERIFY(pane.hasUnsavedInput());
        QVERIFY(phone->hasFocus());
    }

    void shouldShowTheCallersHistoryAndOfferAFollowUp()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const auto earlier = ws.complaints().logCall(test::sampleCall(ws));
        ui::LogCallPane pane(ws);
        QVERIFY(test::shownOnScreen(&pane));
        auto *phone = child<QLineEdit>(&pane, "phoneEdit");
        QTest::keyClicks(phone, QStringLiteral("13812345678"));
        QTRY_VERIFY(child<QLabel>(&pane, "callerSummaryLabel")
                        ->text()
                        .contains(QStringLiteral("1 earlier complaint")));
        auto *history = child<QTableView>(&pane, "callerHistoryView");
        QVERIFY(history->model()->rowCount() >= 1);
        auto *followUp = child<QComboBox>(&pane, "followUpCombo");
        QCOMPARE(followUp->count(), 2);
        QVERIFY(followUp->itemText(1).contains(earlier->reference));

        chooseByKeyboard(followUp, QStringLiteral("Follow-up"));
        QVERIFY(!child<QComboBox>(&pane, "categoryCombo")->isEnabled());
        child<QPlainTextEdit>(&pane, "descriptionEdit")->setPlainText(QStringLiteral("Any news?"));
        QSignalSpy saved(&pane, &ui::LogCallPane::complaintSaved);
        QTest::keyClick(child<QPlainTextEdit>(&pane, "descriptionEdit"), Qt::Key_Enter,
                        Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(1).toString(), earlier->reference);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 1);
        QCOMPARE(test::rowCount(ws, QStringLiteral("calls")), 2);
    }

    // Issue 25, item 4: at 1366x768 appearing suggestions neither widen the form nor narrow
    // the caller history, and every suggested name is readable whole.
    void shouldKeepTheLayoutStillWhenSuggestionsAppear()
    {
        SmallScreenWindow at;
        QVERIFY(test::shownOnScreen(&at.window));
        Workspace &ws = at.ws;
        ui::LogCallPane *pane = at.pane();
        QWidget *form = at.form();
        QWidget *history = at.history();
        const int formWidth = form->width();
        const int historyWidth = history->width();
        QVERIFY2(historyWidth > 400, qPrintable(QString::number(historyWidth)));
        auto *description = child<QPlainTextEdit>(pane, "descriptionEdit");
        description->setFocus();
        QTest::keyClicks(description,
                         QStringLiteral("the fee was charged twice and the rate "
                                        "changed without notice"));
        auto *first = child<QLabel>(pane, "suggestion1");
        QTRY_VERIFY(first->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(form->width(), formWidth);
        QCOMPARE(history->width(), historyWidth);
        const auto &top = pane->suggestions()->current().top;
        QVERIFY(!top.isEmpty());
        for (int i = 0; i < int(top.size()); ++i) {
            auto *line = child<QLabel>(
                pane, QByteArray("suggestion" + QByteArray::number(i + 1)).constData());
            QVERIFY(line->isVisible());
            const QString name = ws.taxonomy().categoryName(top.at(i).categoryId);
            QVERIFY2(line->text().contains(name.toHtmlEscaped()), qPrintable(line->text()));
            QVERIFY2(!line->text().contains(QChar(0x2026)), qPrintable(line->text()));
            // wholly inside the form and tall enough for its wrapped lines
            QVERIFY(line->height() >= line->heightForWidth(line->width()));
            const QRect inForm(line->mapTo(form, QPoint(0, 0)), line->size());
            QVERIFY(form->rect().contains(inForm));
        }
    }

    // At 1366x768 the "Saved as ..., handled by ..." line after a save neither widens the
    // form nor narrows the caller history (it did: the splitter moved by 220 pixels).
    void shouldKeepTheLayoutStillWhenACallIsSaved()
    {
        SmallScreenWindow at;
        QVERIFY(test::shownOnScreen(&at.window));
        ui::LogCallPane *pane = at.pane();
        QWidget *form = at.form();
        QWidget *history = at.history();
        const int formWidth = form->width();
        const int historyWidth = history->width();
        test::typeInto(child<QLineEdit>(pane, "phoneEdit"), QStringLiteral("138 1234 5678"));
        chooseByKeyboard(child<QComboBox>(pane, "categoryCombo"), QStringLiteral("Fees"));
        auto *description = child<QPlainTextEdit>(pane, "descriptionEdit");
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("My POS rate went up without notice"));
        QSignalSpy saved(pane, &ui::LogCallPane::complaintSaved);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        auto *message = child<QLabel>(pane, "savedReferenceLabel");
        QVERIFY(message->text().contains(saved.first().at(1).toString()));
        QCoreApplication::processEvents();
        QCOMPARE(form->width(), formWidth);
        QCOMPARE(history->width(), historyWidth);
        // and the message is read whole
        QVERIFY(message->isVisible());
        QVERIFY(message->height() >= message->heightForWidth(message->width()));
    }

    // Issue 25, item 13: Enter on an open complaint in the caller history logs the call as
    // its follow-up; the greyed fields show that complaint's values, nothing is suggested,
    // and going back to a new complaint gives back what the agent had chosen.
    void shouldLinkAFollowUpWithEnterInTheHistory()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput earlierInput = test::sampleCall(ws);
        earlierInput.severity = rules::Severity::P2;
        const auto earlier = ws.complaints().logCall(earlierInput);
        QVERIFY(earlier);
        ui::LogCallPane pane(ws);
        pane.resize(1366, 700);
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        auto *phone = child<QLineEdit>(&pane, "phoneEdit");
        QTest::keyClicks(phone, QStringLiteral("13812345678"));
        QTRY_VERIFY(child<QLabel>(&pane, "callerSummaryLabel")
                        ->text()
                        .contains(QStringLiteral("1 earlier complaint")));
        auto *category = child<QComboBox>(&pane, "categoryCombo");
        auto *severity = child<QComboBox>(&pane, "severityCombo");
        chooseByKeyboard(category, QStringLiteral("Service"));
        const int chosenCategory = category->currentIndex();
        auto *description = child<QPlainTextEdit>(&pane, "descriptionEdit");
        test::typeInto(description, QStringLiteral("the agent was rude"));
        auto *first = child<QLabel>(&pane, "suggestion1");
        QVERIFY(first->isVisible());

        // Alt+Y: the history, the open complaint current; Enter links it
        QTest::keyClick(description, Qt::Key_Y, Qt::AltModifier);
        auto *history = child<QTableView>(&pane, "callerHistoryView");
        QTRY_VERIFY(history->hasFocus());
        QCOMPARE(history->currentIndex().data(CallerHistoryModel::ComplaintIdRole).toLongLong(),
                 earlier->complaintId);
        QTest::keyClick(history, Qt::Key_Return);
        auto *followUp = child<QComboBox>(&pane, "followUpCombo");
        QCOMPARE(followUp->currentData().toLongLong(), earlier->complaintId);
        QVERIFY(description->hasFocus());
        QVERIFY(!category->isEnabled());
        QCOMPARE(category->currentText(),
                 ws.taxonomy().categoryName(earlierInput.categoryId.value()));
        QCOMPARE(severity->currentData().toString(), QStringLiteral("P2"));
        QVERIFY(!first->isVisible());
        QTest::keyClicks(description, QStringLiteral(" and the fee was charged twice"));
        QVERIFY(!first->isVisible());
        QVERIFY(child<QLabel>(&pane, "suggestionLabel")
                    ->text()
                    .startsWith(QStringLiteral("No suggestions")));

        // back to a new complaint: the agent's own choice again, suggestions again
        chooseByKeyboard(followUp, QStringLiteral("New complaint"));
        QCOMPARE(category->currentIndex(), chosenCategory);
        QVERIFY(category->isEnabled());
        QVERIFY(first->isVisible());

        // linked and saved: the call goes to the earlier complaint
        history->setFocus();
        QTest::keyClick(history, Qt::Key_Return);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 1);
        QCOMPARE(test::rowCount(ws, QStringLiteral("calls")), 2);
    }

    void shouldTimeTheCallFromTheFirstKeystroke()
    {
        test::ShownOnStore<ui::LogCallPane> onStore;
        auto &[store, ws, pane] = onStore;
        auto *timer = child<QLabel>(&pane, "callTimerLabel");
        QCOMPARE(timer->text(), QStringLiteral("--:--"));
        QTest::keyClicks(child<QLineEdit>(&pane, "phoneEdit"), QStringLiteral("1"));
        QCOMPARE(timer->text(), QStringLiteral("00:00"));
    }
    // Issue 20, reproduction 5: a control character is refused with a message at its field.
    void shouldSayAtTheFieldWhyAControlCharacterIsRefused()
    {
        test::ShownOnStore<ui::LogCallPane> onStore;
        auto &[store, ws, pane] = onStore;
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTest::keyClicks(child<QLineEdit>(&pane, "phoneEdit"), QStringLiteral("13812345678"));
        child<QLineEdit>(&pane, "customerNameEdit")->setText(QStringLiteral("Li\u202eNa"));
        auto *description = child<QPlainTextEdit>(&pane, "descriptionEdit");
        const QString text = QStringLiteral("Fee too high\x1b]0;owned\a");
        description->setPlainText(text);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 0);
        auto *descriptionMessage = child<ui::FieldMessage>(&pane, "descriptionMessage");
        QVERIFY(descriptionMessage->isVisible());
        QVERIFY2(descriptionMessage->text().contains(QStringLiteral("U+001B")),
                 qPrintable(descriptionMessage->text()));
        QVERIFY(child<ui::FieldMessage>(&pane, "customer_nameMessage")
                    ->text()
                    .contains(QStringLiteral("U+202E")));
        QCOMPARE(description->toPlainText(), text);
    }
};

QTEST_MAIN(TestLogCallPane)
#include "tst_logcallpane.moc"
