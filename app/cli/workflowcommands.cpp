// Workflow commands: move a complaint along (status), assign, escalate, reclassify.
#include "commandtable.h"

#include "codes.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "workspace.h"

namespace cd::cli {

namespace {

int checkStatus(const Call &call)
{
    if (!rules::statusFromCode(call.value("to")))
        return fail(usageError(Tr::tr("Unknown status \"%1\".").arg(call.value("to"))));
    return Success;
}

int statusCommand(Call &call)
{
    const rules::Status target = *rules::statusFromCode(call.value("to"));
    const storage::ComplaintRecord &complaint = call.complaint();
    const auto current = rules::statusFromCode(complaint.status);
    if (!current)
        return fail(Error::storage(Tr::tr("The complaint has an unknown status.")));
    auto moved =
        call.ws().complaints().changeStatus(complaint.id, *current, target, call.value("note"));
    if (!moved)
        return fail(moved.error());
    if (*moved > 0)
        printError(Tr::tr("%n card or ID number(s) in the note were masked.", "", *moved));
    printOut(complaint.reference + QStringLiteral(" ") + rules::code(target));
    return Success;
}

int checkAssign(const Call &call)
{
    if (call.isSet("department") == call.isSet("to"))
        return fail(usageError(Tr::tr("assign needs either --department D or --to USER.")));
    return Success;
}

int assignCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    models::ComplaintService::Target target;
    if (call.isSet("department")) {
        const auto d = call.departmentId();
        if (!d)
            return fail(d.error());
        target.departmentId = *d;
    } else {
        auto people = ws.queries().assignablePeople();
        if (!people)
            return fail(people.error());
        for (const auto &person : *people) {
            if (person.username.compare(call.value("to"), Qt::CaseInsensitive) == 0)
                target.userId = person.id;
        }
        if (!target.userId) {
            return fail(Error::invalid(
                Tr::tr("\"%1\" is not an active agent or lead.").arg(call.value("to"))));
        }
    }
    const qint64 id = call.complaint().id;
    auto moved = ws.complaints().transfer(id, target, call.value("reason"));
    if (!moved)
        return fail(moved.error());
    auto after = ws.queries().detail(id);
    if (after) {
        printRow({after->complaint.reference,
                  ws.taxonomy().departmentCode(after->complaint.departmentId),
                  after->assigneeName});
    }
    return Success;
}

int escalateCommand(Call &call)
{
    const storage::ComplaintRecord &complaint = call.complaint();
    auto escalated = call.ws().complaints().escalate(complaint.id, call.value("reason"));
    if (!escalated)
        return fail(escalated.error());
    printOut(complaint.reference + QStringLiteral(" ESCALATED"));
    return Success;
}

int reclassifyCommand(Call &call)
{
    models::Workspace &ws = call.ws();
    const auto cat = call.category();
    if (!cat)
        return fail(cat.error());
    const auto subId = call.subcategoryId(**cat);
    if (!subId)
        return fail(subId.error());
    auto detail = ws.queries().detailByReference(call.positional());
    if (!detail)
        return fail(detail.error());
    auto done =
        ws.complaints().reclassify(detail->complaint.id, (*cat)->id, *subId, call.value("reason"));
    if (!done)
        return fail(done.error());
    auto after = ws.queries().detail(detail->complaint.id);
    if (after) {
        printRow({after->complaint.reference, (*cat)->code,
                  ws.taxonomy().departmentCode(after->complaint.departmentId),
                  after->assigneeName});
    }
    return Success;
}

} // namespace

QList<Command> workflowCommands()
{
    const QString why = Tr::tr("why (recorded with the change)");
    Command status(QStringLiteral("status"), Tr::tr("status REF --to STATUS --note TEXT"),
                   Tr::tr("move a complaint along the workflow"), statusCommand);
    status.options = {
        option("to", "STATUS", Tr::tr("the new status: %1").arg(codeList(rules::allStatuses()))),
        option("note", "TEXT", Tr::tr("what was done"))};
    status.onComplaint(checkStatus);

    Command assign(QStringLiteral("assign"),
                   Tr::tr("assign REF (--department CODE | --to USER) --reason TEXT"),
                   Tr::tr("transfer to a department's queue or a person"), assignCommand);
    assign.options = {option("department", "CODE", Tr::tr("to this department's queue")),
                      option("to", "USER", Tr::tr("to this agent or lead")),
                      option("reason", "TEXT", why)};
    assign.onComplaint(checkAssign);

    Command escalate(QStringLiteral("escalate"), Tr::tr("escalate REF --reason TEXT"),
                     Tr::tr("hand the complaint to the department's lead"), escalateCommand);
    escalate.options = {option("reason", "TEXT", why)};
    escalate.onComplaint();

    Command reclassify(QStringLiteral("reclassify"),
                       Tr::tr("reclassify REF --category CODE [--subcategory CODE] --reason TEXT"),
                       Tr::tr("correct the classification (routing runs again)"),
                       reclassifyCommand);
    reclassify.options = {
        option("category", "CODE", Tr::tr("the category's code")),
        option("subcategory", "CODE", Tr::tr("the sub-category's code, within the category")),
        option("reason", "TEXT", why)};
    reclassify.positionals = 1;
    reclassify.required = {{"category", Tr::tr("reclassify needs --category CODE.")}};
    reclassify.opens = Opens::Store;
    return {status, assign, escalate, reclassify};
}

} // namespace cd::cli
