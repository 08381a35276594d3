#include "complaintqueries.h"

#include "callrepository.h"
#include "complaintrepository.h"
#include "customerrepository.h"
#include "eventrepository.h"
#include "phonenumber.h"
#include "userrepository.h"
#include "workspace.h"

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
    auto complaints = storage::ComplaintRepository(db).forCustomer(history.customer->id,
                                                                   historyLimit);
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
    auto found = storage::ComplaintRepository(m_workspace.database().connection())
                     .findById(complaintId);
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

Result<QList<storage::QueueRow>>
ComplaintQueries::queuePage(const storage::QueueQuery &query,
                            const std::optional<storage::QueueCursor> &after, int limit) const
{
    return storage::ComplaintRepository(m_workspace.database().connection())
        .queuePage(query, after, limit);
}

Result<std::optional<storage::QueueRow>> ComplaintQueries::queueRow(qint64 complaintId) const
{
    return storage::ComplaintRepository(m_workspace.database().connection()).queueRow(complaintId);
}

Result<ComplaintDetail> ComplaintQueries::complete(storage::ComplaintRecord complaint) const
{
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
    auto calls = storage::CallRepository(db).forComplaint(complaint.id);
    if (!calls)
        return calls.error();
    auto events = storage::EventRepository(db).forComplaint(complaint.id);
    if (!events)
        return events.error();
    detail.calls = std::move(calls).value();
    detail.events = std::move(events).value();
    detail.complaint = std::move(complaint);
    return detail;
}

} // namespace cd::models
