#include "migrations.h"

#include "migrationsteps.h"

#include "auditkey.h"
#include "database.h"
#include "dialect.h"
#include "serverschema.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

#include <map>

namespace cd::storage {

namespace {

using namespace migration;

// schema_version.application of a ComplaintDesk store on a server (SQLite's application_id).
const QString serverApplication = QStringLiteral("ComplaintDesk");
// The version whose step rewrites most of a store file (the events table).
constexpr int compactingVersion = 21;
// The advisory lock key that serialises upgrades of a store on a server ("CoDe" upgrade).
constexpr qint64 serverUpgradeLock = 0x436F4465'0001;

// A new store on a PostgreSQL server, created at the latest version at once (ServerSchema)
// with the default data the ladder's steps seed, and its audit trail sealed with a new key.
// Later versions add their steps to serverSteps().
Result<void> createServerStore(const QSqlDatabase &db, const QString &storePath)
{
    if (auto created = runScript(db, ServerSchema::statements()); !created)
        return created;
    for (const Step &seed :
         {Step(seedTaxonomy), Step(seedCalendarsAndPolicies), Step(seedRegulatoryCauses),
          Step(seedRoutingRules), Step(nameSeededDataInOneLanguage)}) {
        if (auto seeded = seed(db); !seeded)
            return seeded;
    }
    if (auto named =
            runQuery(db,
                     QStringLiteral(
                         "INSERT INTO schema_version (id, application, version) VALUES (1, ?, ?)"),
                     {serverApplication, Migrations::latestVersion()});
        !named)
        return named.error();
    QJsonObject details {{QStringLiteral("events"), 0},
                         {QStringLiteral("legacy_head"), QString()},
                         {QStringLiteral("legacy_chain"), QStringLiteral("intact")}};
    return recordSeal(db, QUuid::createUuid().toString(QUuid::WithoutBraces), AuditKey::generate(),
                      details, storePath, EventRepository::SealColumn::Binary);
}

// The steps of a store on a server above the version it was created at (19, the first
// version a server store had), by the version each leads to. ServerSchema creates a new
// store at the latest version at once.
const std::map<int, Step> &serverSteps()
{
    static const std::map<int, Step> ladder {
        {20, identifyCallSaves},
        {21, storeSealsAsBytes},
    };
    return ladder;
}

// The PostgreSQL side of upgradeTo(): one transaction per step, under an advisory lock held
// to the transaction's end, so that of two desks starting at once one upgrades and the other
// then finds the store upgraded.
Result<void> upgradeServer(Database &database, int version)
{
    const QSqlDatabase db = database.connection();
    for (;;) {
        Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginError();
        if (auto locked = runQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                   {serverUpgradeLock});
            !locked)
            return locked.error();
        const int current = Migrations::currentVersion(db);
        if (current < 0)
            return Error::storage(
                Migrations::tr("The schema version of the store could not be read."));
        if (current >= version)
            return {};
        if (current == 0) {
            if (auto created = createServerStore(db, database.path()); !created) {
                return Error::storage(Migrations::tr("The store could not be created on the "
                                                     "server %1: %2")
                                          .arg(database.displayName(), created.error().message));
            }
        } else {
            const auto step = serverSteps().find(current + 1);
            if (step == serverSteps().end()) {
                return Error::storage(Migrations::tr("The store on the server %1 (schema version "
                                                     "%2) cannot be upgraded by this program.")
                                          .arg(database.displayName())
                                          .arg(current));
            }
            if (auto applied = step->second(db); !applied) {
                return Error::storage(Migrations::tr("The store could not be upgraded to schema "
                                                     "version %1: %2")
                                          .arg(current + 1)
                                          .arg(applied.error().message));
            }
            if (auto set = runQuery(db, QStringLiteral("UPDATE schema_version SET version = ?"),
                                    {current + 1});
                !set)
                return set.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
}

Result<void> backUp(Database &database, int fromVersion)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    const QString target = database.path()
        + QStringLiteral(".before-v%1-%2.bak").arg(Migrations::latestVersion()).arg(stamp);
    if (QFileInfo::exists(target))
        QFile::remove(target);
    auto done = runQuery(database.connection(), QStringLiteral("VACUUM INTO ?"), {target});
    if (!done) {
        return Error::storage(Migrations::tr("The store (schema version %1) could not be backed "
                                             "up before its upgrade, so it was not upgraded: %2")
                                  .arg(fromVersion)
                                  .arg(done.error().message));
    }
    return {};
}

} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    if (Dialect::isPostgres(db)) {
        auto present = runQuery(db, QStringLiteral("SELECT to_regclass('schema_version') IS NULL"));
        if (!present || !present->next())
            return -1;
        if (present->value(0).toBool())
            return 0;
        auto query =
            runQuery(db, QStringLiteral("SELECT application, version FROM schema_version"));
        if (!query || !query->next() || query->value(0).toString() != serverApplication)
            return -1;
        return query->value(1).toInt();
    }
    auto query = runQuery(db, QStringLiteral("PRAGMA user_version"));
    return query && query->next() ? query->value(0).toInt() : -1;
}

Result<void> Migrations::upgradeTo(Database &database, int version)
{
    const QSqlDatabase db = database.connection();
    if (Dialect::isPostgres(db))
        return upgradeServer(database, version);
    // The version is read inside each step's write transaction, so a program that
    // upgraded the store meanwhile is seen and no step runs twice.
    for (;;) {
        auto reached = inTransaction(database, [&]() -> Result<bool> {
            const int current = currentVersion(db);
            if (current < 0)
                return Error::storage(tr("The schema version of the store could not be read."));
            if (current >= version)
                return true;
            if (auto applied = steps().at(std::size_t(current))(db); !applied) {
                return Error::storage(tr("The store could not be upgraded to schema version %1: %2")
                                          .arg(current + 1)
                                          .arg(applied.error().message));
            }
            if (auto set =
                    runQuery(db, QStringLiteral("PRAGMA user_version = %1").arg(current + 1));
                !set)
                return set.error();
            return false;
        });
        if (!reached)
            return reached.error();
        if (*reached)
            return {};
    }
}

Result<void> Migrations::upgrade(Database &database)
{
    const int version = currentVersion(database.connection());
    if (version < 0)
        return Error::storage(tr("The schema version of the store could not be read."));
    if (version == latestVersion())
        return {};
    // A server's backups are the server's (pg_dump, continuous archiving).
    const bool file = !Dialect::isPostgres(database.connection());
    if (version > 0 && file) {
        if (auto saved = backUp(database, version); !saved)
            return saved;
    }
    if (auto upgraded = upgradeTo(database, latestVersion()); !upgraded)
        return upgraded;
    // v21 rebuilt the events table, about half the file: its old pages are given back to
    // the file system. The store is upgraded either way, so a compaction that cannot run
    // (another program is reading) is left undone; later writes reuse the free pages.
    if (version > 0 && version < compactingVersion && file)
        (void)runQuery(database.connection(), QStringLiteral("VACUUM"));
    return {};
}

} // namespace cd::storage
