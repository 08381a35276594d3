#include "workflow.h"

namespace cd::rules {

QList<Status> nextStatuses(Status from)
{
    switch (from) {
    case Status::New:
        return {Status::Assigned, Status::Investigating, Status::WaitingCustomer, Status::Replied};
    case Status::Assigned:
        return {Status::Investigating, Status::WaitingCustomer, Status::Replied};
    case Status::Investigating:
        return {Status::WaitingCustomer, Status::Replied};
    case Status::WaitingCustomer:
        return {Status::Investigating, Status::Replied};
    case Status::Replied:
        return {Status::FollowUp, Status::Closed, Status::Investigating};
    case Status::FollowUp:
        return {Status::Closed, Status::Investigating};
    case Status::Closed:
        return {Status::Investigating};
    }
    return {};
}

bool canMove(Status from, Status to)
{
    return nextStatuses(from).contains(to);
}

bool isReopening(Status from, Status to)
{
    return from == Status::Closed && to == Status::Investigating;
}

} // namespace cd::rules
