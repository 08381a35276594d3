#include "backupservice.h"

#include "auditanchors.h"
#include "auditkey.h"
#include "auditlog.h"
#include "database.h"
#include "eventrepository.h"
#include "formatting.h"
#include "migrations.h"
#include "permissions.h"
#include "reference.h"
#include "settingsrepository.h"
#include "storecopy.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPromise>
#include <QRegularExpression>
#include <QtConcurrent>

#include <algorithm>

namespace cd::models {

namespace {

const QString folderKey = QStringLiteral("backup_folder");
const QString keepKey = QStringLiteral("backup_keep");
const QString dailyDayKey = QStringLiteral("backup_daily_day");
const QString restoredKey = QStringLiteral("store_restored_at");
const QString madeAtKey = QStringLiteral("backup_made_at");

QString setting(const storage::SettingsRepository &settings, const QString &key)
{
    auto value = settings.value(key, {});
    return value ? *value : QString();
}

QDateTime businessTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, rules::businessTimeZone());
}

// The progress of a copy as 0..1000 on `promise`, which also says whether to go on.
template<typename T>
BackupService::Progress promiseProgress(QPromise<T> &promise, int from = 0, int to = 1000)
{
    return [&promise, from, to](qint64 done, qint64 total) {
        promise.setProgressValue(total > 0 ? from + int((to - from) * done / total) : from);
        return !promise.isCanceled();
    };
}

Result<void> createFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return {};
    if (!QDir().mkpath(folder)) {
        return Error::storage(
            BackupService::tr("The backup folder \"%1\" cannot be created.").arg(folder));
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace

Result<void> BackupService::checkOnThisDesk() const
{
    if (m_workspace.database().isServer()) {
        return Error::invalid(tr("The store is on the server %1, which is backed up by the "
                                 "server's own tools (pg_dump, continuous archiving), not by "
                                 "ComplaintDesk.")
                                  .arg(m_workspace.database().displayName()));
    }
    return {};
}

Result<void> BackupService::checkAllowed()
{
    if (auto onThisDesk = checkOnThisDesk(); !onThisDesk)
        return onThisDesk;
    if (rules::canManageBackups(m_workspace.rulesActor()))
        return {};
    return auditlog::refuse(m_workspace, QStringLiteral("back_up_or_restore"),
                            tr("Only an administrator may back up or restore the store."));
}

Result<BackupOutcome> BackupService::backUp(const QString &target, Existing existing,
                                            const Progress &progress)
{
    if (auto allowed = checkAllowed(); !allowed)
        return allowed.error();
    auto facts = storage::StoreCopy::backUp(m_workspace.database().path(), target, existing,
                                            m_workspace.clock().nowMs(), progress);
    if (!facts)
        return facts.error();
    BackupOutcome outcome {QFileInfo(target).absoluteFilePath(), *facts, {}};
    if (auto recorded = recordBackup(outcome, false); !recorded)
        return recorded.error();
    return outcome;
}

QFuture<Result<BackupOutcome>> BackupService::backUpInBackground(const QString &target,
                                                                 Existing existing)
{
    if (auto allowed = checkAllowed(); !allowed)
        return QtFuture::makeReadyFuture(Result<BackupOutcome>(allowed.error()));
    const QString store = m_workspace.database().path();
    const qint64 now = m_workspace.clock().nowMs();
    return QtConcurrent::run(
        [store, target, existing, now](QPromise<Result<BackupOutcome>> &promise) {
            promise.setProgressRange(0, 1000);
            auto facts =
                storage::StoreCopy::backUp(store, target, existing, now, promiseProgress(promise));
            if (!facts)
                promise.addResult(Result<BackupOutcome>(facts.error()));
            else
                promise.addResult(BackupOutcome {QFileInfo(target).absoluteFilePath(), *facts, {}});
        });
}

Result<void> BackupService::recordBackup(const BackupOutcome &outcome, bool daily)
{
    return storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        auditlog::Entry entry {
            QStringLiteral("backup_made"),
            std::nullopt,
            {{QStringLiteral("file"), outcome.path},
             {QStringLiteral("kind"), daily ? QStringLiteral("daily") : QStringLiteral("manual")},
             {QStringLiteral("complaints"), outcome.facts.complaints},
             {QStringLiteral("bytes"), outcome.facts.bytes},
             {QStringLiteral("schema_version"), outcome.facts.schemaVersion}},
            {},
            {},
            {},
            std::nullopt};
        if (!outcome.removed.isEmpty())
            entry.details.insert(QStringLiteral("removed"),
                                 QJsonArray::fromStringList(outcome.removed));
        entry.bySystem = daily;
        if (auto appended = auditlog::append(m_workspace, entry); !appended)
            return appended.error();
        return {};
    });
}

