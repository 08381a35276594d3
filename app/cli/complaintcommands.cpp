// Complaint commands: log a call, show, list, search and export complaints.
#include "commandtable.h"

#include "codes.h"
#include "complaintjson.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "csvexporter.h"
#include "formatting.h"
#include "routingservice.h"
#include "searchtext.h"
#include "workspace.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A save id is an opaque token of the caller's (a UUID is 36 characters).
constexpr int maxSaveIdLength = 100;

int logCommand(Call &call)
{
    models::NewCallInput in;
    in.phone = call.value("phone");
    in.description = call.value("text");
    in.customerName = call.value("name");
    in.amountText = call.value("amount");
    in.transactionRef = call.value("transaction-ref");
    in.solvedOnCall = call.isSet("solved-on-call");
    in.saveId = call.value("save-id").trimmed();
    if (call.isSet("save-id") && (in.saveId.isEmpty() || in.saveId.size() > maxSaveIdLength)) {
        return fail(
            usageError(Tr::tr("--save-id takes an id of 1 to %1 characters, such as a UUID.")
                           .arg(maxSaveIdLength)));
    }
    const auto channelCode = rules::channelFromCode(call.value("channel"));
    if (!channelCode)
        return fail(usageError(Tr::tr("Unknown channel \"%1\".").arg(call.value("channel"))));
    in.channel = *channelCode;
    if (call.isSet("demand")) {
        in.demand = rules::demandFromCode(call.value("demand"));
        if (!in.demand)
            return fail(usageError(Tr::tr("Unknown demand \"%1\".").arg(call.value("demand"))));
    }
    if (call.isSet("business-type")) {
        in.businessType = rules::businessTypeFromCode(call.value("business-type"));
        if (!in.businessType)
            return fail(usageError(
                Tr::tr("Unknown business type \"%1\".").arg(call.value("business-type"))));
    }
    if (call.isSet("severity")) {
        in.severity = rules::severityFromCode(call.value("severity"));
        if (!in.severity)
            return fail(usageError(Tr::tr("The severity is P1, P2, P3 or P4.")));
    }
    if (call.isSet("received")) {
        in.receivedAt = parseTime(call.value("received"));
        if (!in.receivedAt) {
            return fail(usageError(Tr::tr("--received takes an ISO 8601 time such as "
                                          "2026-11-20T10:30 or 2026-11-20T10:30:00+08:00.")));
        }
        in.callStartedAt = in.receivedAt;
    }

    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    if (call.isSet("follow-up")) {
        auto target = ws.queries().detailByReference(call.value("follow-up"));
        if (!target)
            return fail(target.error());
        in.followUpOf = target->complaint.id;
    } else {
        const auto cat = call.category();
        if (!cat)
            return fail(cat.error());
        in.categoryId = (*cat)->id;
        const auto sub = call.subcategoryId(**cat);
        if (!sub)
            return fail(sub.error());
        in.subcategoryId = *sub;
    }
    if (const QList<Error> errors = ws.complaints().validate(in); !errors.isEmpty()) {
        for (const Error &error : errors)
            printError(error.message);
        return Failure;
    }
    auto outcome = ws.complaints().logCall(in);
    if (!outcome)
        return fail(outcome.error());
    if (outcome->alreadySaved) {
        printError(Tr::tr("This call was saved before, by an earlier save with the same save id: "
                          "nothing was saved again."));
    } else if (outcome->maskedNumbers > 0) {
        printError(Tr::tr("%n card or ID number(s) were masked before saving.", "",
                          outcome->maskedNumbers));
    }
    printOut(outcome->reference);
    return Success;
}

int showCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    const models::ComplaintDetail &detail = *call.detail;
    QString phone = models::ComplaintQueries::maskedPhone(detail.customer.phone);
    if (call.isSet("reveal")) {
        auto revealed = ws.queries().revealPhone(detail.complaint.id);
        if (!revealed)
            return fail(revealed.error());
        phone = *revealed;
    }
    const QJsonObject json = models::complaintToJson(detail, ws.taxonomy(), phone);
    if (call.isSet("json")) {
        printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    const QStringList keys {QStringLiteral("reference"),
                            QStringLiteral("status"),
                            QStringLiteral("received_at"),
                            QStringLiteral("phone"),
                            QStringLiteral("customer_name"),
                            QStringLiteral("channel"),
                            QStringLiteral("category"),
                            QStringLiteral("subcategory"),
                            QStringLiteral("severity"),
                            QStringLiteral("department"),
                            QStringLiteral("assignee"),
                            QStringLiteral("demand"),
                            QStringLiteral("business_type"),
                            QStringLiteral("regulatory_cause"),
                            QStringLiteral("amount"),
                            QStringLiteral("transaction_ref"),
                            QStringLiteral("solved_on_call"),
                            QStringLiteral("routing_rule"),
                            QStringLiteral("escalation_reason"),
                            QStringLiteral("first_response_due_at"),
                            QStringLiteral("resolution_due_at"),
                            QStringLiteral("closed_at"),
                            QStringLiteral("description")};
    for (const QString &key : keys) {
        const QJsonValue value = json.value(key);
        const QString text = value.isBool()
            ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
            : value.toVariant().toString();
        printOut(key.leftJustified(22) + plainValue(text));
    }
    printOut(QString());
    for (const auto &event : detail.events) {
        printOut(
            models::Formatting::dateTime(event.at) + QStringLiteral("  ")
            + plainValue(event.actorName) + QStringLiteral("  ") + plainValue(event.type)
            + (event.toStatus.isEmpty() ? QString()
                                        : QStringLiteral(" -> ") + plainValue(event.toStatus))
            + (event.note.isEmpty() ? QString() : QStringLiteral("  ") + plainValue(event.note)));
    }
    return Success;
}

