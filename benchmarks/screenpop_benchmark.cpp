// Screen pop: the time from a second start of the window program
// (`complaintdesk --incoming-call NUMBER`) to the running window showing that number and
// the caller's history on Log call, painted.
//
//   QT_QPA_PLATFORM=offscreen build/benchmarks/screenpop_benchmark --database PATH
//       --as USER --password PASSWORD [--runs 20] [--number PHONE]
//
// This process is the running window (signed in on PATH, listening like main() does);
// each run starts the real build/app/complaintdesk as the phone system would and times
// from just before the start to the moment the Log-call pane, filled, has been repainted.
// Without --number the caller with the most complaints in the store is used.
#include "authservice.h"
#include "benchsupport.h"
#include "database.h"
#include "instancechannel.h"
#include "logcallpane.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace cd;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // the window's settings and the store's audit key are where the window keeps them
    QApplication::setApplicationName(QStringLiteral("ComplaintDesk"));
    QApplication::setOrganizationName(QStringLiteral("ComplaintDesk"));
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QString(),
                                      QStringLiteral("path"));
    const QCommandLineOption as(QStringLiteral("as"), QString(), QStringLiteral("user"));
    const QCommandLineOption password(QStringLiteral("password"), QString(),
                                      QStringLiteral("password"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QString(), QStringLiteral("n"),
                                        QStringLiteral("20"));
    const QCommandLineOption numberOption(QStringLiteral("number"), QString(),
                                          QStringLiteral("phone"));
    parser.addOptions({database, as, password, runsOption, numberOption});
    parser.process(app);
    const QString path = parser.value(database);
    auto opened = models::Workspace::open(path);
    if (!bench::succeeded(opened))
        return 1;
    models::Workspace &ws = **opened;
    if (!bench::succeeded(ws.auth().signIn(parser.value(as), parser.value(password))))
        return 1;
    QString number = parser.value(numberOption);
    if (number.isEmpty()) {
        QSqlQuery query(ws.database().connection());
        query.exec(QStringLiteral("SELECT c.phone FROM customers c JOIN complaints k ON "
                                  "k.customer_id = c.id GROUP BY c.id ORDER BY count(*) DESC "
                                  "LIMIT 1"));
        if (!query.next()) {
            std::fprintf(stderr, "The store has no complaints; fill it with demo first.\n");
            return 1;
        }
        number = query.value(0).toString();
    }

    ui::MainWindow window(ws);
    window.show();
    ui::LogCallPane *pane = window.logCallPane();
    models::InstanceChannel channel;
    if (!bench::succeeded(channel.listen(models::InstanceClient::socketPath(path))))
        return 1;
    QElapsedTimer sinceStart;
    qint64 shownNs = -1;
    QObject::connect(&channel, &models::InstanceChannel::requested, &window,
                     &ui::MainWindow::receiveScreenPop);
    QObject::connect(&channel, &models::InstanceChannel::requested, &window, [&] {
        pane->repaint(); // painted, as the agent sees it
        shownNs = sinceStart.nsecsElapsed();
    });

    const int runs = std::max(1, parser.value(runsOption).toInt());
    QList<double> shown;
    QList<double> exited;
    QString summary;
    for (int run = 0; run < runs; ++run) {
        pane->discardCall();
        shownNs = -1;
        QProcess second;
        sinceStart.start();
        second.start(QStringLiteral(GUI_PATH),
                     {QStringLiteral("--database"), path, QStringLiteral("--incoming-call"), number,
                      QStringLiteral("--call-id"), QStringLiteral("bench-%1").arg(run)});
        QEventLoop loop;
        QObject::connect(&second, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        const double exitMs = double(sinceStart.nsecsElapsed()) / 1e6;
        if (second.exitCode() != 0 || shownNs < 0) {
            std::fprintf(stderr, "run %d: the second start exited %d (%s)\n", run,
                         second.exitCode(), second.readAllStandardError().constData());
            return 1;
        }
        shown.append(double(shownNs) / 1e6);
        exited.append(exitMs);
        summary = pane->findChild<QLabel *>(QStringLiteral("callerSummaryLabel"))->text();
    }
    pane->discardCall();
    const auto report = [](const char *what, QList<double> ms) {
        std::sort(ms.begin(), ms.end());
        std::printf("%-40s median %6.1f ms  p95 %6.1f ms  max %6.1f ms\n", what,
                    ms.at(ms.size() / 2),
                    ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100)), ms.last());
    };
    std::printf("screen pop of %s over %d runs (%s)\n", qPrintable(number), runs,
                qPrintable(QGuiApplication::platformName()));
    std::printf("history shown: %s\n", qPrintable(summary));
    report("second start -> number and history shown", shown);
    report("second start -> second start exited", exited);
    return 0;
}
