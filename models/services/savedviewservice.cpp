#include "savedviewservice.h"

#include "auditlog.h"
#include "codes.h"
#include "complaintqueries.h"
#include "freetext.h"
#include "permissions.h"
#include "reference.h"
#include "savedviewrepository.h"
#include "searchtext.h"
#include "transaction.h"
#include "userrepository.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::models {

namespace {

// The view `id` when the signed-in user may change or delete it (its owner, or an
// administrator); otherwise refused and recorded as `action`, saying `refusal` (%1: the
// owner's name).
Result<storage::SavedViewRecord> viewToChange(Workspace &workspace,
                                              storage::SavedViewRepository &repository, qint64 id,
                                              const QString &action, const QString &refusal)
{
    const rules::Actor actor = workspace.rulesActor();
    auto found = repository.findById(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(SavedViewService::tr("That view no longer exists."));
    if ((*found)->ownerId != actor.id && actor.role != rules::Role::Admin)
        return auditlog::refuse(workspace, action, refusal.arg((*found)->ownerName));
    return **found;
}

qint64 startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), rules::businessTimeZone()).toMSecsSinceEpoch();
}

// The string fields of a definition and their JSON keys, for both directions.
QList<std::pair<QString ViewDefinition::*, QLatin1String>> textFields()
{
    return {{&ViewDefinition::status, QLatin1String("status")},
            {&ViewDefinition::category, QLatin1String("category")},
            {&ViewDefinition::subcategory, QLatin1String("subcategory")},
            {&ViewDefinition::department, QLatin1String("department")},
            {&ViewDefinition::assignee, QLatin1String("assignee")},
            {&ViewDefinition::severity, QLatin1String("severity")},
            {&ViewDefinition::channel, QLatin1String("channel")},
            {&ViewDefinition::deadline, QLatin1String("deadline")},
            {&ViewDefinition::text, QLatin1String("text")}};
}

QList<std::pair<bool ViewDefinition::*, QLatin1String>> flagFields()
{
    return {
        {&ViewDefinition::unassignedOnly, QLatin1String("unassigned_only")},
        {&ViewDefinition::openOnly, QLatin1String("open_only")},
        {&ViewDefinition::escalatedOnly, QLatin1String("escalated_only")},
        {&ViewDefinition::classificationReviewOnly, QLatin1String("classification_review_only")}};
}

} // namespace

namespace {
constexpr std::pair<DeadlineFilter, QLatin1String> deadlineCodes[] {
    {DeadlineFilter::DueToday, QLatin1String("due_today")},
    {DeadlineFilter::AtRisk, QLatin1String("at_risk")},
    {DeadlineFilter::Overdue, QLatin1String("overdue")}};
} // namespace

QString deadlineCode(DeadlineFilter filter)
{
    for (const auto &[known, code] : deadlineCodes) {
        if (known == filter)
            return code;
    }
    return {};
}

DeadlineFilter deadlineFilterOf(const QString &code)
{
    for (const auto &[filter, known] : deadlineCodes) {
        if (known == code)
            return filter;
    }
    return DeadlineFilter::None;
}

QJsonObject ViewDefinition::toJson() const
{
    QJsonObject json;
    for (const auto &[field, key] : textFields()) {
        if (!(this->*field).isEmpty())
            json.insert(key, this->*field);
    }
    if (receivedFrom.isValid())
        json.insert(QLatin1String("received_from"), receivedFrom.toString(Qt::ISODate));
    if (receivedTo.isValid())
        json.insert(QLatin1String("received_to"), receivedTo.toString(Qt::ISODate));
    for (const auto &[flag, key] : flagFields()) {
        if (this->*flag)
            json.insert(key, true);
    }
    if (satisfaction > 0)
        json.insert(QLatin1String("satisfaction"), satisfaction);
    QJsonArray hidden;
    for (const int column : hiddenColumns)
        hidden.append(column);
    json.insert(QLatin1String("hidden_columns"), hidden);
    json.insert(QLatin1String("sort_column"), sortColumn);
    json.insert(QLatin1String("descending"), descending);
    return json;
}

