#pragma once

#include <QDateTime>

namespace cd::models {

// The source of "now" for services (UTC epoch ms). Tests and the demo generator use a
// ManualClock so that times are exact and reproducible.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 0)
        : m_now(nowMs)
    {
    }
    qint64 nowMs() const override { return m_now; }
    void set(qint64 nowMs) { m_now = nowMs; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace cd::models