DailyBackupSettings BackupService::dailySettings() const
{
    const storage::SettingsRepository settings(m_workspace.database().connection());
    DailyBackupSettings daily;
    daily.folder = setting(settings, folderKey);
    bool ok = false;
    const int keep = setting(settings, keepKey).toInt(&ok);
    if (ok && keep >= 0 && keep <= DailyBackupSettings::maxKeep)
        daily.keep = keep;
    return daily;
}

QString BackupService::dailyFolder() const
{
    const QString folder = dailySettings().folder;
    if (!folder.isEmpty())
        return folder;
    return QDir(QFileInfo(m_workspace.database().path()).absolutePath())
        .filePath(QStringLiteral("backups"));
}

Result<void> BackupService::setDailySettings(const DailyBackupSettings &settings)
{
    if (auto onThisDesk = checkOnThisDesk(); !onThisDesk)
        return onThisDesk;
    if (!rules::canManageBackups(m_workspace.rulesActor())) {
        return auditlog::refuse(m_workspace, QStringLiteral("set_daily_backup"),
                                tr("Only an administrator may set the daily backup."));
    }
    if (settings.keep < 0 || settings.keep > DailyBackupSettings::maxKeep) {
        return Error::invalid(tr("The number of daily backups kept is between 0 (no automatic "
                                 "backup) and %1.")
                                  .arg(DailyBackupSettings::maxKeep),
                              QStringLiteral("keep"));
    }
    const QString folder = settings.folder.trimmed().isEmpty()
        ? QString()
        : QDir::cleanPath(settings.folder.trimmed());
    if (!folder.isEmpty()) {
        if (!QDir::isAbsolutePath(folder)) {
            return Error::invalid(tr("Give the backup folder as a full path (\"%1\" is "
                                     "relative).")
                                      .arg(folder),
                                  QStringLiteral("folder"));
        }
        if (auto created = createFolder(folder); !created)
            return Error::invalid(created.error().message, QStringLiteral("folder"));
        if (!QFileInfo(folder).isWritable()) {
            return Error::invalid(tr("The backup folder \"%1\" cannot be written.").arg(folder),
                                  QStringLiteral("folder"));
        }
    }
    const DailyBackupSettings before = dailySettings();
    return storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        storage::SettingsRepository repository(m_workspace.database().connection());
        const QList<std::tuple<QString, QString, QString>> changes {
            {folderKey, before.folder, folder},
            {keepKey, QString::number(before.keep), QString::number(settings.keep)}};
        for (const auto &[key, old, now] : changes) {
            if (old == now)
                continue;
            if (auto set = repository.setValue(key, now); !set)
                return set;
            if (auto appended =
                    auditlog::append(m_workspace, auditlog::settingChanged(key, old, now));
                !appended)
                return appended.error();
        }
        return {};
    });
}

QString BackupService::dailyFileName(const QString &storePath, qint64 atMs)
{
    return QFileInfo(storePath).completeBaseName() + QStringLiteral("-daily-")
        + businessTime(atMs).toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".sqlite");
}

