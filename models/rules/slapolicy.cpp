#include "slapolicy.h"

#include "codetable.h"

namespace cd::rules {

namespace {
constexpr qint64 msPerHour = 3600LL * 1000;
constexpr CodeTable<TargetUnit, 4> targetUnitCodes {
    {"BUSINESS_HOURS", "BUSINESS_DAYS", "CALENDAR_HOURS", "CALENDAR_DAYS"}, Qt::CaseSensitive};
} // namespace

QString code(TargetUnit unit)
{
    return targetUnitCodes.code(unit);
}

std::optional<TargetUnit> targetUnitFromCode(const QString &text)
{
    return targetUnitCodes.fromCode(text);
}

QList<TargetUnit> allTargetUnits()
{
    return targetUnitCodes.all();
}

qint64 SlaTarget::durationMs(const BusinessCalendar &calendar) const
{
    switch (unit) {
    case TargetUnit::BusinessHours:
        return amount * msPerHour;
    case TargetUnit::BusinessDays:
        return amount * calendar.businessDayMs();
    case TargetUnit::CalendarHours:
        return amount * msPerHour;
    case TargetUnit::CalendarDays:
        return amount * 24 * msPerHour;
    }
    return 0;
}

QString SlaTarget::describe() const
{
    switch (unit) {
    case TargetUnit::BusinessHours:
        return SlaPolicies::tr("%n business hour(s)", nullptr, amount);
    case TargetUnit::BusinessDays:
        return SlaPolicies::tr("%n working day(s)", nullptr, amount);
    case TargetUnit::CalendarHours:
        return SlaPolicies::tr("%n hour(s) around the clock", nullptr, amount);
    case TargetUnit::CalendarDays:
        return SlaPolicies::tr("%n calendar day(s)", nullptr, amount);
    }
    return {};
}

const SlaPolicy *SlaPolicies::choose(const QList<SlaPolicy> &policies, Severity severity,
                                     qint64 categoryId, Channel channel)
{
    const SlaPolicy *best = nullptr;
    for (const SlaPolicy &policy : policies) {
        if (!policy.active)
            continue;
        if (policy.severity && *policy.severity != severity)
            continue;
        if (policy.categoryId && *policy.categoryId != categoryId)
            continue;
        if (policy.channel && *policy.channel != channel)
            continue;
        if (policy.regulatorOnly && channel != Channel::Regulator)
            continue;
        if (!best || policy.position < best->position)
            best = &policy;
    }
    return best;
}

SlaPolicy SlaPolicies::builtInStandard(qint64 calendarId)
{
    SlaPolicy standard;
    standard.name = tr("Standard (built in)");
    standard.calendarId = calendarId;
    return standard;
}

QList<Error> SlaPolicies::validate(const SlaPolicy &policy)
{
    QList<Error> errors;
    if (policy.name.trimmed().isEmpty())
        errors << Error::invalid(tr("Name the policy."), QStringLiteral("name"));
    auto checkTarget = [&errors](const SlaTarget &target, const QString &field) {
        if (target.amount <= 0 || target.amount > SlaTarget::maxAmount)
            errors << Error::invalid(
                tr("A target must be between 1 and %1.").arg(SlaTarget::maxAmount), field);
    };
    checkTarget(policy.firstResponse, QStringLiteral("first_response"));
    checkTarget(policy.resolution, QStringLiteral("resolution"));
    if (policy.maxResolutionDays) {
        const bool inDays = policy.resolution.unit == TargetUnit::BusinessDays
            || policy.resolution.unit == TargetUnit::CalendarDays;
        if (!inDays)
            errors << Error::invalid(tr("Extensions need a resolution target counted in days."),
                                     QStringLiteral("max_days"));
        else if (*policy.maxResolutionDays < policy.resolution.amount
                 || *policy.maxResolutionDays > SlaPolicy::maxExtensionLimitDays)
            errors << Error::invalid(tr("The longest extended target must be between the "
                                        "target (%1 days) and %2 days.")
                                         .arg(policy.resolution.amount)
                                         .arg(SlaPolicy::maxExtensionLimitDays),
                                     QStringLiteral("max_days"));
    }
    if (policy.calendarId <= 0)
        errors << Error::invalid(tr("Choose the calendar the targets are counted on."),
                                 QStringLiteral("calendar"));
    return errors;
}

QString SlaPolicies::conditions(const SlaPolicy &policy)
{
    QStringList parts;
    if (policy.regulatorOnly)
        parts << tr("forwarded by a regulator");
    if (policy.severity)
        parts << tr("severity %1").arg(Labels::severity(*policy.severity));
    if (policy.channel)
        parts << tr("channel %1").arg(Labels::channel(*policy.channel));
    if (policy.categoryId)
        parts << tr("a chosen category");
    if (parts.isEmpty())
        return tr("every complaint");
    return parts.join(tr(" and "));
}

} // namespace cd::rules
