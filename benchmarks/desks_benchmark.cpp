// Many desks on one store at once: what each agent waits for while 50 others work.
//
//   build/benchmarks/desks_benchmark --database ADDRESS --as ADMIN --password PASSWORD
//                                    [--desks N] [--seconds S] [--pause MS] [--seed S]
//
// On an existing store (a call centre's server, or a file), with an administrator's name
// and password: registers the agents desk01..deskNN of the CS department where they are
// missing, then runs N desks (default 50) for S seconds (default 300), each a thread with
// its own connection and signed-in workspace, as a desk works: it logs a call (half of
// its steps), reads the first page of the department's queue (three in ten), or moves one
// of the complaints it logged to its next status (one in five), and waits a random time of
// up to twice --pause (default 1000 ms) before its next step: one step a second per desk
// is many times what an agent with a caller on the line does. --pause 0: as fast as it can.
// Meanwhile this thread watches the store's changes (ChangeWatcher, as every window does) and
// measures how long each complaint took from its creation to being seen. Then it checks that every
// complaint a desk was told is saved is in the store (lost writes).
//
// Prints the count, median, 95th and 99th percentile (ms) of each step, the live-update
// delay, the errors (must be 0) and the lost writes (must be 0). Targets (issue 21): save
// p95 <= 20 ms, page p95 <= 10 ms, live update p95 <= 1 s with the server on this
// 2-core machine.
#include "authservice.h"
#include "benchsupport.h"
#include "changewatcher.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "workflow.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace cd;

namespace {

const QString deskPassword = QStringLiteral("steady harbour lights 7");

// Latencies of one kind of step, in ms.
struct Timings
{
    std::mutex mutex;
    QList<double> ms;
    void add(double value)
    {
        const std::lock_guard lock(mutex);
        ms << value;
    }
};

QString figures(QList<double> ms)
{
    if (ms.isEmpty())
        return QStringLiteral("none");
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size())));
    };
    return QStringLiteral("%1 steps, median %2 ms, p95 %3 ms, p99 %4 ms")
        .arg(ms.size())
        .arg(at(0.5), 0, 'f', 1)
        .arg(at(0.95), 0, 'f', 1)
        .arg(at(0.99), 0, 'f', 1);
}

struct Shared
{
    QString address;
    qint64 deadline = 0;
    int pauseMs = 1000;
    Timings saves;
    Timings pages;
    Timings moves;
    std::atomic<int> errors {0};
    std::mutex savedMutex;
    QSet<qint64> saved; // complaint ids a desk was told are saved
};

