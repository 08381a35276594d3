#include "changewatcher.h"

#include "changefeed.h"
#include "database.h"
#include "permissions.h"
#include "workspace.h"

#include <QSqlDriver>
#include <QTimer>

namespace cd::models {

ChangeWatcher::ChangeWatcher(const Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

ChangeWatcher::~ChangeWatcher() = default;

Result<void> ChangeWatcher::start()
{
    auto opened =
        storage::Database::open(m_workspace.storePath(), storage::Database::Upgrade::None);
    if (!opened)
        return opened.error();
    m_database = std::move(*opened);
    storage::ChangeFeed feed(m_database->connection());
    auto last = feed.lastEventId();
    if (!last)
        return last.error();
    m_lastEventId = *last;
    auto version = feed.dataVersion();
    if (!version)
        return version.error();
    m_dataVersion = *version;

    QSqlDriver *driver = m_database->connection().driver();
    if (m_database->isServer() && driver->hasFeature(QSqlDriver::EventNotifications)
        && driver->subscribeToNotification(storage::ChangeFeed::channel())) {
        m_notified = new QTimer(this);
        m_notified->setSingleShot(true);
        m_notified->setInterval(notificationDelayMs);
        connect(m_notified, &QTimer::timeout, this, &ChangeWatcher::check);
        connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
            if (name == storage::ChangeFeed::channel() && !m_notified->isActive())
                m_notified->start();
        });
        m_listening = true;
        m_listeningOn = m_database->reopenings();
        m_keepListening = new QTimer(this);
        m_keepListening->setInterval(keepListeningMs);
        connect(m_keepListening, &QTimer::timeout, this, &ChangeWatcher::keepListening);
        m_keepListening->start();
        return {};
    }
    // An SQLite file (or a server that cannot notify): poll.
    m_poll = new QTimer(this);
    m_poll->setInterval(pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ChangeWatcher::check);
    m_poll->start();
    return {};
}

void ChangeWatcher::keepListening()
{
    if (!m_database || !m_listening)
        return;
    const bool answered = storage::ChangeFeed(m_database->connection()).lastEventId().ok();
    if (answered && m_database->reopenings() == m_listeningOn) {
        setConnected(true);
        return; // the server answered on the connection that listens
    }
    // Lost: a new connection listens from now on, and check() reads the events appended
    // since the last one read.
    QSqlDriver *driver = nullptr;
    if (answered || m_database->reopen()) {
        driver = m_database->connection().driver();
        driver->unsubscribeFromNotification(storage::ChangeFeed::channel());
    }
    if (!driver || !driver->subscribeToNotification(storage::ChangeFeed::channel())) {
        m_lastError = tr("The connection to the server %1 was lost; trying again.")
                          .arg(m_database->displayName());
        setConnected(false);
        return;
    }
    m_listeningOn = m_database->reopenings();
    setConnected(true);
    check();
}

void ChangeWatcher::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectionChanged(connected);
}

QString ChangeWatcher::storeName() const
{
    return m_database ? m_database->displayName() : QString();
}

void ChangeWatcher::check()
{
    if (!m_database)
        return;
    storage::ChangeFeed feed(m_database->connection());
    qint64 version = m_dataVersion;
    if (!m_database->isServer()) {
        auto read = feed.dataVersion();
        if (!read) {
            m_lastError = read.error().message;
            return;
        }
        if (*read == m_dataVersion)
            return; // no other connection committed since
        version = *read;
    }
    QList<storage::StoreChange> changes;
    for (;;) {
        auto batch = feed.changesAfter(m_lastEventId, batchLimit);
        if (!batch) {
            m_lastError = batch.error().message;
            break;
        }
        m_lastError.clear();
        m_dataVersion = version; // read: the next poll looks for a later commit
        if (!batch->isEmpty())
            m_lastEventId = batch->constLast().event.id;
        changes.append(*batch);
        if (batch->size() < batchLimit)
            break;
    }
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

bool ChangeWatcher::maySee(const storage::StoreChange &change) const
{
    const rules::Actor actor = m_workspace.rulesActor();
    if (actor.id == 0)
        return false;
    if (!change.event.complaintId)
        return actor.role == rules::Role::Admin;
    return rules::canSee(actor, {change.departmentId, change.assigneeId, change.createdBy});
}

bool ChangeWatcher::altersComplaint(const storage::StoreChange &change)
{
    const QString &type = change.event.type;
    return change.event.complaintId && type != QLatin1String("permission_denied")
        && type != QLatin1String("personal_data_revealed");
}

} // namespace cd::models
