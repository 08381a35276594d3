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

int backupCommand(Call &call)
{
    auto made = models::BackupService(call.ws()).backUp(
        call.positional(),
        call.isSet("replace") ? models::BackupService::Existing::Replace
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
    const QString backup = call.positional();
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

int checkDailyBackup(const Call &call)
{
    if (call.isSet("folder") && call.isSet("default-folder"))
        return fail(usageError(Tr::tr("Give --folder or --default-folder, not both.")));
    return Success;
}

int dailyBackupCommand(Call &call)
{
    models::BackupService service(call.ws());
    if (auto onThisDesk = service.checkOnThisDesk(); !onThisDesk)
        return fail(onThisDesk.error());
    models::DailyBackupSettings settings = service.dailySettings();
    if (call.isSet("keep") || call.isSet("folder") || call.isSet("default-folder")) {
        if (call.isSet("keep")) {
            bool ok = false;
            settings.keep = call.value("keep").toInt(&ok);
            if (!ok) {
                return fail(usageError(Tr::tr("--keep takes a whole number from 0 to %1.")
                                           .arg(models::DailyBackupSettings::maxKeep)));
            }
        }
        if (call.isSet("folder"))
            settings.folder = QFileInfo(call.value("folder")).absoluteFilePath();
        if (call.isSet("default-folder"))
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
    Command backup(QStringLiteral("backup"), Tr::tr("backup FILE [--replace]"),
                   Tr::tr("an online copy of the store while others work"), backupCommand);
    backup.permission = Tr::tr("administrators");
    backup.options = {flag("replace", Tr::tr("write over FILE if it exists"))};
    backup.positionals = 1;
    backup.opens = Opens::Store;

    Command restore(QStringLiteral("restore"), Tr::tr("restore FILE"),
                    Tr::tr("replace the store by a backup, keeping a copy of it"), restoreCommand);
    restore.details = Tr::tr("Where a store exists, signs in as --as USER (administrators); where "
                             "none exists, creates it from the backup, with its accounts, "
                             "without signing in.");
    restore.access = Access::ByAction;
    restore.positionals = 1;

    Command daily(QStringLiteral("daily-backup"),
                  Tr::tr("daily-backup [--keep N] [--folder DIR | --default-folder]"),
                  Tr::tr("the desk's automatic daily backup: show or set it"), dailyBackupCommand);
    daily.permission = Tr::tr("setting it: administrators");
    daily.options = {option("keep", "N", Tr::tr("keep the newest N (0: off)")),
                     option("folder", "DIR", Tr::tr("the backups' folder")),
                     flag("default-folder", Tr::tr("back to the default folder"))};
    daily.check = checkDailyBackup;
    daily.opens = Opens::Store;
    return {backup, restore, daily};
}

} // namespace cd::cli
