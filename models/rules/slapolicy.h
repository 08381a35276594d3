#pragma once

#include "businesscalendar.h"
#include "codes.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Deadline policies (DESIGN.md section 2, Deadlines): which targets a complaint gets, and
// how long each target is on a calendar.
namespace cd::rules {

enum class TargetUnit { BusinessHours, BusinessDays, CalendarHours, CalendarDays };

QString code(TargetUnit unit);
std::optional<TargetUnit> targetUnitFromCode(const QString &code);
QList<TargetUnit> allTargetUnits();

// An amount of time to reach a target: business time (working hours of a calendar;
// a business day is the calendar's working day, e.g. 9 h for 09:00-18:00) or calendar time.
struct SlaTarget
{
    static constexpr int maxAmount = 10000;

    int amount = 0;
    TargetUnit unit = TargetUnit::BusinessDays;

    bool isBusiness() const
    {
        return unit == TargetUnit::BusinessHours || unit == TargetUnit::BusinessDays;
    }
    qint64 durationMs(const BusinessCalendar &calendar) const;
    // "3 working days", "24 hours", ... (translated)
    QString describe() const;

    friend bool operator==(const SlaTarget &, const SlaTarget &) = default;
};

// A deadline policy: the conditions it applies to (unset: any) and its two targets,
// counted on one calendar. Forwarded-by-regulator complaints are those of channel REGULATOR.
struct SlaPolicy
{
    static constexpr int maxExtensionLimitDays = 365;

    qint64 id = 0;
    int position = 0;
    QString name;
    bool active = true;
    std::optional<Severity> severity;
    std::optional<qint64> categoryId;
    std::optional<Channel> channel;
    bool regulatorOnly = false;
    SlaTarget firstResponse {24, TargetUnit::CalendarHours};
    SlaTarget resolution {3, TargetUnit::BusinessDays};
    qint64 calendarId = 0;
    // Set: a lead may extend the resolution target, in its unit, up to this many days
    // in all (e.g. 15 calendar days extendable to 60). Unset: no extensions.
    std::optional<int> maxResolutionDays;

    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;
};

struct SlaPolicies
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicies)
public:
    // The first active policy, in position order, whose conditions all hold; none when
    // no policy matches (the caller then uses builtInStandard()).
    static const SlaPolicy *choose(const QList<SlaPolicy> &policies, Severity severity,
                                   qint64 categoryId, Channel channel);
    // What applies when no policy matches: the standard policy of DESIGN.md.
    static SlaPolicy builtInStandard(qint64 calendarId);
    // Every problem with `policy`, each naming its field ("name", "first_response",
    // "resolution", "max_days", "calendar").
    static QList<Error> validate(const SlaPolicy &policy);
    // Why `policy` applies, e.g. "severity P1 and channel REGULATOR" (translated).
    static QString conditions(const SlaPolicy &policy);
};

} // namespace cd::rules
