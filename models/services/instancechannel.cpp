#include "instancechannel.h"

#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace cd::models {

namespace {

constexpr qint64 maxRequestBytes = 4096;

} // namespace

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
{
}

InstanceChannel::~InstanceChannel() = default;

bool InstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

Result<void> InstanceChannel::listen(const QString &socketPath)
{
    // Checked first: with socket options set, QLocalServer binds elsewhere and renames
    // its socket into place, replacing any socket there, a live one included.
    if (QFileInfo::exists(socketPath)) {
        QLocalSocket probe;
        probe.connectToServer(socketPath);
        if (probe.waitForConnected(1000)) {
            probe.abort();
            return Error::conflict(tr("Another ComplaintDesk window is running on this store."));
        }
        QLocalServer::removeServer(socketPath); // left by a window that crashed
    }
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath))
        return Error::storage(m_server->errorString());
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
    return {};
}

void InstanceChannel::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxRequestBytes)
                    socket->abort();
                return;
            }
            const auto request = rules::IncomingCalls::decode(socket->readLine(maxRequestBytes));
            if (!request) {
                socket->write(QByteArrayLiteral("refused\n"));
                socket->disconnectFromServer();
                return;
            }
            socket->write(InstanceClient::acknowledgement());
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT requested(*request);
        });
    }
}

} // namespace cd::models
