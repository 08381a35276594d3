// Many programs on one store, and not one write lost (issue 19): the soak test.
//
//   build/tests/store_soak [--seconds N] [--seed S] [--cli PATH] [--keep]
//
// On a new store made by `complaintdesk-cli init`, for N seconds (default 60): this process
// works as the window does (WindowDesk: a signed-in agent saving calls and status changes
// through the services, the queue's reader thread, other connections opened now and then
// beside them) while 4 threads each run one short-lived complaintdesk-cli after another,
// killing half of them with SIGTERM or SIGKILL at a random moment. Then, once every
// program has ended, new processes check that every complaint reported saved is in the
// store in the status reported (`list`, `show`), that `verify-audit` passes and that
// `PRAGMA integrity_check` says ok. Prints the counts; exits 1 when anything was lost or
// went wrong (the store is then kept and its path printed). docs/operations.md has the
// figures of a 10-minute run.
#include "authservice.h"
#include "clirunner.h"
#include "soakledger.h"
#include "windowdesk.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace cd;

namespace {

constexpr int cliProcesses = 4;
constexpr int showsAfter = 3; // complaints read one by one at the end
const QString password = QStringLiteral("Soak-test-pass-42");

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// The child mode: PRAGMA integrity_check through SQLite alone, in a process of its own.
int integrityCheck(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            say(QStringLiteral("integrity_check could not run: ")
                + (db.isOpen() ? query.lastError().text() : db.lastError().text()));
        } else {
            QStringList lines;
            while (query.next())
                lines << query.value(0).toString();
            say(lines.join(u'\n'));
            ok = lines == QStringList {QStringLiteral("ok")};
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return ok ? 0 : 1;
}

QString machine()
{
    QString sqlite;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
            sqlite = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 cores (%3), SQLite %4, Qt %5")
        .arg(QSysInfo::prettyProductName())
        .arg(QThread::idealThreadCount())
        .arg(cpu, sqlite, QString::fromLatin1(qVersion()));
}

bool prepareStore(const soak::CliSetup &cli)
{
    const QList<QStringList> steps {
        {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("window"),
         QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--department"),
         QStringLiteral("CS"), QStringLiteral("--as"), QStringLiteral("boss")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("cli"),
         QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--department"),
         QStringLiteral("CS"), QStringLiteral("--as"), QStringLiteral("boss")}};
    for (const QStringList &step : steps) {
        const soak::CliResult result = soak::runCli(cli, step);
        if (result.crashed || result.exitCode != 0) {
            say(QStringLiteral("complaintdesk-cli %1 failed: %2")
                    .arg(step.join(u' '), result.err.trimmed()));
            return false;
        }
    }
    return true;
}

QString countsLine(const soak::Tally &tally)
{
    return QStringLiteral("window saves %1, status changes %2; CLI runs finished %3, killed "
                          "by TERM %4, by KILL %5; problems %6")
        .arg(tally.value(QStringLiteral("saves reported by the window")))
        .arg(tally.value(QStringLiteral("status changes reported by the window")))
        .arg(tally.value(QStringLiteral("cli finished")))
        .arg(tally.value(QStringLiteral("cli killed by TERM")))
        .arg(tally.value(QStringLiteral("cli killed by KILL")))
        .arg(tally.value(QStringLiteral("problems")));
}

// Runs the programs for `seconds`, then stops them all (the CLI processes running then
// finish their run, as planned).
void soakFor(int seconds, quint32 seed, models::Workspace &workspace, const soak::CliSetup &cli,
             soak::Ledger &ledger, soak::Tally &tally)
{
    std::atomic<bool> stop = false;
    soak::WindowDesk desk(workspace, seed, ledger, tally);
    desk.start();
    auto opener = std::make_unique<soak::StoreOpener>(cli.database, seed + 1, tally);
    std::vector<std::unique_ptr<QThread>> runners;
    for (int slot = 0; slot < cliProcesses; ++slot) {
        runners.emplace_back(QThread::create([&, slot] {
            soak::CliRunner(cli, seed + 100 + quint32(slot), ledger, tally, stop).run();
        }));
        runners.back()->start();
    }
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, [&] {
        say(QStringLiteral("[%1 s] ").arg(elapsed.elapsed() / 1000) + countsLine(tally));
    });
    progress.start(30000);
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    progress.stop();
    desk.stop();
    stop = true;
    for (auto &runner : runners)
        runner->wait();
    opener.reset();
}

// What a new process finds of what the writers reported.
struct Check
{
    bool listed = false;
    int saves[2] = {0, 0}; // reported by the window, by the CLI
    int found = 0;
    QStringList lost;
    int changes = 0;
    int changesFound = 0;
    QStringList wrongStatus;
};

