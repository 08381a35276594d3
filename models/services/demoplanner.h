#pragma once

#include "complaintbuilder.h"
#include "demophrasebook.h"
#include "demoprofile.h"
#include "eventrepository.h"
#include "intentcues.h"
#include "records.h"
#include "routing.h"
#include "routingrepository.h"
#include "slaclock.h"

#include <QHash>
#include <QRandomGenerator>

#include <optional>
#include <queue>
#include <vector>

namespace cd::models {

class ClassifierService;
class SlaClocks;
class Taxonomy;

namespace demo {

// One demonstration complaint as the writer stores it: everything decided, only the
// ids the store hands out (customer, complaint) left to fill in.
struct Planned
{
    int customer = 0; // demo caller index
    QString phone; // E.164
    QString customerName;
    // A call about the caller's earlier open complaint (the plan index), before this one.
    int followUpOf = -1;
    storage::CallRecord followUpCall;
    storage::EventRecord followUpEvent;
    storage::ComplaintRecord complaint;
    // Routing's round robin picked this person of this department for it.
    std::optional<std::pair<qint64, qint64>> roundRobinPick;
    QString searchTokens;
    QList<rules::SlaPause> pauses;
    QList<storage::DepartmentHold> holds; // oldest first; the last one open
    QList<storage::CallRecord> calls; // the call that logged it, then contacts
    QList<storage::EventRecord> events; // oldest first
};

// What every plan needs to know, read from the store before planning starts (planning
// runs on another thread and never touches the store).
struct PlanningContext
{
    Phrasebook book;
    qint64 now = 0;
    std::vector<qint64> receipts; // sorted
    QHash<QString, qint64> firstSequence; // day key -> first reserved sequence number
    QHash<QString, QList<storage::UserRecord>> agentsByDepartment; // by department code
    QList<storage::UserRecord> hotlineAgents;
    QList<rules::RoutingRule> routingRules;
    QHash<qint64, rules::AgentPool> pools; // department -> whom routing hands work to
    QHash<qint64, QString> usernames;
};

// Decides the complaints one after another, in order of receipt, as the services would
// have written them: logCall() (through ComplaintBuilder), then the workflow moves,
// transfers, escalations, satisfaction and the deadline sweep, each with the audit entry
// the service writes.
class Planner
{
public:
    Planner(const PlanningContext &context, const Taxonomy &taxonomy, const SlaClocks &sla,
            ClassifierService &classifier, const CentreHours &hours, quint32 seed, int count);

    Planned plan(int index);

private:
    // The department's pool as the store would show it at `at`: complaints planned so far
    // count as open for their assignee until they close or move on.
    const rules::AgentPool &poolAt(qint64 departmentId, qint64 at);
    // `agentId` has one more open complaint from now, until `until` when set.
    void countOpen(qint64 agentId, std::optional<qint64> until);
    // The new complaint as logCall() saves it, with its creation event.
    void logNewComplaint(Planned &p, int index, const storage::UserRecord &agent,
                         rules::Channel channel, qint64 receivedAt, qint64 callEnd, bool english);
    // A caller's earlier open complaint gets this call instead, when one is pending.
    void callAgainAbout(Planned &p, const storage::UserRecord &agent, rules::Channel channel,
                        qint64 receivedAt, qint64 durationMs, bool english);
    // Its work from the call's end until now.
    void work(Planned &p, qint64 callEnd, bool english);
    // ComplaintService::recordContact(): the handler calls the caller back at `at`.
    void contact(Planned &p, qint64 at, const storage::UserRecord &handler, bool english);
    // ComplaintService::transfer() to a person of another department, at `at`.
    void transfer(Planned &p, qint64 at, bool english);
    // SlaClocks' breach events for clocks past due at `at`, recorded then (a change's).
    void recordBreaches(Planned &p, qint64 at);
    // Those of an open complaint's clocks past due by now, as the desk's sweep records them.
    void sweepBreaches(Planned &p);
    QString usernameOf(std::optional<qint64> userId) const;

    struct OpenComplaint
    {
        int index = -1;
        std::optional<qint64> firstRespondedAt;
    };

    const PlanningContext &m_context;
    const Taxonomy &m_taxonomy;
    const SlaClocks &m_sla;
    ClassifierService &m_classifier;
    const ComplaintBuilder m_builder;
    const CentreHours &m_hours;
    QRandomGenerator m_rng;
    int m_customerCount;
    QList<int> m_categoryWeights; // per taxonomy category, from the profiles
    QHash<QString, qint64> m_nextSequence;
    QHash<qint64, rules::AgentPool> m_pools;
    QHash<qint64, int> m_openOf; // agent -> open complaints planned
    // When planned complaints close, soonest first, and whose they are.
    std::priority_queue<std::pair<qint64, qint64>, std::vector<std::pair<qint64, qint64>>,
                        std::greater<>>
        m_closing;
    QHash<int, OpenComplaint> m_openComplaintOfCustomer;
    QHash<QString, rules::IntentCues::Intent> m_intentOf; // phrasing -> its cues' intent
};

} // namespace demo
} // namespace cd::models