Result<std::optional<DailyBackupPlan>> BackupService::claimDailyBackup()
{
    const DailyBackupSettings settings = dailySettings();
    if (settings.keep == 0 || !checkOnThisDesk())
        return std::optional<DailyBackupPlan>();
    DailyBackupPlan plan;
    plan.storePath = m_workspace.database().path();
    plan.folder = dailyFolder();
    plan.keep = settings.keep;
    plan.madeAt = m_workspace.clock().nowMs();
    plan.day = businessTime(plan.madeAt).date().toString(Qt::ISODate);
    plan.target = QDir(plan.folder).filePath(dailyFileName(plan.storePath, plan.madeAt));

    storage::SettingsRepository repository(m_workspace.database().connection());
    // Read first, so that the frequent "not yet" costs no write lock; then again in the
    // claiming transaction, which another program may have beaten.
    if (setting(repository, dailyDayKey) >= plan.day) // ISO dates sort as text
        return std::optional<DailyBackupPlan>();
    return storage::inTransaction(
        m_workspace.database(), [&]() -> Result<std::optional<DailyBackupPlan>> {
            auto claimed = repository.value(dailyDayKey, {});
            if (!claimed)
                return claimed.error();
            if (*claimed >= plan.day)
                return std::optional<DailyBackupPlan>();
            plan.previousDay = *claimed;
            if (auto set = repository.setValue(dailyDayKey, plan.day); !set)
                return set.error();
            return std::optional<DailyBackupPlan>(plan);
        });
}

Result<BackupOutcome> BackupService::runDailyBackup(const DailyBackupPlan &plan)
{
    if (auto created = createFolder(plan.folder); !created)
        return created.error();
    auto facts =
        storage::StoreCopy::backUp(plan.storePath, plan.target, Existing::Replace, plan.madeAt);
    if (!facts)
        return facts.error();
    BackupOutcome outcome {plan.target, *facts, {}};

    // This store's daily copies, newest first (the names sort by time).
    const QRegularExpression daily(
        QStringLiteral("^%1-daily-\\d{8}-\\d{4}\\.sqlite$")
            .arg(QRegularExpression::escape(QFileInfo(plan.storePath).completeBaseName())));
    const QDir folder(plan.folder);
    QStringList copies;
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (daily.match(name).hasMatch())
            copies.append(name);
    }
    std::sort(copies.begin(), copies.end(), std::greater<>());
    // A copy that cannot be deleted now is tried again the next day.
    for (qsizetype i = plan.keep; i < copies.size(); ++i) {
        if (QFile::remove(folder.filePath(copies.at(i))))
            outcome.removed.append(copies.at(i));
    }
    return outcome;
}

Result<void> BackupService::finishDailyBackup(const DailyBackupPlan &plan,
                                              const Result<BackupOutcome> &outcome)
{
    if (outcome)
        return recordBackup(*outcome, true);
    return storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        storage::SettingsRepository repository(m_workspace.database().connection());
        auto claimed = repository.value(dailyDayKey, {});
        if (!claimed)
            return claimed.error();
        if (*claimed == plan.day) {
            if (auto set = repository.setValue(dailyDayKey, plan.previousDay); !set)
                return set;
        }
        return {};
    });
}

Result<std::optional<BackupOutcome>> BackupService::runDailyBackupNow()
{
    auto plan = claimDailyBackup();
    if (!plan)
        return plan.error();
    if (!*plan)
        return std::optional<BackupOutcome>();
    auto outcome = runDailyBackup(**plan);
    if (auto finished = finishDailyBackup(**plan, outcome); !finished)
        return finished.error();
    if (!outcome)
        return outcome.error();
    return std::optional<BackupOutcome>(*outcome);
}

Result<storage::StoreFileFacts> BackupService::inspect(const QString &backupPath)
{
    return storage::StoreCopy::inspect(backupPath);
}

QString BackupService::describeDate(const storage::StoreFileFacts &facts)
{
    if (facts.madeAt)
        return tr("made %1").arg(Formatting::dateTime(*facts.madeAt));
    if (facts.lastEventAt)
        return tr("newest change recorded %1").arg(Formatting::dateTime(*facts.lastEventAt));
    return tr("date unknown");
}

