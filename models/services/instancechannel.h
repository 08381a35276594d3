#pragma once

#include "incomingcall.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>

class QLocalServer;

namespace cd::models {

// One window per user and store: the first start listens on a local socket named after
// the user and the store's absolute path (private to the user); a later start of the
// window or `complaintdesk-cli incoming-call` hands its request over that socket and the
// window answers once it has taken it.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    // The socket for the window of `storePath` run by this user: a path in
    // $XDG_RUNTIME_DIR (else the temporary folder) holding the user id and a hash of the
    // store's absolute path, so another user or another store never shares it.
    static QString socketPath(const QString &storePath);

    // Hands `request` to the window listening on `socketPath`: true when it took it,
    // false when no window listens there (nothing runs, or a crashed window left its
    // socket); an error when one is there but did not answer within `timeoutMs`.
    static Result<bool> send(const QString &socketPath, const rules::ScreenPopRequest &request,
                             int timeoutMs = 3000);

    explicit InstanceChannel(QObject *parent = nullptr);
    ~InstanceChannel() override;

    // Starts listening on `socketPath`. A socket left by a window that no longer runs is
    // removed first; an error when another window listens there already.
    Result<void> listen(const QString &socketPath);
    bool isListening() const;

Q_SIGNALS:
    // A later start's request, already acknowledged to it.
    void requested(const cd::rules::ScreenPopRequest &request);

private:
    void accept();

    QLocalServer *m_server = nullptr;
};

} // namespace cd::models
