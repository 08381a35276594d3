#pragma once

#include "classifierservice.h"
#include "codes.h"
#include "records.h"
#include "routing.h"

#include <QList>

#include <optional>

namespace cd::models {

class SlaClocks;
class Taxonomy;

// What a new complaint is made of, as its writer knows it (already validated).
struct ComplaintFacts
{
    qint64 categoryId = 0;
    std::optional<qint64> subcategoryId;
    std::optional<rules::Severity> severity; // default: the category's
    rules::Channel channel = rules::Channel::Hotline;
    // None: the one the description clearly points to (ClassifierService::suggestIntent),
    // else Explanation and Other.
    std::optional<rules::Demand> demand;
    std::optional<rules::BusinessType> businessType;
    QString description; // as typed; stored redacted
    std::optional<qint64> amountFen;
    QString transactionRef; // as typed; stored redacted
    bool solvedOnCall = false;
    qint64 receivedAt = 0;
    qint64 savedAt = 0; // when the call ended and it was saved
    qint64 agentId = 0; // who took the call
};

struct BuiltComplaint
{
    storage::ComplaintRecord record; // everything but the ids the store hands out
    rules::RoutingDecision decision;
    int maskedNumbers = 0; // card and ID numbers masked in its texts
    bool suggestionFollowed = false; // the category is the classifier's clear suggestion
    // record.assigneeId is the department's round-robin pick: its writer stores it as the
    // department's last (RoutingRepository::setLastRoundRobin).
    bool roundRobinPicked = false;
    ClassifierService::Features features; // of the description, for learning it
};

// The one copy of the rules a complaint is created by, for every writer (logCall and the
// demonstration fill): routing, the assignee, the status, the deadlines, redaction, the
// classifier's suggestion and the review flag, the demand and business type the text
// points to when its writer gives none. Reads and writes no store: the writer reads
// what it needs (routing rules, the agent pool, the reference) and stores the result.
class ComplaintBuilder
{
public:
    ComplaintBuilder(const Taxonomy &taxonomy, const SlaClocks &sla,
                     const ClassifierService &classifier);

    // Step one: the complaint's texts as stored and where `rules` send it. The writer
    // then reads the agent pool of the decision's department (unless its strategy is the
    // queue).
    BuiltComplaint route(const QList<rules::RoutingRule> &rules, const ComplaintFacts &facts) const;
    // Step two: the complaint, numbered `reference`, assigned from `pool`, with its
    // status, deadlines, suggestion and review flag.
    void complete(BuiltComplaint &built, const ComplaintFacts &facts, const rules::AgentPool &pool,
                  const QString &reference) const;

private:
    const Taxonomy &m_taxonomy;
    const SlaClocks &m_sla;
    const ClassifierService &m_classifier;
};

} // namespace cd::models
