#pragma once

#include <QObject>

class QTimer;

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// Watches for the desk's idle time without keyboard or mouse input anywhere in the
// program and then emits idle(minutes): the window shows its lock screen. While a modal
// dialog is open the lock waits for it to close (the dialog holds the input, and closing
// it from here would lose what it holds), then comes at once unless someone used the
// dialog meanwhile. pause() stops watching
// while locked; restart() watches again (also after an administrator changed the time).
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(models::Workspace &workspace, QObject *parent = nullptr);

    void restart();
    void pause();
    bool isWatching() const;
    // The idle time in ms the timer runs on (0: the desk never locks by itself).
    int interval() const;

Q_SIGNALS:
    void idle(int minutes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void timedOut();

    models::Workspace &m_workspace;
    QTimer *m_timer;
    bool m_paused = false;
    bool m_waitingForDialog = false;
};

} // namespace cd::ui
