#pragma once

#include "codes.h"

#include <QList>

// The complaint workflow of DESIGN.md section 2:
// NEW -> ASSIGNED -> INVESTIGATING -> REPLIED -> FOLLOW_UP -> CLOSED, with
// WAITING_CUSTOMER as a pause and CLOSED -> INVESTIGATING as a reopening.
namespace cd::rules {

// The statuses a complaint in `from` may move to, in workflow order.
QList<Status> nextStatuses(Status from);

bool canMove(Status from, Status to);

// Moving from CLOSED back to INVESTIGATING.
bool isReopening(Status from, Status to);

} // namespace cd::rules
