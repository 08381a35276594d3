#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSqlDatabase>
#include <QStringList>

namespace cd::models {

// Whether a store is intact, as SQLite and the audit trail's verification see it. Reads
// only: nothing is written to the store, whatever is found.
class StoreCheck
{
    Q_DECLARE_TR_FUNCTIONS(StoreCheck)
public:
    enum class Depth {
        Quick, // PRAGMA quick_check: every page and record (not the indexes' content)
        Full, // PRAGMA integrity_check, then verify-audit's verification (AuditService)
    };
    struct Report
    {
        QStringList integrityProblems; // as SQLite words them; empty: intact
        bool auditChecked = false; // Full only
        qint64 auditEvents = 0; // events whose seals were verified
        // What is wrong with the audit trail ("altered: ...", "not readable to the end");
        // empty: the chain holds (or was not checked).
        QString auditProblem;
        bool damaged() const { return !integrityProblems.isEmpty() || !auditProblem.isEmpty(); }
        // The damage as one Error::Damaged (StoreError::damaged) naming `path`.
        Error damage(const QString &path) const;
    };

    // Checks the store of `db`. A page that cannot be read, or an audit verification that
    // stops on an error, is damage found; an error only when the check could not run.
    static Result<Report> run(const QSqlDatabase &db, Depth depth);
    // Opens `path` on a connection of its own, never upgrading it, and checks it there.
    static Result<Report> run(const QString &path, Depth depth);
    // run(path, Quick) on a worker thread.
    static QFuture<Result<Report>> quickInBackground(const QString &path);

    // quick_check reads the whole file: 0.22 s (0.15 s CPU) for a store of 20,000
    // complaints (62 MB, page cache warm; `complaintdesk-cli demo --count 20000`), 0.52 s
    // CPU for 80,000 (240 MB): about 2.2 ms of CPU per MB. Stores up to these sizes are
    // checked before use:
    // - the window's start check, on a worker thread after sign-in: up to about 0.6 s CPU;
    static constexpr qint64 windowCheckLimitBytes = 256LL * 1024 * 1024;
    // - every CLI command, before it signs in (and so before it writes anything): up to
    //   about 0.1 s (a command on a small store takes 0.4 s, most of it signing in).
    static constexpr qint64 commandCheckLimitBytes = 32LL * 1024 * 1024;
    // Whether the store at `path` (with its write-ahead log) is at most `limitBytes`.
    static bool isWithin(const QString &path, qint64 limitBytes);
};

} // namespace cd::models
