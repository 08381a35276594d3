#include "instanceclient.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace cd::models {

namespace {

// The store's absolute path with symbolic links of its folder resolved (the store itself
// may not exist yet, its folder does).
QString storeIdentity(const QString &storePath)
{
    const QFileInfo file(storePath);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? file.absolutePath() : folder) + u'/'
                           + file.fileName());
}

// Closes the socket when the call returns, whichever way.
struct Socket
{
    int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    Socket() = default;
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
    ~Socket()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Waits until `fd` is ready for `events` or `deadline` passes: false on the deadline.
bool waitFor(int fd, short events, const QDeadlineTimer &deadline)
{
    for (;;) {
        pollfd entry {fd, events, 0};
        const int ready = ::poll(&entry, 1, int(deadline.remainingTime()));
        if (ready > 0)
            return true;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

} // namespace

QString InstanceClient::socketPath(const QString &storePath)
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

Result<bool> InstanceClient::send(const QString &socketPath, const rules::ScreenPopRequest &request,
                                  int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const auto noAnswer = [timeoutMs] {
        return Error::storage(tr("The ComplaintDesk window running on this store did not "
                                 "answer within %1 ms.")
                                  .arg(timeoutMs));
    };
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(socketPath);
    if (path.isEmpty() || path.size() >= qsizetype(sizeof address.sun_path))
        return false; // no window could listen there
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    Socket socket;
    if (socket.fd < 0)
        return false;
    // A window whose queue of waiting connections is full is tried again until the
    // deadline; no socket file, or one nobody listens on, means no window.
    while (::connect(socket.fd, reinterpret_cast<const sockaddr *>(&address), sizeof address)
           != 0) {
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN || deadline.hasExpired())
            return false;
        ::usleep(10'000);
    }
    const QByteArray line = rules::IncomingCalls::encode(request);
    for (qsizetype written = 0; written < line.size();) {
        if (!waitFor(socket.fd, POLLOUT, deadline))
            return noAnswer();
        const ssize_t sent = ::send(socket.fd, line.constData() + written,
                                    size_t(line.size() - written), MSG_NOSIGNAL);
        if (sent < 0 && errno != EAGAIN && errno != EINTR)
            return noAnswer(); // the window closed the connection
        written += std::max<ssize_t>(sent, 0);
    }
    QByteArray answer;
    while (!answer.contains('\n')) {
        if (!waitFor(socket.fd, POLLIN, deadline))
            return noAnswer();
        char buffer[256];
        const ssize_t got = ::read(socket.fd, buffer, sizeof buffer);
        if (got == 0)
            return noAnswer(); // closed without a whole answer
        if (got > 0)
            answer.append(buffer, got);
        else if (errno != EAGAIN && errno != EINTR)
            return noAnswer();
    }
    if (answer != acknowledgement())
        return Error::storage(tr("The ComplaintDesk window running on this store refused the "
                                 "request."));
    return true;
}

} // namespace cd::models
