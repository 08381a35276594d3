#include "idlelock.h"

#include "workspace.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace cd::ui {

IdleLock::IdleLock(models::Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("idleTimer"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::timedOut);
    qApp->installEventFilter(this);
    restart();
}

void IdleLock::restart()
{
    m_paused = false;
    m_waitingForDialog = false;
    const int minutes = m_workspace.idleLockMinutes();
    if (minutes <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(minutes * 60 * 1000);
}

void IdleLock::pause()
{
    m_paused = true;
    m_waitingForDialog = false;
    m_timer->stop();
}

bool IdleLock::isWatching() const
{
    return m_timer->isActive();
}

int IdleLock::interval() const
{
    return m_timer->isActive() ? m_timer->interval() : 0;
}

void IdleLock::timedOut()
{
    if (QApplication::activeModalWidget()) {
        m_waitingForDialog = true;
        return;
    }
    Q_EMIT idle(m_workspace.idleLockMinutes());
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_paused)
            break;
        if (m_waitingForDialog) { // someone is back at the dialog: not idle any more
            m_waitingForDialog = false;
            m_timer->start();
        } else if (m_timer->isActive()) {
            m_timer->start();
        }
        break;
    case QEvent::Hide:
        // the dialog that held the lock back closed: lock now
        if (m_waitingForDialog && !m_paused && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow()) {
            QTimer::singleShot(0, this, [this] {
                if (m_waitingForDialog && !QApplication::activeModalWidget()) {
                    m_waitingForDialog = false;
                    Q_EMIT idle(m_workspace.idleLockMinutes());
                }
            });
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd::ui
