#pragma once

#include "businesscalendar.h"
#include "slapolicy.h"

#include <QList>

#include <limits>
#include <optional>

// The two clocks of a complaint (DESIGN.md section 2, Deadlines):
// - first response: runs from receipt until the first contact with the customer;
// - resolution: runs from receipt (or the latest reopening) until REPLIED;
// WAITING_CUSTOMER pauses both; the time paused is added to the due times on resume.
namespace cd::rules {

// No running clock: sorts after every real due time, so queues can order by it.
constexpr qint64 noDeadline = std::numeric_limits<qint64>::max();

struct SlaPause
{
    qint64 from = 0;
    std::optional<qint64> to; // unset: still paused
    QString reason;
};

// One clock's target and what it needs to count.
struct ClockRun
{
    qint64 startedAt = 0;
    qint64 durationMs = 0;
    bool business = true;
};

struct ClockOutcome
{
    qint64 dueAt = 0; // when paused now: the due time had it not been paused
    qint64 atRiskAt = 0; // 75 % of the target elapsed
    bool paused = false; // an open pause stops the clock now
    qint64 remainingMs = 0; // when paused: what is left of the target
    QList<TimeSegment> steps; // with `explain`: what was counted and skipped
};

// Runs one clock over `calendar`, skipping `pauses` (in any order; parts before the start
// are ignored). Pure: the same inputs always give the same due time.
ClockOutcome runClock(const ClockRun &run, const BusinessCalendar &calendar,
                      const QList<SlaPause> &pauses, bool explain = false);

// What the two clocks of one complaint need.
struct ComplaintClockInput
{
    qint64 receivedAt = 0;
    qint64 resolutionStartedAt = 0; // receipt, or the latest reopening
    std::optional<qint64> firstRespondedAt; // first contact: stops the first-response clock
    std::optional<qint64> resolvedAt; // REPLIED: stops the resolution clock
    bool solvedOnCall = false; // both targets met at receipt
    int extensionDays = 0; // added to the resolution target, in its unit
    QList<SlaPause> pauses;
};

struct ComplaintClocks
{
    ClockOutcome firstResponse;
    ClockOutcome resolution;
    bool firstResponseRunning = false;
    bool resolutionRunning = false;
    bool paused = false;
    qint64 nextDueAt = noDeadline; // earliest due time of a running, unpaused clock
    qint64 nextAtRiskAt = noDeadline;
};

ComplaintClocks computeClocks(const ComplaintClockInput &input, const SlaPolicy &policy,
                              const BusinessCalendar &calendar, bool explain = false);

enum class SlaState { OnTrack, AtRisk, Breached, Paused, Met, MetLate };

QString code(SlaState state); // on_track, at_risk, breached, paused, met, met_late

// What the queue needs to colour a complaint at `now`.
struct ClockSnapshot
{
    bool paused = false;
    // Earliest due time of a running clock; a clock paused after it was due keeps it.
    qint64 nextDueAt = noDeadline;
    qint64 nextAtRiskAt = noDeadline;
    bool breachedBefore = false; // a clock stopped after its due time
};
SlaState slaStateAt(qint64 now, const ClockSnapshot &clock);

} // namespace cd::rules
