#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <optional>

#include "slaclock.h"

// How times and durations read on screen and in exports. Instants are UTC epoch ms and
// are shown in the call centre's time zone (its default business calendar's, set when the
// calendars are loaded), whatever the computer's zone: deadlines are reckoned there. Where
// the two differ, screens say so with zoneNote() or zoneLabel().
namespace cd::models {

struct Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)
public:
    // The zone times are shown in (default: rules::businessTimeZone(), Asia/Shanghai).
    static void setTimeZone(const QTimeZone &zone);
    static QTimeZone timeZone();
    // Whether the computer's own zone is at another offset than timeZone() at `ms`.
    static bool zoneDiffersFromComputer(qint64 ms);
    // "UTC+08:00" when the zones differ at `ms`, else empty: a short mark for headers.
    static QString zoneLabel(qint64 ms);
    // A sentence naming the zone times are shown in and the computer's, when they differ at
    // `ms`; else empty.
    static QString zoneNote(qint64 ms);
    static QString dateTime(qint64 ms); // "2026-11-25 14:03" in timeZone()
    // dateTime() followed by zoneLabel() where the zones differ: "2026-11-25 14:03 UTC+08:00".
    static QString labelledDateTime(qint64 ms);
    static QString isoDateTime(qint64 ms); // "2026-11-25T14:03:12+08:00", for JSON/CSV
    static QString callDuration(qint64 ms); // "04:07" or "1:02:03"
    // A share in [0, 1] as "83.4%" in the current locale; "-" when there is none.
    static QString percent(std::optional<double> share);
    static QString span(qint64 ms); // "2 d 3 h", "1 h 5 min", "12 min"
    // "in 2 d 3 h", "in 45 min", "overdue 5 h" relative to `nowMs`.
    static QString dueIn(qint64 dueMs, qint64 nowMs);
    // "On track", "At risk", "Overdue", "Paused", "Met", "Met late"
    static QString slaState(rules::SlaState state);
};

} // namespace cd::models
