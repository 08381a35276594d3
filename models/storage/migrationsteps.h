#pragma once

#include "eventrepository.h"
#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <vector>

namespace cd::storage {

// The steps of the schema ladder and the default data they seed, for Migrations (the
// runner) only. Every step takes the store's connection inside the runner's transaction.
namespace migration {

using Step = std::function<Result<void>(const QSqlDatabase &)>;

// The ladder: steps()[i] leads from version i to version i + 1 (migrationsteps_v9.cpp).
const std::vector<Step> &steps();

// Runs the statements in order; the first failure stops it and is returned.
Result<void> runScript(const QSqlDatabase &db, const QStringList &statements);

// Versions 1 to 8 (migrationsteps_v1.cpp); each step's contract is stated at its definition.
Result<void> createOrganisationAndTaxonomy(const QSqlDatabase &db);
Result<void> createComplaints(const QSqlDatabase &db);
Result<void> createQueueIndexes(const QSqlDatabase &db);
Result<void> secureAccountsAndAuditTrail(const QSqlDatabase &db);
Result<void> createRouting(const QSqlDatabase &db);
Result<void> createDeadlines(const QSqlDatabase &db);
Result<void> recordClassificationSuggestions(const QSqlDatabase &db);
Result<void> createSearchIndex(const QSqlDatabase &db);
// The triggers that refuse UPDATE and DELETE on audit events (v4; v14 lifts them to seal).
QStringList appendOnlyTriggers();
// Indexes every stored complaint for full-text search into an empty complaint_search (v8,
// and again at v17).
Result<void> indexEveryComplaint(const QSqlDatabase &db);

// The default data (migrationseeds.cpp): departments and categories, business calendars and
// deadline policies, each category's regulatory cause, routing rules.
Result<void> seedTaxonomy(const QSqlDatabase &db);
Result<void> seedCalendarsAndPolicies(const QSqlDatabase &db);
Result<void> seedRegulatoryCauses(const QSqlDatabase &db);
Result<void> seedRoutingRules(const QSqlDatabase &db);
// v16: the seeded names in the one language of each (also run on a new server store).
Result<void> nameSeededDataInOneLanguage(const QSqlDatabase &db);
// v20: the save id of each call (the same step on both stores).
Result<void> identifyCallSaves(const QSqlDatabase &db);
// v21: each audit seal as its 32 bytes, without the previous one repeated (both stores).
Result<void> storeSealsAsBytes(const QSqlDatabase &db);

// Names the store `storeId` sealed with `key` in audit_chain, records the
// "audit_trail_sealed" event (with `details`, the key's fingerprint and the store id added)
// and writes the key file for `storePath` (AuditKey); the event's seal goes in `column`
// (the layout of the schema being written).
Result<void> recordSeal(const QSqlDatabase &db, const QString &storeId, const AuditKey &key,
                        QJsonObject details, const QString &storePath,
                        EventRepository::SealColumn column);

} // namespace migration
} // namespace cd::storage
