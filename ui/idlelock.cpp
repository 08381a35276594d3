#include "idlelock.h"

#include "signindialog.h"
#include "workspace.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace cd::ui {

IdleLock::IdleLock(models::Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    qApp->installEventFilter(this);
    restart();
}

void IdleLock::restart()
{
    const int minutes = m_workspace.idleLockMinutes();
    if (minutes <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(minutes * 60 * 1000);
}

void IdleLock::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    SignInDialog unlock(m_workspace, SignInDialog::Mode::Unlock, m_window);
    unlock.exec();
    m_locked = false;
    restart();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked && m_timer->isActive())
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd::ui
