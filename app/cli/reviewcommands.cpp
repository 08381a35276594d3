// Team-lead commands: report, dashboard, satisfaction, merge.
#include "commandtable.h"

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

const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
const QCommandLineOption departmentOption(QStringLiteral("department"), QString(),
                                          QStringLiteral("CODE"));

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

namespace reportOptions {
const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("csv|pdf"));
const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
const QCommandLineOption pageSize(QStringLiteral("page-size"), QString(),
                                  QStringLiteral("a4|letter|a5"));
} // namespace reportOptions

int reportCommand(Call &call)
{
    using namespace reportOptions;
    const QCommandLineParser &parser = call.parser;
    const auto kind = models::StatisticsReportService::formatFromName(parser.value(format));
    if (!kind)
        return fail(usageError(Tr::tr("--format is csv or pdf.")));
    if (!parser.isSet(output))
        return fail(usageError(Tr::tr("Name the file to write with --output.")));
    const auto page = models::StatisticsReportService::pageSizeFromName(
        parser.isSet(pageSize) ? parser.value(pageSize) : QStringLiteral("a4"));
    if (!page)
        return fail(usageError(Tr::tr("--page-size is a4, letter or a5.")));
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
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
        : models::StatisticsReportService::writePdf(*report, ws, path, *page);
    if (!written)
        return fail(written.error());
    printOut(
        Tr::tr("Report of %1 complaints written to %2.").arg(report->total.received).arg(path));
    return Success;
}

