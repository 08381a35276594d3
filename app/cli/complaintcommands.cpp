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

const QCommandLineOption jsonOption(QStringLiteral("json"));
const QCommandLineOption revealOption(QStringLiteral("reveal"));

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

namespace logOptions {
const QCommandLineOption phone(QStringLiteral("phone"), QString(), QStringLiteral("NUMBER"));
const QCommandLineOption text(QStringLiteral("text"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption channel(QStringLiteral("channel"), QString(), QStringLiteral("CODE"),
                                 QStringLiteral("HOTLINE"));
const QCommandLineOption category(QStringLiteral("category"), QString(), QStringLiteral("CODE"),
                                  QStringLiteral("OTHER"));
const QCommandLineOption subcategory(QStringLiteral("subcategory"), QString(),
                                     QStringLiteral("CODE"));
const QCommandLineOption severity(QStringLiteral("severity"), QString(), QStringLiteral("P1-P4"));
const QCommandLineOption demand(QStringLiteral("demand"), QString(), QStringLiteral("CODE"));
const QCommandLineOption amount(QStringLiteral("amount"), QString(), QStringLiteral("YUAN"));
const QCommandLineOption business(QStringLiteral("business-type"), QString(),
                                  QStringLiteral("CODE"));
const QCommandLineOption transactionRef(QStringLiteral("transaction-ref"), QString(),
                                        QStringLiteral("REF"));
const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
const QCommandLineOption received(QStringLiteral("received"), QString(), QStringLiteral("TIME"));
const QCommandLineOption solved(QStringLiteral("solved-on-call"));
const QCommandLineOption followUp(QStringLiteral("follow-up"), QString(), QStringLiteral("REF"));
const QCommandLineOption saveId(QStringLiteral("save-id"), QString(), QStringLiteral("ID"));
// A save id is an opaque token of the caller's (a UUID is 36 characters).
constexpr int maxSaveIdLength = 100;
} // namespace logOptions

int logCommand(Call &call)
{
    using namespace logOptions;
    const QCommandLineParser &parser = call.parser;
    if (!parser.isSet(phone) || !parser.isSet(text))
        return fail(usageError(Tr::tr("log needs --phone and --text.")));

    models::NewCallInput in;
    in.phone = parser.value(phone);
    in.description = parser.value(text);
    in.customerName = parser.value(name);
    in.amountText = parser.value(amount);
    in.transactionRef = parser.value(transactionRef);
    in.solvedOnCall = parser.isSet(solved);
    in.saveId = parser.value(saveId).trimmed();
    if (parser.isSet(saveId) && (in.saveId.isEmpty() || in.saveId.size() > maxSaveIdLength)) {
        return fail(
            usageError(Tr::tr("--save-id takes an id of 1 to %1 characters, such as a UUID.")
                           .arg(maxSaveIdLength)));
    }
    const auto channelCode = rules::channelFromCode(parser.value(channel));
    if (!channelCode)
        return fail(usageError(Tr::tr("Unknown channel \"%1\".").arg(parser.value(channel))));
    in.channel = *channelCode;
    if (parser.isSet(demand)) {
        in.demand = rules::demandFromCode(parser.value(demand));
        if (!in.demand)
            return fail(usageError(Tr::tr("Unknown demand \"%1\".").arg(parser.value(demand))));
    }
    if (parser.isSet(business)) {
        in.businessType = rules::businessTypeFromCode(parser.value(business));
        if (!in.businessType)
            return fail(
                usageError(Tr::tr("Unknown business type \"%1\".").arg(parser.value(business))));
    }
    if (parser.isSet(severity)) {
        in.severity = rules::severityFromCode(parser.value(severity));
        if (!in.severity)
            return fail(usageError(Tr::tr("The severity is P1, P2, P3 or P4.")));
    }
    if (parser.isSet(received)) {
        in.receivedAt = parseTime(parser.value(received));
        if (!in.receivedAt) {
            return fail(usageError(Tr::tr("--received takes an ISO 8601 time such as "
                                          "2026-11-20T10:30 or 2026-11-20T10:30:00+08:00.")));
        }
        in.callStartedAt = in.receivedAt;
    }

    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    if (parser.isSet(followUp)) {
        auto target = ws.queries().detailByReference(parser.value(followUp));
        if (!target)
            return fail(target.error());
        in.followUpOf = target->complaint.id;
    } else {
        const auto *cat = ws.taxonomy().categoryByCode(parser.value(category));
        if (!cat)
            return fail(usageError(Tr::tr("Unknown category \"%1\".").arg(parser.value(category))));
        in.categoryId = cat->id;
        if (parser.isSet(subcategory)) {
            const auto *sub = ws.taxonomy().subcategoryByCode(cat->id, parser.value(subcategory));
            if (!sub) {
                return fail(usageError(Tr::tr("Category %1 has no sub-category \"%2\".")
                                           .arg(cat->code, parser.value(subcategory))));
            }
            in.subcategoryId = sub->id;
        }
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
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.openComplaint(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    const models::ComplaintDetail &detail = *call.detail;
    QString phone = models::ComplaintQueries::maskedPhone(detail.customer.phone);
    if (parser.isSet(revealOption)) {
        auto revealed = ws.queries().revealPhone(detail.complaint.id);
        if (!revealed)
            return fail(revealed.error());
        phone = *revealed;
    }
    const QJsonObject json = models::complaintToJson(detail, ws.taxonomy(), phone);
    if (parser.isSet(jsonOption)) {
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

namespace listOptions {
const QCommandLineOption status(QStringLiteral("status"), QString(), QStringLiteral("STATUS"));
const QCommandLineOption category(QStringLiteral("category"), QString(), QStringLiteral("CODE"));
const QCommandLineOption department(QStringLiteral("department"), QString(),
                                    QStringLiteral("CODE"));
const QCommandLineOption severity(QStringLiteral("severity"), QString(), QStringLiteral("P1-P4"));
const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"),
                               QStringLiteral("50"));
const QCommandLineOption due(QStringLiteral("due"), QString(), QStringLiteral("WHEN"));
const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
} // namespace listOptions

int listCommand(Call &call)
{
    using namespace listOptions;
    const QCommandLineParser &parser = call.parser;
    if (parser.isSet(revealOption)) {
        // A reveal is one complaint's number, on purpose: a list of full numbers is what
        // the administrators' recorded unmasked export is for.
        return fail(usageError(Tr::tr("--reveal shows one complaint's full number: use \"show "
                                      "REF --reveal\" (recorded). Administrators export full "
                                      "numbers with \"export FILE --unmasked\" (recorded).")));
    }
    bool limitOk = false;
    const int n = parser.value(limit).toInt(&limitOk);
    if (!limitOk || n < 1 || n > 100000)
        return fail(usageError(Tr::tr("--limit takes a whole number from 1 to 100000.")));

    if (const int opened = call.open(); opened != Success)
        return opened;
    models::Workspace &ws = call.ws();
    storage::QueueQuery query;
    if (parser.isSet(status)) {
        const auto code = rules::statusFromCode(parser.value(status));
        if (!code)
            return fail(usageError(Tr::tr("Unknown status \"%1\".").arg(parser.value(status))));
        query.status = rules::code(*code);
    }
    if (parser.isSet(category)) {
        const auto *c = ws.taxonomy().categoryByCode(parser.value(category));
        if (!c)
            return fail(usageError(Tr::tr("Unknown category \"%1\".").arg(parser.value(category))));
        query.categoryId = c->id;
    }
    if (parser.isSet(department)) {
        const auto *d = ws.taxonomy().departmentByCode(parser.value(department));
        if (!d) {
            return fail(
                usageError(Tr::tr("Unknown department \"%1\".").arg(parser.value(department))));
        }
        query.departmentId = d->id;
    }
    if (parser.isSet(severity)) {
        const auto code = rules::severityFromCode(parser.value(severity));
        if (!code)
            return fail(usageError(Tr::tr("The severity is P1, P2, P3 or P4.")));
        query.severity = rules::code(*code);
    }
    if (parser.isSet(due)) {
        const QString when = parser.value(due);
        const auto filter = when == QLatin1String("today") ? models::DeadlineFilter::DueToday
            : when == QLatin1String("at-risk")             ? models::DeadlineFilter::AtRisk
            : when == QLatin1String("overdue")             ? models::DeadlineFilter::Overdue
                                                           : models::DeadlineFilter::None;
        if (filter == models::DeadlineFilter::None)
            return fail(usageError(Tr::tr("--due takes today, at-risk or overdue.")));
        models::ComplaintQueries::restrictToDeadline(query, filter, ws.clock().nowMs());
    }
    if (parser.isSet(search)) {
        query.searchMatch = rules::SearchText::matchQuery(parser.value(search));
        if (query.searchMatch.isEmpty())
            return fail(
                usageError(Tr::tr("Nothing to search for in \"%1\".").arg(parser.value(search))));
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
        if (parser.isSet(jsonOption)) {
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

namespace exportOptions {
const QCommandLineOption unmasked(QStringLiteral("unmasked"));
} // namespace exportOptions

int exportCommand(Call &call)
{
    using namespace exportOptions;
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.open(); status != Success)
        return status;
    const QString path = parser.positionalArguments().constFirst();
    models::CsvExporter exporter(call.ws());
    auto written = exporter.exportAll(path, {}, parser.isSet(unmasked));
    if (!written)
        return fail(written.error());
    printOut(Tr::tr("Exported %1 complaints to %2.").arg(*written).arg(path));
    return Success;
}

} // namespace

QList<Command> complaintCommands()
{
    Command log;
    log.name = QStringLiteral("log");
    log.synopsis = Tr::tr("log --phone NUMBER --text TEXT [options]");
    log.summary = Tr::tr("log a call; prints the complaint's reference");
    log.options = {
        described(logOptions::phone, Tr::tr("the caller's phone number")),
        described(logOptions::text, Tr::tr("what the caller says: the complaint's description")),
        described(logOptions::channel,
                  Tr::tr("how it came in: %1").arg(codeList(rules::allChannels()))),
        described(logOptions::category, Tr::tr("the category's code")),
        described(logOptions::subcategory, Tr::tr("the sub-category's code, within the category")),
        described(logOptions::severity, Tr::tr("the severity, P1 (most urgent) to P4")),
        described(logOptions::demand,
                  Tr::tr("the customer's demand: %1 (default: the one the description points to, "
                         "else EXPLANATION)")
                      .arg(codeList(rules::allDemands()))),
        described(logOptions::amount, Tr::tr("the amount in dispute, in yuan")),
        described(
            logOptions::business,
            Tr::tr("the business: %1 (default: the one the description points to, else OTHER)")
                .arg(codeList(rules::allBusinessTypes()))),
        described(logOptions::transactionRef, Tr::tr("the transaction reference")),
        described(logOptions::name, Tr::tr("the caller's name")),
        described(logOptions::received, Tr::tr("when the call came in (ISO 8601; default: now)")),
        described(logOptions::solved, Tr::tr("solved on the call")),
        described(logOptions::followUp, Tr::tr("a follow-up call about the complaint REF")),
        described(
            logOptions::saveId,
            Tr::tr("an id of this save (e.g. a UUID): run again with the same id after a lost "
                   "connection or a killed run, the command prints the reference the first "
                   "run saved instead of logging the call twice")),
    };
    log.handler = logCommand;

    const QCommandLineOption json = described(jsonOption, Tr::tr("JSON output"));
    Command show;
    show.name = QStringLiteral("show");
    show.synopsis = Tr::tr("show REF [--json] [--reveal]");
    show.summary = Tr::tr("one complaint with its calls and events");
    show.details = Tr::tr("Phone numbers are masked; --reveal shows this complaint's in full and "
                          "records that.");
    show.options = {json,
                    described(revealOption,
                              Tr::tr("the full phone number (leads, "
                                     "administrators; recorded)"))};
    show.positionals = 1;
    show.handler = showCommand;

    Command list;
    list.name = QStringLiteral("list");
    list.synopsis = Tr::tr("list [options]");
    list.summary = Tr::tr("complaints, newest first (phone numbers masked)");
    const QCommandLineOption limit = described(listOptions::limit, Tr::tr("at most N complaints"));
    list.options = {
        described(listOptions::status,
                  Tr::tr("only this status: %1").arg(codeList(rules::allStatuses()))),
        described(listOptions::category, Tr::tr("only this category (its code)")),
        described(listOptions::department, Tr::tr("only this department (its code)")),
        described(listOptions::severity, Tr::tr("only this severity, P1 to P4")),
        described(listOptions::due, Tr::tr("only those due: today, at-risk or overdue")),
        described(listOptions::search, Tr::tr("only those that search TEXT finds")),
        limit,
        described(jsonOption, Tr::tr("one JSON object a line")),
        described(revealOption,
                  Tr::tr("refused: a full number is one complaint's (show REF "
                         "--reveal)")),
    };
    list.handler = listCommand;

    Command search;
    search.name = QStringLiteral("search");
    search.synopsis = Tr::tr("search TEXT [--limit N] [--json] [list's options]");
    search.summary = Tr::tr("complaints by reference, phone, name or words of the text");
    search.details = Tr::tr("Chinese words of two characters are found too. It is list --search "
                            "TEXT: list's options apply.");
    search.options = {limit, json};
    search.positionals = Command::parsesItself;
    search.handler = searchCommand;

    Command exporting;
    exporting.name = QStringLiteral("export");
    exporting.synopsis = Tr::tr("export FILE.csv [--unmasked]");
    exporting.summary = Tr::tr("complaints as CSV (UTF-8 with BOM), phone numbers masked");
    exporting.options = {described(exportOptions::unmasked,
                                   Tr::tr("full phone numbers (administrators; recorded)"))};
    exporting.positionals = 1;
    exporting.handler = exportCommand;
    return {log, show, list, search, exporting};
}

} // namespace cd::cli
