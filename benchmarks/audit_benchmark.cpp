// What the audit trail costs.
//
//   build/benchmarks/audit_benchmark [--calls N] [--database PATH]
//   build/benchmarks/audit_benchmark --verify PATH
//
// The first logs N calls in-process, one save transaction each (routing, deadlines,
// suggestion, the audit event, its seal and anchor), in a new store in a temporary folder
// unless --database names one, and prints the total time, the median and the 95th
// percentile of one call in milliseconds. The second times verify-audit's work on the
// store at PATH (e.g. filled by `complaintdesk-cli demo`): the walk of the sealed chain
// alone, then the whole verification (chain, anchor, each complaint replayed).
#include "auditservice.h"
#include "authservice.h"
#include "benchsupport.h"
#include "clock.h"
#include "complaintservice.h"
#include "database.h"
#include "eventrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace cd;

namespace {

int timeVerification(const QString &path)
{
    auto database = storage::Database::open(path);
    if (!bench::succeeded(database))
        return 1;
    storage::EventRepository events((*database)->connection());
    auto record = events.chainRecord();
    if (!bench::succeeded(record))
        return 1;
    auto key = storage::AuditKey::ofStore(record->storeId, record->fingerprint);
    if (!bench::succeeded(key))
        return 1;
    // Processor time: the machines are shared, wall time says more about the neighbours.
    std::clock_t started = std::clock();
    auto chain = events.verifyChain(*key);
    const double chainSeconds = double(std::clock() - started) / CLOCKS_PER_SEC;
    started = std::clock();
    auto report = models::AuditService::verify(**database, {});
    const double allSeconds = double(std::clock() - started) / CLOCKS_PER_SEC;
    if (!chain || !report) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(chain ? report.error().message : chain.error().message));
        return 1;
    }
    std::printf("%lld events, %lld complaints (%s), processor time: chain walk %.2f s; whole "
                "verification %.2f s (%lld findings)\n",
                static_cast<long long>(report->events), static_cast<long long>(report->complaints),
                qPrintable(path), chainSeconds, allSeconds,
                static_cast<long long>(report->findingCount));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int calls = 1000;
    QString path;
    QString verified;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--calls"))
            calls = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--database"))
            path = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--verify"))
            verified = args.at(i + 1);
    }
    if (!verified.isEmpty())
        return timeVerification(verified);
    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("logcall.sqlite"));
        if (qEnvironmentVariableIsEmpty("COMPLAINTDESK_AUDIT_KEY_DIR")) // its key goes with it
            qputenv("COMPLAINTDESK_AUDIT_KEY_DIR",
                    dir.filePath(QStringLiteral("keys")).toLocal8Bit());
    }
    const QString admin = QStringLiteral("bench");
    const QString password = QStringLiteral("benchmark password 1");

    auto opened = models::Workspace::open(path, nullptr, models::PasswordHasher::Strength::Fast);
    if (!bench::succeeded(opened))
        return 1;
    models::Workspace &ws = **opened;
    if (!bench::signIn(ws, admin, password))
        return 1;
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
        if (!bench::succeeded(ws.complaints().logCall(in)))
            return 1;
        ms << double(one.nsecsElapsed()) / 1e6;
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(ms.begin(), ms.end());
    std::printf("%d calls logged in %.2f s: median %.2f ms, p95 %.2f ms (store %s)\n", calls,
                seconds, ms.at(ms.size() / 2),
                ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100)), qPrintable(path));
    return 0;
}
