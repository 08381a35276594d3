// `complaintdesk-cli incoming-call NUMBER [--call-id ID] [--line LINE]`: hands a ringing
// call to the ComplaintDesk window running on the store (screen pop), for phone systems
// that run a script; opens nothing itself.
#include "commandtable.h"

#include "incomingcall.h"
#include "instanceclient.h"

#include <QDateTime>

namespace cd::cli {

namespace {

int incomingCallCommand(Call &call)
{
    const qint64 ringAt = QDateTime::currentMSecsSinceEpoch();
    const QCommandLineParser &parser = call.parser;
    const QString number = call.positional();
    const bool tel = rules::IncomingCalls::isTelUri(number);
    auto incoming = rules::IncomingCalls::fromArguments(
        tel ? number : QString(), tel ? QStringList() : QStringList(number), call.value("call-id"),
        call.value("line"), ringAt);
    if (!incoming)
        return fail(usageError(incoming.error().message));
    const QString path = storePath(parser);
    auto handed = models::InstanceClient::send(models::InstanceClient::socketPath(path),
                                               rules::ScreenPopRequest {*incoming});
    if (!handed)
        return fail(handed.error());
    if (!*handed) {
        return fail(Error::notFound(
            Tr::tr("No ComplaintDesk window is running on the store %1 for this user; the "
                   "call was not shown.")
                .arg(path)));
    }
    return Success;
}

} // namespace

QList<Command> incomingCallCommands()
{
    Command incoming(QStringLiteral("incoming-call"),
                     Tr::tr("incoming-call NUMBER|tel:URI [--call-id ID] [--line LINE]"),
                     Tr::tr("show a ringing call in the window running on the store "
                            "(screen pop)"),
                     incomingCallCommand);
    incoming.details = Tr::tr("For phone systems and scripts. Opens nothing itself; the exit "
                              "status is 1 when no window runs on the store for this user.");
    incoming.options = {option("call-id", "id", Tr::tr("the phone system's id of the call")),
                        option("line", "line", Tr::tr("the line the call rang on"))};
    incoming.positionals = 1;
    incoming.access = Access::Anonymous;
    return {incoming};
}

} // namespace cd::cli
