#pragma once

#include <QStringList>

namespace cd::storage {

// The schema of a store on a PostgreSQL server, at the schema version Migrations creates it
// at (Migrations::latestVersion()): the tables, indexes and columns of SQLite's ladder up to
// that version, spelled for PostgreSQL (identity ids, BIGINT, a case-insensitive ICU
// collation for user names, a tsvector search table with a GIN index, PL/pgSQL triggers for
// the tallies and the append-only events), and a schema_version table where SQLite has
// PRAGMA user_version and application_id. Migrations seeds the default data after it.
struct ServerSchema
{
    static QStringList statements();
};

} // namespace cd::storage