Check checkStore(const soak::CliSetup &cli, const soak::Ledger &ledger)
{
    Check check;
    QHash<QString, QString> stored; // reference -> status, as `list` prints them
    const soak::CliResult listed =
        soak::runCli(cli,
                     {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                      QStringLiteral("100000"), QStringLiteral("--as"), QStringLiteral("boss")});
    check.listed = !listed.crashed && listed.exitCode == 0;
    if (!check.listed)
        say(QStringLiteral("list failed: ") + listed.err.trimmed());
    for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject row = QJsonDocument::fromJson(line.toUtf8()).object();
        stored.insert(row.value(QStringLiteral("reference")).toString(),
                      row.value(QStringLiteral("status")).toString());
    }
    const auto entries = ledger.entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        ++check.saves[it->writer == soak::Ledger::Writer::Window ? 0 : 1];
        check.changes += it->changesDone;
        if (!stored.contains(it.key())) {
            check.lost << it.key();
            continue;
        }
        ++check.found;
        if (it->statuses.contains(stored.value(it.key()))) {
            check.changesFound += it->changesDone;
        } else {
            check.wrongStatus << QStringLiteral("%1 is %2, reported %3")
                                     .arg(it.key(), stored.value(it.key()),
                                          QStringList(it->statuses.cbegin(), it->statuses.cend())
                                              .join(QStringLiteral(" or ")));
        }
    }
    return check;
}

// What new processes find once every program has ended.
struct Closing
{
    int shown = 0;
    int showsTried = 0;
    bool auditOk = false;
    QString audit;
    bool integrityOk = false;
    QString integrity;
};

Closing checkClosedStore(const soak::CliSetup &cli, const soak::Ledger &ledger, quint32 seed)
{
    Closing closing;
    QRandomGenerator rng(seed);
    for (int i = 0; i < showsAfter && !ledger.entries().isEmpty(); ++i) {
        const QString reference = ledger.anyReference(rng);
        const soak::CliResult show =
            soak::runCli(cli,
                         {QStringLiteral("show"), reference, QStringLiteral("--json"),
                          QStringLiteral("--as"), QStringLiteral("boss")});
        ++closing.showsTried;
        if (!show.crashed && show.exitCode == 0)
            ++closing.shown;
        else
            say(QStringLiteral("show %1 failed: %2").arg(reference, show.err.trimmed()));
    }
    const soak::CliResult audit = soak::runCli(cli, {QStringLiteral("verify-audit")});
    closing.auditOk = !audit.crashed && audit.exitCode == 0;
    closing.audit = QString(audit.out + audit.err).trimmed();
    QProcess integrity;
    integrity.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--integrity-check"), cli.database});
    integrity.waitForFinished(10 * 60 * 1000);
    closing.integrity = QString::fromUtf8(integrity.readAllStandardOutput()).trimmed();
    closing.integrityOk =
        integrity.exitStatus() == QProcess::NormalExit && integrity.exitCode() == 0;
    return closing;
}

