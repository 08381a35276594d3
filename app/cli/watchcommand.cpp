// `complaintdesk-cli watch [--json]`: prints the store's changes as they happen, by any desk
// or program, until interrupted (wallboards and scripts).
#include "commandtable.h"

#include "changewatcher.h"
#include "eventtext.h"
#include "formatting.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cd::cli {

namespace {

QJsonObject changeJson(const storage::StoreChange &change)
{
    const storage::EventRecord &e = change.event;
    auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return {{QStringLiteral("event"), e.id},
            {QStringLiteral("at"), models::Formatting::isoDateTime(e.at)},
            {QStringLiteral("reference"), textOrNull(change.reference)},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("what"), models::EventText::describe(e)},
            {QStringLiteral("from_status"), textOrNull(e.fromStatus)},
            {QStringLiteral("to_status"), textOrNull(e.toStatus)},
            {QStringLiteral("by"), textOrNull(e.actorName)},
            {QStringLiteral("assignee"), textOrNull(change.assigneeName)}};
}

int watchCommand(Call &call)
{
    auto workspace = call.openWorkspace();
    if (!workspace)
        return fail(workspace.error());
    models::ChangeWatcher watcher(**workspace);
    if (auto started = watcher.start(); !started)
        return fail(started.error());
    // said once the watch runs, so that a script knows it misses nothing from here on
    printError(Tr::tr("Watching %1 for changes; Ctrl+C stops.").arg((*workspace)->storePath()));
    const bool asJson = call.isSet("json");
    QObject::connect(
        &watcher, &models::ChangeWatcher::changed, &watcher,
        [&watcher, asJson](const QList<storage::StoreChange> &changes) {
            for (const storage::StoreChange &change : changes) {
                if (!watcher.maySee(change))
                    continue;
                if (asJson) {
                    printOut(QString::fromUtf8(
                        QJsonDocument(changeJson(change)).toJson(QJsonDocument::Compact)));
                } else {
                    const storage::EventRecord &e = change.event;
                    printRow({models::Formatting::dateTime(e.at), change.reference,
                              models::EventText::describe(e), e.actorName});
                }
            }
            std::fflush(stdout); // a pipe would hold the lines back
        });
    // Until interrupted: the program ends on SIGINT or SIGTERM.
    return QCoreApplication::exec();
}

} // namespace

QList<Command> watchCommands()
{
    Command watch(QStringLiteral("watch"), Tr::tr("watch [--json]"),
                  Tr::tr("print changes as they happen, until interrupted"), watchCommand);
    watch.details = Tr::tr(
        "One line per change by any desk or program: time, reference, what changed and who "
        "(with --json, one JSON object per line). Only the complaints you may see are shown. "
        "Changes appear within a second; stop with Ctrl+C.");
    watch.options = {flag("json", Tr::tr("one JSON object per line"))};
    return {watch};
}

} // namespace cd::cli
