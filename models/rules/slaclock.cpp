#include "slaclock.h"

#include "codetable.h"

#include <algorithm>

namespace cd::rules {

namespace {

// The instant `ms` of the clock's time after `from`; traces what was counted and skipped.
qint64 advance(const ClockRun &run, const BusinessCalendar &calendar, qint64 from, qint64 ms,
               QList<TimeSegment> *trace)
{
    if (run.business)
        return calendar.addBusinessTime(from, ms, trace);
    appendSegment(trace, {TimeSegment::Kind::Counted, from, from + ms, {}, {}});
    return from + ms;
}

qint64 elapsed(const ClockRun &run, const BusinessCalendar &calendar, qint64 from, qint64 to)
{
    if (to <= from)
        return 0;
    return run.business ? calendar.businessTimeBetween(from, to) : to - from;
}

ClockOutcome walk(const ClockRun &run, const BusinessCalendar &calendar, QList<SlaPause> pauses,
                  QList<TimeSegment> *trace)
{
    std::sort(pauses.begin(), pauses.end(),
              [](const SlaPause &a, const SlaPause &b) { return a.from < b.from; });
    ClockOutcome out;
    qint64 cursor = run.startedAt;
    qint64 remaining = std::max<qint64>(0, run.durationMs);
    for (const SlaPause &pause : std::as_const(pauses)) {
        if (pause.to && *pause.to <= cursor)
            continue; // over before the clock (or an earlier pause) got there
        const qint64 pauseFrom = std::max(pause.from, cursor);
        if (advance(run, calendar, cursor, remaining, nullptr) <= pauseFrom)
            break; // the target is reached before this pause
        const qint64 counted = elapsed(run, calendar, cursor, pauseFrom);
        const qint64 reached = advance(run, calendar, cursor, counted, trace);
        appendSegment(trace, {TimeSegment::Kind::OutOfHours, reached, pauseFrom, {}, {}});
        remaining -= counted;
        if (!pause.to) {
            out.paused = true;
            out.remainingMs = remaining;
            out.dueAt = advance(run, calendar, pauseFrom, remaining, nullptr);
            return out;
        }
        appendSegment(trace, {TimeSegment::Kind::Paused, pauseFrom, *pause.to, pause.reason, {}});
        cursor = *pause.to;
    }
    out.dueAt = advance(run, calendar, cursor, remaining, trace);
    return out;
}

} // namespace

ClockOutcome runClock(const ClockRun &run, const BusinessCalendar &calendar,
                      const QList<SlaPause> &pauses, bool explain)
{
    QList<TimeSegment> steps;
    ClockOutcome out = walk(run, calendar, pauses, explain ? &steps : nullptr);
    out.steps = std::move(steps);
    if (!out.paused) {
        ClockRun risk = run;
        risk.durationMs = run.durationMs * 3 / 4;
        out.atRiskAt = walk(risk, calendar, pauses, nullptr).dueAt;
    } else {
        out.atRiskAt = noDeadline;
    }
    return out;
}

ComplaintClocks computeClocks(const ComplaintClockInput &in, const SlaPolicy &policy,
                              const BusinessCalendar &calendar, bool explain)
{
    ComplaintClocks out;
    SlaTarget resolution = policy.resolution;
    resolution.amount += in.extensionDays;
    if (in.solvedOnCall) {
        out.firstResponse.dueAt = out.firstResponse.atRiskAt = in.receivedAt;
        out.resolution.dueAt = out.resolution.atRiskAt = in.receivedAt;
        return out;
    }
    out.firstResponse = runClock({in.receivedAt, policy.firstResponse.durationMs(calendar),
                                  policy.firstResponse.isBusiness()},
                                 calendar, in.pauses, explain);
    out.resolution =
        runClock({in.resolutionStartedAt, resolution.durationMs(calendar), resolution.isBusiness()},
                 calendar, in.pauses, explain);
    out.firstResponseRunning = !in.firstRespondedAt;
    out.resolutionRunning = !in.resolvedAt;
    out.paused = (out.firstResponseRunning && out.firstResponse.paused)
        || (out.resolutionRunning && out.resolution.paused);
    if (out.paused)
        return out;
    if (out.firstResponseRunning) {
        out.nextDueAt = std::min(out.nextDueAt, out.firstResponse.dueAt);
        out.nextAtRiskAt = std::min(out.nextAtRiskAt, out.firstResponse.atRiskAt);
    }
    if (out.resolutionRunning) {
        out.nextDueAt = std::min(out.nextDueAt, out.resolution.dueAt);
        out.nextAtRiskAt = std::min(out.nextAtRiskAt, out.resolution.atRiskAt);
    }
    return out;
}

QString code(SlaState state)
{
    static constexpr CodeTable<SlaState, 6> codes {
        {"on_track", "at_risk", "breached", "paused", "met", "met_late"}, Qt::CaseSensitive};
    return codes.code(state);
}

SlaState slaStateAt(qint64 now, const ClockSnapshot &clock)
{
    // A clock paused after its due time stays overdue: waiting does not undo a breach.
    if (clock.paused && (clock.nextDueAt == noDeadline || clock.nextDueAt >= now))
        return SlaState::Paused;
    if (clock.nextDueAt == noDeadline)
        return clock.breachedBefore ? SlaState::MetLate : SlaState::Met;
    if (now > clock.nextDueAt)
        return SlaState::Breached;
    if (now >= clock.nextAtRiskAt)
        return SlaState::AtRisk;
    return SlaState::OnTrack;
}

} // namespace cd::rules