// Prints the counts and what was found; true when nothing was lost or went wrong.
bool report(const soak::Tally &tally, const Check (&checks)[2], const Closing &closing)
{
    const auto counts = tally.all();
    const auto count = [&](const QString &key) {
        const auto it = counts.find(key);
        return it == counts.end() ? 0 : it->second;
    };
    say(QString());
    say(QStringLiteral("operations (started / ok / failed / killed by TERM / killed by KILL):"));
    for (const QString &kind :
         {QStringLiteral("log"), QStringLiteral("status"), QStringLiteral("show"),
          QStringLiteral("list"), QStringLiteral("search"), QStringLiteral("verify-audit"),
          QStringLiteral("export")}) {
        say(QStringLiteral("  cli %1: %2 / %3 / %4 / %5 / %6")
                .arg(kind.leftJustified(12))
                .arg(count(kind + QStringLiteral(" started")))
                .arg(count(kind + QStringLiteral(" ok")))
                .arg(count(kind + QStringLiteral(" failed")))
                .arg(count(kind + QStringLiteral(" killed by TERM")))
                .arg(count(kind + QStringLiteral(" killed by KILL"))));
    }
    say(QStringLiteral("  window log: %1 / %2; status: %3 / %4; contact: %5 / %6; queue reads "
                       "%7; second connections opened %8")
            .arg(count(QStringLiteral("window log started")))
            .arg(count(QStringLiteral("saves reported by the window")))
            .arg(count(QStringLiteral("window status started")))
            .arg(count(QStringLiteral("status changes reported by the window")))
            .arg(count(QStringLiteral("window contact started")))
            .arg(count(QStringLiteral("window contact ok")))
            .arg(count(QStringLiteral("window queue reads")))
            .arg(count(QStringLiteral("window second connections opened"))));
    say(QStringLiteral("CLI runs: finished %1, killed by TERM %2, killed by KILL %3")
            .arg(count(QStringLiteral("cli finished")))
            .arg(count(QStringLiteral("cli killed by TERM")))
            .arg(count(QStringLiteral("cli killed by KILL"))));
    const QString whens[2] = {QStringLiteral("with the window open"),
                              QStringLiteral("after it closed")};
    bool passed = true;
    for (int i = 0; i < 2; ++i) {
        const Check &check = checks[i];
        say(QStringLiteral("%1: saves reported %2 (window %3, CLI %4), found %5, lost %6; status "
                           "changes reported %7, found %8, lost %9")
                .arg(whens[i] + (check.listed ? QString() : QStringLiteral(" (list failed)")))
                .arg(check.saves[0] + check.saves[1])
                .arg(check.saves[0])
                .arg(check.saves[1])
                .arg(check.found)
                .arg(check.lost.size())
                .arg(check.changes)
                .arg(check.changesFound)
                .arg(check.changes - check.changesFound));
        passed = passed && check.listed && check.lost.isEmpty() && check.wrongStatus.isEmpty()
            && check.saves[0] > 0;
    }
    say(QStringLiteral("saved complaints a new process could not show while running: %1; "
                       "after: %2 of %3 shown")
            .arg(count(QStringLiteral("saved complaints a new process could not show")))
            .arg(closing.shown)
            .arg(closing.showsTried));
    say(QStringLiteral("integrity_check: ") + closing.integrity);
    say(QStringLiteral("verify-audit: ") + closing.audit);
    for (int i = 0; i < 2; ++i) {
        for (const QString &reference : checks[i].lost.mid(0, 5))
            say(QStringLiteral("lost, %1: %2").arg(whens[i], reference));
        for (const QString &line : checks[i].wrongStatus.mid(0, 5))
            say(QStringLiteral("status not as reported, %1: %2").arg(whens[i], line));
    }
    for (const QString &problem : tally.problems())
        say(QStringLiteral("problem: ") + problem);
    return passed && closing.shown == closing.showsTried && closing.auditOk && closing.integrityOk
        && count(QStringLiteral("problems")) == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int seconds = 60;
    quint32 seed = quint32(QDateTime::currentMSecsSinceEpoch() % 1000000);
    QString cliPath = QStringLiteral(CLI_PATH);
    bool keep = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (arg == QLatin1String("--integrity-check") && !value.isEmpty())
            return integrityCheck(value);
        if (arg == QLatin1String("--seconds") && value.toInt() > 0) {
            seconds = value.toInt();
            ++i;
        } else if (arg == QLatin1String("--seed") && !value.isEmpty()) {
            seed = value.toUInt();
            ++i;
        } else if (arg == QLatin1String("--cli") && !value.isEmpty()) {
            cliPath = value;
            ++i;
        } else if (arg == QLatin1String("--keep")) {
            keep = true;
        } else {
            say(QStringLiteral("Usage: store_soak [--seconds N] [--seed S] [--cli PATH] [--keep]"));
            return 2;
        }
    }

    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("store-soak-XXXXXX")));
    if (!dir.isValid() || !QDir(dir.path()).mkpath(QStringLiteral("exports"))) {
        say(QStringLiteral("No temporary folder: ") + dir.errorString());
        return 1;
    }
    // The window (this program) and the CLI processes share the store's audit key, as
    // the programs of one installation do; it stays in the soak's folder.
    if (qEnvironmentVariableIsEmpty("COMPLAINTDESK_AUDIT_KEY_DIR"))
        qputenv("COMPLAINTDESK_AUDIT_KEY_DIR", dir.filePath(QStringLiteral("keys")).toLocal8Bit());
    const soak::CliSetup cli {cliPath, dir.filePath(QStringLiteral("store.sqlite")),
                              dir.filePath(QStringLiteral("exports")), password};
    say(QStringLiteral("store_soak --seconds %1 --seed %2: %3 CLI processes and the window on %4")
            .arg(seconds)
            .arg(seed)
            .arg(cliProcesses)
            .arg(cli.database));
    say(QStringLiteral("machine: ") + machine());
    if (!prepareStore(cli))
        return 1;

    soak::Ledger ledger;
    soak::Tally tally;
    Check checks[2]; // with the window open, after it closed
    {
        auto workspace = models::Workspace::open(cli.database);
        if (!workspace) {
            say(QStringLiteral("The window cannot open the store: ") + workspace.error().message);
            return 1;
        }
        if (auto signedIn = (*workspace)->auth().signIn(QStringLiteral("window"), password);
            !signedIn) {
            say(QStringLiteral("The window cannot sign in: ") + signedIn.error().message);
            return 1;
        }
        soakFor(seconds, seed, **workspace, cli, ledger, tally);
        // Every other program has ended; the window is still open, idle.
        checks[0] = checkStore(cli, ledger);
    }
    checks[1] = checkStore(cli, ledger); // and once it has closed

    const Closing closing = checkClosedStore(cli, ledger, seed);
    const bool passed = report(tally, checks, closing);
    if (!passed || keep) {
        dir.setAutoRemove(false);
        say(QStringLiteral("store kept: ") + cli.database);
    }
    say(passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return passed ? 0 : 1;
}
