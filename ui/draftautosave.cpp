#include "draftautosave.h"

#include <QTimer>

#include <algorithm>

namespace cd::ui {

DraftAutosave::DraftAutosave(Write write, QObject *parent)
    : QObject(parent)
    , m_write(std::move(write))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosave::write);
}

void DraftAutosave::setDelay(int ms)
{
    m_delayMs = std::max(0, ms);
    if (m_timer->isActive())
        schedule();
}

void DraftAutosave::changed()
{
    if (!m_pending)
        m_firstUnwritten.start();
    m_pending = true;
    schedule();
}

void DraftAutosave::schedule()
{
    if (m_suspended || !m_pending)
        return;
    const qint64 latest = qint64(m_delayMs) * maxDelayFactor - m_firstUnwritten.elapsed();
    m_timer->start(int(std::clamp<qint64>(latest, 0, m_delayMs)));
}

void DraftAutosave::flush()
{
    if (m_pending && !m_suspended)
        write();
}

void DraftAutosave::forget()
{
    m_pending = false;
    m_firstUnwritten.invalidate();
    m_timer->stop();
}

void DraftAutosave::suspend()
{
    m_suspended = true;
    m_timer->stop();
}

void DraftAutosave::resume()
{
    m_suspended = false;
    schedule();
}

void DraftAutosave::write()
{
    m_timer->stop();
    if (auto done = m_write(); !done) {
        // tried again after the delay, sooner at the next change; the wait for the
        // maximum starts over so a store that stays busy is not tried continuously
        m_firstUnwritten.start();
        m_timer->start(m_delayMs);
        Q_EMIT writeFailed(done.error());
        return;
    }
    forget();
    Q_EMIT written();
}

} // namespace cd::ui
