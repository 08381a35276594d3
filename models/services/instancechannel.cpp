#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

#include <unistd.h>

namespace cd::models {

namespace {

const QByteArray acknowledgement = QByteArrayLiteral("ok\n");
constexpr qint64 maxRequestBytes = 4096;

// The store's absolute path with symbolic links of its folder resolved (the store itself
// may not exist yet, its folder does).
QString storeIdentity(const QString &storePath)
{
    const QFileInfo file(storePath);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? file.absolutePath() : folder) + u'/'
                           + file.fileName());
}

} // namespace

QString InstanceChannel::socketPath(const QString &storePath)
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString folder =
        !runtime.isEmpty() && QFileInfo(runtime).isDir() ? runtime : QDir::tempPath();
    const QByteArray hash =
        QCryptographicHash::hash(storeIdentity(storePath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    return QDir(folder).filePath(
        QStringLiteral("complaintdesk-%1-%2").arg(uint(getuid())).arg(QString::fromLatin1(hash)));
}

Result<bool> InstanceChannel::send(const QString &socketPath,
                                   const rules::ScreenPopRequest &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(rules::IncomingCalls::encode(request));
    QByteArray answer;
    while (!answer.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return Error::storage(tr("The ComplaintDesk window running on this store did not "
                                     "answer within %1 ms.")
                                      .arg(timeoutMs));
        }
        answer += socket.readAll();
    }
    socket.disconnectFromServer();
    if (answer != acknowledgement)
        return Error::storage(tr("The ComplaintDesk window running on this store refused the "
                                 "request."));
    return true;
}

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
            socket->write(acknowledgement);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT requested(*request);
        });
    }
}

} // namespace cd::models
