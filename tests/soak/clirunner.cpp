#include "clirunner.h"

#include "codes.h"
#include "workflow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

namespace cd::soak {

namespace {

enum class Stop { None, Term, Kill };

// Starts the CLI; when `stop` is not None and the process is still running after
// `after`, sends it SIGTERM or SIGKILL. `killed` says whether the signal was sent.
CliResult execute(const CliSetup &setup, const QStringList &arguments, Stop stop,
                  std::chrono::milliseconds after, bool *killed = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"), setup.password);
    environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"), setup.password);
    process.setProcessEnvironment(environment);
    process.setProgram(setup.program);
    process.setArguments(arguments
                         + QStringList {QStringLiteral("--database"), setup.database,
                                        QStringLiteral("--lang"), QStringLiteral("en")});
    QElapsedTimer timer;
    timer.start();
    process.start();
    CliResult result;
    result.started = process.waitForStarted(30000);
    if (!result.started) {
        result.err = process.errorString();
        return result;
    }
    if (killed)
        *killed = false;
    if (stop != Stop::None && !process.waitForFinished(int(after.count()))) {
        if (stop == Stop::Term)
            process.terminate();
        else
            process.kill();
        if (killed)
            *killed = true;
    }
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(5 * 60 * 1000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not end within 5 minutes");
    }
    result.ms = timer.elapsed();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

const QStringList texts {
    QStringLiteral("The card was charged twice at the supermarket and the bank says the "
                   "second charge is still pending."),
    QStringLiteral("Refund promised two weeks ago has not arrived."),
    QStringLiteral("\u5237\u5361\u591a\u6263\u4e86\u4e00\u7b14\u94b1\uff0c\u8981\u6c42\u9000"
                   "\u6b3e\u3002"),
    QStringLiteral("\u5546\u6237\u8d39\u7387\u672a\u544a\u77e5\u5c31\u4e0a\u8c03\u4e86\u3002"),
    QStringLiteral("The app logs me out every time I try to pay with a QR code."),
};
const QStringList categories {
    QStringLiteral("FEES_BILLING"),        QStringLiteral("REFUND"),
    QStringLiteral("TRANSACTION_FAILURE"), QStringLiteral("SERVICE_QUALITY"),
    QStringLiteral("FUNDS_FROZEN"),        QStringLiteral("OTHER")};
const QStringList searchWords {QStringLiteral("refund"), QStringLiteral("charged"),
                               QStringLiteral("\u9000\u6b3e"), QStringLiteral("QR")};

} // namespace

CliResult runCli(const CliSetup &setup, const QStringList &arguments,
                 std::chrono::milliseconds timeout)
{
    return execute(setup, arguments, Stop::Kill, timeout);
}

CliRunner::CliRunner(const CliSetup &setup, quint32 seed, Ledger &ledger, Tally &tally,
                     const std::atomic<bool> &stop)
    : m_setup(setup)
    , m_rng(seed)
    , m_ledger(ledger)
    , m_tally(tally)
    , m_stop(stop)
{
}

CliRunner::Planned CliRunner::plan()
{
    const QString as = QStringLiteral("--as");
    const QString agent = QStringLiteral("cli");
    const QString admin = QStringLiteral("boss");
    const int roll = int(m_rng.bounded(100));
    if (roll < 15) { // a status change of a complaint the CLI logged
        if (auto checkedOut = m_ledger.checkOut(Ledger::Writer::Cli, m_rng)) {
            const auto &[reference, statuses] = *checkedOut;
            // Only moves allowed from every status it may be in.
            QList<rules::Status> targets = rules::allStatuses();
            for (const QString &code : statuses) {
                const QList<rules::Status> next = rules::nextStatuses(
                    rules::statusFromCode(code).value_or(rules::Status::Closed));
                targets.removeIf([&](rules::Status s) { return !next.contains(s); });
            }
            if (!targets.isEmpty()) {
                const QString target =
                    rules::code(targets.at(int(m_rng.bounded(quint32(targets.size())))));
                return {QStringLiteral("status"),
                        {QStringLiteral("status"), reference, QStringLiteral("--to"), target,
                         QStringLiteral("--note"), QStringLiteral("Soak: moved by the CLI"), as,
                         agent},
                        reference,
                        target};
            }
            m_ledger.release(reference);
        }
    }
    if (roll < 45) {
        const QString phone =
            QStringLiteral("137%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        return {QStringLiteral("log"),
                {QStringLiteral("log"), QStringLiteral("--phone"), phone, QStringLiteral("--text"),
                 texts.at(int(m_rng.bounded(quint32(texts.size())))), QStringLiteral("--category"),
                 categories.at(int(m_rng.bounded(quint32(categories.size())))), as, agent},
                {},
                {}};
    }
    if (roll < 65) { // any complaint reported saved, read by a new process
        const QString reference = m_ledger.anyReference(m_rng);
        if (!reference.isEmpty()) {
            return {QStringLiteral("show"),
                    {QStringLiteral("show"), reference, QStringLiteral("--json"), as, admin},
                    reference,
                    {}};
        }
    }
    if (roll < 75)
        return {
            QStringLiteral("list"),
            {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("20"), as, agent},
            {},
            {}};
    if (roll < 85) {
        return {QStringLiteral("search"),
                {QStringLiteral("search"),
                 searchWords.at(int(m_rng.bounded(quint32(searchWords.size())))),
                 QStringLiteral("--limit"), QStringLiteral("20"), as, agent},
                {},
                {}};
    }
    if (roll < 92)
        return {QStringLiteral("verify-audit"), {QStringLiteral("verify-audit")}, {}, {}};
    return {QStringLiteral("export"),
            {QStringLiteral("export"),
             QDir(m_setup.exportDir).filePath(QStringLiteral("export-%1.csv").arg(m_runs)), as,
             agent},
            {},
            {}};
}

void CliRunner::run()
{
    while (!m_stop) {
        const Planned planned = plan();
        ++m_runs;
        const int roll = int(m_rng.bounded(100));
        const Fate fate = roll < 50 ? Fate::Finish : roll < 75 ? Fate::Term : Fate::Kill;
        // Killed at a random moment of a usual run of its kind (start-up and sign-in
        // included): before, during or after its writes.
        const double usual = m_usualMs.value(planned.kind, 1000.0);
        const auto after = std::chrono::milliseconds(qint64(m_rng.bounded(usual * 1.2)));
        bool killed = false;
        const CliResult result = execute(m_setup, planned.arguments,
                                         fate == Fate::Finish     ? Stop::None
                                             : fate == Fate::Term ? Stop::Term
                                                                  : Stop::Kill,
                                         after, &killed);
        settle(planned, result, killed ? fate : Fate::Finish);
        if (!killed && !result.crashed)
            m_usualMs[planned.kind] = 0.7 * usual + 0.3 * double(result.ms);
        // A pause as long as a run, on average, as people type commands: often one process
        // has the store to itself besides the window, and checkpoints it when it ends.
        double mean = m_usualMs.isEmpty() ? 1000.0 : 0.0;
        for (const double ms : std::as_const(m_usualMs))
            mean += ms / double(m_usualMs.size());
        QThread::msleep(m_rng.bounded(quint32(2 * mean) + 1));
    }
}

void CliRunner::settle(const Planned &planned, const CliResult &result, Fate fate)
{
    const QString &kind = planned.kind;
    m_tally.add(kind + QStringLiteral(" started"));
    if (!result.started) {
        m_tally.problem(kind + QStringLiteral(" did not start: ") + result.err);
        return;
    }
    if (fate != Fate::Finish) {
        const QString how = fate == Fate::Term ? QStringLiteral("killed by TERM")
                                               : QStringLiteral("killed by KILL");
        m_tally.add(QStringLiteral("cli ") + how);
        m_tally.add(kind + u' ' + how);
        if (kind == QLatin1String("status"))
            m_ledger.maybeMoved(planned.reference, planned.target);
        return;
    }
    m_tally.add(QStringLiteral("cli finished"));
    if (result.crashed || result.exitCode != 0) {
        m_tally.add(kind + QStringLiteral(" failed"));
        m_tally.problem(QStringLiteral("%1 %2 exited %3: %4")
                            .arg(kind, planned.reference,
                                 result.crashed ? QStringLiteral("by a signal")
                                                : QString::number(result.exitCode),
                                 result.err.trimmed()));
        if (kind == QLatin1String("status"))
            m_ledger.release(planned.reference);
        if (kind == QLatin1String("show"))
            m_tally.add(QStringLiteral("saved complaints a new process could not show"));
        return;
    }
    m_tally.add(kind + QStringLiteral(" ok"));
    if (kind == QLatin1String("log")) {
        static const QRegularExpression reference(QStringLiteral("^TS-\\d{8}-\\d{4,}$"));
        const QString printed = result.out.trimmed().split(u'\n').constLast().trimmed();
        if (!reference.match(printed).hasMatch()) {
            m_tally.problem(QStringLiteral("log exited 0 without a reference: ") + result.out);
            return;
        }
        m_ledger.saved(printed, Ledger::Writer::Cli,
                       {QStringLiteral("NEW"), QStringLiteral("ASSIGNED")});
        m_tally.add(QStringLiteral("saves reported by the CLI"));
    } else if (kind == QLatin1String("status")) {
        m_ledger.moved(planned.reference, planned.target);
        m_tally.add(QStringLiteral("status changes reported by the CLI"));
    } else if (kind == QLatin1String("export")) {
        QFile::remove(planned.arguments.at(1)); // many runs: keep the folder small
    } else if (kind == QLatin1String("show")) {
        const QJsonObject shown = QJsonDocument::fromJson(result.out.toUtf8()).object();
        if (shown.value(QStringLiteral("reference")).toString() != planned.reference)
            m_tally.problem(
                QStringLiteral("show %1 printed another complaint").arg(planned.reference));
    }
}

} // namespace cd::soak