Result<RestoreOutcome> BackupService::restoreFiles(const QString &storePath,
                                                   const QString &backupPath, qint64 nowMs,
                                                   const Progress &progress)
{
    const auto refused = [](const Error &error) {
        return Error {error.kind, tr("%1 The store was left unchanged.").arg(error.message), {}};
    };
    if (storage::StoreCopy::sameFile(storePath, backupPath)) {
        return refused(
            Error::invalid(tr("\"%1\" is the store itself, not a backup of it.").arg(backupPath)));
    }
    auto facts = storage::StoreCopy::inspect(backupPath);
    if (!facts)
        return refused(facts.error());
    if (auto fits = storage::StoreCopy::checkRestorable(storePath, facts->pageSize); !fits)
        return refused(fits.error());

    RestoreOutcome outcome;
    outcome.storePath = QFileInfo(storePath).absoluteFilePath();
    outcome.backupPath = QFileInfo(backupPath).absoluteFilePath();
    outcome.backup = *facts;
    outcome.replacedCopy = outcome.storePath + QStringLiteral(".before-restore-")
        + businessTime(nowMs).toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".bak");
    const auto half = [&progress](qint64 offset) -> Progress {
        if (!progress)
            return {};
        return [&progress, offset](qint64 done, qint64 total) {
            return progress(offset * total + done, 2 * total);
        };
    };
    auto kept = storage::StoreCopy::backUp(storePath, outcome.replacedCopy, Existing::Refuse,
                                           std::nullopt, half(0), storage::StoreCopy::Check::AsIs);
    if (!kept) {
        return Error::storage(tr("The store could not be copied before the restore, so it was "
                                 "not restored: %1")
                                  .arg(kept.error().message));
    }
    if (auto restored = storage::StoreCopy::restoreInto(backupPath, storePath, half(1));
        !restored) {
        return Error {restored.error().kind,
                      tr("%1 The store as it was before is kept as \"%2\".")
                          .arg(restored.error().message, outcome.replacedCopy),
                      {}};
    }
    // A backup from before the audit trail was sealed is sealed anew by its upgrade, with a
    // key of its own: the replaced store's key and anchors are set aside (renamed, kept), or
    // the upgrade would take the backup for this store rolled back to shed its key
    // (docs/security.md).
    {
        auto restored = storage::Database::open(storePath, storage::Database::Upgrade::None);
        if (!restored)
            return restored.error();
        auto sealed = storage::EventRepository((*restored)->connection()).isSealed();
        if (!sealed)
            return sealed.error();
        if (!*sealed) {
            if (auto aside = storage::AuditKey::setAside(
                    outcome.storePath,
                    QStringLiteral(".before-restore-")
                        + businessTime(nowMs).toString(QStringLiteral("yyyyMMdd-HHmmss")));
                !aside)
                return aside.error();
        }
    }
    // The normal upgrade of an older schema, now rather than at the next start.
    auto upgraded = storage::Database::open(storePath);
    if (!upgraded) {
        return Error::storage(tr("The backup was restored, but the store could not be upgraded "
                                 "to this program's schema: %1")
                                  .arg(upgraded.error().message));
    }
    outcome.schemaVersion = storage::Migrations::currentVersion((*upgraded)->connection());
    return outcome;
}

Result<RestoreOutcome> BackupService::restore(const QString &backupPath, const Progress &progress)
{
    if (auto allowed = checkAllowed(); !allowed)
        return allowed.error();
    auto outcome = restoreFiles(m_workspace.database().path(), backupPath,
                                m_workspace.clock().nowMs(), progress);
    if (!outcome)
        return outcome.error();
    outcome->restoredBy = m_workspace.actor().username;
    if (auto recorded = recordRestore(*outcome); !recorded)
        return recorded.error();
    return outcome;
}

