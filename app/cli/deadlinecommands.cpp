// Deadline commands: contact, extend, callback, sweep, reminders, calendar.
#include "cli.h"

#include "complaintqueries.h"
#include "complaintservice.h"
#include "formatting.h"
#include "language.h"
#include "slaadministration.h"
#include "slareminders.h"
#include "slasettings.h"
#include "workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

void printNotices(const QList<storage::NotificationRecord> &list, bool json)
{
    for (const auto &n : list) {
        if (json) {
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{
                {QStringLiteral("reference"), n.reference},
                {QStringLiteral("kind"), n.kind},
                {QStringLiteral("due_at"), models::Formatting::isoDateTime(n.dueAt)},
                {QStringLiteral("created_at"), models::Formatting::isoDateTime(n.createdAt)},
                {QStringLiteral("read"), n.readAt.has_value()},
            }).toJson(QJsonDocument::Compact)));
        } else {
            printOut(plainValue(models::SlaReminders::describe(n)));
        }
    }
}

} // namespace

int contactCommand(const QStringList &arguments)
{
    const QCommandLineOption note(QStringLiteral("note"), QString(), QStringLiteral("text"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {note}, 1); !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto complaint = complaintOf(ws, parser);
    if (!complaint)
        return fail(complaint.error());
    if (auto done = ws.complaints().recordContact(complaint->id, parser.value(note)); !done)
        return fail(done.error());
    printOut(complaint->reference);
    return Success;
}

int extendCommand(const QStringList &arguments)
{
    const QCommandLineOption days(QStringLiteral("days"), QString(), QStringLiteral("n"));
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("text"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {days, reason}, 1); !parsed)
        return fail(parsed.error());
    bool ok = false;
    const int n = parser.value(days).toInt(&ok);
    if (!ok || n < 1)
        return fail(usageError(Tr::tr("--days takes a whole number of days, at least 1.")));
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto complaint = complaintOf(ws, parser);
    if (!complaint)
        return fail(complaint.error());
    if (auto done = ws.complaints().extendDeadline(complaint->id, n, parser.value(reason)); !done)
        return fail(done.error());
    auto after = ws.queries().detail(complaint->id);
    if (after) {
        printOut(complaint->reference + u'\t'
                 + models::Formatting::isoDateTime(after->complaint.resolutionDueAt));
    }
    return Success;
}

int callbackCommand(const QStringList &arguments)
{
    const QCommandLineOption at(QStringLiteral("at"), QString(), QStringLiteral("time"));
    const QCommandLineOption note(QStringLiteral("note"), QString(), QStringLiteral("text"));
    const QCommandLineOption clear(QStringLiteral("clear"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {at, note, clear}, 1); !parsed)
        return fail(parsed.error());
    if (parser.isSet(at) == parser.isSet(clear))
        return fail(usageError(Tr::tr("callback needs either --at TIME or --clear.")));
    std::optional<qint64> when;
    if (parser.isSet(at)) {
        when = parseTime(parser.value(at));
        if (!when)
            return fail(usageError(Tr::tr("--at takes an ISO 8601 time such as "
                                          "2026-11-26T15:00.")));
    }
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto complaint = complaintOf(ws, parser);
    if (!complaint)
        return fail(complaint.error());
    if (auto done = ws.complaints().promiseCallback(complaint->id, when, parser.value(note)); !done)
        return fail(done.error());
    printOut(complaint->reference);
    return Success;
}

int sweepCommand(const QStringList &arguments)
{
    const QCommandLineOption json(QStringLiteral("json"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {json}, 0); !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    int breaches = 0;
    QList<storage::NotificationRecord> fresh;
    // In batches, so that a store unswept for long does not hold one long transaction.
    for (;;) {
        auto swept = ws.slaReminders().sweep();
        if (!swept)
            return fail(swept.error());
        breaches += swept->breachesRecorded;
        fresh << swept->newNotifications;
        if (swept->breachesRecorded == 0)
            break;
    }
    printError(Tr::tr("%n breached deadline(s) recorded.", "", breaches));
    printNotices(fresh, parser.isSet(json));
    return Success;
}

int remindersCommand(const QStringList &arguments)
{
    const QCommandLineOption json(QStringLiteral("json"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {json}, 0); !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    auto list = (*workspace)->slaReminders().notifications();
    if (!list)
        return fail(list.error());
    printNotices(*list, parser.isSet(json));
    return Success;
}

int calendarCommand(const QStringList &arguments)
{
    const QCommandLineOption calendarOption(QStringLiteral("calendar"), QString(),
                                            QStringLiteral("code"), QStringLiteral("CN"));
    QCommandLineParser parser;
    const QString action = arguments.value(0);
    const int positionals = action == QLatin1String("list") ? 1 : 2;
    if (auto parsed = parseCommand(parser, arguments, {calendarOption}, positionals); !parsed)
        return fail(parsed.error());
    if (action != QLatin1String("list") && action != QLatin1String("show")
        && action != QLatin1String("import"))
        return fail(usageError(Tr::tr("Unknown calendar action \"%1\".").arg(action)));
    QByteArray csv;
    if (action == QLatin1String("import")) {
        QFile file(parser.positionalArguments().at(1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::invalid(Tr::tr("Cannot read %1: %2")
                                           .arg(file.fileName(), file.errorString())));
        csv = file.readAll();
    }
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    const QString code = action == QLatin1String("show") ? parser.positionalArguments().at(1)
                                                         : parser.value(calendarOption);
    const storage::CalendarRecord *chosen = nullptr;
    for (const storage::CalendarRecord &calendar : ws.slaSettings().calendars()) {
        if (action == QLatin1String("list")) {
            QStringList days;
            for (const int day : calendar.weekdays)
                days << QString::number(day);
            printRow({calendar.code, models::pickName(calendar.nameZh, calendar.nameEn),
                      calendar.timeZone,
                      calendar.opens.toString(QStringLiteral("HH:mm")) + u'-'
                          + calendar.closes.toString(QStringLiteral("HH:mm")),
                      days.join(u','), QString::number(calendar.days.size())});
        } else if (calendar.code.compare(code, Qt::CaseInsensitive) == 0) {
            chosen = &calendar;
        }
    }
    if (action == QLatin1String("list"))
        return Success;
    if (!chosen)
        return fail(usageError(Tr::tr("There is no calendar \"%1\".").arg(code)));
    if (action == QLatin1String("show")) {
        printOut(QString::fromUtf8(rules::BusinessCalendar::toHolidayCsv(chosen->days)).trimmed());
        return Success;
    }
    auto imported = ws.slaAdministration().importCalendarCsv(chosen->id, csv);
    if (!imported)
        return fail(imported.error());
    printError(Tr::tr("%n day(s) imported.", "", *imported));
    return Success;
}

} // namespace cd::cli
