#pragma once

#include "soakledger.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>

namespace cd::soak {

// Where the CLI runs, and as whom.
struct CliSetup
{
    QString program; // complaintdesk-cli
    QString database;
    QString exportDir; // where `export` writes
    QString password; // every soak user's
};

struct CliResult
{
    bool started = false;
    bool crashed = false; // ended by a signal
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

// Runs `complaintdesk-cli ARGS --database D --lang en` to its end (at most `timeout`).
CliResult runCli(const CliSetup &setup, const QStringList &arguments,
                 std::chrono::milliseconds timeout = std::chrono::minutes(5));

// One short-lived CLI process after another, until `stop`: list, show, log, status,
// search, verify-audit and export, chosen at random; about half run to their end, the
// others are sent SIGTERM or SIGKILL at a random moment of their usual run time. Saves
// and status changes reported done go to the ledger; counts to the tally (per kind:
// "<kind> ok", "<kind> failed", "<kind> killed by TERM", "<kind> killed by KILL").
class CliRunner
{
public:
    CliRunner(const CliSetup &setup, quint32 seed, Ledger &ledger, Tally &tally,
              const std::atomic<bool> &stop);
    void run();

private:
    enum class Fate { Finish, Term, Kill };
    struct Planned
    {
        QString kind;
        QStringList arguments;
        QString reference; // status: the complaint checked out
        QString target; // status: where it moves
    };

    Planned plan();
    void settle(const Planned &planned, const CliResult &result, Fate fate);

    CliSetup m_setup;
    QRandomGenerator m_rng;
    Ledger &m_ledger;
    Tally &m_tally;
    const std::atomic<bool> &m_stop;
    QHash<QString, double> m_usualMs; // per kind: a running mean of whole runs
    int m_runs = 0;
};

} // namespace cd::soak
