#include "slapolicy.h"

namespace cd::rules {

namespace {
constexpr qint64 msPerHour = 3600LL * 1000;
}

DueTimes defaultDueTimes(qint64 receivedAt, Severity severity, Channel channel,
                         bool solvedOnCall, const BusinessCalendar &calendar)
{
    if (solvedOnCall)
        return {receivedAt, receivedAt};
    if (channel == Channel::Regulator)
        return {receivedAt + 24 * msPerHour, receivedAt + 15 * 24 * msPerHour};
    if (severity == Severity::P1) {
        return {calendar.addBusinessTime(receivedAt, 2 * msPerHour),
                calendar.addBusinessTime(receivedAt, calendar.businessDayMs())};
    }
    return {receivedAt + 24 * msPerHour,
            calendar.addBusinessTime(receivedAt, 3 * calendar.businessDayMs())};
}

} // namespace cd::rules
