#pragma once

#include "incomingcall.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cd::models {

// The calling side of InstanceChannel: what a later start of the window and
// `complaintdesk-cli incoming-call` use to reach the window already running on a store.
// A plain Unix-domain socket, without Qt Network, so that the CLI (every command of it)
// does not load Qt Network and the ten libraries it brings (Kerberos, libproxy, brotli).
class InstanceClient
{
    Q_DECLARE_TR_FUNCTIONS(cd::models::InstanceChannel)
public:
    // The socket for the window of `storePath` run by this user: a path in
    // $XDG_RUNTIME_DIR (else the temporary folder) holding the user id and a hash of the
    // store's absolute path, so another user or another store never shares it.
    static QString socketPath(const QString &storePath);

    // Hands `request` to the window listening on `socketPath`: true when it took it,
    // false when no window listens there (nothing runs, or a crashed window left its
    // socket); an error when one is there but did not answer within `timeoutMs` in all.
    static Result<bool> send(const QString &socketPath, const rules::ScreenPopRequest &request,
                             int timeoutMs = 3000);

    // What the window answers when it took a request (a line).
    static QByteArray acknowledgement() { return QByteArrayLiteral("ok\n"); }
};

} // namespace cd::models
