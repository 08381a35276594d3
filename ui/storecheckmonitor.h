#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;
class QWidget;

namespace cd::ui {

// The window's start check of its store (models::StoreCheck, quick, on a worker thread
// with a connection of its own), for stores up to StoreCheck::windowCheckLimitBytes. When
// it finds damage it says so until the window closes: a label in the status bar
// ("storeDamagedLabel") and a window-modal message box ("storeDamagedMessage") saying what
// to do. A check that could not run is a passing status-bar message.
class StoreCheckMonitor : public QObject
{
    Q_OBJECT
public:
    StoreCheckMonitor(QString storePath, QStatusBar *statusBar, QWidget *window);

    // Starts the check, once; later calls do nothing.
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The check ended; `damaged` when it found damage (and said so).
    void finished(bool damaged);

private:
    void showDamage(const QString &message);

    QString m_path;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    bool m_started = false;
    bool m_running = false;
};

} // namespace cd::ui
