#include "demoplanner.h"

#include "auditlog.h"
#include "classifierservice.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "demorandom.h"
#include "reference.h"
#include "slaclocks.h"
#include "taxonomy.h"
#include "workflow.h"

#include <QDateTime>
#include <QJsonObject>

namespace cd::models::demo {

Planner::Planner(const PlanningContext &context, const Taxonomy &taxonomy, const SlaClocks &sla,
                 ClassifierService &classifier, const CentreHours &hours, quint32 seed, int count)
    : m_context(context)
    , m_taxonomy(taxonomy)
    , m_sla(sla)
    , m_classifier(classifier)
    , m_builder(taxonomy, sla, classifier)
    , m_hours(hours)
    , m_rng(seed)
    , m_customerCount(std::max(1, count * 2 / 3))
    , m_nextSequence(context.firstSequence)
    , m_pools(context.pools)
{
    for (const storage::CategoryRecord &category : taxonomy.categories())
        m_categoryWeights << profileOf(category.code).volume;
}

const rules::AgentPool &Planner::poolAt(qint64 departmentId, qint64 at)
{
    while (!m_closing.empty() && m_closing.top().first <= at) {
        --m_openOf[m_closing.top().second];
        m_closing.pop();
    }
    rules::AgentPool &pool = m_pools[departmentId];
    const auto initial = m_context.pools.constFind(departmentId);
    for (qsizetype i = 0; i < pool.openCounts.size(); ++i) {
        auto &[agent, open] = pool.openCounts[i];
        open = initial->openCounts.at(i).second + m_openOf.value(agent);
    }
    return pool;
}

void Planner::countOpen(qint64 agentId, std::optional<qint64> until)
{
    ++m_openOf[agentId];
    if (until)
        m_closing.push({*until, agentId});
}

QString Planner::usernameOf(std::optional<qint64> userId) const
{
    return userId ? m_context.usernames.value(*userId) : QString();
}

Planned Planner::plan(int index)
{
    QRandomGenerator &rng = m_rng;
    const qint64 receivedAt = m_context.receipts[std::size_t(index)];
    static const QList<int> channelWeights {60, 8, 5, 5, 10, 3, 4, 5};

    Planned p;
    p.customer = int(rng.bounded(quint32(m_customerCount)));
    const bool english = Phrasebook::speaksEnglish(p.customer);
    p.phone = QStringLiteral("+86") + Phrasebook::mobileNumber(p.customer);
    p.customerName = m_context.book.nameOf(p.customer);
    const storage::UserRecord &agent = pick(rng, m_context.hotlineAgents);
    const rules::Channel channel = pickWeighted(rng, rules::allChannels(), channelWeights);
    const qint64 durationMs = (60 + qint64(rng.bounded(900))) * 1000;
    const qint64 callEnd = receivedAt + durationMs;

    callAgainAbout(p, agent, channel, receivedAt, durationMs, english);
    logNewComplaint(p, index, agent, channel, receivedAt, callEnd, english);
    const storage::ComplaintRecord &c = p.complaint;
    if (!c.solvedOnCall)
        work(p, callEnd, english);

    p.searchTokens = storage::searchTokensOf(c.reference, p.customerName, p.phone, c.description,
                                             c.transactionRef);
    p.calls.prepend({0,
                     0,
                     std::nullopt,
                     agent.id,
                     c.channel,
                     receivedAt,
                     durationMs,
                     c.description,
                     false,
                     {},
                     {},
                     {},
                     {}});
    if (rules::isOpen(rules::statusFromCode(c.status).value_or(rules::Status::New)))
        m_openComplaintOfCustomer.insert(p.customer, {index, c.firstRespondedAt});
    else
        m_openComplaintOfCustomer.remove(p.customer);
    return p;
}

void Planner::callAgainAbout(Planned &p, const storage::UserRecord &agent, rules::Channel channel,
                             qint64 receivedAt, qint64 durationMs, bool english)
{
    // Some callers ring again about a complaint still open before raising this one (only
    // once it has had its first contact: then the call changes nothing else).
    const OpenComplaint open = m_openComplaintOfCustomer.value(p.customer);
    if (open.index < 0 || m_rng.bounded(4) != 0 || !open.firstRespondedAt
        || *open.firstRespondedAt > receivedAt)
        return;
    const QString note = m_context.book.note(QStringLiteral("called_again"), english);
    p.followUpOf = open.index;
    p.followUpCall = {
        0,  0,  std::nullopt, agent.id, rules::code(channel), receivedAt, durationMs, note, true,
        {}, {}, {},           {}};
    auditlog::Entry attached;
    attached.type = QStringLiteral("call_attached");
    attached.note = note;
    attached.details = {{QStringLiteral("channel"), rules::code(channel)},
                        {QStringLiteral("duration_ms"), durationMs}};
    p.followUpEvent = auditlog::toEvent(attached, agent.id, receivedAt + durationMs);
}

void Planner::logNewComplaint(Planned &p, int index, const storage::UserRecord &agent,
                              rules::Channel channel, qint64 receivedAt, qint64 callEnd,
                              bool english)
{
    QRandomGenerator &rng = m_rng;
    const auto &categories = m_taxonomy.categories();
    // The first complaints cover every category; then each comes as often as its profile.
    const auto &category = index < categories.size()
        ? categories.at(index)
        : pickWeighted(rng, categories, m_categoryWeights);
    const CategoryProfile &profile = profileOf(category.code);
    const auto subs = m_taxonomy.subcategoriesOf(category.id);

    // The caller's words; an amount where money is at stake (always when they name one).
    const QString phrasing = m_context.book.phrasing(rng, category.code, english);
    ComplaintFacts facts;
    if (Phrasebook::mentionsAmount(phrasing) || (profile.money && chance(rng, 85)))
        facts.amountFen = amountFen(rng, std::max<qint64>(100'00, profile.medianAmountFen));
    facts.description = m_context.book.fill(phrasing, rng, facts.amountFen);

    facts.categoryId = category.id;
    if (!subs.isEmpty() && rng.bounded(5) != 0)
        facts.subcategoryId = pick(rng, subs).id;
    if (rng.bounded(8) == 0)
        facts.severity = pick(rng, rules::allSeverities());
    facts.channel = channel;
    // What the words plainly say (the suggestion the Log-call pane shows; the names and
    // numbers filled in say nothing of it), else what such complaints are about and ask for.
    auto known = m_intentOf.constFind(phrasing);
    if (known == m_intentOf.cend())
        known = m_intentOf.insert(phrasing, ClassifierService::suggestIntent(phrasing));
    const ClassifierService::Intent &intent = *known;
    facts.demand =
        intent.demand.value_or(pickWeighted(rng, rules::allDemands(), profile.demandWeights));
    facts.businessType = intent.businessType.value_or(
        pickWeighted(rng, rules::allBusinessTypes(), profile.businessWeights));
    if (facts.amountFen && rng.bounded(3) != 0)
        facts.transactionRef = QStringLiteral("P%1").arg(
            quint64(rng.generate64() % 1000000000000ULL), 12, 10, QLatin1Char('0'));
    // Money matters are rarely settled on the call; questions often are.
    facts.solvedOnCall = chance(rng, profile.money ? 8 : 30);
    facts.receivedAt = receivedAt;
    facts.savedAt = callEnd;
    facts.agentId = agent.id;

    // Routed and saved as logCall() would.
    BuiltComplaint built = m_builder.route(m_context.routingRules, facts);
    static const rules::AgentPool noPool;
    const bool routed =
        !facts.solvedOnCall && built.decision.strategy != rules::AssignmentStrategy::Queue;
    const rules::AgentPool &pool = routed ? poolAt(built.decision.departmentId, callEnd) : noPool;
    const QDate day = QDateTime::fromMSecsSinceEpoch(receivedAt, rules::businessTimeZone()).date();
    m_builder.complete(built, facts, pool,
                       rules::formatReference(day, m_nextSequence[rules::referenceDayKey(day)]++));
    if (built.roundRobinPicked)
        m_pools[built.decision.departmentId].lastRoundRobin = built.record.assigneeId;
    if (built.roundRobinPicked)
        p.roundRobinPick = {built.record.departmentId, *built.record.assigneeId};
    m_classifier.learn(built.record.categoryId, built.record.subcategoryId, built.features);
    p.complaint = std::move(built.record);
    p.holds = {{p.complaint.departmentId, receivedAt, std::nullopt}};
    p.events.append(
        auditlog::toEvent(ComplaintService::createdEntry(p.complaint, m_taxonomy, built.decision),
                          agent.id, callEnd));
}

void Planner::work(Planned &p, qint64 callEnd, bool english)
{
    QRandomGenerator &rng = m_rng;
    storage::ComplaintRecord &c = p.complaint;
    const qint64 now = m_context.now;
    const QList<rules::Status> path = statusPath(rng, now - c.receivedAt);
    const int escalation =
        escalationPercent(rules::severityFromCode(c.severity).value_or(rules::Severity::P3),
                          rules::channelFromCode(c.channel).value_or(rules::Channel::Hotline));
    bool toTransfer = chance(rng, transferPercent);
    bool reopened = false;
    rules::Status status = rules::statusFromCode(c.status).value_or(rules::Status::New);
    qint64 at = callEnd;
    if (!path.isEmpty() && chance(rng, 85)) {
        // Most callers hear back within hours: the first contact stops that clock.
        at = m_hours.officeTimeFrom(rng, at + msPerMinute * (10 + qint64(rng.bounded(180))));
        if (at < now) {
            const QList<storage::UserRecord> handlers = m_context.agentsByDepartment.value(
                m_taxonomy.departmentCode(c.departmentId), m_context.hotlineAgents);
            contact(p, at, pick(rng, handlers), english);
        }
    }
    for (qsizetype step = 0; step < path.size(); ++step) {
        const rules::Status next = path.at(step);
        if (next == status)
            continue; // routing assigned it already
        at = m_hours.officeTimeFrom(rng, at + stepDelay(rng));
        if (at >= now)
            break;
        if (toTransfer) {
            // The department that picked it up finds it is another's.
            transfer(p, at, english);
            toTransfer = false;
            status = rules::statusFromCode(c.status).value_or(status);
            if (next == status)
                continue; // the transfer assigned it
            at = m_hours.officeTimeFrom(rng, at + stepDelay(rng));
            if (at >= now)
                break;
        }
        if (!rules::canMove(status, next))
            break;
        const QList<storage::UserRecord> handlers = m_context.agentsByDepartment.value(
            m_taxonomy.departmentCode(c.departmentId), m_context.hotlineAgents);
        const storage::UserRecord &handler = pick(rng, handlers);
        const bool reopening = rules::isReopening(status, next);
        reopened = reopened || reopening;
        const QString note = m_context.book.note(
            reopening ? QStringLiteral("reopened") : rules::code(next), english);
        // ComplaintService::changeStatus(): the status, the pauses and clocks
        // (SlaClocks::applyStatusChange, its breaches first), then its event.
        auditlog::Entry moved = ComplaintService::statusChangeEntry(c, next, note);
        if (status == rules::Status::WaitingCustomer && !p.pauses.isEmpty())
            p.pauses.last().to = at;
        if (next == rules::Status::WaitingCustomer)
            p.pauses.append({at, std::nullopt, note});
        SlaClocks::noteStatusChange(c, status, next, at);
        c.status = rules::code(next);
        c.updatedAt = at;
        c.closedAt = next == rules::Status::Closed ? std::optional<qint64>(at) : std::nullopt;
        m_sla.computeClocks(c, p.pauses);
        recordBreaches(p, at);
        moved.details.insert(QStringLiteral("due"), auditlog::dueTimesOf(c));
        p.events.append(auditlog::toEvent(moved, handler.id, at));
        status = next;

        if (next == rules::Status::Closed && step == path.size() - 1 && chance(rng, ratedPercent)) {
            // Asked at the closing call; a late or reopened complaint pleases less.
            const int score =
                satisfactionScore(rng, reopened || c.resolutionBreached || c.firstResponseBreached);
            p.events.append(auditlog::toEvent(ComplaintService::satisfactionEntry(c, score, {}),
                                              handler.id, at));
            c.satisfaction = score;
            c.satisfactionAt = at;
        }
        const qint64 escalatedAt = at + 5 * msPerMinute;
        if (rules::isOpen(next) && !c.escalatedAt && escalatedAt < now
            && chance(rng, reopening ? 40 : escalation)) {
            // ComplaintService::escalate(): the department's lead takes it over.
            const QString reason = m_context.book.note(QStringLiteral("escalated"), english);
            c.escalatedAt = escalatedAt;
            c.escalationReason = reason;
            c.updatedAt = escalatedAt;
            p.events.append(auditlog::toEvent(ComplaintService::escalatedEntry(c.id, reason),
                                              handler.id, escalatedAt));
            at = escalatedAt;
        }
    }
    if (rules::isOpen(status))
        sweepBreaches(p);
    // Open complaints count against their assignee under fewest-open routing.
    if (c.assigneeId)
        countOpen(*c.assigneeId, c.closedAt);
}

void Planner::contact(Planned &p, qint64 at, const storage::UserRecord &handler, bool english)
{
    storage::ComplaintRecord &c = p.complaint;
    const QString note = m_context.book.note(QStringLiteral("contacted"), english);
    const qint64 durationMs = (60 + qint64(m_rng.bounded(300))) * 1000;
    p.calls.append({0,
                    0,
                    std::nullopt,
                    handler.id,
                    rules::code(rules::Channel::Hotline),
                    at,
                    durationMs,
                    note,
                    true,
                    {},
                    {},
                    {},
                    {}});
    const bool first = !c.firstRespondedAt;
    if (first)
        c.firstRespondedAt = at; // SlaClocks::applyFirstContact
    c.updatedAt = at;
    m_sla.computeClocks(c, p.pauses);
    recordBreaches(p, at);
    p.events.append(auditlog::toEvent(
        ComplaintService::contactEntry(c, rules::Channel::Hotline, first, note), handler.id, at));
}

void Planner::transfer(Planned &p, qint64 at, bool english)
{
    storage::ComplaintRecord &c = p.complaint;
    // To the category's own department when routing put it elsewhere, else to another.
    QStringList departments = m_context.agentsByDepartment.keys();
    departments.sort();
    const QString own =
        m_taxonomy.departmentCode(m_taxonomy.category(c.categoryId)->defaultDepartmentId);
    QString target = own;
    if (target == m_taxonomy.departmentCode(c.departmentId) || !departments.contains(target)) {
        departments.removeAll(m_taxonomy.departmentCode(c.departmentId));
        if (departments.isEmpty())
            return;
        target = pick(m_rng, departments);
    }
    const QList<storage::UserRecord> handlers = m_context.agentsByDepartment.value(
        m_taxonomy.departmentCode(c.departmentId), m_context.hotlineAgents);
    const QList<storage::UserRecord> takers = m_context.agentsByDepartment.value(target);
    if (handlers.isEmpty() || takers.isEmpty())
        return;
    const storage::UserRecord &transferredBy = pick(m_rng, handlers);
    const storage::UserRecord &person = pick(m_rng, takers);
    if (!person.departmentId)
        return;
    const storage::ComplaintRecord after =
        ComplaintService::transferred(c, *person.departmentId, person.id, at);
    const QString reason = m_context.book.note(QStringLiteral("transferred"), english);
    p.events.append(auditlog::toEvent(
        ComplaintService::transferEntry(m_taxonomy, c, after, usernameOf(c.assigneeId),
                                        person.username, person.displayName, reason,
                                        QStringLiteral("transferred")),
        transferredBy.id, at));
    if (c.assigneeId)
        countOpen(*c.assigneeId, at); // no longer theirs from now
    p.holds.last().endedAt = at;
    p.holds.append({after.departmentId, at, std::nullopt});
    c = after;
}

void Planner::recordBreaches(Planned &p, qint64 at)
{
    storage::ComplaintRecord &c = p.complaint;
    for (const SlaClocks::Breach &breach : SlaClocks::unrecordedBreaches(c, at)) {
        p.events.append(
            auditlog::toEvent(m_sla.breachEntry(c, breach, usernameOf(c.assigneeId)), 0, at));
    }
}

void Planner::sweepBreaches(Planned &p)
{
    storage::ComplaintRecord &c = p.complaint;
    // The window sweeps every minute: each breach is recorded a minute after its due time.
    for (const SlaClocks::Breach &breach : SlaClocks::unrecordedBreaches(c, m_context.now)) {
        p.events.append(auditlog::toEvent(m_sla.breachEntry(c, breach, usernameOf(c.assigneeId)), 0,
                                          std::min(m_context.now, breach.dueAt + msPerMinute)));
    }
}

} // namespace cd::models::demo
