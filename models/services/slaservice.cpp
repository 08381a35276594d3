#include "slaservice.h"

#include "auditlog.h"
#include "calendarcoverage.h"
#include "complaintrepository.h"
#include "formatting.h"
#include "freetext.h"
#include "language.h"
#include "permissions.h"
#include "slarepository.h"
#include "transaction.h"
#include "userrepository.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace cd::models {

namespace {

constexpr qint64 noticeWindowMs = 24LL * 3600 * 1000;   // what became due while away

QJsonObject dueTimesJson(const storage::ComplaintRecord &c)
{
    return {{QStringLiteral("policy_id"), c.slaPolicyId ? QJsonValue(double(*c.slaPolicyId))
                                                        : QJsonValue()},
            {QStringLiteral("first_response_due_at"), Formatting::isoDateTime(c.firstResponseDueAt)},
            {QStringLiteral("resolution_due_at"), Formatting::isoDateTime(c.resolutionDueAt)}};
}

QJsonObject policyJson(const rules::SlaPolicy &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("active"), p.active},
            {QStringLiteral("severity"), p.severity ? rules::code(*p.severity) : QString()},
            {QStringLiteral("category_id"), p.categoryId ? QJsonValue(double(*p.categoryId))
                                                          : QJsonValue()},
            {QStringLiteral("channel"), p.channel ? rules::code(*p.channel) : QString()},
            {QStringLiteral("regulator_only"), p.regulatorOnly},
            {QStringLiteral("first_response"), QStringLiteral("%1 %2").arg(p.firstResponse.amount)
                                                    .arg(rules::code(p.firstResponse.unit))},
            {QStringLiteral("resolution"), QStringLiteral("%1 %2").arg(p.resolution.amount)
                                                .arg(rules::code(p.resolution.unit))},
            {QStringLiteral("calendar_id"), double(p.calendarId)},
            {QStringLiteral("max_resolution_days"),
             p.maxResolutionDays ? QJsonValue(*p.maxResolutionDays) : QJsonValue()}};
}

QString segmentLine(const rules::TimeSegment &s)
{
    const QString from = Formatting::dateTime(s.from);
    const QString to = Formatting::dateTime(s.to);
    switch (s.kind) {
    case rules::TimeSegment::Kind::Counted:
        return SlaService::tr("counted %1 - %2 (%3)").arg(from, to, Formatting::span(s.to - s.from));
    case rules::TimeSegment::Kind::OutOfHours:
        return SlaService::tr("skipped %1 - %2: outside working hours").arg(from, to);
    case rules::TimeSegment::Kind::Weekend:
        return SlaService::tr("skipped %1 - %2: not a working day").arg(from, to);
    case rules::TimeSegment::Kind::Holiday:
        return SlaService::tr("skipped %1 - %2: public holiday %3")
            .arg(from, to, pickName(s.name, s.nameEn));
    case rules::TimeSegment::Kind::Paused:
        return SlaService::tr("paused %1 - %2: waiting for the customer (%3)")
            .arg(from, to, s.name);
    }
    return {};
}

void describeClock(ClockExplanation &clock, const QString &title)
{
    clock.lines << SlaService::tr("%1: %2 from %3, due %4.")
                       .arg(title, clock.target.describe(), Formatting::dateTime(clock.startedAt),
                            Formatting::dateTime(clock.dueAt));
    if (!clock.provisionalYears.isEmpty())
        clock.lines << rules::CalendarCoverage::provisionalNote(clock.provisionalYears);
    for (const rules::TimeSegment &segment : std::as_const(clock.steps))
        clock.lines << QStringLiteral("  ") + segmentLine(segment);
    if (clock.stoppedAt) {
        clock.lines << (*clock.stoppedAt > clock.dueAt
                            ? SlaService::tr("Stopped at %1, %2 after the due time.")
                                  .arg(Formatting::dateTime(*clock.stoppedAt),
                                       Formatting::span(*clock.stoppedAt - clock.dueAt))
                            : SlaService::tr("Met at %1.").arg(Formatting::dateTime(*clock.stoppedAt)));
    } else if (clock.paused) {
        clock.lines << SlaService::tr("Paused: %1 of the target is left; the due time moves on "
                                      "when the customer answers.")
                           .arg(Formatting::span(clock.remainingMs));
    }
}

} // namespace

