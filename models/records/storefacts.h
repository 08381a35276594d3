#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace cd::storage {

// What a ComplaintDesk store file holds, read without changing it.
struct StoreFileFacts
{
    int schemaVersion = 0;
    qint64 complaints = 0;
    std::optional<qint64> madeAt; // a backup's snapshot time (UTC ms); none for other files
    std::optional<qint64> lastEventAt; // the newest audit event (UTC ms), if any
    int pageSize = 0;
    qint64 bytes = 0;
};

// Told after each step of a store copy with the pages copied and the pages in all;
// returning false cancels it (StoreCopy).
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;
// What a copy does to a file already at its target.
enum class ExistingFile { Refuse, Replace };

} // namespace cd::storage
