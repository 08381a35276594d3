#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>

class QTimer;

namespace cd::storage {
class Database;
}

namespace cd::models {

class Workspace;

// Tells what other desks, the CLI and this program change in the store, within a second:
// the audit events appended since it started, in the order they were appended, over a
// connection of its own (on the thread that starts it). On a PostgreSQL server it listens
// to the events' notifications (LISTEN/NOTIFY); on an SQLite file it polls the file's
// change counter every pollIntervalMs, and reads only when another connection committed.
// Every change a desk makes appends an event, so the events are the changes.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int pollIntervalMs = 500;
    static constexpr int batchLimit = 500; // events read per query
    static constexpr int notificationDelayMs = 100; // notifications folded into one read
    // On a server, how often the listening connection is checked: one lost (server
    // restarted, network cut, failover) is opened again, listens again, and the events
    // appended meanwhile are read then, so none is missed.
    static constexpr int keepListeningMs = 3000;

    explicit ChangeWatcher(const Workspace &workspace, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Opens the watcher's connection to the workspace's store and watches from the store's
    // last event on. An Error when the store cannot be opened (nothing is watched then).
    Result<void> start();
    // Reads now the events appended since the last read (the notification and the poll
    // call this; tests may too).
    void check();
    // On a server: checks that the listening connection stands; when it was lost, opens it
    // again, listens again and reads the events appended meanwhile (a timer calls this
    // every keepListeningMs; tests may too).
    void keepListening();
    // Whether the server's notifications arrive (PostgreSQL); false: the store is polled.
    bool isListening() const { return m_listening; }
    // False from the moment keepListening() finds the server not answering until it
    // answers again (always true on an SQLite file).
    bool isConnected() const { return m_connected; }
    // The store's name as the user knows it (the server's address).
    QString storeName() const;
    // The last read's error, empty when it worked (a failed read is retried at the next
    // notification or poll).
    QString lastError() const { return m_lastError; }
    // Whether the workspace's signed-in user may see `change`: its complaint by
    // rules::canSee, an event of no complaint (saved views, keys) administrators only.
    bool maySee(const storage::StoreChange &change) const;
    // Whether `change` changed a complaint: false for events that only record a read or a
    // refusal (a phone number shown, a permission denied) and for events of no complaint.
    static bool altersComplaint(const storage::StoreChange &change);

Q_SIGNALS:
    // Events appended since the last signal, oldest first; never empty.
    void changed(const QList<storage::StoreChange> &changes);
    // isConnected() changed.
    void connectionChanged(bool connected);

private:
    void setConnected(bool connected);

    const Workspace &m_workspace;
    std::unique_ptr<storage::Database> m_database;
    QTimer *m_poll = nullptr;
    QTimer *m_notified = nullptr; // notifications close together make one read
    QTimer *m_keepListening = nullptr;
    int m_listeningOn = 0; // the reopening of the connection that listens
    qint64 m_lastEventId = 0;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    bool m_connected = true;
    QString m_lastError;
};

} // namespace cd::models