void fail(Shared &shared, const QString &what)
{
    if (shared.errors.fetch_add(1) < 10)
        std::fprintf(stderr, "error: %s\n", qPrintable(what));
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void runDesk(Shared &shared, const QString &username, quint32 seed)
{
    auto opened =
        models::Workspace::open(shared.address, nullptr, models::PasswordHasher::Strength::Fast);
    if (!opened) {
        fail(shared, opened.error().message);
        return;
    }
    models::Workspace &ws = **opened;
    if (auto signedIn = ws.auth().signIn(username, deskPassword); !signedIn) {
        fail(shared, signedIn.error().message);
        return;
    }
    QRandomGenerator rng(seed);
    const auto categories = ws.taxonomy().categories();
    storage::QueueQuery department;
    department.departmentId = ws.actor().departmentId;
    QList<qint64> mine;
    while (QDateTime::currentMSecsSinceEpoch() < shared.deadline) {
        if (shared.pauseMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(rng.bounded(2 * shared.pauseMs)));
        const int step = int(rng.bounded(10));
        QElapsedTimer timer;
        timer.start();
        if (step < 5 || mine.isEmpty()) {
            models::NewCallInput in;
            in.phone =
                QStringLiteral("139%1").arg(rng.bounded(100'000'000), 8, 10, QLatin1Char('0'));
            in.description =
                QStringLiteral("Settlement of %1 yuan missing since yesterday, desk %2")
                    .arg(rng.bounded(100, 50'000))
                    .arg(username);
            in.categoryId = categories.at(int(rng.bounded(int(categories.size())))).id;
            in.callDurationMs = 60'000;
            auto logged = ws.complaints().logCall(in);
            if (!logged) {
                fail(shared, logged.error().message);
                continue;
            }
            shared.saves.add(elapsedMs(timer));
            mine << logged->complaintId;
            const std::lock_guard lock(shared.savedMutex);
            shared.saved.insert(logged->complaintId);
        } else if (step < 8) {
            auto page = ws.queries().queuePage(department, std::nullopt, 50);
            if (!page) {
                fail(shared, page.error().message);
                continue;
            }
            shared.pages.add(elapsedMs(timer));
        } else {
            const qint64 id = mine.at(int(rng.bounded(int(mine.size()))));
            auto detail = ws.queries().detail(id);
            if (!detail) {
                fail(shared, detail.error().message);
                continue;
            }
            const auto from = rules::statusFromCode(detail->complaint.status);
            if (!from || rules::nextStatuses(*from).isEmpty()) {
                mine.removeOne(id);
                continue;
            }
            const rules::Status to = rules::nextStatuses(*from).constFirst();
            auto moved = ws.complaints().changeStatus({id, detail->complaint.version}, *from, to,
                                                      QStringLiteral("Moved on by the benchmark"));
            if (!moved) {
                fail(shared, moved.error().message);
                continue;
            }
            shared.moves.add(elapsedMs(timer));
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The audit key and anchors of the store are where the programs keep them.
    QCoreApplication::setApplicationName(QStringLiteral("ComplaintDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ComplaintDesk"));
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback = {}) {
        const auto at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    Shared shared;
    shared.address = option(QStringLiteral("--database"));
    const QString admin = option(QStringLiteral("--as"));
    const QString password = option(QStringLiteral("--password"));
    const int desks = option(QStringLiteral("--desks"), QStringLiteral("50")).toInt();
    const int seconds = option(QStringLiteral("--seconds"), QStringLiteral("300")).toInt();
    shared.pauseMs = option(QStringLiteral("--pause"), QStringLiteral("1000")).toInt();
    const quint32 seed = option(QStringLiteral("--seed"), QStringLiteral("1")).toUInt();
    if (shared.address.isEmpty() || admin.isEmpty() || desks < 1 || seconds < 1) {
        std::fprintf(stderr,
                     "usage: desks_benchmark --database ADDRESS --as ADMIN --password "
                     "PASSWORD [--desks N] [--seconds S] [--seed S]\n");
        return 2;
    }
    auto opened =
        models::Workspace::open(shared.address, nullptr, models::PasswordHasher::Strength::Fast);
    if (!bench::succeeded(opened))
        return 1;
    models::Workspace &ws = **opened;
    if (!bench::succeeded(ws.auth().signIn(admin, password)))
        return 1;
    QStringList usernames;
    for (int i = 1; i <= desks; ++i) {
        const QString name = QStringLiteral("desk%1").arg(i, 2, 10, QLatin1Char('0'));
        usernames << name;
        auto created = ws.auth().createUser(name, name, QStringLiteral("agent"),
                                            QStringLiteral("CS"), deskPassword);
        if (!created && created.error().kind != Error::Kind::Conflict
            && created.error().kind != Error::Kind::Invalid) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
    }

    // The live-update delay: from a complaint's creation (its event's time) to this
    // thread's watcher reading it.
    QList<double> liveMs;
    models::ChangeWatcher watcher(ws);
    QObject::connect(&watcher, &models::ChangeWatcher::changed, &app,
                     [&](const QList<storage::StoreChange> &changes) {
                         const qint64 now = QDateTime::currentMSecsSinceEpoch();
                         for (const storage::StoreChange &change : changes) {
                             if (change.event.type == QLatin1String("complaint_created"))
                                 liveMs << double(std::max<qint64>(0, now - change.event.at));
                         }
                     });
    if (!bench::succeeded(watcher.start()))
        return 1;

    std::printf("desks_benchmark: %d desks for %d s, pause up to %d ms, on %s (%s)\n", desks,
                seconds, 2 * shared.pauseMs, qPrintable(ws.storePath()),
                watcher.isListening() ? "LISTEN/NOTIFY" : "polled");
    std::fflush(stdout);
    shared.deadline = QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000;
    std::vector<std::thread> threads;
    for (int i = 0; i < desks; ++i)
        threads.emplace_back(runDesk, std::ref(shared), usernames.at(i), seed * 1000 + quint32(i));
    QTimer::singleShot(seconds * 1000 + 2000, &app, &QCoreApplication::quit);
    app.exec();
    for (std::thread &thread : threads)
        thread.join();
    watcher.check();

    QSet<qint64> stored;
    QSqlQuery query(ws.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM complaints"))) {
        std::fprintf(stderr, "cannot read the complaints\n");
        return 1;
    }
    while (query.next())
        stored.insert(query.value(0).toLongLong());
    int lost = 0;
    for (qint64 id : std::as_const(shared.saved))
        lost += stored.contains(id) ? 0 : 1;

    std::printf("save (log a call):   %s\n", qPrintable(figures(shared.saves.ms)));
    std::printf("queue page (50):     %s\n", qPrintable(figures(shared.pages.ms)));
    std::printf("status move:         %s\n", qPrintable(figures(shared.moves.ms)));
    std::printf("live update delay:   %s\n", qPrintable(figures(liveMs)));
    std::printf("errors: %d   lost writes: %d of %lld saved   complaints in the store: %lld\n",
                shared.errors.load(), lost, qint64(shared.saved.size()), qint64(stored.size()));
    std::printf("throughput: %.1f saves/s\n", double(shared.saved.size()) / seconds);
    return shared.errors.load() == 0 && lost == 0 ? 0 : 1;
}
