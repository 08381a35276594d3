// Team-lead commands: report, dashboard, satisfaction, merge.
#include "cli.h"

#include "complaintqueries.h"
#include "complaintservice.h"
#include "dashboardservice.h"
#include "reviewservice.h"
#include "statisticsreport.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("date"));
const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("date"));
const QCommandLineOption departmentOption(QStringLiteral("department"), QString(),
                                          QStringLiteral("code"));

// --from and --to as dates (yyyy-MM-dd), --department as a department code.
Result<models::StatisticsPeriod> periodOf(const QCommandLineParser &parser, models::Workspace &ws)
{
    models::StatisticsPeriod period;
    period.first = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    period.last = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (!period.first.isValid() || !period.last.isValid())
        return usageError(Tr::tr("--from and --to are dates such as 2026-11-01."));
    if (parser.isSet(departmentOption)) {
        const auto *department = ws.taxonomy().departmentByCode(parser.value(departmentOption));
        if (!department)
            return usageError(Tr::tr("Unknown department: %1").arg(parser.value(departmentOption)));
        period.departmentId = department->id;
    }
    return period;
}

QJsonValue optional(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

int reportCommand(const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("csv|pdf"));
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("file"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments,
                                   {fromOption, toOption, departmentOption, format, output}, 0);
        !parsed)
        return fail(parsed.error());
    const auto kind = models::StatisticsReportService::formatFromName(parser.value(format));
    if (!kind)
        return fail(usageError(Tr::tr("--format is csv or pdf.")));
    if (!parser.isSet(output))
        return fail(usageError(Tr::tr("Name the file to write with --output.")));
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto period = periodOf(parser, ws);
    if (!period)
        return fail(period.error());
    const QString path = parser.value(output);
    if (auto writable = models::StatisticsReportService::checkOutput(path); !writable)
        return fail(writable.error());
    models::StatisticsReportService reports(ws);
    auto report = reports.build(*period, [](qint64 done, qint64 total) {
        printError(Tr::tr("Read %1 of %2 complaints...").arg(done).arg(total));
        return true;
    });
    if (!report)
        return fail(report.error());
    auto written = *kind == models::StatisticsReportService::Format::Csv
                       ? models::StatisticsReportService::writeCsv(*report, ws, path)
                       : models::StatisticsReportService::writePdf(*report, ws, path);
    if (!written)
        return fail(written.error());
    printOut(Tr::tr("Report of %1 complaints written to %2.").arg(report->total.received).arg(path));
    return Success;
}

int dashboardCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {fromOption, toOption, departmentOption}, 0);
        !parsed)
        return fail(parsed.error());
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto period = periodOf(parser, ws);
    if (!period)
        return fail(period.error());
    auto figures = models::DashboardService(ws).compute(*period);
    if (!figures)
        return fail(figures.error());
    const models::DashboardFigures &f = *figures;
    QJsonObject backlog;
    for (const auto &cell : f.backlog) {
        QJsonObject byStatus = backlog.value(ws.taxonomy().departmentCode(cell.departmentId)).toObject();
        byStatus.insert(cell.status, cell.count);
        backlog.insert(ws.taxonomy().departmentCode(cell.departmentId), byStatus);
    }
    QJsonArray aging;
    for (const qint64 n : f.overdueAging)
        aging.append(n);
    QJsonArray compliance;
    for (const auto &c : f.complianceByDepartment) {
        compliance.append(QJsonObject{
            {QStringLiteral("department"), ws.taxonomy().departmentCode(c.groupId)},
            {QStringLiteral("complaints"), c.complaints},
            {QStringLiteral("first_response_decided"), c.firstResponseDecided},
            {QStringLiteral("first_response_met"), c.firstResponseMet},
            {QStringLiteral("resolution_decided"), c.resolutionDecided},
            {QStringLiteral("resolution_met"), c.resolutionMet}});
    }
    QJsonArray workload;
    for (const auto &w : f.workload) {
        workload.append(QJsonObject{{QStringLiteral("user"), f.people.value(w.userId)},
                                    {QStringLiteral("open"), w.open},
                                    {QStringLiteral("due_today"), w.dueToday},
                                    {QStringLiteral("at_risk"), w.atRisk},
                                    {QStringLiteral("overdue"), w.overdue},
                                    {QStringLiteral("closed_this_week"), w.closedThisWeek}});
    }
    QJsonArray satisfaction;
    for (const qint64 n : f.totals.satisfaction)
        satisfaction.append(n);
    const QJsonObject out{
        {QStringLiteral("from"), f.period.first.toString(Qt::ISODate)},
        {QStringLiteral("to"), f.period.last.toString(Qt::ISODate)},
        {QStringLiteral("received"), f.totals.received},
        {QStringLiteral("first_contact_resolution_rate"), optional(f.firstContactResolutionRate())},
        {QStringLiteral("calls"), f.totals.calls},
        {QStringLiteral("average_handle_seconds"), optional(f.averageHandleSeconds())},
        {QStringLiteral("repeat_callers"), f.totals.repeatCallers},
        {QStringLiteral("satisfaction_1_to_5"), satisfaction},
        {QStringLiteral("average_satisfaction"), optional(f.averageSatisfaction())},
        {QStringLiteral("backlog"), backlog},
        {QStringLiteral("overdue_aging_days_lt1_1to3_3to7_7to30_ge30"), aging},
        {QStringLiteral("compliance"), compliance},
        {QStringLiteral("workload"), workload}};
    printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    return Success;
}

int satisfactionCommand(const QStringList &arguments)
{
    const QCommandLineOption score(QStringLiteral("score"), QString(), QStringLiteral("1-5"));
    const QCommandLineOption comment(QStringLiteral("comment"), QString(), QStringLiteral("text"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {score, comment}, 1); !parsed)
        return fail(parsed.error());
    bool isNumber = false;
    const int value = parser.value(score).toInt(&isNumber);
    if (!isNumber)
        return fail(usageError(Tr::tr("--score is a number from 1 to 5.")));
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto complaint = complaintOf(ws, parser);
    if (!complaint)
        return fail(complaint.error());
    if (auto recorded = ws.complaints().recordSatisfaction(complaint->id, value, parser.value(comment));
        !recorded)
        return fail(recorded.error());
    printOut(Tr::tr("Satisfaction %1 recorded for %2.").arg(value).arg(complaint->reference));
    return Success;
}

int mergeCommand(const QStringList &arguments)
{
    const QCommandLineOption into(QStringLiteral("into"), QString(), QStringLiteral("reference"));
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("text"));
    QCommandLineParser parser;
    if (auto parsed = parseCommand(parser, arguments, {into, reason}, 1); !parsed)
        return fail(parsed.error());
    if (!parser.isSet(into))
        return fail(usageError(Tr::tr("Name the complaint to keep with --into.")));
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return fail(workspace.error());
    models::Workspace &ws = **workspace;
    auto duplicate = complaintOf(ws, parser);
    if (!duplicate)
        return fail(duplicate.error());
    auto kept = ws.queries().detailByReference(parser.value(into));
    if (!kept)
        return fail(kept.error());
    if (auto merged = models::ReviewService(ws).merge(kept->complaint.id, {duplicate->id},
                                                      parser.value(reason));
        !merged)
        return fail(merged.error());
    printOut(Tr::tr("%1 merged into %2.").arg(duplicate->reference, kept->complaint.reference));
    return Success;
}

} // namespace cd::cli
