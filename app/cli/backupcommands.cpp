// backup, restore and daily-backup: thin wrappers of models::BackupService.
#include "commandtable.h"

#include "backupservice.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace cd::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

void printRestored(const models::RestoreOutcome &outcome)
{
    printOut(Tr::tr("Restored %1 from %2 (%3; %n complaint(s), schema version %4).", "",
                    int(outcome.backup.complaints))
                 .arg(outcome.storePath, outcome.backupPath,
                      models::BackupService::describeDate(outcome.backup))
                 .arg(outcome.backup.schemaVersion));
    if (outcome.schemaVersion != outcome.backup.schemaVersion) {
        printOut(Tr::tr("Upgraded the store from schema version %1 to %2.")
                     .arg(outcome.backup.schemaVersion)
                     .arg(outcome.schemaVersion));
    }
    if (!outcome.replacedCopy.isEmpty())
        printOut(Tr::tr("The store as it was before is kept as %1.").arg(outcome.replacedCopy));
}

namespace backupOptions {
const QCommandLineOption replace(QStringLiteral("replace"));
} // namespace backupOptions

int backupCommand(Call &call)
{
    using namespace backupOptions;
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.open(); status != Success)
        return status;
    auto made = models::BackupService(call.ws()).backUp(
        parser.positionalArguments().constFirst(),
        parser.isSet(replace) ? models::BackupService::Existing::Replace
                              : models::BackupService::Existing::Refuse);
    if (!made)
        return fail(made.error());
    printOut(Tr::tr("Backed up %n complaint(s) to %1 (%2 MB, schema version %3).", "",
                    int(made->facts.complaints))
                 .arg(made->path, megabytes(made->facts.bytes))
                 .arg(made->facts.schemaVersion));
    return Success;
}

int restoreCommand(Call &call)
{
    const QCommandLineParser &parser = call.parser;
    const QString backup = parser.positionalArguments().constFirst();
    const QString store = storePath(parser);
    const QFileInfo existing(store);
    if (!existing.exists()) {
        // Nothing to replace: the store is created from the backup, with its accounts.
        auto created = models::BackupService::createFromBackup(backup, store);
        if (!created)
            return fail(created.error());
        printRestored(*created);
        return Success;
    }
    if (existing.isFile() && existing.size() == 0) {
        return fail(Error::invalid(Tr::tr("\"%1\" is an empty file, not a store; it was left "
                                          "unchanged. Remove it to create the store there from "
                                          "the backup.")
                                       .arg(store)));
    }
    auto workspace = call.openWorkspace();
    if (!workspace) {
        const Error &error = workspace.error();
        if (error.kind != Error::Kind::Storage)
            return fail(error);
        return fail(Error::storage(
            error.message + u'\n'
            + Tr::tr("To replace a store that cannot be opened: stop every program using it, "
                     "move the file away, and run restore again; the store is then created "
                     "from the backup.")));
    }
    auto restored = models::BackupService(**workspace).restore(backup);
    if (!restored)
        return fail(restored.error());
    printRestored(*restored);
    return Success;
}

namespace dailyBackupOptions {
const QCommandLineOption keep(QStringLiteral("keep"), QString(), QStringLiteral("N"));
const QCommandLineOption folder(QStringLiteral("folder"), QString(), QStringLiteral("DIR"));
const QCommandLineOption defaultFolder(QStringLiteral("default-folder"));
} // namespace dailyBackupOptions

int dailyBackupCommand(Call &call)
{
    using namespace dailyBackupOptions;
    const QCommandLineParser &parser = call.parser;
    if (parser.isSet(folder) && parser.isSet(defaultFolder))
        return fail(usageError(Tr::tr("Give --folder or --default-folder, not both.")));
    if (const int status = call.open(); status != Success)
        return status;
    models::BackupService service(call.ws());
    models::DailyBackupSettings settings = service.dailySettings();
    if (parser.isSet(keep) || parser.isSet(folder) || parser.isSet(defaultFolder)) {
        if (parser.isSet(keep)) {
            bool ok = false;
            settings.keep = parser.value(keep).toInt(&ok);
            if (!ok) {
                return fail(usageError(Tr::tr("--keep takes a whole number from 0 to %1.")
                                           .arg(models::DailyBackupSettings::maxKeep)));
            }
        }
        if (parser.isSet(folder))
            settings.folder = QFileInfo(parser.value(folder)).absoluteFilePath();
        if (parser.isSet(defaultFolder))
            settings.folder.clear();
        if (auto set = service.setDailySettings(settings); !set)
            return fail(set.error());
    }
    settings = service.dailySettings();
    printOut(settings.keep == 0
                 ? Tr::tr("Daily backup: off.")
                 : Tr::tr("Daily backup: on, the newest %1 kept.").arg(settings.keep));
    printOut(Tr::tr("Folder: %1").arg(QDir::toNativeSeparators(service.dailyFolder())));
    return Success;
}

} // namespace

QList<Command> backupCommands()
{
    Command backup;
    backup.name = QStringLiteral("backup");
    backup.synopsis = Tr::tr("backup FILE [--replace]");
    backup.summary = Tr::tr("an online copy of the store while others work");
    backup.permission = Tr::tr("administrators");
    backup.options = {described(backupOptions::replace, Tr::tr("write over FILE if it exists"))};
    backup.positionals = 1;
    backup.handler = backupCommand;

    Command restore;
    restore.name = QStringLiteral("restore");
    restore.synopsis = Tr::tr("restore FILE");
    restore.summary = Tr::tr("replace the store by a backup, keeping a copy of it");
    restore.details = Tr::tr("Where a store exists, signs in as --as USER (administrators); where "
                             "none exists, creates it from the backup, with its accounts, "
                             "without signing in.");
    restore.access = Access::ByAction;
    restore.positionals = 1;
    restore.handler = restoreCommand;

    Command daily;
    daily.name = QStringLiteral("daily-backup");
    daily.synopsis = Tr::tr("daily-backup [--keep N] [--folder DIR | --default-folder]");
    daily.summary = Tr::tr("the desk's automatic daily backup: show or set it");
    daily.permission = Tr::tr("setting it: administrators");
    daily.options = {
        described(dailyBackupOptions::keep, Tr::tr("keep the newest N (0: off)")),
        described(dailyBackupOptions::folder, Tr::tr("the backups' folder")),
        described(dailyBackupOptions::defaultFolder, Tr::tr("back to the default folder"))};
    daily.handler = dailyBackupCommand;
    return {backup, restore, daily};
}

} // namespace cd::cli