ViewDefinition ViewDefinition::fromJson(const QJsonObject &json)
{
    ViewDefinition d;
    for (const auto &[field, key] : textFields())
        d.*field = json.value(key).toString();
    for (const auto &[flag, key] : flagFields())
        d.*flag = json.value(key).toBool();
    d.satisfaction = json.value(QLatin1String("satisfaction")).toInt();
    d.receivedFrom =
        QDate::fromString(json.value(QLatin1String("received_from")).toString(), Qt::ISODate);
    d.receivedTo =
        QDate::fromString(json.value(QLatin1String("received_to")).toString(), Qt::ISODate);
    for (const QJsonValue &column : json.value(QLatin1String("hidden_columns")).toArray())
        d.hiddenColumns.append(column.toInt());
    d.sortColumn = json.value(QLatin1String("sort_column")).toInt(d.sortColumn);
    d.descending = json.value(QLatin1String("descending")).toBool(d.descending);
    return d;
}

Result<storage::QueueQuery> SavedViewService::queryOf(const ViewDefinition &d, qint64 nowMs) const
{
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    storage::QueueQuery q;
    if (!d.status.isEmpty()) {
        if (!rules::statusFromCode(d.status))
            return Error::invalid(tr("The view filters on an unknown status, %1.").arg(d.status),
                                  QStringLiteral("status"));
        q.status = rules::code(*rules::statusFromCode(d.status));
    }
    if (!d.category.isEmpty()) {
        const auto *category = taxonomy.categoryByCode(d.category);
        if (!category)
            return Error::notFound(
                tr("The view filters on category %1, which no longer exists.").arg(d.category));
        q.categoryId = category->id;
        if (!d.subcategory.isEmpty()) {
            const auto *sub = taxonomy.subcategoryByCode(category->id, d.subcategory);
            if (!sub)
                return Error::notFound(
                    tr("The view filters on sub-category %1, which no longer exists.")
                        .arg(d.subcategory));
            q.subcategoryId = sub->id;
        }
    }
    if (!d.department.isEmpty()) {
        const auto *department = taxonomy.departmentByCode(d.department);
        if (!department)
            return Error::notFound(
                tr("The view filters on department %1, which no longer exists.").arg(d.department));
        q.departmentId = department->id;
    }
    if (!d.assignee.isEmpty()) {
        auto user =
            storage::UserRepository(m_workspace.database().connection()).findByUsername(d.assignee);
        if (!user)
            return user.error();
        if (!*user)
            return Error::notFound(
                tr("The view filters on %1, who is no longer a user.").arg(d.assignee));
        q.assigneeId = (*user)->id;
    }
    if (!d.severity.isEmpty()) {
        if (!rules::severityFromCode(d.severity))
            return Error::invalid(
                tr("The view filters on an unknown severity, %1.").arg(d.severity),
                QStringLiteral("severity"));
        q.severity = rules::code(*rules::severityFromCode(d.severity));
    }
    if (!d.channel.isEmpty()) {
        if (!rules::channelFromCode(d.channel))
            return Error::invalid(tr("The view filters on an unknown channel, %1.").arg(d.channel),
                                  QStringLiteral("channel"));
        q.channel = rules::code(*rules::channelFromCode(d.channel));
    }
    if (d.receivedFrom.isValid() && d.receivedTo.isValid() && d.receivedTo < d.receivedFrom) {
        return Error::invalid(
            tr("The view's period ends (%1) before it starts (%2).")
                .arg(d.receivedTo.toString(Qt::ISODate), d.receivedFrom.toString(Qt::ISODate)),
            QStringLiteral("received_to"));
    }
    if (d.receivedFrom.isValid())
        q.receivedFrom = startOfDay(d.receivedFrom);
    if (d.receivedTo.isValid())
        q.receivedBefore = startOfDay(d.receivedTo.addDays(1));
    q.searchMatch = rules::SearchText::matchQuery(d.text);
    q.unassignedOnly = d.unassignedOnly;
    q.openOnly = d.openOnly;
    q.escalatedOnly = d.escalatedOnly;
    q.classificationReviewOnly = d.classificationReviewOnly;
    if (d.satisfaction < 0 || d.satisfaction > 5)
        return Error::invalid(
            tr("The view filters on an unknown satisfaction score, %1.").arg(d.satisfaction),
            QStringLiteral("satisfaction"));
    if (d.satisfaction > 0)
        q.satisfaction = d.satisfaction;
    if (!d.deadline.isEmpty()) {
        const DeadlineFilter filter = deadlineFilterOf(d.deadline);
        if (filter == DeadlineFilter::None)
            return Error::invalid(
                tr("The view filters on an unknown deadline state, %1.").arg(d.deadline),
                QStringLiteral("deadline"));
        ComplaintQueries::restrictToDeadline(q, filter, nowMs);
    }
    return q;
}

