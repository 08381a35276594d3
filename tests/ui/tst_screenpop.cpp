// Screen pop end to end: a window on a store, later starts of the real programs
// (complaintdesk, complaintdesk-cli) handing it calls over the local socket.
#include "instancechannel.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocalServer>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstring>
#include <thread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace cd;
using namespace cd::models;
using cd::test::child;
using cd::test::scalar;

namespace {

struct Run
{
    int exitCode = -1;
    QString errors;
};

// Runs `program` with `arguments` to its end while the event loop keeps running (the
// window in this process must answer it), at most 20 s.
Run runLater(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(20000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

// The window of `ws`, listening for later starts on `storePath`, as main() wires them.
struct Desk
{
    Desk(Workspace &ws, const QString &storePath)
        : window(ws)
    {
        window.show();
        const auto listening = channel.listen(InstanceClient::socketPath(storePath));
        QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().message));
        QObject::connect(&channel, &InstanceChannel::requested, &window,
                         &ui::MainWindow::receiveScreenPop);
    }
    ui::MainWindow window;
    InstanceChannel channel;
};

// Clicks `button` of the next message box that shows.
void answerNextBox(QMessageBox::StandardButton button, bool *shown)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *shown = true;
            box->button(button)->click();
            poll->deleteLater();
        }
    });
    poll->start(10);
}

// A Unix socket file with nothing listening on it, as a crashed window leaves it.
void leaveStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    QVERIFY(size_t(name.size()) < sizeof(address.sun_path));
    memcpy(address.sun_path, name.constData(), size_t(name.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(path));
}

} // namespace

class TestScreenPop : public QObject
{
    Q_OBJECT
private Q_SLOTS:

