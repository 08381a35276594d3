#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cd::storage {

class Database;

// The schema ladder. Each step runs in its own transaction and sets PRAGMA user_version
// inside it, so a failed upgrade leaves the store at the last completed step.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();

    // Upgrades `database` from its current version to latestVersion(); a store that
    // already has data is first copied next to itself (VACUUM INTO) as a backup.
    static Result<void> upgrade(Database &database);

    // Runs the steps up to and including `version` without a backup: tests build stores
    // of every older version with it.
    static Result<void> upgradeTo(Database &database, int version);

    static int currentVersion(const QSqlDatabase &db);
};

} // namespace cd::storage
