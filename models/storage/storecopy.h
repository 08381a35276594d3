#pragma once

#include "result.h"
#include "storefacts.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace cd::storage {

// Page-for-page copies of stores through SQLite's online backup API. Every function
// opens SQLite connections of its own (the same SQLite library as Qt's driver, so the
// locks of other connections in this process are kept), so any thread may call them.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
public:
    // Called after each step of about 4 MiB with the pages copied and the pages in all;
    // returning false cancels (Error::Cancelled; nothing is left behind).
    using Progress = CopyProgress;
    using Existing = ExistingFile;
    // Store: the copy must pass inspect(). AsIs: a copy of whatever the file holds (the
    // store a restore replaces, which may be damaged); its facts give only its size.
    enum class Check { Store, AsIs };

    // Copies the store at `storePath` into the new file `targetPath`. The copy is one
    // read transaction's snapshot: other connections go on writing meanwhile (in WAL mode
    // a reader never blocks a writer) and nothing they commit after it began is in it.
    // It is written to a hidden temporary file (mode 0600) in the target's folder,
    // stamped with `madeAtMs` (setting "backup_made_at") when given, made a single-file
    // database (rollback journal), reopened read-only and checked (`check`), fsync'd,
    // and only then renamed to `targetPath` (the folder is fsync'd too). On failure
    // nothing new is left in the folder and a file already at `targetPath` is unchanged.
    // `targetPath` must not be the store itself; its folder must exist.
    static Result<StoreFileFacts> backUp(const QString &storePath, const QString &targetPath,
                                         Existing existing, std::optional<qint64> madeAtMs,
                                         const Progress &progress = {}, Check check = Check::Store);

    // Opens `path` read-only and checks that it is a ComplaintDesk store this program
    // can use: an SQLite database with ComplaintDesk's application_id and a schema
    // version from 1 to Migrations::latestVersion(), whose quick_check passes. Each
    // refusal is an Error::Invalid whose message names the file and the reason.
    static Result<StoreFileFacts> inspect(const QString &path);

    // Replaces the content of the store at `storePath` by the pages of the store file
    // `sourcePath` (inspect() it first), in one write transaction of the store: the file
    // stays in place, so connections other programs hold on it stay valid and see the
    // restored content, whole, from their next read on. Writers wait while it runs.
    // Refused (nothing changed) when the store is not a ComplaintDesk store or its page
    // size differs from the source's. The schema version is the source's afterwards.
    static Result<void> restoreInto(const QString &sourcePath, const QString &storePath,
                                    const Progress &progress = {});
    // The refusals of restoreInto() for a source of `pageSize`, without changing anything.
    static Result<void> checkRestorable(const QString &storePath, int pageSize);

    // True when `a` and `b` name the same existing file (or both the same missing path).
    static bool sameFile(const QString &a, const QString &b);
};

} // namespace cd::storage
