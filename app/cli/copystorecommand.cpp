// `complaintdesk-cli copy-store --from SOURCE --to TARGET [--json]`: a thin wrapper of
// models::StoreTransfer (a desk's store to the server, or the server's to a single desk).
#include "commandtable.h"

#include "passwordprompt.h"
#include "storetransfer.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace cd::cli {

namespace {

// One line per table on stderr: rewritten as the batches go on a terminal, written once the
// table is complete otherwise.
bool showProgress(const models::StoreTransfer::Progress &progress)
{
    static const bool terminal = isatty(STDERR_FILENO) == 1;
    const bool complete = progress.copied >= progress.total;
    if (!terminal && !complete)
        return true;
    const int percent = progress.total == 0 ? 100 : int(progress.copied * 100 / progress.total);
    const QString line = Tr::tr("%1: %2 of %3 rows (%4%)")
                             .arg(progress.table)
                             .arg(progress.copied)
                             .arg(progress.total)
                             .arg(percent);
    const QByteArray bytes =
        (terminal ? QByteArray("\r\x1b[K") : QByteArray()) + line.toUtf8() + (complete ? "\n" : "");
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
    return true;
}

QJsonObject summaryJson(const models::StoreTransfer::Summary &summary)
{
    QJsonArray tables;
    for (const auto &count : summary.tables) {
        tables.append(QJsonObject {{QStringLiteral("table"), count.table},
                                   {QStringLiteral("source"), count.source},
                                   {QStringLiteral("target"), count.target}});
    }
    return {{QStringLiteral("source"), summary.source},
            {QStringLiteral("target"), summary.target},
            {QStringLiteral("already_complete"), summary.alreadyComplete},
            {QStringLiteral("verified"), summary.verified()},
            {QStringLiteral("audit_events"), summary.auditEvents},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("mismatches"), QJsonArray::fromStringList(summary.mismatches)}};
}

int copyStoreCommand(Call &call)
{
    const QString source = call.value("from");
    const QString target = call.value("to");
    if (source.isEmpty() || target.isEmpty()) {
        return fail(Error {Error::Kind::Usage,
                           Tr::tr("Name both stores: copy-store --from SOURCE --to TARGET."),
                           {}});
    }
    const bool asJson = call.isSet("json");
    models::StoreTransfer::Options options;
    if (!asJson)
        options.progress = showProgress;
    auto copied = models::StoreTransfer::run(source, target, options);
    // A server that wants a password: asked on the terminal, once per server.
    for (int asked = 0; !copied && copied.error().kind == Error::Kind::Credentials && asked < 2;
         ++asked) {
        auto password = PasswordSource::serverPassword(copied.error().field);
        if (!password)
            return fail(password.error());
        models::Workspace::useServerPassword(copied.error().field, *password);
        copied = models::StoreTransfer::run(source, target, options);
    }
    if (!copied)
        return fail(copied.error());
    const models::StoreTransfer::Summary &summary = *copied;
    if (asJson) {
        printOut(
            QString::fromUtf8(QJsonDocument(summaryJson(summary)).toJson(QJsonDocument::Compact)));
        return summary.verified() ? Success : Failure;
    }
    if (!summary.verified()) {
        printError(Tr::tr("The copy of %1 into %2 does not match its source:")
                       .arg(summary.source, summary.target));
        for (const QString &mismatch : summary.mismatches)
            printError(QStringLiteral("  ") + mismatch);
        if (!summary.alreadyComplete)
            printError(Tr::tr("The target stays marked as an unfinished copy."));
        return Failure;
    }
    if (summary.alreadyComplete) {
        printOut(Tr::tr("%1 is already a complete copy of %2; counts and audit trail verified.")
                     .arg(summary.target, summary.source));
        return Success;
    }
    const auto rows = [&summary](const char *table) {
        return int(summary.targetRows(QLatin1String(table)));
    };
    printOut(
        Tr::tr("Copied %n complaint(s), ", "", rows("complaints"))
        + Tr::tr("%n call(s), ", "", rows("calls")) + Tr::tr("%n event(s) and ", "", rows("events"))
        + Tr::tr("%n user(s) from %1 to %2; counts and audit trail verified.", "", rows("users"))
              .arg(summary.source, summary.target));
    return Success;
}

} // namespace

QList<Command> copyStoreCommands()
{
    Command copy(QStringLiteral("copy-store"),
                 Tr::tr("copy-store --from SOURCE --to TARGET [--json]"),
                 Tr::tr("copy a store into a new one: a desk's file to the server, or back"),
                 copyStoreCommand);
    copy.details = Tr::tr(
        "SOURCE and TARGET are each a store file or a PostgreSQL address, as --database takes "
        "them (passwords from ~/.pgpass, a service file or the prompt). TARGET must be a new "
        "store made with \"init --database TARGET\" (without --admin); both must be at this "
        "program's schema version. Everything the source holds is copied, table by table in "
        "batches; the source is only read. Interrupted, the same command continues where it "
        "stopped; until the copy is complete and verified nobody can work on the target. At "
        "the end the rows are counted on both stores and the target's audit trail is verified "
        "(exit status 1 and what differs otherwise). The finished copy is a store of its own: "
        "a new store id, sealed with the source's audit key, which this computer keeps under "
        "that id (export it for the other desks with audit-key export). Progress goes to "
        "stderr; --json prints a summary object instead.");
    copy.options = {option("from", "SOURCE", Tr::tr("the store to copy")),
                    option("to", "TARGET", Tr::tr("the new, empty store to copy it into")),
                    flag("json", Tr::tr("print a JSON summary, no progress"))};
    copy.access = Access::Anonymous;
    return {copy};
}

} // namespace cd::cli
