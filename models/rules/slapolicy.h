#pragma once

#include "businesscalendar.h"
#include "codes.h"

namespace cd::rules {

struct DueTimes
{
    qint64 firstResponseDueAt = 0;   // UTC epoch ms
    qint64 resolutionDueAt = 0;
};

// The default policies of DESIGN.md section 2 (Deadlines):
// - solved on the call: both targets met at receipt;
// - forwarded by a regulator: first response within 24 calendar hours, decision within
//   15 calendar days;
// - P1: first response within 2 business hours, resolution within 1 working day;
// - otherwise: first response within 24 calendar hours, resolution within 3 working days.
DueTimes defaultDueTimes(qint64 receivedAt, Severity severity, Channel channel,
                         bool solvedOnCall, const BusinessCalendar &calendar);

} // namespace cd::rules
