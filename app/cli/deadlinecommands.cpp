// Deadline commands: contact, extend, callback, sweep, reminders, calendar.
#include "commandtable.h"

#include "calendarnotices.h"
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
            printOut(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject {
                        {QStringLiteral("reference"), n.reference},
                        {QStringLiteral("kind"), n.kind},
                        {QStringLiteral("due_at"), models::Formatting::isoDateTime(n.dueAt)},
                        {QStringLiteral("created_at"),
                         models::Formatting::isoDateTime(n.createdAt)},
                        {QStringLiteral("read"), n.readAt.has_value()},
                    })
                    .toJson(QJsonDocument::Compact)));
        } else {
            printOut(plainValue(models::SlaReminders::describe(n)));
        }
    }
}

namespace contactOptions {
const QCommandLineOption note(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
} // namespace contactOptions

int contactCommand(Call &call)
{
    using namespace contactOptions;
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.openComplaint(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    const storage::ComplaintRecord &complaint = call.complaint();
    if (auto done = ws.complaints().recordContact(complaint.id, parser.value(note)); !done)
        return fail(done.error());
    printOut(complaint.reference);
    return Success;
}

namespace extendOptions {
const QCommandLineOption days(QStringLiteral("days"), QString(), QStringLiteral("N"));
const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
} // namespace extendOptions

int extendCommand(Call &call)
{
    using namespace extendOptions;
    const QCommandLineParser &parser = call.parser;
    bool ok = false;
    const int n = parser.value(days).toInt(&ok);
    if (!ok || n < 1)
        return fail(usageError(Tr::tr("--days takes a whole number of days, at least 1.")));
    if (const int status = call.openComplaint(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    const storage::ComplaintRecord &complaint = call.complaint();
    if (auto done = ws.complaints().extendDeadline(complaint.id, n, parser.value(reason)); !done)
        return fail(done.error());
    auto after = ws.queries().detail(complaint.id);
    if (after) {
        printOut(complaint.reference + u'\t'
                 + models::Formatting::isoDateTime(after->complaint.resolutionDueAt));
    }
    return Success;
}

namespace callbackOptions {
const QCommandLineOption at(QStringLiteral("at"), QString(), QStringLiteral("TIME"));
const QCommandLineOption note(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption clear(QStringLiteral("clear"));
} // namespace callbackOptions

int callbackCommand(Call &call)
{
    using namespace callbackOptions;
    const QCommandLineParser &parser = call.parser;
    if (parser.isSet(at) == parser.isSet(clear))
        return fail(usageError(Tr::tr("callback needs either --at TIME or --clear.")));
    std::optional<qint64> when;
    if (parser.isSet(at)) {
        when = parseTime(parser.value(at));
        if (!when)
            return fail(usageError(Tr::tr("--at takes an ISO 8601 time such as "
                                          "2026-11-26T15:00.")));
    }
    if (const int status = call.openComplaint(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    const storage::ComplaintRecord &complaint = call.complaint();
    if (auto done = ws.complaints().promiseCallback(complaint.id, when, parser.value(note)); !done)
        return fail(done.error());
    printOut(complaint.reference);
    return Success;
}

namespace sweepOptions {
const QCommandLineOption json(QStringLiteral("json"));
} // namespace sweepOptions

int sweepCommand(Call &call)
{
    using namespace sweepOptions;
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
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

namespace remindersOptions {
const QCommandLineOption json(QStringLiteral("json"));
} // namespace remindersOptions

int remindersCommand(Call &call)
{
    using namespace remindersOptions;
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    auto list = ws.slaReminders().notifications();
    if (!list)
        return fail(list.error());
    printNotices(*list, parser.isSet(json));
    return Success;
}

namespace calendarOptions {
const QCommandLineOption calendarOption(QStringLiteral("calendar"), QString(),
                                        QStringLiteral("CODE"), QStringLiteral("CN"));
} // namespace calendarOptions

int calendarCommand(Call &call)
{
    using namespace calendarOptions;
    const QCommandLineParser &parser = call.parser;
    const QString action = call.arguments.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("show")
        && action != QLatin1String("import"))
        return fail(usageError(Tr::tr("Unknown calendar action \"%1\".").arg(action)));
    QByteArray csv;
    if (action == QLatin1String("import")) {
        QFile file(parser.positionalArguments().at(1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::invalid(
                Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
        csv = file.readAll();
    }
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
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
    if (action == QLatin1String("list")) {
        // Next year's holiday arrangement is due from 1 November: say which is missing.
        for (const QString &note :
             models::missingArrangementNotes(ws.slaSettings(), ws.clock().nowMs()))
            printError(note);
        return Success;
    }
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

} // namespace

QList<Command> deadlineCommands()
{
    Command contact;
    contact.name = QStringLiteral("contact");
    contact.synopsis = Tr::tr("contact REF --note TEXT");
    contact.summary = Tr::tr("record a contact with the customer (stops the first-response clock)");
    contact.options = {described(contactOptions::note, Tr::tr("what was said"))};
    contact.positionals = 1;
    contact.handler = contactCommand;

    Command extend;
    extend.name = QStringLiteral("extend");
    extend.synopsis = Tr::tr("extend REF --days N --reason TEXT");
    extend.summary = Tr::tr("extend a resolution deadline");
    extend.details = Tr::tr("Where the deadline policy allows it, up to its maximum.");
    extend.permission = Tr::tr("leads");
    extend.options = {described(extendOptions::days, Tr::tr("by N days")),
                      described(extendOptions::reason, Tr::tr("why (recorded with the change)"))};
    extend.positionals = 1;
    extend.handler = extendCommand;

    Command callback;
    callback.name = QStringLiteral("callback");
    callback.synopsis = Tr::tr("callback REF (--at TIME [--note TEXT] | --clear)");
    callback.summary = Tr::tr("promise the customer a call-back, with a reminder");
    callback.options = {
        described(callbackOptions::at, Tr::tr("when: an ISO 8601 time such as 2026-11-26T15:00")),
        described(callbackOptions::note, Tr::tr("what was promised")),
        described(callbackOptions::clear, Tr::tr("withdraw the call-back"))};
    callback.positionals = 1;
    callback.handler = callbackCommand;

    Command sweep;
    sweep.name = QStringLiteral("sweep");
    sweep.synopsis = Tr::tr("sweep [--json]");
    sweep.summary = Tr::tr("record breached deadlines; print your new reminders");
    sweep.options = {described(sweepOptions::json, Tr::tr("JSON output, one object a line"))};
    sweep.handler = sweepCommand;

    Command reminders;
    reminders.name = QStringLiteral("reminders");
    reminders.synopsis = Tr::tr("reminders [--json]");
    reminders.summary = Tr::tr("your reminders, newest first");
    reminders.options = {
        described(remindersOptions::json, Tr::tr("JSON output, one object a line"))};
    reminders.handler = remindersCommand;

    Command calendar;
    calendar.name = QStringLiteral("calendar");
    calendar.synopsis = Tr::tr("calendar list | show CODE | import FILE.csv [--calendar CODE]");
    calendar.summary = Tr::tr("business calendars: list them, show one's days, import days");
    calendar.details = Tr::tr("import replaces the listed days of the years the file covers.");
    calendar.permission = Tr::tr("import: administrators");
    calendar.options = {
        described(calendarOptions::calendarOption, Tr::tr("import: the calendar's code"))};
    calendar.positionals = 2;
    calendar.bareActions = {QStringLiteral("list")};
    calendar.handler = calendarCommand;
    return {contact, extend, callback, sweep, reminders, calendar};
}

} // namespace cd::cli
