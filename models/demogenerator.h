#pragma once

#include "result.h"

#include <QCoreApplication>

#include <functional>

namespace cd::models {

class ManualClock;
class Workspace;

// Fills a store with realistic demonstration complaints, Chinese and English, across all
// categories, channels, severities and statuses, received over the last 90 days. All
// writes go through ComplaintService, so the data is what agents would have produced:
// the demo's agents (registered without passwords, so nobody can sign in as them) take
// the calls. Only an administrator may run it. The same seed and count give the same data
// for the same "now".
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // `clock` must be the workspace's clock: the generator moves it to each simulated
    // moment and puts it back to `now` at the end.
    DemoGenerator(Workspace &workspace, ManualClock &clock, quint32 seed);

    // Logs `count` complaints; `progress(done)` is called now and then. Returns the number
    // of complaints created.
    Result<int> generate(int count, const std::function<void(int)> &progress = {});

private:
    Workspace &m_workspace;
    ManualClock &m_clock;
    quint32 m_seed;
};

} // namespace cd::models
