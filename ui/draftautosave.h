#pragma once

#include "result.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTimer;

namespace cd::ui {

// When a form's draft is written: changed() after each edit; the write runs `delay` ms
// after the last change, or at the latest maxDelayFactor x `delay` after the first change
// not yet written (an agent who never pauses is still kept), and at once on flush(). A
// write that fails (the store busy or read-only) is tried again `delay` later and at the
// next change; it only emits writeFailed, never shows anything itself. While suspended
// nothing is written (changes wait for resume()).
class DraftAutosave : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultDelayMs = 2000;
    static constexpr int maxDelayFactor = 5;
    using Write = std::function<Result<void>()>;

    DraftAutosave(Write write, QObject *parent);

    void setDelay(int ms);
    int delay() const { return m_delayMs; }

    void changed();
    // Writes now when a change is not yet written.
    void flush();
    // What changed needs no writing (the form was saved, or shows the stored draft).
    void forget();
    bool isPending() const { return m_pending; }
    void suspend();
    void resume();

Q_SIGNALS:
    void written();
    void writeFailed(const cd::Error &error);

private:
    void schedule();
    void write();

    Write m_write;
    QTimer *m_timer;
    QElapsedTimer m_firstUnwritten; // valid while a change waits
    int m_delayMs = defaultDelayMs;
    bool m_pending = false;
    bool m_suspended = false;
};

} // namespace cd::ui
