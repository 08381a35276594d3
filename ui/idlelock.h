#pragma once

#include <QObject>

class QTimer;
class QWidget;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// Locks the workstation after the desk's idle time without keyboard or mouse input:
// the window stays as it is behind the Unlock dialog, which only the signed-in user's
// password dismisses.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(models::Workspace &workspace, QWidget *window);

    void restart();     // re-reads the idle time (after an administrator changed it)
    void lockNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    models::Workspace &m_workspace;
    QWidget *m_window;
    QTimer *m_timer;
    bool m_locked = false;
};

} // namespace cd::ui
