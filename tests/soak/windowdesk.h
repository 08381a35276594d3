#pragma once

#include "codes.h"
#include "soakledger.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace cd::models {
class QueueReader;
class Workspace;
} // namespace cd::models

namespace cd::soak {

// The window, as far as the store sees it, on the thread that owns `workspace` (its event
// loop must run): a signed-in agent logging calls, moving them along the workflow and
// recording contacts through the services, every few tens of milliseconds, while the
// queue's reader thread (models::QueueReader, its own connection) reads counts and pages.
// Saves and status changes go to the ledger once the service reported them done; every
// failed write or read is a problem in the tally.
class WindowDesk
{
public:
    WindowDesk(models::Workspace &workspace, quint32 seed, Ledger &ledger, Tally &tally);
    ~WindowDesk();
    void start();
    void stop(); // no write or read starts after this

private:
    struct Own
    {
        qint64 id = 0;
        QString reference;
        rules::Status status = rules::Status::New;
    };

    void writeOnce();
    void logCall();
    void changeStatus();
    void recordContact();
    void readOnce();

    models::Workspace &m_workspace;
    QRandomGenerator m_rng;
    Ledger &m_ledger;
    Tally &m_tally;
    QObject m_context; // the timers' callbacks die with it
    QTimer m_writeTimer;
    QTimer m_readTimer;
    std::unique_ptr<models::QueueReader> m_reader;
    QList<Own> m_own;
};

// What the window's other background jobs do (dashboard, classifier training): open a
// connection of their own to the store now and then on another thread, read, close it.
class StoreOpener
{
public:
    StoreOpener(QString databasePath, quint32 seed, Tally &tally);
    ~StoreOpener(); // stops and waits

private:
    QString m_path;
    std::atomic<bool> m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cd::soak
