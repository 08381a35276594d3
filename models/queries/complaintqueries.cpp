#include "complaintqueries.h"

#include "queuerepository.h"
#include "reference.h"
#include "slareminders.h"

#include "auditlog.h"
#include "callrepository.h"
#include "complaintrepository.h"
#include "customerrepository.h"
#include "eventrepository.h"
#include "permissions.h"
#include "phonenumber.h"
#include "redaction.h"
#include "routingrepository.h"
#include "transaction.h"
#include "userrepository.h"

#include "workspace.h"

#include <algorithm>

namespace cd::models {

Result<CallerHistory> ComplaintQueries::callerHistory(const QString &phone) const
{
    auto number = rules::PhoneNumbers::parse(phone);
    if (!number)
        return number.error();
    const QSqlDatabase db = m_workspace.database().connection();
    CallerHistory history;
    history.phoneE164 = number->e164;
    history.phoneDisplay = number->national;
    auto customer = storage::CustomerRepository(db).findByPhone(number->e164);
    if (!customer)
        return customer.error();
    history.customer = *customer;
    if (!history.customer)
        return history;
    auto complaints =
        storage::ComplaintRepository(db).forCustomer(history.customer->id, historyLimit);
    if (!complaints)
        return complaints.error();
    auto calls = storage::CallRepository(db).forCustomer(history.customer->id, historyLimit);
    if (!calls)
        return calls.error();
    history.complaints = std::move(complaints).value();
    history.calls = std::move(calls).value();
    return history;
}

Result<ComplaintDetail> ComplaintQueries::detail(qint64 complaintId) const
{
    auto found =
        storage::ComplaintRepository(m_workspace.database().connection()).findById(complaintId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("The complaint does not exist."));
    return complete(std::move(**found));
}

Result<ComplaintDetail> ComplaintQueries::detailByReference(const QString &reference) const
{
    auto found = storage::ComplaintRepository(m_workspace.database().connection())
                     .findByReference(reference);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("There is no complaint %1.").arg(reference.trimmed()));
    return complete(std::move(**found));
}

storage::QueueQuery ComplaintQueries::visibleOnly(storage::QueueQuery query) const
{
    const rules::Actor actor = m_workspace.rulesActor();
    query.visibleToDepartment.reset();
    query.visibleToUser.reset();
    switch (actor.role) {
    case rules::Role::Admin:
        break;
    case rules::Role::Lead:
        query.visibleToDepartment = actor.departmentId.value_or(-1);
        break;
    case rules::Role::Agent:
        query.visibleToDepartment = actor.departmentId.value_or(-1);
        query.visibleToUser = actor.id;
        break;
    }
    if (actor.id == 0)
        query.visibleToDepartment = -1; // nothing
    return query;
}

Result<QList<storage::QueueRow>>
ComplaintQueries::queuePage(const storage::QueueQuery &query,
                            const std::optional<storage::QueueCursor> &after, int limit,
                            storage::QueueRepository::Direction direction, int offset) const
{
    return storage::QueueRepository(m_workspace.database().connection())
        .queuePage(visibleOnly(query), after, limit, direction, offset);
}

Result<qint64> ComplaintQueries::queueCount(const storage::QueueQuery &query) const
{
    return storage::QueueRepository(m_workspace.database().connection())
        .queueCount(visibleOnly(query));
}

Result<std::optional<storage::QueueRow>> ComplaintQueries::queueRow(qint64 complaintId) const
{
    return storage::QueueRepository(m_workspace.database().connection())
        .queueRow(complaintId, visibleOnly({}));
}

Result<QList<storage::UserRecord>> ComplaintQueries::assignablePeople() const
{
    if (!m_workspace.isSignedIn())
        return Error::permission(tr("Sign in first."));
    auto all = storage::UserRepository(m_workspace.database().connection()).all();
    if (!all)
        return all.error();
    QList<storage::UserRecord> people;
    for (auto user : *all) {
        if (!user.active || !user.departmentId || user.role == QLatin1String("admin"))
            continue;
        user.passwordHash.clear();
        people.append(user);
    }
    return people;
}

QString ComplaintQueries::maskedPhone(const QString &phone)
{
    return rules::maskPhone(rules::PhoneNumbers::display(phone));
}

Result<QString> ComplaintQueries::revealPhone(qint64 complaintId)
{
    auto found = detail(complaintId);
    if (!found)
        return found.error();
    if (!rules::canRevealPersonalData(m_workspace.rulesActor())) {
        return auditlog::refuse(m_workspace, QStringLiteral("reveal_phone"),
                                tr("Your role may not see full phone numbers."), complaintId);
    }
    auto written = storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        if (auto appended = auditlog::append(m_workspace,
                                             {QStringLiteral("personal_data_revealed"),
                                              complaintId,
                                              {{QStringLiteral("field"), QStringLiteral("phone")}},
                                              {},
                                              {},
                                              {},
                                              std::nullopt});
            !appended)
            return appended.error();
        return {};
    });
    if (!written)
        return written.error();
    return rules::PhoneNumbers::display(found->customer.phone);
}