QString DeadlineExplanation::text() const
{
    QStringList lines;
    lines << SlaService::tr("Policy \"%1\" (applies to %2); calendar \"%3\" (%4).")
                 .arg(policyName, policyConditions, calendarName, calendarHours);
    if (const QString note = Formatting::zoneNote(firstResponse.startedAt); !note.isEmpty())
        lines << note;
    if (solvedOnCall) {
        lines << SlaService::tr("Solved on the call: both targets were met at receipt.");
        return lines.join(u'\n');
    }
    if (extensionDays > 0)
        lines << SlaService::tr("The resolution target was extended by %n day(s).", nullptr,
                                extensionDays);
    lines << firstResponse.lines << resolution.lines;
    return lines.join(u'\n');
}

Result<void> SlaService::reload()
{
    storage::SlaRepository repository(m_workspace.database().connection());
    auto calendars = repository.calendars();
    if (!calendars)
        return calendars.error();
    auto policies = repository.policies();
    if (!policies)
        return policies.error();
    m_calendarRecords = std::move(calendars).value();
    m_policies = std::move(policies).value();
    m_calendars.clear();
    for (const storage::CalendarRecord &record : std::as_const(m_calendarRecords)) {
        QTimeZone zone(record.timeZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone(8 * 3600);
        m_calendars.emplace(record.id, rules::BusinessCalendar(zone, record.opens, record.closes,
                                                               record.days, record.weekdays));
    }
    if (m_calendars.empty())
        return Error::storage(tr("The store has no business calendar."));
    // Times are shown in the call centre's zone: its default calendar's.
    Formatting::setTimeZone(calendar(defaultCalendarId()).zone());
    return {};
}

qint64 SlaService::defaultCalendarId() const
{
    for (const storage::CalendarRecord &record : m_calendarRecords) {
        if (record.code == QLatin1String("CN"))
            return record.id;
    }
    return m_calendarRecords.isEmpty() ? 0 : m_calendarRecords.first().id;
}

const rules::BusinessCalendar &SlaService::calendar(qint64 calendarId) const
{
    const auto it = m_calendars.find(calendarId);
    if (it != m_calendars.end())
        return it->second;
    return m_calendars.at(defaultCalendarId());
}

QString SlaService::calendarName(qint64 calendarId) const
{
    for (const storage::CalendarRecord &record : m_calendarRecords) {
        if (record.id == calendarId)
            return pickName(record.nameZh, record.nameEn);
    }
    return {};
}

rules::SlaPolicy SlaService::policyFor(rules::Severity severity, qint64 categoryId,
                                       rules::Channel channel) const
{
    if (const rules::SlaPolicy *chosen = rules::SlaPolicies::choose(m_policies, severity,
                                                                    categoryId, channel))
        return *chosen;
    return rules::SlaPolicies::builtInStandard(defaultCalendarId());
}

rules::SlaPolicy SlaService::policyOf(const storage::ComplaintRecord &c) const
{
    if (c.slaPolicyId) {
        for (const rules::SlaPolicy &policy : m_policies) {
            if (policy.id == *c.slaPolicyId)
                return policy;
        }
    }
    return rules::SlaPolicies::builtInStandard(defaultCalendarId());
}

rules::ComplaintClockInput SlaService::clockInput(const storage::ComplaintRecord &c,
                                                  const QList<rules::SlaPause> &pauses) const
{
    rules::ComplaintClockInput in;
    in.receivedAt = c.receivedAt;
    in.resolutionStartedAt = std::max(c.receivedAt, c.resolutionStartedAt);
    in.firstRespondedAt = c.firstRespondedAt;
    in.resolvedAt = c.resolvedAt;
    in.solvedOnCall = c.solvedOnCall;
    in.extensionDays = c.extensionDays;
    in.pauses = pauses;
    return in;
}

namespace {

void storeClocks(storage::ComplaintRecord &c, const rules::ComplaintClocks &clocks)
{
    c.firstResponseDueAt = clocks.firstResponse.dueAt;
    c.resolutionDueAt = clocks.resolution.dueAt;
    c.nextDueAt = clocks.nextDueAt;
    c.nextAtRiskAt = clocks.nextAtRiskAt;
}

} // namespace

void SlaService::startClocks(storage::ComplaintRecord &c) const
{
    const rules::SlaPolicy policy = policyFor(
        rules::severityFromCode(c.severity).value_or(rules::Severity::P3), c.categoryId,
        rules::channelFromCode(c.channel).value_or(rules::Channel::Hotline));
    c.slaPolicyId = policy.id ? std::optional<qint64>(policy.id) : std::nullopt;
    c.resolutionStartedAt = c.receivedAt;
    if (c.solvedOnCall) {
        c.firstRespondedAt = c.receivedAt;
        c.resolvedAt = c.receivedAt;
    }
    storeClocks(c, rules::computeClocks(clockInput(c, {}), policy, calendar(policy.calendarId)));
}

void SlaService::noteStatusChange(storage::ComplaintRecord &c, rules::Status from,
                                  rules::Status to, qint64 now)
{
    if (from == rules::Status::WaitingCustomer && to != rules::Status::WaitingCustomer)
        c.pausedAt.reset();
    if (to == rules::Status::WaitingCustomer)
        c.pausedAt = now;
    if (to == rules::Status::Replied) {
        if (!c.firstRespondedAt)
            c.firstRespondedAt = now;
        if (!c.resolvedAt)
            c.resolvedAt = now;
    }
    const bool wasAnswered = from == rules::Status::Replied || from == rules::Status::FollowUp
                             || from == rules::Status::Closed;
    if (to == rules::Status::Investigating && wasAnswered) {
        c.resolutionStartedAt = now;
        c.resolvedAt.reset();
        c.resolutionBreached = false;
        c.extensionDays = 0;
    }
}

Result<void> SlaService::applyStatusChange(storage::ComplaintRecord &c, rules::Status from,
                                           rules::Status to, const QString &note)
{
    const qint64 now = m_workspace.clock().nowMs();
    storage::SlaRepository repository(m_workspace.database().connection());
    if (from == rules::Status::WaitingCustomer && to != rules::Status::WaitingCustomer) {
        if (auto closed = repository.closePause(c.id, now); !closed)
            return closed;
    }
    if (to == rules::Status::WaitingCustomer) {
        if (auto opened = repository.openPause(c.id, now, note); !opened)
            return opened;
    }
    noteStatusChange(c, from, to, now);
    return refreshClocks(c, false);
}

void SlaService::computeClocks(storage::ComplaintRecord &c,
                               const QList<rules::SlaPause> &pauses) const
{
    const rules::SlaPolicy policy = policyOf(c);
    storeClocks(c, rules::computeClocks(clockInput(c, pauses), policy,
                                        calendar(policy.calendarId)));
}

Result<void> SlaService::applyFirstContact(storage::ComplaintRecord &c)
{
    if (c.firstRespondedAt)
        return {};
    c.firstRespondedAt = m_workspace.clock().nowMs();
    return refreshClocks(c, false);
}

Result<void> SlaService::refreshClocks(storage::ComplaintRecord &c, bool repickPolicy)
{
    if (repickPolicy) {
        const rules::SlaPolicy policy = policyFor(
            rules::severityFromCode(c.severity).value_or(rules::Severity::P3), c.categoryId,
            rules::channelFromCode(c.channel).value_or(rules::Channel::Hotline));
        if ((policy.id ? std::optional<qint64>(policy.id) : std::nullopt) != c.slaPolicyId) {
            c.slaPolicyId = policy.id ? std::optional<qint64>(policy.id) : std::nullopt;
            c.extensionDays = 0;   // an extension belongs to the policy that allowed it
        }
    }
    auto pauses = storage::SlaRepository(m_workspace.database().connection()).pauses(c.id);
    if (!pauses)
        return pauses.error();
    computeClocks(c, *pauses);
    if (auto recorded = recordBreaches(c); !recorded)
        return recorded;
    return storage::ComplaintRepository(m_workspace.database().connection()).updateClocks(c);
}

QList<SlaService::Breach> SlaService::unrecordedBreaches(const storage::ComplaintRecord &c,
                                                        qint64 now)
{
    if (c.solvedOnCall)
        return {};
    // The instant a clock is judged at: when it stopped, when it was paused, or now.
    auto judgedAt = [&](const std::optional<qint64> &stoppedAt) {
        return stoppedAt ? *stoppedAt : c.pausedAt ? *c.pausedAt : now;
    };
    QList<Breach> breaches;
    if (!c.firstResponseBreached && judgedAt(c.firstRespondedAt) > c.firstResponseDueAt)
        breaches.append({true, c.firstResponseDueAt});
    if (!c.resolutionBreached && judgedAt(c.resolvedAt) > c.resolutionDueAt)
        breaches.append({false, c.resolutionDueAt});
    return breaches;
}

auditlog::Entry SlaService::breachEntry(storage::ComplaintRecord &c, const Breach &breach,
                                        const QString &assigneeUsername) const
{
    auditlog::Entry entry;
    entry.type = QStringLiteral("deadline_breached");
    entry.complaintId = c.id;
    entry.bySystem = true;
    entry.details = {{QStringLiteral("clock"), breach.firstResponse ? QStringLiteral("first_response")
                                                                    : QStringLiteral("resolution")},
                     {QStringLiteral("due_at"), Formatting::isoDateTime(breach.dueAt)},
                     {QStringLiteral("department"),
                      m_workspace.taxonomy().departmentCode(c.departmentId)},
                     {QStringLiteral("assignee"), assigneeUsername},
                     {QStringLiteral("status"), c.status}};
    (breach.firstResponse ? c.firstResponseBreached : c.resolutionBreached) = true;
    return entry;
}

Result<void> SlaService::recordBreaches(storage::ComplaintRecord &c)
{
    const QList<Breach> breaches = unrecordedBreaches(c, m_workspace.clock().nowMs());
    if (breaches.isEmpty())
        return {};
    QString assignee;
    if (c.assigneeId) {
        auto user = storage::UserRepository(m_workspace.database().connection())
                        .findById(*c.assigneeId);
        if (user && *user)
            assignee = (*user)->username;
    }
    for (const Breach &breach : breaches) {
        if (auto appended = auditlog::append(m_workspace, breachEntry(c, breach, assignee));
            !appended)
            return appended.error();
    }
    return {};
}

Result<DeadlineExplanation> SlaService::explain(const storage::ComplaintRecord &c) const
{
    auto pauses = storage::SlaRepository(m_workspace.database().connection()).pauses(c.id);
    if (!pauses)
        return pauses.error();
    const rules::SlaPolicy policy = policyOf(c);
    const rules::BusinessCalendar &cal = calendar(policy.calendarId);
    const rules::ComplaintClocks clocks = rules::computeClocks(clockInput(c, *pauses), policy,
                                                               cal, true);
    DeadlineExplanation out;
    out.policyName = policy.name;
    out.policyConditions = rules::SlaPolicies::conditions(policy);
    out.calendarName = calendarName(policy.calendarId);
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

rules::SlaState SlaService::stateOf(const storage::ComplaintRecord &c) const
{
    return rules::slaStateAt(m_workspace.clock().nowMs(),
                             {c.pausedAt.has_value(), c.nextDueAt,
                              c.nextAtRiskAt, c.firstResponseBreached || c.resolutionBreached});
}

Result<SlaService::SweepOutcome> SlaService::sweep(int batch)
{
    SweepOutcome outcome;
    if (!m_workspace.isSignedIn())
        return outcome;
    const qint64 now = m_workspace.clock().nowMs();
    const QSqlDatabase db = m_workspace.database().connection();
    storage::Transaction transaction(m_workspace.database());
    if (!transaction.isActive())
        return transaction.beginError();
    storage::SlaRepository repository(db);
    storage::ComplaintRepository complaints(db);
    auto due = repository.dueBefore(now, batch);
    if (!due)
        return due.error();
    for (const qint64 id : std::as_const(*due)) {
        auto found = complaints.findById(id);
        if (!found)
            return found.error();
        if (!*found)
            continue;
        storage::ComplaintRecord c = **found;
        const int flagsBefore = int(c.firstResponseBreached) + int(c.resolutionBreached);
        if (auto recorded = recordBreaches(c); !recorded)
            return recorded.error();
        const int flagsAfter = int(c.firstResponseBreached) + int(c.resolutionBreached);
        if (flagsAfter != flagsBefore) {
            outcome.breachesRecorded += flagsAfter - flagsBefore;
            if (auto written = complaints.updateClocks(c); !written)
                return written.error();
        }
    }
    const storage::UserRecord &actor = m_workspace.actor();
    const bool lead = actor.role == QLatin1String("lead");
    auto notices = repository.notices(actor.id, actor.id, lead ? actor.departmentId : std::nullopt,
                                      now - noticeWindowMs, now, batch);
    if (!notices)
        return notices.error();
    QList<qint64> fresh;
    for (const auto &notice : std::as_const(*notices)) {
        auto added = repository.addNotification(actor.id, notice, now);
        if (!added)
            return added.error();
        if (*added)
            fresh << notice.complaintId;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (!fresh.isEmpty()) {
        auto recent = repository.notifications(actor.id, int(fresh.size()));
        if (!recent)
            return recent.error();
        outcome.newNotifications = *recent;
    }
    return outcome;
}

Result<QList<storage::NotificationRecord>> SlaService::notifications(int limit) const
{
    return storage::SlaRepository(m_workspace.database().connection())
        .notifications(m_workspace.actor().id, limit);
}

Result<void> SlaService::markRead(qint64 notificationId)
{
    return storage::SlaRepository(m_workspace.database().connection())
        .markRead(m_workspace.actor().id, notificationId, m_workspace.clock().nowMs());
}

QString SlaService::describe(const storage::NotificationRecord &n)
{
    const QString due = Formatting::dateTime(n.dueAt);
    if (n.kind == QLatin1String("callback"))
        return tr("%1: call the customer back (promised for %2)").arg(n.reference, due);
    if (n.kind == QLatin1String("at_risk"))
        return tr("%1: at risk, due %2").arg(n.reference, due);
    return tr("%1: overdue since %2").arg(n.reference, due);
}

Result<void> SlaService::requireAdministrator(const QString &action)
{
    if (rules::canManageCalendars(m_workspace.rulesActor()))
        return {};
    return auditlog::refuse(m_workspace, action,
                            tr("Only an administrator may change calendars and deadline "
                               "policies."));
}

Result<int> SlaService::reapplyToOpenComplaints()
{
    const QSqlDatabase db = m_workspace.database().connection();
    storage::ComplaintRepository complaints(db);
    auto ids = storage::SlaRepository(db).unclosedComplaintIds();
    if (!ids)
        return ids.error();
    int changed = 0;
    for (const qint64 id : std::as_const(*ids)) {
        auto found = complaints.findById(id);
        if (!found)
            return found.error();
        if (!*found)
            continue;
        storage::ComplaintRecord c = **found;
        if (c.nextDueAt == rules::noDeadline && !c.pausedAt)
            continue;   // no clock running: its deadlines are history
        const storage::ComplaintRecord before = c;
        if (auto refreshed = refreshClocks(c, true); !refreshed)
            return refreshed.error();
        if (c.firstResponseDueAt == before.firstResponseDueAt
            && c.resolutionDueAt == before.resolutionDueAt && c.slaPolicyId == before.slaPolicyId)
            continue;
        ++changed;
        auditlog::Entry entry;
        entry.type = QStringLiteral("due_times_changed");
        entry.complaintId = c.id;
        entry.details = {{QStringLiteral("before"), dueTimesJson(before)},
                         {QStringLiteral("after"), dueTimesJson(c)},
                         {QStringLiteral("due"), auditlog::dueTimesOf(c)}};
        if (auto appended = auditlog::append(m_workspace, entry); !appended)
            return appended.error();
    }
    return changed;
}

Result<void> SlaService::changeAndReapply(const std::function<Result<void>()> &write,
                                          const std::function<auditlog::Entry(int)> &describe)
{
    auto attempt = [&]() -> Result<void> {
        storage::Transaction transaction(m_workspace.database());
        if (!transaction.isActive())
            return transaction.beginError();
        if (auto written = write(); !written)
            return written;
        if (auto reloaded = reload(); !reloaded)
            return reloaded;
        auto changed = reapplyToOpenComplaints();
        if (!changed)
            return changed.error();
        if (auto appended = auditlog::append(m_workspace, describe(*changed)); !appended)
            return appended.error();
        return transaction.commit();
    };
    auto done = attempt();
    if (!done) {
        // The transaction rolled back: forget what it wrote. Should the store be unreadable
        // now, the error the caller gets already says so.
        static_cast<void>(reload());
    }
    return done;
}

Result<qint64> SlaService::savePolicy(const rules::SlaPolicy &input)
{
    if (auto allowed = requireAdministrator(QStringLiteral("save_sla_policy")); !allowed)
        return allowed.error();
    rules::SlaPolicy policy = input;
    policy.name = policy.name.trimmed();
    if (auto characters = rules::FreeText::checkCharacters(policy.name, QStringLiteral("name"));
        !characters)
        return characters.error();
    if (const QList<Error> errors = rules::SlaPolicies::validate(policy); !errors.isEmpty())
        return errors.first();
    if (m_calendars.find(policy.calendarId) == m_calendars.end())
        return Error::invalid(tr("Choose the calendar the targets are counted on."),
                              QStringLiteral("calendar"));
    QJsonObject before;
    if (policy.id != 0) {
        const auto it = std::find_if(m_policies.cbegin(), m_policies.cend(),
                                     [&](const rules::SlaPolicy &p) { return p.id == policy.id; });
        if (it == m_policies.cend())
            return Error::notFound(tr("The policy does not exist any more."));
        before = policyJson(*it);
        policy.position = it->position;
    } else {
        for (const rules::SlaPolicy &p : std::as_const(m_policies))
            policy.position = std::max(policy.position, p.position + 1);
    }
    storage::SlaRepository repository(m_workspace.database().connection());
    auto done = changeAndReapply(
        [&]() -> Result<void> {
            if (policy.id != 0)
                return repository.updatePolicy(policy);
            auto id = repository.insertPolicy(policy);
            if (!id)
                return id.error();
            policy.id = *id;
            return {};
        },
        [&](int changed) {
            return auditlog::Entry{QStringLiteral("sla_policy_changed"), std::nullopt,
                                   {{QStringLiteral("policy_id"), double(policy.id)},
                                    {QStringLiteral("before"), before},
                                    {QStringLiteral("after"), policyJson(policy)},
                                    {QStringLiteral("complaints_changed"), changed}},
                                   {}, {}, {}, std::nullopt};
        });
    if (!done)
        return done.error();
    return policy.id;
}

Result<void> SlaService::movePolicy(qint64 policyId, int step)
{
    if (auto allowed = requireAdministrator(QStringLiteral("move_sla_policy")); !allowed)
        return allowed;
    QList<qint64> order;
    for (const rules::SlaPolicy &p : std::as_const(m_policies))
        order << p.id;
    const qsizetype from = order.indexOf(policyId);
    const qsizetype to = from + step;
    if (from < 0 || to < 0 || to >= order.size())
        return {};
    order.move(from, to);
    QJsonArray ids;
    for (const qint64 id : std::as_const(order))
        ids.append(double(id));
    return changeAndReapply(
        [&] { return storage::SlaRepository(m_workspace.database().connection())
                  .setPolicyPositions(order); },
        [&](int changed) {
            return auditlog::Entry{QStringLiteral("sla_policies_reordered"), std::nullopt,
                                   {{QStringLiteral("order"), ids},
                                    {QStringLiteral("complaints_changed"), changed}},
                                   {}, {}, {}, std::nullopt};
        });
}

Result<qint64> SlaService::saveCalendar(const storage::CalendarRecord &input)
{
    if (auto allowed = requireAdministrator(QStringLiteral("save_calendar")); !allowed)
        return allowed.error();
    storage::CalendarRecord calendar = input;
    calendar.nameZh = calendar.nameZh.trimmed();
    calendar.nameEn = calendar.nameEn.trimmed();
    if (calendar.nameZh.isEmpty() && calendar.nameEn.isEmpty())
        return Error::invalid(tr("Name the calendar."), QStringLiteral("name"));
    for (const QString &name : {calendar.nameZh, calendar.nameEn}) {
        if (auto characters = rules::FreeText::checkCharacters(name, QStringLiteral("name"));
            !characters)
            return characters.error();
    }
    if (const QList<Error> errors = rules::BusinessCalendar::validate(
            QTimeZone(calendar.timeZone.toUtf8()), calendar.opens, calendar.closes,
            calendar.weekdays);
        !errors.isEmpty())
        return errors.first();
    storage::SlaRepository repository(m_workspace.database().connection());
    auto done = changeAndReapply(
        [&]() -> Result<void> {
            if (calendar.id != 0)
                return repository.updateCalendar(calendar);
            calendar.code = QStringLiteral("CAL%1").arg(m_workspace.clock().nowMs());
            auto id = repository.insertCalendar(calendar);
            if (!id)
                return id.error();
            calendar.id = *id;
            return {};
        },
        [&](int changed) {
            return auditlog::Entry{
                QStringLiteral("calendar_changed"), std::nullopt,
                {{QStringLiteral("calendar_id"), double(calendar.id)},
                 {QStringLiteral("name"), pickName(calendar.nameZh, calendar.nameEn)},
                 {QStringLiteral("hours"),
                  QStringLiteral("%1-%2").arg(calendar.opens.toString(QStringLiteral("HH:mm")),
                                              calendar.closes.toString(QStringLiteral("HH:mm")))},
                 {QStringLiteral("listed_days"), int(calendar.days.size())},
                 {QStringLiteral("complaints_changed"), changed}},
                {}, {}, {}, std::nullopt};
        });
    if (!done)
        return done.error();
    return calendar.id;
}

Result<int> SlaService::importCalendarCsv(qint64 calendarId, const QByteArray &csv)
{
    auto days = rules::BusinessCalendar::parseHolidayCsv(csv);
    if (!days)
        return days.error();
    if (days->isEmpty())
        return Error::invalid(tr("The file lists no days."));
    const auto it = std::find_if(m_calendarRecords.cbegin(), m_calendarRecords.cend(),
                                 [&](const storage::CalendarRecord &r) { return r.id == calendarId; });
    if (it == m_calendarRecords.cend())
        return Error::notFound(tr("There is no such calendar."));
    storage::CalendarRecord calendar = *it;
    QSet<int> years;
    for (auto day = days->cbegin(); day != days->cend(); ++day)
        years.insert(day.key().year());
    for (auto day = calendar.days.begin(); day != calendar.days.end();) {
        if (years.contains(day.key().year()))
            day = calendar.days.erase(day);
        else
            ++day;
    }
    for (auto day = days->cbegin(); day != days->cend(); ++day)
        calendar.days.insert(day.key(), day.value());
    if (auto saved = saveCalendar(calendar); !saved)
        return saved.error();
    return int(days->size());
}

} // namespace cd::models
