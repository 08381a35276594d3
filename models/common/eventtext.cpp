#include "eventtext.h"

#include "codes.h"
#include "taxonomy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::models {

namespace {
QString statusLabel(const QString &code)
{
    const auto status = rules::statusFromCode(code);
    return status ? rules::Labels::status(*status) : code;
}

// Where a transfer took the complaint, from the event's details: "Technical Support" or
// "Li Na (Technical Support)"; empty when the event does not say.
QString destinationOf(const storage::EventRecord &e, const Taxonomy *taxonomy)
{
    const QJsonObject after = QJsonDocument::fromJson(e.details.toUtf8())
                                  .object()
                                  .value(QStringLiteral("after"))
                                  .toObject();
    const QString code = after.value(QStringLiteral("department")).toString();
    if (code.isEmpty())
        return {};
    const auto *department = taxonomy ? taxonomy->departmentByCode(code) : nullptr;
    const QString departmentName = department ? taxonomy->departmentName(department->id) : code;
    QString person = after.value(QStringLiteral("assignee_name")).toString();
    if (person.isEmpty())
        person = after.value(QStringLiteral("assignee")).toString();
    return person.isEmpty() ? departmentName : EventText::tr("%1 (%2)").arg(person, departmentName);
}
} // namespace

QString EventText::describe(const storage::EventRecord &e, const Taxonomy *taxonomy)
{
    if (e.type == QLatin1String("complaint_created"))
        return tr("Complaint logged (%1)").arg(statusLabel(e.toStatus));
    if (e.type == QLatin1String("call_attached"))
        return tr("Follow-up call attached");
    if (e.type == QLatin1String("reopened"))
        return tr("Reopened: %1 -> %2").arg(statusLabel(e.fromStatus), statusLabel(e.toStatus));
    if (e.type == QLatin1String("status_changed"))
        return tr("Status: %1 -> %2").arg(statusLabel(e.fromStatus), statusLabel(e.toStatus));
    if (e.type == QLatin1String("transferred")) {
        const QString to = destinationOf(e, taxonomy);
        return to.isEmpty() ? tr("Transferred") : tr("Transferred to %1").arg(to);
    }
    if (e.type == QLatin1String("reassigned_in_bulk")) {
        const QString to = destinationOf(e, taxonomy);
        return to.isEmpty() ? tr("Reassigned (bulk)") : tr("Reassigned (bulk) to %1").arg(to);
    }
    if (e.type == QLatin1String("escalated"))
        return tr("Escalated to the lead");
    if (e.type == QLatin1String("reclassified"))
        return tr("Reclassified");
    if (e.type == QLatin1String("personal_data_revealed"))
        return tr("Full phone number shown");
    if (e.type == QLatin1String("personal_data_erased"))
        return tr("Personal data erased (anonymised)");
    if (e.type == QLatin1String("permission_denied"))
        return tr("Refused: no permission");
    return e.type;
}

} // namespace cd::models
