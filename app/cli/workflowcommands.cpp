// Workflow commands: move a complaint along (status), assign, escalate, reclassify.
#include "commandtable.h"

#include "codes.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "workspace.h"

namespace cd::cli {

namespace {

namespace statusOptions {
const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("STATUS"));
const QCommandLineOption note(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
} // namespace statusOptions

int statusCommand(Call &call)
{
    using namespace statusOptions;
    const QCommandLineParser &parser = call.parser;
    const auto target = rules::statusFromCode(parser.value(to));
    if (!target)
        return fail(usageError(Tr::tr("Unknown status \"%1\".").arg(parser.value(to))));
    if (const int status = call.openComplaint(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    const models::ComplaintDetail &detail = *call.detail;
    const auto current = rules::statusFromCode(detail.complaint.status);
    if (!current)
        return fail(Error::storage(Tr::tr("The complaint has an unknown status.")));
    auto moved =
        ws.complaints().changeStatus(detail.complaint.id, *current, *target, parser.value(note));
    if (!moved)
        return fail(moved.error());
    if (*moved > 0)
        printError(Tr::tr("%n card or ID number(s) in the note were masked.", "", *moved));
    printOut(detail.complaint.reference + QStringLiteral(" ") + rules::code(*target));
    return Success;
}

namespace assignOptions {
const QCommandLineOption department(QStringLiteral("department"), QString(),
                                    QStringLiteral("CODE"));
const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("USER"));
const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
} // namespace assignOptions

int assignCommand(Call &call)
{
    using namespace assignOptions;
    const QCommandLineParser &parser = call.parser;
    if (parser.isSet(department) == parser.isSet(to))
        return fail(usageError(Tr::tr("assign needs either --department D or --to USER.")));
    if (const int status = call.openComplaint(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
    const models::ComplaintDetail &detail = *call.detail;
    models::ComplaintService::Target target;
    if (parser.isSet(department)) {
        const auto *d = ws.taxonomy().departmentByCode(parser.value(department));
        if (!d) {
            return fail(
                usageError(Tr::tr("Unknown department \"%1\".").arg(parser.value(department))));
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
            return fail(Error::invalid(
                Tr::tr("\"%1\" is not an active agent or lead.").arg(parser.value(to))));
        }
    }
    auto moved = ws.complaints().transfer(detail.complaint.id, target, parser.value(reason));
    if (!moved)
        return fail(moved.error());
    auto after = ws.queries().detail(detail.complaint.id);
    if (after) {
        printRow({after->complaint.reference,
                  ws.taxonomy().departmentCode(after->complaint.departmentId),
                  after->assigneeName});
    }
    return Success;
}

namespace escalateOptions {
const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
} // namespace escalateOptions

int escalateCommand(Call &call)
{
    using namespace escalateOptions;
    const QCommandLineParser &parser = call.parser;
    if (const int status = call.openComplaint(); status != Success)
        return status;
    const models::ComplaintDetail &detail = *call.detail;
    models::Workspace &ws = call.ws();
    auto escalated = ws.complaints().escalate(detail.complaint.id, parser.value(reason));
    if (!escalated)
        return fail(escalated.error());
    printOut(detail.complaint.reference + QStringLiteral(" ESCALATED"));
    return Success;
}

namespace reclassifyOptions {
const QCommandLineOption category(QStringLiteral("category"), QString(), QStringLiteral("CODE"));
const QCommandLineOption subcategory(QStringLiteral("subcategory"), QString(),
                                     QStringLiteral("CODE"));
const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
} // namespace reclassifyOptions

int reclassifyCommand(Call &call)
{
    using namespace reclassifyOptions;
    const QCommandLineParser &parser = call.parser;
    if (!parser.isSet(category))
        return fail(usageError(Tr::tr("reclassify needs --category CODE.")));
    if (const int status = call.open(); status != Success)
        return status;
    models::Workspace &ws = call.ws();
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
    auto done =
        ws.complaints().reclassify(detail->complaint.id, cat->id, subId, parser.value(reason));
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

} // namespace

QList<Command> workflowCommands()
{
    const QString why = Tr::tr("why (recorded with the change)");
    Command status;
    status.name = QStringLiteral("status");
    status.synopsis = Tr::tr("status REF --to STATUS --note TEXT");
    status.summary = Tr::tr("move a complaint along the workflow");
    status.options = {described(statusOptions::to,
                                Tr::tr("the new status: %1").arg(codeList(rules::allStatuses()))),
                      described(statusOptions::note, Tr::tr("what was done"))};
    status.positionals = 1;
    status.handler = statusCommand;

    Command assign;
    assign.name = QStringLiteral("assign");
    assign.synopsis = Tr::tr("assign REF (--department CODE | --to USER) --reason TEXT");
    assign.summary = Tr::tr("transfer to a department's queue or a person");
    assign.options = {described(assignOptions::department, Tr::tr("to this department's queue")),
                      described(assignOptions::to, Tr::tr("to this agent or lead")),
                      described(assignOptions::reason, why)};
    assign.positionals = 1;
    assign.handler = assignCommand;

    Command escalate;
    escalate.name = QStringLiteral("escalate");
    escalate.synopsis = Tr::tr("escalate REF --reason TEXT");
    escalate.summary = Tr::tr("hand the complaint to the department's lead");
    escalate.options = {described(escalateOptions::reason, why)};
    escalate.positionals = 1;
    escalate.handler = escalateCommand;

    Command reclassify;
    reclassify.name = QStringLiteral("reclassify");
    reclassify.synopsis =
        Tr::tr("reclassify REF --category CODE [--subcategory CODE] --reason TEXT");
    reclassify.summary = Tr::tr("correct the classification (routing runs again)");
    reclassify.options = {described(reclassifyOptions::category, Tr::tr("the category's code")),
                          described(reclassifyOptions::subcategory,
                                    Tr::tr("the sub-category's code, within the "
                                           "category")),
                          described(reclassifyOptions::reason, why)};
    reclassify.positionals = 1;
    reclassify.handler = reclassifyCommand;
    return {status, assign, escalate, reclassify};
}

} // namespace cd::cli
