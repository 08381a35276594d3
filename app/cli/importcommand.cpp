// `complaintdesk-cli import FILE [--preset NAME | --mapping FILE.json] [--encoding ENC]
// [--dry-run] [--all-or-nothing] [--json]`: complaints from a CSV/TSV file, each row logged
// as a call (models::ImportService).
#include "commandtable.h"

#include "importservice.h"
#include "workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cd::cli {

namespace {

int importCommand(Call &call)
{
    if (call.isSet("preset") && call.isSet("mapping"))
        return fail(usageError(Tr::tr("Give either --preset or --mapping, not both.")));
    std::optional<rules::TextEncoding> chosen;
    if (call.isSet("encoding")) {
        chosen = rules::ImportFiles::encodingFromName(call.value("encoding"));
        if (!chosen)
            return fail(usageError(Tr::tr("Unknown encoding \"%1\"; use UTF-8 or GB18030.")
                                       .arg(call.value("encoding"))));
    }
    const QString path = call.positional();
    auto table = models::ImportService::readFile(path, chosen);
    if (!table)
        return fail(table.error());
    Result<rules::ImportMapping> chosenMapping = call.isSet("preset")
        ? models::ImportService::preset(call.value("preset"))
        : call.isSet("mapping")
        ? models::ImportService::loadMapping(call.value("mapping"))
        : Result<rules::ImportMapping>(models::ImportService::guess(table->header));
    if (!chosenMapping)
        return fail(chosenMapping.error());
    if (!chosenMapping->describes(table->header)) {
        return fail(Error::invalid(Tr::tr("The file has no column the mapping takes for the "
                                          "description; its columns: %1.")
                                       .arg(table->header.join(QStringLiteral(", ")))));
    }

    if (const int status = call.open(); status != Success)
        return status;
    models::ImportService importer(call.ws());
    models::ImportService::Options options;
    options.dryRun = call.isSet("dry-run");
    options.allOrNothing = call.isSet("all-or-nothing");
    options.source = QFileInfo(path).fileName();
    const bool asJson = call.isSet("json");
    // A progress line on stderr (rewritten in place), every thousand rows.
    options.progress = [asJson](int done, int total) {
        if (!asJson && done % 1000 == 0 && total >= 1000) {
            std::fprintf(stderr, "\r%s",
                         qPrintable(Tr::tr("Importing: %1 of %2 rows").arg(done).arg(total)));
            std::fflush(stderr);
            if (done == total)
                std::fputc('\n', stderr);
        }
        return true;
    };
    auto report = importer.import(*table, *chosenMapping, options);
    if (!report)
        return fail(report.error());

    if (asJson) {
        QJsonArray failures;
        for (const models::ImportFailure &failure : report->failures)
            failures.append(QJsonObject {{QStringLiteral("line"), failure.line},
                                         {QStringLiteral("reason"), failure.reason}});
        const QJsonObject object {
            {QStringLiteral("encoding"), rules::ImportFiles::encodingName(table->encoding)},
            {QStringLiteral("mapping"), chosenMapping->name},
            {QStringLiteral("imported"), report->imported},
            {QStringLiteral("skipped"), report->skipped},
            {QStringLiteral("failed"), report->failed},
            {QStringLiteral("dry_run"), report->dryRun},
            {QStringLiteral("rolled_back"), report->rolledBack},
            {QStringLiteral("failures"), failures}};
        printOut(
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const models::ImportFailure &failure : report->failures)
            printError(Tr::tr("Line %1: %2").arg(failure.line).arg(failure.reason));
        if (report->dryRun)
            printOut(Tr::tr("Dry run: nothing was saved."));
        else if (report->rolledBack)
            printOut(Tr::tr("All or nothing: a row failed, so nothing was saved."));
        printOut(Tr::tr("Imported %1, skipped %2 (already present), failed %3")
                     .arg(report->imported)
                     .arg(report->skipped)
                     .arg(report->failed));
    }
    return report->failed > 0 ? Failure : Success;
}

} // namespace

QList<Command> importCommands()
{
    Command import(QStringLiteral("import"),
                   Tr::tr("import FILE [--preset NAME | --mapping FILE.json] [--encoding ENC] "
                          "[--dry-run] [--all-or-nothing] [--json]"),
                   Tr::tr("import complaints from a CSV or TSV file, each row as a logged call"),
                   importCommand);
    import.details =
        Tr::tr(
            "The file is UTF-8 (with or without a byte-order mark) or GB18030/GBK, detected unless "
            "--encoding says. Without --preset or --mapping, columns named like the fields are "
            "taken. Presets: %1. A row already imported (its external id, or the same row) is "
            "skipped; a row that fails is reported with its line and the others are saved, unless "
            "--all-or-nothing. The exit status is 1 when a row failed.")
            .arg(models::ImportService::presetNames().join(QStringLiteral(", ")));
    import.permission = Tr::tr("agents and everyone who may log calls");
    import.options = {
        option("preset", "name",
               Tr::tr("a built-in mapping: cfpb (the US CFPB export), 12363 (a "
                      "regulator's list)")),
        option("mapping", "file",
               Tr::tr("a mapping saved as JSON (the window's File > Import saves them)")),
        option("encoding", "encoding",
               Tr::tr("UTF-8 or GB18030 (also GBK), instead of the detected one")),
        flag("dry-run", Tr::tr("check every row as it would be saved, and save nothing")),
        flag("all-or-nothing", Tr::tr("save no row when any row fails")),
        flag("json", Tr::tr("the result as JSON"))};
    import.positionals = 1;
    return {import};
}

} // namespace cd::cli