int listCommand(Call &call)
{
    if (call.isSet("reveal")) {
        // A reveal is one complaint's number, on purpose: a list of full numbers is what
        // the administrators' recorded unmasked export is for.
        return fail(usageError(Tr::tr("--reveal shows one complaint's full number: use \"show "
                                      "REF --reveal\" (recorded). Administrators export full "
                                      "numbers with \"export FILE --unmasked\" (recorded).")));
    }
    bool limitOk = false;
    const int n = call.value("limit").toInt(&limitOk);
    if (!limitOk || n < 1 || n > 100000)
        return fail(usageError(Tr::tr("--limit takes a whole number from 1 to 100000.")));

    if (const int opened = call.open(); opened != Success)
        return opened;
    models::Workspace &ws = call.ws();
    storage::QueueQuery query;
    if (call.isSet("status")) {
        const auto code = rules::statusFromCode(call.value("status"));
        if (!code)
            return fail(usageError(Tr::tr("Unknown status \"%1\".").arg(call.value("status"))));
        query.status = rules::code(*code);
    }
    if (call.isSet("category")) {
        const auto c = call.category();
        if (!c)
            return fail(c.error());
        query.categoryId = (*c)->id;
    }
    if (call.isSet("department")) {
        const auto d = call.departmentId();
        if (!d)
            return fail(d.error());
        query.departmentId = *d;
    }
    if (call.isSet("severity")) {
        const auto code = rules::severityFromCode(call.value("severity"));
        if (!code)
            return fail(usageError(Tr::tr("The severity is P1, P2, P3 or P4.")));
        query.severity = rules::code(*code);
    }
    if (call.isSet("due")) {
        const QString when = call.value("due");
        const auto filter = when == QLatin1String("today") ? models::DeadlineFilter::DueToday
            : when == QLatin1String("at-risk")             ? models::DeadlineFilter::AtRisk
            : when == QLatin1String("overdue")             ? models::DeadlineFilter::Overdue
                                                           : models::DeadlineFilter::None;
        if (filter == models::DeadlineFilter::None)
            return fail(usageError(Tr::tr("--due takes today, at-risk or overdue.")));
        models::ComplaintQueries::restrictToDeadline(query, filter, ws.clock().nowMs());
    }
    if (call.isSet("search")) {
        query.searchMatch = rules::SearchText::matchQuery(call.value("search"));
        if (query.searchMatch.isEmpty())
            return fail(
                usageError(Tr::tr("Nothing to search for in \"%1\".").arg(call.value("search"))));
    }
    auto rows = ws.queries().queuePage(query, std::nullopt, n);
    if (!rows)
        return fail(rows.error());
    QHash<qint64, QString> ruleNames;
    if (auto routingRules = ws.routing().rules()) {
        for (const auto &rule : *routingRules)
            ruleNames.insert(rule.id, rule.name);
    }
    for (const auto &row : *rows) {
        const QString phone = models::ComplaintQueries::maskedPhone(row.customerPhone);
        const QJsonObject json = models::queueRowToJson(
            row, ws.taxonomy(), phone,
            row.routingRuleId ? ruleNames.value(*row.routingRuleId) : QString(),
            ws.clock().nowMs());
        if (call.isSet("json")) {
            printOut(compactJson(json));
            continue;
        }
        printRow({row.reference, models::Formatting::dateTime(row.receivedAt), row.status,
                  json.value(QStringLiteral("category")).toString(), row.severity,
                  json.value(QStringLiteral("department")).toString(), phone, row.assigneeName,
                  json.value(QStringLiteral("routing_rule")).toString(),
                  json.value(QStringLiteral("sla_state")).toString(),
                  json.value(QStringLiteral("next_due_at")).toString()});
    }
    return Success;
}

int searchCommand(Call &call)
{
    const QStringList &arguments = call.arguments;
    // search TEXT [options] is list --search TEXT [options]: one code path for both.
    if (arguments.isEmpty() || arguments.constFirst().startsWith(u'-'))
        return fail(usageError(Tr::tr("search needs the text to look for.")));
    QStringList listArguments {QStringLiteral("--search"), arguments.constFirst()};
    listArguments << arguments.mid(1);
    Command asList = *findCommand(QStringLiteral("list"));
    asList.name = call.command.name;
    return runCommand(asList, listArguments);
}