int dashboardCommand(Call &call)
{
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    auto period = periodOf(parser, ws);
    if (!period)
        return fail(period.error());
    auto figures = models::DashboardService(ws).compute(*period);
    if (!figures)
        return fail(figures.error());
    const models::DashboardFigures &f = *figures;
    QJsonObject backlog;
    for (const auto &cell : f.backlog) {
        QJsonObject byStatus =
            backlog.value(ws.taxonomy().departmentCode(cell.departmentId)).toObject();
        byStatus.insert(cell.status, cell.count);
        backlog.insert(ws.taxonomy().departmentCode(cell.departmentId), byStatus);
    }
    QJsonArray aging;
    for (const qint64 n : f.overdueAging)
        aging.append(n);
    QJsonArray compliance;
    for (const auto &c : f.complianceByDepartment) {
        compliance.append(
            QJsonObject {{QStringLiteral("department"), ws.taxonomy().departmentCode(c.groupId)},
                         {QStringLiteral("complaints"), c.complaints},
                         {QStringLiteral("first_response_decided"), c.firstResponseDecided},
                         {QStringLiteral("first_response_met"), c.firstResponseMet},
                         {QStringLiteral("resolution_decided"), c.resolutionDecided},
                         {QStringLiteral("resolution_met"), c.resolutionMet}});
    }
    QJsonArray workload;
    for (const auto &w : f.workload) {
        workload.append(QJsonObject {{QStringLiteral("user"), f.people.value(w.userId)},
                                     {QStringLiteral("open"), w.open},
                                     {QStringLiteral("due_today"), w.dueToday},
                                     {QStringLiteral("at_risk"), w.atRisk},
                                     {QStringLiteral("overdue"), w.overdue},
                                     {QStringLiteral("closed_this_week"), w.closedThisWeek}});
    }
    QJsonArray satisfaction;
    for (const qint64 n : f.totals.satisfaction)
        satisfaction.append(n);
    const QJsonObject out {
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

namespace satisfactionOptions {
const QCommandLineOption score(QStringLiteral("score"), QString(), QStringLiteral("1-5"));
const QCommandLineOption comment(QStringLiteral("comment"), QString(), QStringLiteral("TEXT"));
} // namespace satisfactionOptions

int satisfactionCommand(Call &call)
{
    using namespace satisfactionOptions;
    const QCommandLineParser &parser = call.parser;
    bool isNumber = false;
    const int value = parser.value(score).toInt(&isNumber);
    if (!isNumber)
        return fail(usageError(Tr::tr("--score is a number from 1 to 5.")));
    if (const int status = call.openComplaint(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    const storage::ComplaintRecord &complaint = call.complaint();
    if (auto recorded =
            ws.complaints().recordSatisfaction(complaint.id, value, parser.value(comment));
        !recorded)
        return fail(recorded.error());
    printOut(Tr::tr("Satisfaction %1 recorded for %2.").arg(value).arg(complaint.reference));
    return Success;
}

namespace mergeOptions {
const QCommandLineOption into(QStringLiteral("into"), QString(), QStringLiteral("REF"));
const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
} // namespace mergeOptions

int mergeCommand(Call &call)
{
    using namespace mergeOptions;
    const QCommandLineParser &parser = call.parser;
    if (!parser.isSet(into))
        return fail(usageError(Tr::tr("Name the complaint to keep with --into.")));
    if (const int status = call.openComplaint(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    const storage::ComplaintRecord &duplicate = call.complaint();
    auto kept = ws.queries().detailByReference(parser.value(into));
    if (!kept)
        return fail(kept.error());
    if (auto merged = models::ReviewService(ws).merge(kept->complaint.id, {duplicate.id},
                                                      parser.value(reason));
        !merged)
        return fail(merged.error());
    printOut(Tr::tr("%1 merged into %2.").arg(duplicate.reference, kept->complaint.reference));
    return Success;
}

} // namespace

QList<Command> reviewCommands()
{
    const QCommandLineOption from =
        described(fromOption, Tr::tr("the first day, such as 2026-11-01"));
    const QCommandLineOption to = described(toOption, Tr::tr("the last day"));
    const QCommandLineOption department =
        described(departmentOption, Tr::tr("only this department (its code)"));
    Command report;
    report.name = QStringLiteral("report");
    report.synopsis = Tr::tr("report --from DATE --to DATE --format csv|pdf --output FILE "
                             "[--department CODE] [--page-size a4|letter|a5]");
    report.summary = Tr::tr("periodic statistics as CSV or PDF");
    report.permission = Tr::tr("leads (their department) and administrators");
    report.options = {
        from,
        to,
        department,
        described(reportOptions::format, Tr::tr("csv or pdf")),
        described(reportOptions::output, Tr::tr("the file to write")),
        described(reportOptions::pageSize, Tr::tr("the PDF's paper, landscape (default a4)"))};
    report.handler = reportCommand;

    Command dashboard;
    dashboard.name = QStringLiteral("dashboard");
    dashboard.synopsis = Tr::tr("dashboard --from DATE --to DATE [--department CODE]");
    dashboard.summary = Tr::tr("the dashboard's figures as JSON");
    dashboard.permission = report.permission;
    dashboard.options = {from, to, department};
    dashboard.handler = dashboardCommand;

    Command satisfaction;
    satisfaction.name = QStringLiteral("satisfaction");
    satisfaction.synopsis = Tr::tr("satisfaction REF --score 1-5 [--comment TEXT]");
    satisfaction.summary = Tr::tr("the customer's satisfaction, at follow-up");
    satisfaction.options = {
        described(satisfactionOptions::score,
                  Tr::tr("1 (very dissatisfied) to 5 (very satisfied)")),
        described(satisfactionOptions::comment, Tr::tr("the customer's words"))};
    satisfaction.positionals = 1;
    satisfaction.handler = satisfactionCommand;

    Command merge;
    merge.name = QStringLiteral("merge");
    merge.synopsis = Tr::tr("merge REF --into REF --reason TEXT");
    merge.summary = Tr::tr("merge a duplicate into the complaint kept");
    merge.permission = Tr::tr("the lead of the kept complaint's department");
    merge.options = {described(mergeOptions::into, Tr::tr("the complaint kept")),
                     described(mergeOptions::reason, Tr::tr("why (recorded with the change)"))};
    merge.positionals = 1;
    merge.handler = mergeCommand;
    return {report, dashboard, satisfaction, merge};
}

} // namespace cd::cli
