#pragma once

#include "incomingcall.h"
#include "instanceclient.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>

class QLocalServer;

namespace cd::models {

// One window per user and store: the first start listens on a local socket named after
// the user and the store's absolute path (InstanceClient::socketPath(), private to the
// user); a later start of the window or `complaintdesk-cli incoming-call` hands its
// request over that socket (InstanceClient::send()) and the window answers once it has
// taken it.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
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
