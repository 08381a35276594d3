// `complaintdesk-cli incoming-call NUMBER [--call-id ID] [--line LINE]`: hands a ringing
// call to the ComplaintDesk window running on the store (screen pop), for phone systems
// that run a script; opens nothing itself.
#include "commandtable.h"

#include "incomingcall.h"
#include "instancechannel.h"

#include <QDateTime>

namespace cd::cli {

namespace {

namespace incomingCallOptions {
const QCommandLineOption callId(QStringLiteral("call-id"), QString(), QStringLiteral("id"));
const QCommandLineOption line(QStringLiteral("line"), QString(), QStringLiteral("line"));
} // namespace incomingCallOptions

int incomingCallCommand(Call &call)
{
    using namespace incomingCallOptions;
    const qint64 ringAt = QDateTime::currentMSecsSinceEpoch();
    const QCommandLineParser &parser = call.parser;
    const QString number = parser.positionalArguments().constFirst();
    const bool tel = rules::IncomingCalls::isTelUri(number);
    auto incoming = rules::IncomingCalls::fromArguments(
        tel ? number : QString(), tel ? QStringList() : QStringList(number), parser.value(callId),
        parser.value(line), ringAt);
    if (!incoming)
        return fail(usageError(incoming.error().message));
    const QString path = storePath(parser);
    auto handed = models::InstanceChannel::send(models::InstanceChannel::socketPath(path),
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
    using namespace incomingCallOptions;
    Command incoming;
    incoming.name = QStringLiteral("incoming-call");
    incoming.synopsis = Tr::tr("incoming-call NUMBER|tel:URI [--call-id ID] [--line LINE]");
    incoming.summary = Tr::tr("show a ringing call in the window running on the store "
                              "(screen pop)");
    incoming.details = Tr::tr("For phone systems and scripts. Opens nothing itself; the exit "
                              "status is 1 when no window runs on the store for this user.");
    incoming.options = {described(callId, Tr::tr("the phone system's id of the call")),
                        described(line, Tr::tr("the line the call rang on"))};
    incoming.positionals = 1;
    incoming.access = Access::Anonymous;
    incoming.handler = incomingCallCommand;
    return {incoming};
}

} // namespace cd::cli
