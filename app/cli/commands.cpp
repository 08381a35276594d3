#include "cli.h"

#include "auditservice.h"
#include "codes.h"
#include "authservice.h"
#include "complaintjson.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "csvexporter.h"
#include "demogenerator.h"
#include "formatting.h"
#include "phonenumber.h"
#include "reference.h"
#include "routingservice.h"
#include "searchtext.h"
#include "workspace.h"

#include <QHash>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::cli {

namespace {

const QCommandLineOption jsonOption(QStringLiteral("json"));
const QCommandLineOption revealOption(QStringLiteral("reveal"));

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int initCommand(const QStringList &arguments)
{
    const QCommandLineOption admin(QStringLiteral("admin"), QString(), QStringLiteral("user"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("name"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {admin, name}, 0); !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser, SignIn::None, false, Store::CreateIfMissing);
    if (!workspace)
        return fail(workspace.error());
    auto needed = (*workspace)->auth().needsFirstAdministrator();
    if (!needed)
        return fail(needed.error());
    if (*needed) {
        if (!parser.isSet(admin)) {
            return fail(usageError(Tr::tr("The store has no administrator yet: create one with "
                                          "init --admin USER.")));
        }
        auto password = readNewPassword(parser, parser.value(admin));
        if (!password)
            return fail(password.error());
        auto created = (*workspace)->auth().createFirstAdministrator(
            parser.value(admin), parser.value(name), *password);
        if (!created)
            return fail(created.error());
        printOut(Tr::tr("Administrator %1 created.").arg(created->username));
    } else if (parser.isSet(admin)) {
        return fail(Error::permission(Tr::tr("The store has an administrator already; they "
                                             "add users with \"user add\".")));
    }
    printOut(Tr::tr("The store is ready: %1 (schema version %2).")
                 .arg((*workspace)->storePath())
                 .arg(models::Workspace::schemaVersion()));
    auto key = models::AuditService::keyLocation(**workspace);
    if (!key)
        return fail(key.error());
    printOut(Tr::tr("Its audit key: %1 (fingerprint %2); its anchors: %3. Without the key nothing "
                    "can be recorded: keep a copy in a safe place (audit-key export FILE).")
                 .arg(key->keyPath, key->fingerprint, key->anchorPath));
    return Success;
}

int demoCommand(const QStringList &arguments)
{
    const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("s"),
                                  QStringLiteral("1"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {count, seed}, 0); !parsed)
        return fail(parsed.error());
    bool countOk = false;
    bool seedOk = false;
    const int n = parser.value(count).toInt(&countOk);
    const quint32 s = parser.value(seed).toUInt(&seedOk);
    if (!parser.isSet(count) || !countOk || n < 1)
        return fail(usageError(Tr::tr("--count takes a positive whole number.")));
    if (!seedOk)
        return fail(usageError(Tr::tr("--seed takes a non-negative whole number.")));

    auto workspace = openWorkspace(parser, SignIn::Required, true);
    if (!workspace)
        return fail(workspace.error());
    auto &clock = static_cast<models::ManualClock &>(
        const_cast<models::Clock &>((*workspace)->clock()));
    models::DemoGenerator generator(**workspace, clock, s);
    QElapsedTimer timer;
    timer.start();
    int lastShown = 0;
    auto created = generator.generate(n, [&](int done) {
        if (done == n || done - lastShown >= std::max(1000, n / 20)) {
            printError(Tr::tr("%1 of %2 complaints...").arg(done).arg(n));
            lastShown = done;
        }
    });
    if (!created)
        return fail(created.error());
    printOut(Tr::tr("Created %1 demonstration complaints in %2 s.")
                 .arg(*created).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

int logCommand(const QStringList &arguments)
{
    const QCommandLineOption phone(QStringLiteral("phone"), QString(), QStringLiteral("number"));
    const QCommandLineOption text(QStringLiteral("text"), QString(), QStringLiteral("text"));
    const QCommandLineOption channel(QStringLiteral("channel"), QString(), QStringLiteral("code"),
                                     QStringLiteral("HOTLINE"));
    const QCommandLineOption category(QStringLiteral("category"), QString(),
                                      QStringLiteral("code"), QStringLiteral("OTHER"));
    const QCommandLineOption subcategory(QStringLiteral("subcategory"), QString(),
                                         QStringLiteral("code"));
    const QCommandLineOption severity(QStringLiteral("severity"), QString(), QStringLiteral("p"));
    const QCommandLineOption demand(QStringLiteral("demand"), QString(), QStringLiteral("code"),
                                    QStringLiteral("EXPLANATION"));
    const QCommandLineOption amount(QStringLiteral("amount"), QString(), QStringLiteral("yuan"));
    const QCommandLineOption business(QStringLiteral("business-type"), QString(),
                                      QStringLiteral("code"), QStringLiteral("OTHER"));
    const QCommandLineOption transactionRef(QStringLiteral("transaction-ref"), QString(),
                                            QStringLiteral("ref"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("name"));
    const QCommandLineOption received(QStringLiteral("received"), QString(),
                                      QStringLiteral("iso8601"));
    const QCommandLineOption solved(QStringLiteral("solved-on-call"));
    const QCommandLineOption followUp(QStringLiteral("follow-up"), QString(),
                                      QStringLiteral("reference"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments,
                            {phone, text, channel, category, subcategory, severity, demand, amount,
                             business, transactionRef, name, received, solved, followUp},
                            0);
        !parsed)
        return fail(parsed.error());
    if (!parser.isSet(phone) || !parser.isSet(text))
        return fail(usageError(Tr::tr("log needs --phone and --text.")));

    models::NewCallInput in;
    in.phone = parser.value(phone);
    in.description = parser.value(text);
    in.customerName = parser.value(name);
    in.amountText = parser.value(amount);
    in.transactionRef = parser.value(transactionRef);
    in.solvedOnCall = parser.isSet(solved);
    const auto channelCode = rules::channelFromCode(parser.value(channel));
    if (!channelCode)
        return fail(usageError(Tr::tr("Unknown channel \"%1\".").arg(parser.value(channel))));
    in.channel = *channelCode;
    const auto demandCode = rules::demandFromCode(parser.value(demand));
    if (!demandCode)
        return fail(usageError(Tr::tr("Unknown demand \"%1\".").arg(parser.value(demand))));
    in.demand = *demandCode;
    const auto businessCode = rules::businessTypeFromCode(parser.value(business));
    if (!businessCode)
        return fail(usageError(Tr::tr("Unknown business type \"%1\".").arg(parser.value(business))));
    in.businessType = *businessCode;
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

    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
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
    if (outcome->maskedNumbers > 0) {
        printError(Tr::tr("%n card or ID number(s) were masked before saving.", "",
                          outcome->maskedNumbers));
    }
    printOut(outcome->reference);
    return Success;
}

int showCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {jsonOption, revealOption}, 1); !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto detail = ws.queries().detailByReference(parser.positionalArguments().constFirst());
    if (!detail)
        return fail(detail.error());
    QString phone = models::ComplaintQueries::maskedPhone(detail->customer.phone);
    if (parser.isSet(revealOption)) {
        auto revealed = ws.queries().revealPhone(detail->complaint.id);
        if (!revealed)
            return fail(revealed.error());
        phone = *revealed;
    }
    const QJsonObject json = models::complaintToJson(*detail, ws.taxonomy(), phone);
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    const QStringList keys{QStringLiteral("reference"), QStringLiteral("status"),
                           QStringLiteral("received_at"), QStringLiteral("phone"),
                           QStringLiteral("customer_name"), QStringLiteral("channel"),
                           QStringLiteral("category"), QStringLiteral("subcategory"),
                           QStringLiteral("severity"), QStringLiteral("department"),
                           QStringLiteral("assignee"), QStringLiteral("demand"),
                           QStringLiteral("business_type"), QStringLiteral("regulatory_cause"),
                           QStringLiteral("amount"), QStringLiteral("transaction_ref"),
                           QStringLiteral("solved_on_call"), QStringLiteral("routing_rule"),
                           QStringLiteral("escalation_reason"),
                           QStringLiteral("first_response_due_at"),
                           QStringLiteral("resolution_due_at"), QStringLiteral("closed_at"),
                           QStringLiteral("description")};
    for (const QString &key : keys) {
        const QJsonValue value = json.value(key);
        const QString text = value.isBool() ? (value.toBool() ? QStringLiteral("yes")
                                                              : QStringLiteral("no"))
                                            : value.toVariant().toString();
        printOut(key.leftJustified(22) + plainValue(text));
    }
    printOut(QString());
    for (const auto &event : detail->events) {
        printOut(models::Formatting::dateTime(event.at) + QStringLiteral("  ")
                 + plainValue(event.actorName) + QStringLiteral("  ") + plainValue(event.type)
                 + (event.toStatus.isEmpty() ? QString()
                                             : QStringLiteral(" -> ") + plainValue(event.toStatus))
                 + (event.note.isEmpty() ? QString() : QStringLiteral("  ") + plainValue(event.note)));
    }
    return Success;
}

int listCommand(const QStringList &arguments)
{
    const QCommandLineOption status(QStringLiteral("status"), QString(), QStringLiteral("s"));
    const QCommandLineOption category(QStringLiteral("category"), QString(), QStringLiteral("c"));
    const QCommandLineOption department(QStringLiteral("department"), QString(),
                                        QStringLiteral("d"));
    const QCommandLineOption severity(QStringLiteral("severity"), QString(), QStringLiteral("p"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("n"),
                                   QStringLiteral("50"));
    const QCommandLineOption due(QStringLiteral("due"), QString(), QStringLiteral("when"));
    const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("text"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments,
                            {status, category, department, severity, limit, due, search,
                             jsonOption, revealOption},
                            0);
        !parsed)
        return fail(parsed.error());
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

    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
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
            return fail(usageError(Tr::tr("Unknown department \"%1\".")
                                       .arg(parser.value(department))));
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
        const auto filter = when == QLatin1String("today")     ? models::DeadlineFilter::DueToday
                            : when == QLatin1String("at-risk") ? models::DeadlineFilter::AtRisk
                            : when == QLatin1String("overdue") ? models::DeadlineFilter::Overdue
                                                               : models::DeadlineFilter::None;
        if (filter == models::DeadlineFilter::None)
            return fail(usageError(Tr::tr("--due takes today, at-risk or overdue.")));
        models::ComplaintQueries::restrictToDeadline(query, filter, ws.clock().nowMs());
    }
    if (parser.isSet(search)) {
        query.searchMatch = rules::SearchText::matchQuery(parser.value(search));
        if (query.searchMatch.isEmpty())
            return fail(usageError(Tr::tr("Nothing to search for in \"%1\".")
                                       .arg(parser.value(search))));
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

int searchCommand(const QStringList &arguments)
{
    // search TEXT [options] is list --search TEXT [options]: one code path for both.
    if (arguments.isEmpty() || arguments.constFirst().startsWith(u'-'))
        return fail(usageError(Tr::tr("search needs the text to look for.")));
    QStringList listArguments{QStringLiteral("--search"), arguments.constFirst()};
    listArguments << arguments.mid(1);
    return listCommand(listArguments);
}

int exportCommand(const QStringList &arguments)
{
    const QCommandLineOption unmasked(QStringLiteral("unmasked"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {unmasked}, 1); !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    const QString path = parser.positionalArguments().constFirst();
    models::CsvExporter exporter(**workspace);
    auto written = exporter.exportAll(path, {}, parser.isSet(unmasked));
    if (!written)
        return fail(written.error());
    printOut(Tr::tr("Exported %1 complaints to %2.").arg(*written).arg(path));
    return Success;
}

int assignCommand(const QStringList &arguments)
{
    const QCommandLineOption department(QStringLiteral("department"), QString(),
                                        QStringLiteral("code"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("user"));
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("text"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {department, to, reason}, 1); !parsed)
        return fail(parsed.error());
    if (parser.isSet(department) == parser.isSet(to))
        return fail(usageError(Tr::tr("assign needs either --department D or --to USER.")));
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto detail = ws.queries().detailByReference(parser.positionalArguments().constFirst());
    if (!detail)
        return fail(detail.error());
    models::ComplaintService::Target target;
    if (parser.isSet(department)) {
        const auto *d = ws.taxonomy().departmentByCode(parser.value(department));
        if (!d) {
            return fail(usageError(Tr::tr("Unknown department \"%1\".")
                                       .arg(parser.value(department))));
        }
        target.departmentId = d->id;
    } else {
        auto people = ws.queries().assignablePeople();
        if (!people)
            return fail(people.error());
        for (const auto &person : *people) {
            if (person.username.compare(parser.value(to), Qt::CaseInsensitive) == 0)
                target.userId = person.id;
        }
        if (!target.userId) {
            return fail(Error::invalid(Tr::tr("\"%1\" is not an active agent or lead.")
                                           .arg(parser.value(to))));
        }
    }
    auto moved = ws.complaints().transfer(detail->complaint.id, target, parser.value(reason));
    if (!moved)
        return fail(moved.error());
    auto after = ws.queries().detail(detail->complaint.id);
    if (after) {
        printRow({after->complaint.reference,
                  ws.taxonomy().departmentCode(after->complaint.departmentId),
                  after->assigneeName});
    }
    return Success;
}

int reclassifyCommand(const QStringList &arguments)
{
    const QCommandLineOption category(QStringLiteral("category"), QString(), QStringLiteral("code"));
    const QCommandLineOption subcategory(QStringLiteral("subcategory"), QString(),
                                         QStringLiteral("code"));
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("text"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {category, subcategory, reason}, 1); !parsed)
        return fail(parsed.error());
    if (!parser.isSet(category))
        return fail(usageError(Tr::tr("reclassify needs --category CODE.")));
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    const auto *cat = ws.taxonomy().categoryByCode(parser.value(category));
    if (!cat)
        return fail(usageError(Tr::tr("Unknown category \"%1\".").arg(parser.value(category))));
    std::optional<qint64> subId;
    if (parser.isSet(subcategory)) {
        const auto *sub = ws.taxonomy().subcategoryByCode(cat->id, parser.value(subcategory));
        if (!sub) {
            return fail(usageError(Tr::tr("Category %1 has no sub-category \"%2\".")
                                       .arg(cat->code, parser.value(subcategory))));
        }
        subId = sub->id;
    }
    auto detail = ws.queries().detailByReference(parser.positionalArguments().constFirst());
    if (!detail)
        return fail(detail.error());
    auto done = ws.complaints().reclassify(detail->complaint.id, cat->id, subId,
                                           parser.value(reason));
    if (!done)
        return fail(done.error());
    auto after = ws.queries().detail(detail->complaint.id);
    if (after) {
        printRow({after->complaint.reference, cat->code,
                  ws.taxonomy().departmentCode(after->complaint.departmentId),
                  after->assigneeName});
    }
    return Success;
}

int escalateCommand(const QStringList &arguments)
{
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("text"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {reason}, 1); !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    auto detail = (*workspace)->queries().detailByReference(parser.positionalArguments().constFirst());
    if (!detail)
        return fail(detail.error());
    auto escalated = (*workspace)->complaints().escalate(detail->complaint.id, parser.value(reason));
    if (!escalated)
        return fail(escalated.error());
    printOut(detail->complaint.reference + QStringLiteral(" ESCALATED"));
    return Success;
}

int statusCommand(const QStringList &arguments)
{
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("status"));
    const QCommandLineOption note(QStringLiteral("note"), QString(), QStringLiteral("text"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {to, note}, 1); !parsed)
        return fail(parsed.error());
    const auto target = rules::statusFromCode(parser.value(to));
    if (!target)
        return fail(usageError(Tr::tr("Unknown status \"%1\".").arg(parser.value(to))));
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto detail = ws.queries().detailByReference(parser.positionalArguments().constFirst());
    if (!detail)
        return fail(detail.error());
    const auto current = rules::statusFromCode(detail->complaint.status);
    if (!current)
        return fail(Error::storage(Tr::tr("The complaint has an unknown status.")));
    auto moved = ws.complaints().changeStatus(detail->complaint.id, *current, *target,
                                              parser.value(note));
    if (!moved)
        return fail(moved.error());
    if (*moved > 0)
        printError(Tr::tr("%n card or ID number(s) in the note were masked.", "", *moved));
    printOut(detail->complaint.reference + QStringLiteral(" ") + rules::code(*target));
    return Success;
}

} // namespace cd::cli
