#pragma once

#include "result.h"
#include "storefacts.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::models {

class Workspace;

using StoreFileFacts = storage::StoreFileFacts;

// A copy of the store that was made.
struct BackupOutcome
{
    QString path; // absolute
    storage::StoreFileFacts facts; // of the copy
    QStringList removed; // older daily copies deleted (past the number kept)
};

// The desk's automatic daily backup, set by an administrator (in the store's settings).
struct DailyBackupSettings
{
    static constexpr int defaultKeep = 7;
    static constexpr int maxKeep = 366;

    QString folder; // absolute; empty: the folder "backups" beside the store
    int keep = defaultKeep; // the newest daily copies kept; 0: no automatic backup
};

// Today's daily backup, claimed by one program (claimDailyBackup()).
struct DailyBackupPlan
{
    QString storePath;
    QString folder;
    QString target; // absolute path of the new copy
    int keep = 0;
    qint64 madeAt = 0; // UTC ms
    QString day; // yyyy-MM-dd in the business time zone
    QString previousDay; // the claim before, given back if the backup fails
};

// What a restore did.
struct RestoreOutcome
{
    QString storePath;
    QString backupPath;
    storage::StoreFileFacts backup; // the backup as it was read (its schema version)
    QString replacedCopy; // the store as it was before; empty when there was none
    int schemaVersion = 0; // the store's after the upgrade
    QString restoredBy; // user name; empty when nobody was signed in
};

// Backups and restores of the workspace's store, and the daily backup. Copies are made
// with storage::StoreCopy on connections of their own while everybody goes on working.
// Backing up, restoring and setting the daily backup are for administrators
// (rules::canManageBackups; refusals are recorded); the daily backup itself runs for
// whoever is signed in at the desk, as the system. The static functions and the
// background ones may run on any thread; the others on the workspace's.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    using Progress = storage::CopyProgress;
    using Existing = storage::ExistingFile;

    explicit BackupService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // Whether the signed-in user may back up and restore; a refusal is recorded. A store on
    // a server is never backed up here (checkOnThisDesk(); not recorded).
    Result<void> checkAllowed();
    // An Error::Invalid for a store on a server, whose backups are the server's own tools'
    // (pg_dump, continuous archiving): ComplaintDesk's backups, restores and daily backup
    // are an SQLite file's.
    Result<void> checkOnThisDesk() const;

    // A copy of the store at `target`, recorded as a "backup_made" event.
    Result<BackupOutcome> backUp(const QString &target, Existing existing,
                                 const Progress &progress = {});
    // The copy on a worker thread (progress 0..1000; cancel() the future to stop, which
    // leaves nothing behind). The caller records a copy made with recordBackup().
    QFuture<Result<BackupOutcome>> backUpInBackground(const QString &target, Existing existing);
    Result<void> recordBackup(const BackupOutcome &outcome, bool daily);

    DailyBackupSettings dailySettings() const;
    QString dailyFolder() const; // the folder the settings name, resolved
    // Administrators; `folder` must be absolute (or empty) and is created if missing.
    Result<void> setDailySettings(const DailyBackupSettings &settings);
    // Claims today's daily backup for this program: none when it is off, or was made (or
    // is being made) today. Every program on the store asks; one of them gets it.
    Result<std::optional<DailyBackupPlan>> claimDailyBackup();
    // Makes the copy and deletes the oldest daily copies of this store in the folder
    // beyond `keep` (other files there are left alone). Any thread.
    static Result<BackupOutcome> runDailyBackup(const DailyBackupPlan &plan);
    // Records the copy made, or gives the claim back so that a later check tries again.
    Result<void> finishDailyBackup(const DailyBackupPlan &plan,
                                   const Result<BackupOutcome> &outcome);
    // Claim, copy and finish on this thread: none when nothing was due.
    Result<std::optional<BackupOutcome>> runDailyBackupNow();
    // "<store's base name>-daily-YYYYMMDD-HHMM.sqlite", business time.
    static QString dailyFileName(const QString &storePath, qint64 atMs);

    static Result<storage::StoreFileFacts> inspect(const QString &backupPath);
    // "made 2026-12-03 09:00", or for a copy that does not say when it was made, the time
    // of the newest change recorded in it.
    static QString describeDate(const storage::StoreFileFacts &facts);
    // Replaces the store's content by the backup's (see restoreFiles()), upgrades it to
    // this program's schema and records it ("store_restored").
    Result<RestoreOutcome> restore(const QString &backupPath, const Progress &progress = {});
    QFuture<Result<RestoreOutcome>> restoreInBackground(const QString &backupPath);
    // Marks the store as restored (restoreMarker()) and records the event.
    Result<void> recordRestore(const RestoreOutcome &outcome);
    // Refuses a backup that is not a usable store (inspect()) or is the store itself;
    // then copies the store as it is to "<store>.before-restore-<time>.bak" (0600), copies
    // the backup's pages into the store in place (StoreCopy::restoreInto: other programs'
    // connections stay valid) and upgrades it. Any thread.
    static Result<RestoreOutcome> restoreFiles(const QString &storePath, const QString &backupPath,
                                               qint64 nowMs, const Progress &progress = {});
    // For a path where no store exists: the store is created there from the backup (the
    // same checks and copy as a backup), upgraded and marked. Nobody signs in: the
    // accounts are the backup's, and whoever holds the backup file holds its data anyway.
    static Result<RestoreOutcome> createFromBackup(const QString &backupPath,
                                                   const QString &storePath);

    // Changes whenever a restore replaced the store's content (empty: never restored):
    // a window compares it with the value it started with.
    QString restoreMarker() const;

private:
    Workspace &m_workspace;
};

} // namespace cd::models
