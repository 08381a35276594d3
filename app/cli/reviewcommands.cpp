// Team-lead commands: report, dashboard, satisfaction, merge.
#include "commandtable.h"

#include "complaintqueries.h"
#include "complaintservice.h"
#include "dashboardservice.h"
#include "drawingmodule.h"
#include "reviewservice.h"
#include "statisticsreport.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

// --from and --to as dates (yyyy-MM-dd), --department as a department code.
Result<models::StatisticsPeriod> periodOf(const Call &call)
{
    models::StatisticsPeriod period;
    period.first = QDate::fromString(call.value("from"), Qt::ISODate);
    period.last = QDate::fromString(call.value("to"), Qt::ISODate);
    if (!period.first.isValid() || !period.last.isValid())
        return usageError(Tr::tr("--from and --to are dates such as 2026-11-01."));
    if (call.isSet("department")) {
        const auto *department = call.ws().taxonomy().departmentByCode(call.value("department"));
        if (!department)
            return usageError(Tr::tr("Unknown department: %1").arg(call.value("department")));
        period.departmentId = department->id;
    }
    return period;
}

QJsonValue optional(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// --page-size, a4 when not given.
auto pageSizeOf(const Call &call)
{
    return models::StatisticsReportService::pageSizeFromName(
        call.isSet("page-size") ? call.value("page-size") : QStringLiteral("a4"));
}

int checkReport(const Call &call)
{
    if (!models::StatisticsReportService::formatFromName(call.value("format")))
        return fail(usageError(Tr::tr("--format is csv or pdf.")));
    if (!call.isSet("output"))
        return fail(usageError(Tr::tr("Name the file to write with --output.")));
    if (!pageSizeOf(call))
        return fail(usageError(Tr::tr("--page-size is a4, letter or a5.")));
    return Success;
}

int reportCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    const auto kind = *models::StatisticsReportService::formatFromName(call.value("format"));
    const auto page = *pageSizeOf(call);
    auto period = periodOf(call);
    if (!period)
        return fail(period.error());
    const QString path = call.value("output");
    if (auto writable = models::StatisticsReportService::checkOutput(path); !writable)
        return fail(writable.error());
    if (kind == models::StatisticsReportService::Format::Pdf && !DrawingModule::isLoaded()) {
        return fail(Error::storage(
            Tr::tr("A PDF report needs the drawing module of ComplaintDesk, which could not be "
                   "loaded (%1): reinstall the package, or write the report as CSV.")
                .arg(DrawingModule::why())));
    }
    models::StatisticsReportService reports(ws);
    auto report = reports.build(*period, [](qint64 done, qint64 total) {
        printError(Tr::tr("Read %1 of %2 complaints...").arg(done).arg(total));
        return true;
    });
    if (!report)
        return fail(report.error());
    auto written = kind == models::StatisticsReportService::Format::Csv
        ? models::StatisticsReportService::writeCsv(*report, ws, path)
        : models::StatisticsReportService::writePdf(*report, ws, path, &DrawingModule::pdf, page);
    if (!written)
        return fail(written.error());
    printOut(
        Tr::tr("Report of %1 complaints written to %2.").arg(report->total.received).arg(path));
    return Success;
}

int dashboardCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    auto period = periodOf(call);
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

int checkSatisfaction(const Call &call)
{
    bool isNumber = false;
    call.value("score").toInt(&isNumber);
    if (!isNumber)
        return fail(usageError(Tr::tr("--score is a number from 1 to 5.")));
    return Success;
}

int satisfactionCommand(Call &call)
{
    const int value = call.value("score").toInt();
    const storage::ComplaintRecord &complaint = call.complaint();
    if (auto recorded =
            call.ws().complaints().recordSatisfaction(complaint.id, value, call.value("comment"));
        !recorded)
        return fail(recorded.error());
    printOut(Tr::tr("Satisfaction %1 recorded for %2.").arg(value).arg(complaint.reference));
    return Success;
}

int mergeCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    const storage::ComplaintRecord &duplicate = call.complaint();
    auto kept = ws.queries().detailByReference(call.value("into"));
    if (!kept)
        return fail(kept.error());
    if (auto merged = models::ReviewService(ws).merge(kept->complaint.id, {duplicate.id},
                                                      call.value("reason"));
        !merged)
        return fail(merged.error());
    printOut(Tr::tr("%1 merged into %2.").arg(duplicate.reference, kept->complaint.reference));
    return Success;
}

} // namespace

QList<Command> reviewCommands()
{
    const QList<QCommandLineOption> period {
        option("from", "DATE", Tr::tr("the first day, such as 2026-11-01")),
        option("to", "DATE", Tr::tr("the last day")),
        option("department", "CODE", Tr::tr("only this department (its code)"))};
    Command report(QStringLiteral("report"),
                   Tr::tr("report --from DATE --to DATE --format csv|pdf --output FILE "
                          "[--department CODE] [--page-size a4|letter|a5]"),
                   Tr::tr("periodic statistics as CSV or PDF"), reportCommand);
    report.permission = Tr::tr("leads (their department) and administrators");
    report.options = period
        + QList<QCommandLineOption> {
            option("format", "csv|pdf", Tr::tr("csv or pdf")),
            option("output", "FILE", Tr::tr("the file to write")),
            option("page-size", "a4|letter|a5", Tr::tr("the PDF's paper, landscape (default a4)"))};
    report.check = checkReport;
    report.opens = Opens::Store;

    Command dashboard(QStringLiteral("dashboard"),
                      Tr::tr("dashboard --from DATE --to DATE [--department CODE]"),
                      Tr::tr("the dashboard's figures as JSON"), dashboardCommand);
    dashboard.permission = report.permission;
    dashboard.options = period;
    dashboard.opens = Opens::Store;

    Command satisfaction(QStringLiteral("satisfaction"),
                         Tr::tr("satisfaction REF --score 1-5 [--comment TEXT]"),
                         Tr::tr("the customer's satisfaction, at follow-up"), satisfactionCommand);
    satisfaction.options = {
        option("score", "1-5", Tr::tr("1 (very dissatisfied) to 5 (very satisfied)")),
        option("comment", "TEXT", Tr::tr("the customer's words"))};
    satisfaction.onComplaint(checkSatisfaction);

    Command merge(QStringLiteral("merge"), Tr::tr("merge REF --into REF --reason TEXT"),
                  Tr::tr("merge a duplicate into the complaint kept"), mergeCommand);
    merge.permission = Tr::tr("the lead of the kept complaint's department");
    merge.options = {option("into", "REF", Tr::tr("the complaint kept")),
                     option("reason", "TEXT", Tr::tr("why (recorded with the change)"))};
    merge.required = {{"into", Tr::tr("Name the complaint to keep with --into.")}};
    merge.onComplaint();
    return {report, dashboard, satisfaction, merge};
}

} // namespace cd::cli
