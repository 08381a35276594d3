// `complaintdesk-cli incoming-call NUMBER [--call-id ID] [--line LINE]`: hands a ringing
// call to the ComplaintDesk window running on the store (screen pop), for phone systems
// that run a script; opens nothing itself.
#include "cli.h"

#include "incomingcall.h"
#include "instancechannel.h"

#include <QDateTime>

namespace cd::cli {

int incomingCallCommand(const QStringList &arguments)
{
    const qint64 ringAt = QDateTime::currentMSecsSinceEpoch();
    const QCommandLineOption callId(QStringLiteral("call-id"), QString(), QStringLiteral("id"));
    const QCommandLineOption line(QStringLiteral("line"), QString(), QStringLiteral("line"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {callId, line}, 1); !parsed)
        return fail(parsed.error());
    const QString number = parser.positionalArguments().first();
    const bool tel = rules::IncomingCalls::isTelUri(number);
    auto call = rules::IncomingCalls::fromArguments(tel ? number : QString(),
                                                    tel ? QStringList() : QStringList(number),
                                                    parser.value(callId), parser.value(line),
                                                    ringAt);
    if (!call)
        return fail(usageError(call.error().message));
    const QString path = storePath(parser);
    auto handed = models::InstanceChannel::send(models::InstanceChannel::socketPath(path),
                                                rules::ScreenPopRequest{*call});
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

} // namespace cd::cli