Result<ComplaintDetail> ComplaintQueries::complete(storage::ComplaintRecord complaint) const
{
    const rules::Actor actor = m_workspace.rulesActor();
    if (!rules::canSee(actor,
                       {complaint.departmentId, complaint.assigneeId, complaint.createdBy})) {
        return auditlog::refuse(
            m_workspace, QStringLiteral("view"),
            actor.id == 0 ? tr("Sign in first.")
                          : tr("You may not see complaint %1: it belongs to %2.")
                                .arg(complaint.reference,
                                     m_workspace.taxonomy().departmentName(complaint.departmentId)),
            complaint.id);
    }
    const QSqlDatabase db = m_workspace.database().connection();
    ComplaintDetail detail;
    auto customer = storage::CustomerRepository(db).findById(complaint.customerId);
    if (!customer)
        return customer.error();
    if (*customer)
        detail.customer = **customer;
    const storage::UserRepository users(db);
    if (auto creator = users.findById(complaint.createdBy); creator && *creator)
        detail.createdByName = (*creator)->displayName;
    if (complaint.assigneeId) {
        if (auto assignee = users.findById(*complaint.assigneeId); assignee && *assignee)
            detail.assigneeName = (*assignee)->displayName;
    }
    // Its own calls and events, and those of the duplicates merged into it, by time.
    auto merged = storage::ComplaintRepository(db).mergedInto(complaint.id);
    if (!merged)
        return merged.error();
    for (const qint64 id : QList<qint64> {complaint.id} + *merged) {
        auto calls = storage::CallRepository(db).forComplaint(id);
        if (!calls)
            return calls.error();
        auto events = storage::EventRepository(db).forComplaint(id);
        if (!events)
            return events.error();
        detail.calls += *calls;
        detail.events += *events;
    }
    if (!merged->isEmpty()) {
        std::stable_sort(detail.calls.begin(), detail.calls.end(),
                         [](const auto &a, const auto &b) { return a.startedAt < b.startedAt; });
        std::stable_sort(detail.events.begin(), detail.events.end(),
                         [](const auto &a, const auto &b) {
                             return a.at < b.at || (a.at == b.at && a.id < b.id);
                         });
    }
    storage::RoutingRepository routing(db);
    if (complaint.routingRuleId) {
        if (auto rules = routing.rules()) {
            for (const auto &rule : *rules) {
                if (rule.id == *complaint.routingRuleId)
                    detail.routingRuleName = rule.name;
            }
        }
    }
    auto holds = routing.holds(complaint.id);
    if (!holds)
        return holds.error();
    const qint64 now = m_workspace.clock().nowMs();
    for (const auto &hold : *holds) {
        const qint64 held = std::max<qint64>(0, hold.endedAt.value_or(now) - hold.startedAt);
        auto it =
            std::find_if(detail.departmentShares.begin(), detail.departmentShares.end(),
                         [&hold](const auto &s) { return s.departmentId == hold.departmentId; });
        if (it == detail.departmentShares.end())
            detail.departmentShares.append({hold.departmentId, held});
        else
            it->heldMs += held;
    }
    auto deadlines = m_workspace.slaReminders().explain(complaint);
    if (!deadlines)
        return deadlines.error();
    detail.deadlines = std::move(deadlines).value();
    detail.slaState = m_workspace.slaReminders().stateOf(complaint);
    detail.complaint = std::move(complaint);
    return detail;
}

void ComplaintQueries::restrictToDeadline(storage::QueueQuery &query, DeadlineFilter filter,
                                          qint64 nowMs)
{
    query.dueFrom.reset();
    query.dueBefore.reset();
    query.atRiskAt.reset();
    switch (filter) {
    case DeadlineFilter::None:
        return;
    case DeadlineFilter::DueToday: {
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, rules::businessTimeZone()).date();
        query.dueFrom = nowMs;
        query.dueBefore =
            QDateTime(today.addDays(1), QTime(0, 0), rules::businessTimeZone()).toMSecsSinceEpoch();
        break;
    }
    case DeadlineFilter::AtRisk:
        query.atRiskAt = nowMs;
        break;
    case DeadlineFilter::Overdue:
        query.dueBefore = nowMs;
        break;
    }
    query.sort = storage::QueueQuery::Sort::Due;
    query.descending = false;
}

} // namespace cd::models