Result<QList<SavedView>> SavedViewService::views() const
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in first."));
    auto rows = storage::SavedViewRepository(m_workspace.database().connection())
                    .visibleTo(m_workspace.actor().id, m_workspace.actor().departmentId);
    if (!rows)
        return rows.error();
    QList<SavedView> views;
    for (const storage::SavedViewRecord &r : std::as_const(*rows)) {
        views.append(
            {r.id, r.name, r.ownerId, r.ownerName, r.sharedDepartmentId,
             ViewDefinition::fromJson(QJsonDocument::fromJson(r.definition.toUtf8()).object())});
    }
    return views;
}

Result<qint64> SavedViewService::save(std::optional<qint64> id, const QString &name,
                                      const ViewDefinition &definition, bool shareWithDepartment)
{
    const rules::Actor actor = m_workspace.rulesActor();
    if (actor.id == 0)
        return Error::permission(tr("Sign in first."));
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error::invalid(tr("Give the view a name."), QStringLiteral("name"));
    if (auto characters = rules::FreeText::checkCharacters(name, QStringLiteral("name"));
        !characters)
        return characters.error();
    if (rules::FreeText::characterCount(trimmed) > maxNameLength)
        return Error::invalid(tr("A view's name has at most %1 characters.").arg(maxNameLength),
                              QStringLiteral("name"));
    if (auto selects = queryOf(definition, m_workspace.clock().nowMs()); !selects)
        return selects.error();
    if (shareWithDepartment && actor.role == rules::Role::Agent) {
        return auditlog::refuse(
            m_workspace, QStringLiteral("share_view"),
            tr("Team leads and administrators share views with their department."));
    }
    if (shareWithDepartment && !actor.departmentId)
        return Error::invalid(tr("You have no department to share the view with."),
                              QStringLiteral("shared"));
    storage::SavedViewRepository repository(m_workspace.database().connection());
    auto mine = repository.visibleTo(actor.id, std::nullopt);
    if (!mine)
        return mine.error();
    std::optional<storage::SavedViewRecord> existing;
    for (const auto &view : std::as_const(*mine)) {
        if (view.ownerId == actor.id && view.name == trimmed && view.id != id.value_or(0))
            return Error::invalid(tr("You already have a view named \"%1\".").arg(trimmed),
                                  QStringLiteral("name"));
    }
    if (id) {
        auto found = viewToChange(m_workspace, repository, *id, QStringLiteral("change_view"),
                                  tr("Only %1, who made the view, may change it."));
        if (!found)
            return found.error();
        existing = *found;
    }
    return storage::inTransaction(m_workspace.database(), [&]() -> Result<qint64> {
        const qint64 now = m_workspace.clock().nowMs();
        storage::SavedViewRecord record = existing.value_or(storage::SavedViewRecord {});
        record.name = trimmed;
        record.sharedDepartmentId = shareWithDepartment ? actor.departmentId : std::nullopt;
        record.definition =
            QString::fromUtf8(QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact));
        record.updatedAt = now;
        if (!existing) {
            record.ownerId = actor.id;
            record.createdAt = now;
            auto inserted = repository.insert(record);
            if (!inserted)
                return inserted.error();
            record.id = *inserted;
        } else if (auto updated = repository.update(record); !updated) {
            return updated.error();
        }
        auditlog::Entry entry;
        entry.type = QStringLiteral("view_saved");
        entry.details = {{QStringLiteral("view"), record.id},
                         {QStringLiteral("name"), record.name},
                         {QStringLiteral("shared"), shareWithDepartment},
                         {QStringLiteral("definition"), definition.toJson()}};
        if (auto appended = auditlog::append(m_workspace, entry); !appended)
            return appended.error();
        return record.id;
    });
}

Result<void> SavedViewService::remove(qint64 id)
{
    const rules::Actor actor = m_workspace.rulesActor();
    if (actor.id == 0)
        return Error::permission(tr("Sign in first."));
    storage::SavedViewRepository repository(m_workspace.database().connection());
    auto found = viewToChange(m_workspace, repository, id, QStringLiteral("delete_view"),
                              tr("Only %1, who made the view, may delete it."));
    if (!found)
        return found.error();
    return storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        if (auto removed = repository.remove(id); !removed)
            return removed;
        auditlog::Entry entry;
        entry.type = QStringLiteral("view_deleted");
        entry.details = {{QStringLiteral("view"), id}, {QStringLiteral("name"), found->name}};
        if (auto appended = auditlog::append(m_workspace, entry); !appended)
            return appended.error();
        return {};
    });
}

} // namespace cd::models
