// What the audit trail costs a call being logged: N calls logged in-process, one save
// transaction each (routing, deadlines, suggestion, the audit event, its seal and anchor).
//
//   build/benchmarks/logcall_benchmark [--calls N] [--database PATH]
//
// Without --database the store is a new one in a temporary folder. Prints the total time,
// the median and the 95th percentile of one call in milliseconds.
#include "authservice.h"
#include "clock.h"
#include "complaintservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace cd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int calls = 1000;
    QString path;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--calls"))
            calls = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--database"))
            path = args.at(i + 1);
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("logcall.sqlite"));
    const QString admin = QStringLiteral("bench");
    const QString password = QStringLiteral("benchmark password 1");

    auto opened = models::Workspace::open(path, nullptr, models::PasswordHasher::Strength::Fast);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    models::Workspace &ws = **opened;
    if (*ws.auth().needsFirstAdministrator())
        ws.auth().createFirstAdministrator(admin, QStringLiteral("Benchmark"), password).value();
    if (auto signedIn = ws.auth().signIn(admin, password); !signedIn) {
        std::fprintf(stderr, "%s\n", qPrintable(signedIn.error().message));
        return 1;
    }
    const qint64 refund = ws.taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
    QList<double> ms;
    ms.reserve(calls);
    QElapsedTimer total;
    total.start();
    for (int n = 0; n < calls; ++n) {
        models::NewCallInput in;
        in.phone = QStringLiteral("139%1").arg(10000000 + n, 8, 10, QLatin1Char('0'));
        in.description = QStringLiteral("Deposit paid a year ago still not refunded");
        in.categoryId = refund;
        QElapsedTimer one;
        one.start();
        if (auto logged = ws.complaints().logCall(in); !logged) {
            std::fprintf(stderr, "%s\n", qPrintable(logged.error().message));
            return 1;
        }
        ms << double(one.nsecsElapsed()) / 1e6;
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(ms.begin(), ms.end());
    std::printf("%d calls logged in %.2f s: median %.2f ms, p95 %.2f ms (store %s)\n", calls,
                seconds, ms.at(ms.size() / 2),
                ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100)), qPrintable(path));
    return 0;
}
