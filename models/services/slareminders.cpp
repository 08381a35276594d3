#include "slareminders.h"

#include "calendarcoverage.h"
#include "complaintrepository.h"
#include "database.h"
#include "formatting.h"
#include "language.h"
#include "slaclocks.h"
#include "slarepository.h"
#include "slasettings.h"
#include "transaction.h"
#include "workspace.h"

#include <algorithm>

namespace cd::models {

namespace {

constexpr qint64 noticeWindowMs = 24LL * 3600 * 1000; // what became due while away

QString segmentLine(const rules::TimeSegment &s)
{
    const QString from = Formatting::dateTime(s.from);
    const QString to = Formatting::dateTime(s.to);
    switch (s.kind) {
    case rules::TimeSegment::Kind::Counted:
        return SlaReminders::tr("counted %1 - %2 (%3)")
            .arg(from, to, Formatting::span(s.to - s.from));
    case rules::TimeSegment::Kind::OutOfHours:
        return SlaReminders::tr("skipped %1 - %2: outside working hours").arg(from, to);
    case rules::TimeSegment::Kind::Weekend:
        return SlaReminders::tr("skipped %1 - %2: not a working day").arg(from, to);
    case rules::TimeSegment::Kind::Holiday:
        return SlaReminders::tr("skipped %1 - %2: public holiday %3")
            .arg(from, to, pickName(s.name, s.nameEn));
    case rules::TimeSegment::Kind::Paused:
        return SlaReminders::tr("paused %1 - %2: waiting for the customer (%3)")
            .arg(from, to, s.name);
    }
    return {};
}

void describeClock(ClockExplanation &clock, const QString &title)
{
    clock.lines << SlaReminders::tr("%1: %2 from %3, due %4.")
                       .arg(title, clock.target.describe(), Formatting::dateTime(clock.startedAt),
                            Formatting::dateTime(clock.dueAt));
    if (!clock.provisionalYears.isEmpty())
        clock.lines << rules::CalendarCoverage::provisionalNote(clock.provisionalYears);
    for (const rules::TimeSegment &segment : std::as_const(clock.steps))
        clock.lines << QStringLiteral("  ") + segmentLine(segment);
    if (clock.stoppedAt) {
        clock.lines
            << (*clock.stoppedAt > clock.dueAt
                    ? SlaReminders::tr("Stopped at %1, %2 after the due time.")
                          .arg(Formatting::dateTime(*clock.stoppedAt),
                               Formatting::span(*clock.stoppedAt - clock.dueAt))
                    : SlaReminders::tr("Met at %1.").arg(Formatting::dateTime(*clock.stoppedAt)));
    } else if (clock.paused) {
        clock.lines << SlaReminders::tr("Paused: %1 of the target is left; the due time moves on "
                                        "when the customer answers.")
                           .arg(Formatting::span(clock.remainingMs));
    }
}

} // namespace

QString DeadlineExplanation::text() const
{
    QStringList lines;
    lines << SlaReminders::tr("Policy \"%1\" (applies to %2); calendar \"%3\" (%4).")
                 .arg(policyName, policyConditions, calendarName, calendarHours);
    if (const QString note = Formatting::zoneNote(firstResponse.startedAt); !note.isEmpty())
        lines << note;
    if (solvedOnCall) {
        lines << SlaReminders::tr("Solved on the call: both targets were met at receipt.");
        return lines.join(u'\n');
    }
    if (extensionDays > 0)
        lines << SlaReminders::tr("The resolution target was extended by %n day(s).", nullptr,
                                  extensionDays);
    lines << firstResponse.lines << resolution.lines;
    return lines.join(u'\n');
}

Result<DeadlineExplanation> SlaReminders::explain(const storage::ComplaintRecord &c) const
{
    auto pauses = storage::SlaRepository(m_workspace.database().connection()).pauses(c.id);
    if (!pauses)
        return pauses.error();
    const SlaSettings &settings = m_workspace.slaSettings();
    const rules::SlaPolicy policy = settings.policyOf(c);
    const rules::BusinessCalendar &cal = settings.calendar(policy.calendarId);
    const rules::ComplaintClocks clocks =
        rules::computeClocks(SlaClocks::clockInput(c, *pauses), policy, cal, true);
    DeadlineExplanation out;
    out.policyName = policy.name;
    out.policyConditions = rules::SlaPolicies::conditions(policy);
    out.calendarName = settings.calendarName(policy.calendarId);
    out.calendarHours = cal.isAllDay()
        ? tr("around the clock, %1").arg(QString::fromUtf8(cal.zone().id()))
        : tr("%1-%2 on working days, %3")
              .arg(cal.opens().toString(QStringLiteral("HH:mm")),
                   cal.closes().toString(QStringLiteral("HH:mm")),
                   QString::fromUtf8(cal.zone().id()));
    out.extensionDays = c.extensionDays;
    out.solvedOnCall = c.solvedOnCall;
    out.pauses = *pauses;
    auto fill = [](ClockExplanation &clock, const QString &name, const rules::SlaTarget &target,
                   qint64 startedAt, const rules::ClockOutcome &outcome,
                   std::optional<qint64> stoppedAt) {
        clock.clock = name;
        clock.target = target;
        clock.startedAt = startedAt;
        clock.dueAt = outcome.dueAt;
        clock.stoppedAt = stoppedAt;
        clock.paused = outcome.paused && !stoppedAt;
        clock.remainingMs = outcome.remainingMs;
        clock.steps = outcome.steps;
    };
    rules::SlaTarget resolution = policy.resolution;
    resolution.amount += c.extensionDays;
    fill(out.firstResponse, QStringLiteral("first_response"), policy.firstResponse, c.receivedAt,
         clocks.firstResponse, c.firstRespondedAt);
    fill(out.resolution, QStringLiteral("resolution"), resolution,
         std::max(c.receivedAt, c.resolutionStartedAt), clocks.resolution, c.resolvedAt);
    for (ClockExplanation *clock : {&out.firstResponse, &out.resolution}) {
        if (!clock->stoppedAt && !clock->paused)
            clock->provisionalYears = rules::CalendarCoverage::provisionalYears(
                cal, clock->target, clock->startedAt, clock->dueAt);
    }
    describeClock(out.firstResponse, tr("First response"));
    describeClock(out.resolution, tr("Resolution"));
    return out;
}

rules::SlaState SlaReminders::stateOf(const storage::ComplaintRecord &c) const
{
    return rules::slaStateAt(m_workspace.clock().nowMs(),
                             {c.pausedAt.has_value(), c.nextDueAt, c.nextAtRiskAt,
                              c.firstResponseBreached || c.resolutionBreached});
}

Result<SlaReminders::SweepOutcome> SlaReminders::sweep(int batch)
{
    SweepOutcome outcome;
    if (!m_workspace.isSignedIn())
        return outcome;
    const qint64 now = m_workspace.clock().nowMs();
    const QSqlDatabase db = m_workspace.database().connection();
    storage::SlaRepository repository(db);
    const storage::UserRecord &actor = m_workspace.actor();
    QList<qint64> fresh;
    auto swept = storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        storage::ComplaintRepository complaints(db);
        auto due = repository.dueBefore(now, batch);
        if (!due)
            return due.error();
        auto recorded =
            complaints.forEachById(*due, [&](storage::ComplaintRecord &c) -> Result<void> {
                const int flagsBefore = int(c.firstResponseBreached) + int(c.resolutionBreached);
                if (auto breaches = m_workspace.slaClocks().recordBreaches(c); !breaches)
                    return breaches.error();
                const int flagsAfter = int(c.firstResponseBreached) + int(c.resolutionBreached);
                if (flagsAfter == flagsBefore)
                    return {};
                outcome.breachesRecorded += flagsAfter - flagsBefore;
                return complaints.updateClocks(c);
            });
        if (!recorded)
            return recorded.error();
        const bool lead = actor.role == QLatin1String("lead");
        auto notices =
            repository.notices(actor.id, actor.id, lead ? actor.departmentId : std::nullopt,
                               now - noticeWindowMs, now, batch);
        if (!notices)
            return notices.error();
        for (const auto &notice : std::as_const(*notices)) {
            auto added = repository.addNotification(actor.id, notice, now);
            if (!added)
                return added.error();
            if (*added)
                fresh << notice.complaintId;
        }
        return {};
    });
    if (!swept)
        return swept.error();
    if (!fresh.isEmpty()) {
        auto recent = repository.notifications(actor.id, int(fresh.size()));
        if (!recent)
            return recent.error();
        outcome.newNotifications = *recent;
    }
    return outcome;
}

Result<QList<storage::NotificationRecord>> SlaReminders::notifications(int limit) const
{
    return storage::SlaRepository(m_workspace.database().connection())
        .notifications(m_workspace.actor().id, limit);
}

Result<void> SlaReminders::markRead(qint64 notificationId)
{
    return storage::SlaRepository(m_workspace.database().connection())
        .markRead(m_workspace.actor().id, notificationId, m_workspace.clock().nowMs());
}

QString SlaReminders::describe(const storage::NotificationRecord &n)
{
    const QString due = Formatting::dateTime(n.dueAt);
    if (n.kind == QLatin1String("callback"))
        return tr("%1: call the customer back (promised for %2)").arg(n.reference, due);
    if (n.kind == QLatin1String("at_risk"))
        return tr("%1: at risk, due %2").arg(n.reference, due);
    return tr("%1: overdue since %2").arg(n.reference, due);
}

} // namespace cd::models