QFuture<Result<RestoreOutcome>> BackupService::restoreInBackground(const QString &backupPath)
{
    if (auto allowed = checkAllowed(); !allowed)
        return QtFuture::makeReadyFuture(Result<RestoreOutcome>(allowed.error()));
    const QString store = m_workspace.database().path();
    const qint64 now = m_workspace.clock().nowMs();
    const QString username = m_workspace.actor().username;
    return QtConcurrent::run(
        [store, backupPath, now, username](QPromise<Result<RestoreOutcome>> &promise) {
            promise.setProgressRange(0, 1000);
            auto outcome = restoreFiles(store, backupPath, now, [&promise](qint64 d, qint64 t) {
                promise.setProgressValue(t > 0 ? int(1000 * d / t) : 0);
                return true; // a restore that began is finished
            });
            if (outcome)
                outcome->restoredBy = username;
            promise.addResult(outcome);
        });
}

Result<void> BackupService::recordRestore(const RestoreOutcome &outcome)
{
    return storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        storage::SettingsRepository settings(m_workspace.database().connection());
        const qint64 now = m_workspace.clock().nowMs();
        // The marker is the time and the backup: two restores never leave the same one.
        if (auto marked =
                settings.setValue(restoredKey, QString::number(now) + u' ' + outcome.backupPath);
            !marked)
            return marked;
        if (auto cleared = settings.remove(madeAtKey); !cleared)
            return cleared;
        // The anchors of the store as it was are ahead of the backup's trail: an administrator
        // put it back on purpose, so its head is where they start again (docs/security.md).
        auto chain = storage::EventRepository(m_workspace.database().connection()).chainRecord();
        if (!chain)
            return chain.error();
        if (auto restarted = storage::AuditAnchors::restart(
                storage::AuditKey::anchorPath(chain->storeId), chain->lastEventId, chain->lastSeal);
            !restarted)
            return restarted;
        auditlog::Entry entry {
            QStringLiteral("store_restored"),
            std::nullopt,
            {{QStringLiteral("backup"), outcome.backupPath},
             {QStringLiteral("complaints"), outcome.backup.complaints},
             {QStringLiteral("backup_schema_version"), outcome.backup.schemaVersion},
             {QStringLiteral("replaced_copy"), outcome.replacedCopy},
             {QStringLiteral("by"), outcome.restoredBy}},
            {},
            {},
            {},
            std::nullopt};
        if (outcome.backup.madeAt)
            entry.details.insert(QStringLiteral("backup_made_at"), *outcome.backup.madeAt);
        // The accounts are the backup's now: the user who restored may not be among them, or
        // have another id, so the event names them instead of pointing at a row.
        entry.bySystem = true;
        if (auto appended = auditlog::append(m_workspace, entry); !appended)
            return appended.error();
        return {};
    });
}

Result<RestoreOutcome> BackupService::createFromBackup(const QString &backupPath,
                                                       const QString &storePath)
{
    if (QFileInfo::exists(storePath)) {
        return Error::invalid(tr("\"%1\" already exists; it was left unchanged.").arg(storePath));
    }
    auto facts = storage::StoreCopy::inspect(backupPath);
    if (!facts)
        return facts.error();
    auto copied = storage::StoreCopy::backUp(backupPath, storePath, Existing::Refuse, std::nullopt);
    if (!copied)
        return copied.error();
    RestoreOutcome outcome;
    outcome.storePath = QFileInfo(storePath).absoluteFilePath();
    outcome.backupPath = QFileInfo(backupPath).absoluteFilePath();
    outcome.backup = *facts;
    auto workspace = Workspace::open(storePath); // upgrades an older schema
    if (!workspace) {
        return Error::storage(tr("The store \"%1\" was created from the backup but cannot be "
                                 "opened: %2")
                                  .arg(storePath, workspace.error().message));
    }
    outcome.schemaVersion =
        storage::Migrations::currentVersion((*workspace)->database().connection());
    if (auto recorded = BackupService(**workspace).recordRestore(outcome); !recorded)
        return recorded.error();
    return outcome;
}

QString BackupService::restoreMarker() const
{
    return setting(storage::SettingsRepository(m_workspace.database().connection()), restoredKey);
}

} // namespace cd::models