int exportCommand(Call &call)
{
    const QString path = call.positional();
    models::CsvExporter exporter(call.ws());
    auto written = exporter.exportAll(path, {}, call.isSet("unmasked"));
    if (!written)
        return fail(written.error());
    printOut(Tr::tr("Exported %1 complaints to %2.").arg(*written).arg(path));
    return Success;
}

} // namespace

QList<Command> complaintCommands()
{
    Command log(QStringLiteral("log"), Tr::tr("log --phone NUMBER --text TEXT [options]"),
                Tr::tr("log a call; prints the complaint's reference"), logCommand);
    const QString needs = Tr::tr("log needs --phone and --text.");
    log.required = {{"phone", needs}, {"text", needs}};
    log.options = {
        option("phone", "NUMBER", Tr::tr("the caller's phone number")),
        option("text", "TEXT", Tr::tr("what the caller says: the complaint's description")),
        option("channel", "CODE", Tr::tr("how it came in: %1").arg(codeList(rules::allChannels())),
               QStringLiteral("HOTLINE")),
        option("category", "CODE", Tr::tr("the category's code"), QStringLiteral("OTHER")),
        option("subcategory", "CODE", Tr::tr("the sub-category's code, within the category")),
        option("severity", "P1-P4", Tr::tr("the severity, P1 (most urgent) to P4")),
        option("demand", "CODE",
               Tr::tr("the customer's demand: %1 (default: the one the description points to, "
                      "else EXPLANATION)")
                   .arg(codeList(rules::allDemands()))),
        option("amount", "YUAN", Tr::tr("the amount in dispute, in yuan")),
        option("business-type", "CODE",
               Tr::tr("the business: %1 (default: the one the description points to, else OTHER)")
                   .arg(codeList(rules::allBusinessTypes()))),
        option("transaction-ref", "REF", Tr::tr("the transaction reference")),
        option("name", "NAME", Tr::tr("the caller's name")),
        option("received", "TIME", Tr::tr("when the call came in (ISO 8601; default: now)")),
        flag("solved-on-call", Tr::tr("solved on the call")),
        option("follow-up", "REF", Tr::tr("a follow-up call about the complaint REF")),
        option("save-id", "ID",
               Tr::tr("an id of this save (e.g. a UUID): run again with the same id after a lost "
                      "connection or a killed run, the command prints the reference the first "
                      "run saved instead of logging the call twice")),
    };

    const QCommandLineOption json = flag("json", Tr::tr("JSON output"));
    Command show(QStringLiteral("show"), Tr::tr("show REF [--json] [--reveal]"),
                 Tr::tr("one complaint with its calls and events"), showCommand);
    show.details = Tr::tr("Phone numbers are masked; --reveal shows this complaint's in full and "
                          "records that.");
    show.options = {json,
                    flag("reveal",
                         Tr::tr("the full phone number (leads, "
                                "administrators; recorded)"))};
    show.onComplaint();

    Command list(QStringLiteral("list"), Tr::tr("list [options]"),
                 Tr::tr("complaints, newest first (phone numbers masked)"), listCommand);
    const QCommandLineOption limit =
        option("limit", "N", Tr::tr("at most N complaints"), QStringLiteral("50"));
    list.options = {
        option("status", "STATUS",
               Tr::tr("only this status: %1").arg(codeList(rules::allStatuses()))),
        option("category", "CODE", Tr::tr("only this category (its code)")),
        option("department", "CODE", Tr::tr("only this department (its code)")),
        option("severity", "P1-P4", Tr::tr("only this severity, P1 to P4")),
        option("due", "WHEN", Tr::tr("only those due: today, at-risk or overdue")),
        option("search", "TEXT", Tr::tr("only those that search TEXT finds")),
        limit,
        flag("json", Tr::tr("one JSON object a line")),
        flag("reveal",
             Tr::tr("refused: a full number is one complaint's (show REF "
                    "--reveal)")),
    };

    Command search(
        QStringLiteral("search"), Tr::tr("search TEXT [--limit N] [--json] [list's options]"),
        Tr::tr("complaints by reference, phone, name or words of the text"), searchCommand);
    search.details = Tr::tr("Chinese words of two characters are found too. It is list --search "
                            "TEXT: list's options apply.");
    search.options = {limit, json};
    search.positionals = Command::parsesItself;

    Command exporting(QStringLiteral("export"), Tr::tr("export FILE.csv [--unmasked]"),
                      Tr::tr("complaints as CSV (UTF-8 with BOM), phone numbers masked"),
                      exportCommand);
    exporting.options = {flag("unmasked", Tr::tr("full phone numbers (administrators; recorded)"))};
    exporting.positionals = 1;
    exporting.opens = Opens::Store;
    return {log, show, list, search, exporting};
}

} // namespace cd::cli
