// `complaintdesk-cli check`: whether the store is intact; reads only.
#include "commandtable.h"

#include "storecheck.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

int checkCommand(Call &call)
{
    const QCommandLineParser &parser = call.parser;
    const QString path = storePath(parser);
    // No sign-in: signing in is recorded, and the check writes nothing.
    auto checked = models::StoreCheck::run(path, models::StoreCheck::Depth::Full);
    if (!checked)
        return fail(checked.error());
    const models::StoreCheck::Report &report = *checked;
    if (call.isSet("json")) {
        const QJsonObject audit {{QStringLiteral("ok"), report.auditProblem.isEmpty()},
                                 {QStringLiteral("events"), report.auditEvents},
                                 {QStringLiteral("problem"), report.auditProblem}};
        const QJsonObject out {
            {QStringLiteral("store"), path},
            {QStringLiteral("ok"), !report.damaged()},
            {QStringLiteral("integrity"), QJsonArray::fromStringList(report.integrityProblems)},
            {QStringLiteral("audit"), audit}};
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    } else {
        printOut(Tr::tr("Store: %1").arg(path));
        if (models::Workspace::isServerAddress(path)) {
            printOut(Tr::tr("Pages: checked by the server itself (data checksums, amcheck), "
                            "not by ComplaintDesk"));
        } else if (report.integrityProblems.isEmpty()) {
            printOut(Tr::tr("SQLite's integrity check: ok"));
        } else {
            printOut(Tr::tr("SQLite's integrity check: %n problem(s)", "",
                            int(report.integrityProblems.size())));
            for (const QString &problem : report.integrityProblems)
                printOut(QStringLiteral("  ") + problem);
        }
        if (report.auditProblem.isEmpty())
            printOut(Tr::tr("Audit trail: intact, %1 events checked").arg(report.auditEvents));
        else
            printOut(Tr::tr("Audit trail: %1").arg(report.auditProblem));
    }
    if (report.damaged()) {
        printError(report.damage(path).message);
        return Failure;
    }
    if (!call.isSet("json"))
        printOut(Tr::tr("The store is intact."));
    return Success;
}

} // namespace

QList<Command> checkCommands()
{
    Command check(QStringLiteral("check"), Tr::tr("check [--json]"),
                  Tr::tr("check the whole store (SQLite's integrity check and the audit trail)"),
                  checkCommand);
    check.details = Tr::tr("Writes nothing; the exit status is 1 if the store is damaged.");
    check.options = {flag("json", Tr::tr("JSON output"))};
    check.access = Access::Anonymous;
    return {check};
}

} // namespace cd::cli