    void shouldBringASecondStartsCallForwardWithTheCallersHistory()
    {
        test::StoreFixture store;
        // the store's clock a minute ahead, so the ring (the real time) is before its now
        Workspace &ws = store.open(QDateTime::currentMSecsSinceEpoch() + 60000);
        ws.complaints().logCall(test::sampleCall(ws, QStringLiteral("13812345678"))).value();
        Desk desk(ws, store.path());
        auto *tabs = child<QTabWidget>(&desk.window, "mainTabs");
        tabs->setCurrentIndex(1);

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Run second =
            runLater(QStringLiteral(GUI_PATH),
                     {QStringLiteral("--database"), store.path(), QStringLiteral("--incoming-call"),
                      QStringLiteral("+86"), QStringLiteral("138"), QStringLiteral("1234"),
                      QStringLiteral("5678"), QStringLiteral("--call-id"),
                      QStringLiteral("PBX-7781"), QStringLiteral("--line"), QStringLiteral("2")});
        QCOMPARE(second.exitCode, 0);
        ui::LogCallPane *pane = desk.window.logCallPane();
        QTRY_COMPARE(child<QLineEdit>(pane, "phoneEdit")->text(), QStringLiteral("138 1234 5678"));
        QCOMPARE(tabs->currentWidget(), pane);
        QVERIFY(child<QLabel>(pane, "callerSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("1 earlier complaint")));
        QVERIFY(child<QTableView>(pane, "callerHistoryView")->model()->rowCount() > 0);
        QVERIFY(child<QLabel>(pane, "callTimerLabel")->text() != QStringLiteral("--:--"));

        // saved, the call keeps the phone system's id and line and starts at the ring
        child<QPlainTextEdit>(pane, "descriptionEdit")->setPlainText(QStringLiteral("Again"));
        auto *followUp = pane->findChild<QComboBox *>(QStringLiteral("followUpCombo"));
        followUp->setCurrentIndex(1);
        child<QPushButton>(pane, "saveButton")->click();
        QTRY_VERIFY(child<QLabel>(pane, "savedReferenceLabel")
                        ->text()
                        .startsWith(QStringLiteral("Follow-up saved")));
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT external_call_id || '/' || line FROM calls "
                                       "ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("PBX-7781/2"));
        const qint64 startedAt =
            scalar(ws, QStringLiteral("SELECT started_at FROM calls ORDER BY id DESC LIMIT 1"))
                .toLongLong();
        QVERIFY(startedAt >= before);
        QVERIFY(startedAt <= QDateTime::currentMSecsSinceEpoch());
    }

    void shouldTakeATelLinkAndTheCliCommand()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(QDateTime::currentMSecsSinceEpoch() + 60000);
        Desk desk(ws, store.path());
        ui::LogCallPane *pane = desk.window.logCallPane();
        const Run tel = runLater(QStringLiteral(GUI_PATH),
                                 {QStringLiteral("--database"), store.path(),
                                  QStringLiteral("tel:+86-138%201234-5678;phone-context=pbx")});
        QCOMPARE(tel.exitCode, 0);
        QTRY_COMPARE(child<QLineEdit>(pane, "phoneEdit")->text(), QStringLiteral("138 1234 5678"));
        QVERIFY(child<QLabel>(pane, "callerSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("first call from this number")));

        // the form now holds a call: the CLI's call waits in the incoming list
        const Run cli = runLater(QStringLiteral(CLI_PATH),
                                 {QStringLiteral("incoming-call"), QStringLiteral("13998765432"),
                                  QStringLiteral("--database"), store.path(),
                                  QStringLiteral("--line"), QStringLiteral("7")});
        QCOMPARE(cli.exitCode, 0);
        auto *waiting = child<QListWidget>(pane, "incomingCallsList");
        QTRY_COMPARE(waiting->count(), 1);
        QVERIFY(waiting->item(0)->text().startsWith(QStringLiteral("13998765432 - rang ")));
        QVERIFY(waiting->item(0)->text().endsWith(QStringLiteral("line 7")));
        QCOMPARE(child<QLineEdit>(pane, "phoneEdit")->text(), QStringLiteral("138 1234 5678"));

        // a bad number is a usage error and reaches no window
        const Run bad = runLater(QStringLiteral(CLI_PATH),
                                 {QStringLiteral("incoming-call"), QStringLiteral("hello"),
                                  QStringLiteral("--database"), store.path()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.errors.contains(QStringLiteral("not a telephone number")));
        QCOMPARE(waiting->count(), 1);
    }

    void shouldSaySoWhenNoWindowRunsAndReplaceAStaleSocket()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(QDateTime::currentMSecsSinceEpoch() + 60000);
        const QString socket = InstanceClient::socketPath(store.path());
        QFile::remove(socket);
        const QStringList call {QStringLiteral("incoming-call"), QStringLiteral("13812345678"),
                                QStringLiteral("--database"), store.path()};
        Run none = runLater(QStringLiteral(CLI_PATH), call);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.errors.contains(QStringLiteral("No ComplaintDesk window is running")),
                 qPrintable(none.errors));

        leaveStaleSocket(socket); // a window crashed
        none = runLater(QStringLiteral(CLI_PATH), call);
        QCOMPARE(none.exitCode, 1);

        Desk desk(ws, store.path()); // the next start becomes the instance
        QVERIFY(desk.channel.isListening());
        InstanceChannel another;
        const auto refused = another.listen(socket);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(desk.channel.isListening());
        QCOMPARE(runLater(QStringLiteral(CLI_PATH), call).exitCode, 0);
        QTRY_COMPARE(child<QLineEdit>(desk.window.logCallPane(), "phoneEdit")->text(),
                     QStringLiteral("138 1234 5678"));
    }

    // InstanceClient::send against a window that takes the connection but never answers
    // (its event loop is busy), and one that refuses the request: each an error that says
    // so, within the time given, never a hang and never "no window".
    void shouldSayWhenTheWindowDoesNotAnswerOrRefuses()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("window"));
        const rules::ScreenPopRequest request {
            rules::IncomingCall {QStringLiteral("13812345678"), QString(), QString(), 1}};

        QLocalServer silent; // listens, but nothing here accepts while send() waits
        QVERIFY(silent.listen(socket));
        QElapsedTimer waited;
        waited.start();
        const auto unanswered = InstanceClient::send(socket, request, 300);
        QVERIFY(!unanswered);
        QVERIFY(
            unanswered.error().message.contains(QStringLiteral("did not answer within 300 ms")));
        QVERIFY(waited.elapsed() < 3000);
        silent.close();

        const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(socket);
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QFile::remove(socket);
        QCOMPARE(::bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(server, 1), 0);
        QByteArray heard;
        std::thread window([server, &heard] {
            const int connection = ::accept(server, nullptr, nullptr);
            char buffer[512];
            while (!heard.contains('\n')) {
                const ssize_t got = ::read(connection, buffer, sizeof buffer);
                if (got <= 0)
                    break;
                heard.append(buffer, got);
            }
            const QByteArray no = QByteArrayLiteral("refused\n");
            (void)!::write(connection, no.constData(), size_t(no.size()));
            ::close(connection);
        });
        const auto refused = InstanceClient::send(socket, request, 5000);
        window.join();
        ::close(server);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("refused the request")));
        QCOMPARE(rules::IncomingCalls::decode(heard).value().call->number,
                 QStringLiteral("13812345678"));
    }

    void shouldKeepTypedTextWhileACallWaitsAndStartItFromTheRing()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        ws.complaints().logCall(test::sampleCall(ws, QStringLiteral("13998765432"))).value();
        ui::LogCallPane pane(ws);
        pane.show();
        QApplication::setActiveWindow(&pane);
        pane.startCall();
        auto *phone = child<QLineEdit>(&pane, "phoneEdit");
        auto *description = child<QPlainTextEdit>(&pane, "descriptionEdit");
        QTest::keyClicks(phone, QStringLiteral("13812345678"));
        test::typeInto(description, QStringLiteral("Charged twice"));

        const qint64 ring = ws.clock().nowMs() - 5000;
        pane.receiveIncomingCall(
            {QStringLiteral("+86 139 9876 5432"), QStringLiteral("c-9"), QString(), ring});
        QCOMPARE(phone->text(), QStringLiteral("13812345678"));
        QCOMPARE(description->toPlainText(), QStringLiteral("Charged twice"));
        QCOMPARE(pane.waitingCallCount(), 1);
        auto *waiting = child<QListWidget>(&pane, "incomingCallsList");
        QVERIFY(waiting->isVisible());
        QCOMPARE(waiting->currentRow(), 0);

        // taking it asks first; cancelled, the typed call stays
        bool asked = false;
        answerNextBox(QMessageBox::Cancel, &asked);
        waiting->setFocus();
        QTest::keyClick(waiting, Qt::Key_Return);
        QVERIFY(asked);
        QCOMPARE(description->toPlainText(), QStringLiteral("Charged twice"));
        QCOMPARE(pane.waitingCallCount(), 1);
        QApplication::setActiveWindow(&pane); // back from the box (offscreen does not)

        // saved first, the waiting call then starts from its ring with its history
        chooseCategory(&pane);
        child<QPushButton>(&pane, "saveButton")->click();
        QVERIFY(child<QLabel>(&pane, "savedReferenceLabel")
                    ->text()
                    .startsWith(QStringLiteral("Saved as")));
        QCOMPARE(QApplication::focusWidget(), waiting);
        QTest::keyClick(waiting, Qt::Key_Return);
        QCOMPARE(pane.waitingCallCount(), 0);
        QVERIFY(!waiting->isVisible());
        QCOMPARE(phone->text(), QStringLiteral("139 9876 5432"));
        QVERIFY(child<QLabel>(&pane, "callerSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("1 earlier complaint")));
        QCOMPARE(child<QLabel>(&pane, "callTimerLabel")->text(), QStringLiteral("00:05"));
        description->setPlainText(QStringLiteral("Still no refund"));
        chooseCategory(&pane);
        child<QPushButton>(&pane, "saveButton")->click();
        QCOMPARE(scalar(ws, QStringLiteral("SELECT started_at FROM calls ORDER BY id DESC LIMIT 1"))
                     .toLongLong(),
                 ring);
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT external_call_id FROM calls ORDER BY id DESC "
                                       "LIMIT 1"))
                     .toString(),
                 QStringLiteral("c-9"));
    }

    void shouldPutTheTypedCallAsideOnlyWhenTheAgentAgrees()
    {
        test::ShownOnStore<ui::LogCallPane> onStore;
        auto &[store, ws, pane] = onStore;
        auto *description = child<QPlainTextEdit>(&pane, "descriptionEdit");
        test::typeInto(description, QStringLiteral("Half typed"));
        pane.receiveIncomingCall({QStringLiteral("13812345678"), {}, {}, ws.clock().nowMs()});
        QCOMPARE(description->toPlainText(), QStringLiteral("Half typed"));
        bool asked = false;
        answerNextBox(QMessageBox::Discard, &asked);
        child<QPushButton>(&pane, "takeIncomingCallButton")->click();
        QVERIFY(asked);
        QVERIFY(description->toPlainText().isEmpty());
        QCOMPARE(child<QLineEdit>(&pane, "phoneEdit")->text(), QStringLiteral("138 1234 5678"));
        QCOMPARE(pane.waitingCallCount(), 0);
    }

    void shouldRegisterTheDesktopFileAsTheTelHandler()
    {
        QFile file(QStringLiteral(DESKTOP_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QVERIFY(lines.contains(QStringLiteral("Exec=complaintdesk %u")));
        QVERIFY(lines.contains(QStringLiteral("MimeType=x-scheme-handler/tel;")));
        QProcess validate;
        validate.start(QStringLiteral("desktop-file-validate"), {file.fileName()});
        QVERIFY2(validate.waitForFinished(10000), "desktop-file-validate (desktop-file-utils)");
        QCOMPARE(validate.exitCode(), 0);
        QCOMPARE(validate.readAll(), QByteArray());
    }

private:
    static void chooseCategory(ui::LogCallPane *pane)
    {
        auto *category = pane->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        if (category->isEnabled())
            category->setCurrentIndex(1);
    }
};

QTEST_MAIN(TestScreenPop)
#include "tst_screenpop.moc"
