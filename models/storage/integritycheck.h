#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cd::storage {

// SQLite's own check of the store file; reads only. Quick is PRAGMA quick_check (every
// page and record, but not whether the indexes agree with their tables), Full is PRAGMA
// integrity_check (everything: about twice as long). A store on a PostgreSQL server has no
// file here: none are found (the server checks its own pages).
enum class IntegrityDepth { Quick, Full };

// The problems SQLite found, worded as SQLite words them; none when the file is intact. A
// page SQLite cannot read while checking is a problem found too. An error only when the
// check could not run at all (the store is locked, the connection is closed).
Result<QStringList> integrityProblems(const QSqlDatabase &db, IntegrityDepth depth);

} // namespace cd::storage
