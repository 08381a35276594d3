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

int contactCommand(Call &call)
{
    const storage::ComplaintRecord &complaint = call.complaint();
    if (auto done = call.ws().complaints().recordContact(complaint.id, call.value("note")); !done)
        return fail(done.error());
    printOut(complaint.reference);
    return Success;
}

int checkExtend(const Call &call)
{
    if (call.value("days").toInt() < 1)
        return fail(usageError(Tr::tr("--days takes a whole number of days, at least 1.")));
    return Success;
}

int extendCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    const storage::ComplaintRecord &complaint = call.complaint();
    if (auto done = ws.complaints().extendDeadline(complaint.id, call.value("days").toInt(),
                                                   call.value("reason"));
        !done)
        return fail(done.error());
    auto after = ws.queries().detail(complaint.id);
    if (after) {
        printOut(complaint.reference + u'\t'
                 + models::Formatting::isoDateTime(after->complaint.resolutionDueAt));
    }
    return Success;
}

int checkCallback(const Call &call)
{
    if (call.isSet("at") == call.isSet("clear"))
        return fail(usageError(Tr::tr("callback needs either --at TIME or --clear.")));
    if (call.isSet("at") && !parseTime(call.value("at")))
        return fail(usageError(Tr::tr("--at takes an ISO 8601 time such as "
                                      "2026-11-26T15:00.")));
    return Success;
}

int callbackCommand(Call &call)
{
    const std::optional<qint64> when =
        call.isSet("at") ? parseTime(call.value("at")) : std::nullopt;
    const storage::ComplaintRecord &complaint = call.complaint();
    if (auto done = call.ws().complaints().promiseCallback(complaint.id, when, call.value("note"));
        !done)
        return fail(done.error());
    printOut(complaint.reference);
    return Success;
}

int sweepCommand(Call &call)
{
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
    printNotices(fresh, call.isSet("json"));
    return Success;
}

int remindersCommand(Call &call)
{
    auto list = call.ws().slaReminders().notifications();
    if (!list)
        return fail(list.error());
    printNotices(*list, call.isSet("json"));
    return Success;
}

int calendarCommand(Call &call)
{
    const QString action = call.arguments.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("show")
        && action != QLatin1String("import"))
        return fail(usageError(Tr::tr("Unknown calendar action \"%1\".").arg(action)));
    QByteArray csv;
    if (action == QLatin1String("import")) {
        QFile file(call.positional(1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::invalid(
                Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
        csv = file.readAll();
    }
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    const QString code =
        action == QLatin1String("show") ? call.positional(1) : call.value("calendar");
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
    const QString json = Tr::tr("JSON output, one object a line");
    Command contact(QStringLiteral("contact"), Tr::tr("contact REF --note TEXT"),
                    Tr::tr("record a contact with the customer (stops the first-response clock)"),
                    contactCommand);
    contact.options = {option("note", "TEXT", Tr::tr("what was said"))};
    contact.onComplaint();

    Command extend(QStringLiteral("extend"), Tr::tr("extend REF --days N --reason TEXT"),
                   Tr::tr("extend a resolution deadline"), extendCommand);
    extend.details = Tr::tr("Where the deadline policy allows it, up to its maximum.");
    extend.permission = Tr::tr("leads");
    extend.options = {option("days", "N", Tr::tr("by N days")),
                      option("reason", "TEXT", Tr::tr("why (recorded with the change)"))};
    extend.onComplaint(checkExtend);

    Command callback(QStringLiteral("callback"),
                     Tr::tr("callback REF (--at TIME [--note TEXT] | --clear)"),
                     Tr::tr("promise the customer a call-back, with a reminder"), callbackCommand);
    callback.options = {
        option("at", "TIME", Tr::tr("when: an ISO 8601 time such as 2026-11-26T15:00")),
        option("note", "TEXT", Tr::tr("what was promised")),
        flag("clear", Tr::tr("withdraw the call-back"))};
    callback.onComplaint(checkCallback);

    Command sweep(QStringLiteral("sweep"), Tr::tr("sweep [--json]"),
                  Tr::tr("record breached deadlines; print your new reminders"), sweepCommand);
    sweep.options = {flag("json", json)};
    sweep.opens = Opens::Store;

    Command reminders(QStringLiteral("reminders"), Tr::tr("reminders [--json]"),
                      Tr::tr("your reminders, newest first"), remindersCommand);
    reminders.options = {flag("json", json)};
    reminders.opens = Opens::Store;

    Command calendar(QStringLiteral("calendar"),
                     Tr::tr("calendar list | show CODE | import FILE.csv [--calendar CODE]"),
                     Tr::tr("business calendars: list them, show one's days, import days"),
                     calendarCommand);
    calendar.details = Tr::tr("import replaces the listed days of the years the file covers.");
    calendar.permission = Tr::tr("import: administrators");
    calendar.options = {
        option("calendar", "CODE", Tr::tr("import: the calendar's code"), QStringLiteral("CN"))};
    calendar.positionals = 2;
    calendar.bareActions = {QStringLiteral("list")};
    return {contact, extend, callback, sweep, reminders, calendar};
}

} // namespace cd::cli
