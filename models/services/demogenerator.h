#pragma once

#include "result.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <functional>

namespace cd::models {

class ManualClock;
class Workspace;

// Fills a store with realistic demonstration complaints, Chinese and English, across all
// categories, channels, severities and statuses: a payment company's complaint centre
// (demoprofile.h), received in its hours at about a thousand a day over the last
// count/1000 days (30 at least). The demo's agents (registered without passwords, so
// nobody can sign in as them) take the calls and work the complaints. What is written is
// what ComplaintService would have written for those calls, call-backs, workflow moves,
// transfers, escalations and satisfaction scores (routing, references, clocks, pauses,
// holds, breaches, the hash-chained audit trail, suggestions, the search index), but each
// complaint is written once, in its final state, with prepared statements: a million
// complaints take minutes, not an hour.
// Only an administrator may run it. The same seed and count give the same data for the
// same "now".
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // `clock` must be the workspace's clock: its now is the end of the simulated period.
    DemoGenerator(Workspace &workspace, ManualClock &clock, quint32 seed);

    // Logs `count` complaints; `progress(done)` is called after each transaction commits
    // (done rising), outside any transaction. Returns the number of complaints created.
    // Other programs may write to the store meanwhile: the fill writes in short
    // transactions and leaves them a turn between two, so they wait on it briefly.
    Result<int> generate(int count, const std::function<void(int)> &progress = {});

    // Complaints per transaction at most (default 50,000: see demogenerator.cpp); a failed
    // fill keeps every batch committed before it.
    void setBatchSize(int complaints) { m_batchSize = std::max(1, complaints); }
    // How long a transaction goes on taking complaints (default 2 s; at least one each);
    // its indexing and commit come after.
    void setTransactionTime(std::chrono::milliseconds time)
    {
        m_transactionTime = std::max(std::chrono::milliseconds(1), time);
    }

private:
    Workspace &m_workspace;
    ManualClock &m_clock;
    quint32 m_seed;
    int m_batchSize;
    std::chrono::milliseconds m_transactionTime;
};

} // namespace cd::models
