#include "slaadministration.h"

#include "businesscalendar.h"
#include "database.h"
#include "formatting.h"
#include "freetext.h"
#include "language.h"
#include "permissions.h"
#include "slaclocks.h"
#include "slarepository.h"
#include "slasettings.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace cd::models {

namespace {

// Stores `record`: updated when it has an id, else inserted (`insert` may complete it first)
// and given the new row's id.
template<typename Record, typename Update, typename Insert>
Result<void> store(Record &record, Update update, Insert insert)
{
    if (record.id != 0)
        return update(record);
    auto id = insert(record);
    if (!id)
        return id.error();
    record.id = *id;
    return {};
}

QJsonObject policyJson(const rules::SlaPolicy &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("active"), p.active},
            {QStringLiteral("severity"), p.severity ? rules::code(*p.severity) : QString()},
            {QStringLiteral("category_id"),
             p.categoryId ? QJsonValue(double(*p.categoryId)) : QJsonValue()},
            {QStringLiteral("channel"), p.channel ? rules::code(*p.channel) : QString()},
            {QStringLiteral("regulator_only"), p.regulatorOnly},
            {QStringLiteral("first_response"),
             QStringLiteral("%1 %2")
                 .arg(p.firstResponse.amount)
                 .arg(rules::code(p.firstResponse.unit))},
            {QStringLiteral("resolution"),
             QStringLiteral("%1 %2").arg(p.resolution.amount).arg(rules::code(p.resolution.unit))},
            {QStringLiteral("calendar_id"), double(p.calendarId)},
            {QStringLiteral("max_resolution_days"),
             p.maxResolutionDays ? QJsonValue(*p.maxResolutionDays) : QJsonValue()}};
}

} // namespace

Result<void> SlaAdministration::requireAdministrator(const QString &action)
{
    if (rules::canManageCalendars(m_workspace.rulesActor()))
        return {};
    return auditlog::refuse(m_workspace, action,
                            tr("Only an administrator may change calendars and deadline "
                               "policies."));
}

Result<void>
SlaAdministration::changeAndReapply(const std::function<Result<void>()> &write,
                                    const std::function<auditlog::Entry(int)> &describe)
{
    auto done = storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        if (auto written = write(); !written)
            return written;
        if (auto reloaded = m_workspace.slaSettings().reload(); !reloaded)
            return reloaded;
        auto changed = m_workspace.slaClocks().reapplyToOpenComplaints();
        if (!changed)
            return changed.error();
        if (auto appended = auditlog::append(m_workspace, describe(*changed)); !appended)
            return appended.error();
        return {};
    });
    if (!done) {
        // The transaction rolled back: forget what it wrote. Should the store be unreadable
        // now, the error the caller gets already says so.
        static_cast<void>(m_workspace.slaSettings().reload());
    }
    return done;
}

Result<qint64> SlaAdministration::savePolicy(const rules::SlaPolicy &input)
{
    if (auto allowed = requireAdministrator(QStringLiteral("save_sla_policy")); !allowed)
        return allowed.error();
    rules::SlaPolicy policy = input;
    policy.name = policy.name.trimmed();
    if (auto characters = rules::FreeText::checkCharacters(policy.name, QStringLiteral("name"));
        !characters)
        return characters.error();
    if (const QList<Error> errors = rules::SlaPolicies::validate(policy); !errors.isEmpty())
        return errors.first();
    if (!m_workspace.slaSettings().hasCalendar(policy.calendarId))
        return Error::invalid(tr("Choose the calendar the targets are counted on."),
                              QStringLiteral("calendar"));
    const QList<rules::SlaPolicy> &policies = m_workspace.slaSettings().policies();
    QJsonObject before;
    if (policy.id != 0) {
        const auto it = std::find_if(policies.cbegin(), policies.cend(),
                                     [&](const rules::SlaPolicy &p) { return p.id == policy.id; });
        if (it == policies.cend())
            return Error::notFound(tr("The policy does not exist any more."));
        before = policyJson(*it);
        policy.position = it->position;
    } else {
        for (const rules::SlaPolicy &p : policies)
            policy.position = std::max(policy.position, p.position + 1);
    }
    storage::SlaRepository repository(m_workspace.database().connection());
    auto done = changeAndReapply(
        [&] {
            return store(
                policy, [&](const rules::SlaPolicy &p) { return repository.updatePolicy(p); },
                [&](const rules::SlaPolicy &p) { return repository.insertPolicy(p); });
        },
        [&](int changed) {
            return auditlog::Entry {QStringLiteral("sla_policy_changed"),
                                    std::nullopt,
                                    {{QStringLiteral("policy_id"), double(policy.id)},
                                     {QStringLiteral("before"), before},
                                     {QStringLiteral("after"), policyJson(policy)},
                                     {QStringLiteral("complaints_changed"), changed}},
                                    {},
                                    {},
                                    {},
                                    std::nullopt};
        });
    if (!done)
        return done.error();
    return policy.id;
}

Result<void> SlaAdministration::movePolicy(qint64 policyId, int step)
{
    if (auto allowed = requireAdministrator(QStringLiteral("move_sla_policy")); !allowed)
        return allowed;
    QList<qint64> order;
    for (const rules::SlaPolicy &p : m_workspace.slaSettings().policies())
        order << p.id;
    const qsizetype from = order.indexOf(policyId);
    const qsizetype to = from + step;
    if (from < 0 || to < 0 || to >= order.size())
        return {};
    order.move(from, to);
    QJsonArray ids;
    for (const qint64 id : std::as_const(order))
        ids.append(double(id));
    return changeAndReapply(
        [&] {
            return storage::SlaRepository(m_workspace.database().connection())
                .setPolicyPositions(order);
        },
        [&](int changed) {
            return auditlog::Entry {
                QStringLiteral("sla_policies_reordered"),
                std::nullopt,
                {{QStringLiteral("order"), ids}, {QStringLiteral("complaints_changed"), changed}},
                {},
                {},
                {},
                std::nullopt};
        });
}

Result<qint64> SlaAdministration::saveCalendar(const storage::CalendarRecord &input)
{
    if (auto allowed = requireAdministrator(QStringLiteral("save_calendar")); !allowed)
        return allowed.error();
    storage::CalendarRecord calendar = input;
    calendar.nameZh = calendar.nameZh.trimmed();
    calendar.nameEn = calendar.nameEn.trimmed();
    if (calendar.nameZh.isEmpty() && calendar.nameEn.isEmpty())
        return Error::invalid(tr("Name the calendar."), QStringLiteral("name"));
    for (const QString &name : {calendar.nameZh, calendar.nameEn}) {
        if (auto characters = rules::FreeText::checkCharacters(name, QStringLiteral("name"));
            !characters)
            return characters.error();
    }
    if (const QList<Error> errors =
            rules::BusinessCalendar::validate(QTimeZone(calendar.timeZone.toUtf8()), calendar.opens,
                                              calendar.closes, calendar.weekdays);
        !errors.isEmpty())
        return errors.first();
    storage::SlaRepository repository(m_workspace.database().connection());
    auto done = changeAndReapply(
        [&] {
            return store(
                calendar,
                [&](const storage::CalendarRecord &c) { return repository.updateCalendar(c); },
                [&](storage::CalendarRecord &c) {
                    c.code = QStringLiteral("CAL%1").arg(m_workspace.clock().nowMs());
                    return repository.insertCalendar(c);
                });
        },
        [&](int changed) {
            return auditlog::Entry {
                QStringLiteral("calendar_changed"),
                std::nullopt,
                {{QStringLiteral("calendar_id"), double(calendar.id)},
                 {QStringLiteral("name"), pickName(calendar.nameZh, calendar.nameEn)},
                 {QStringLiteral("hours"),
                  QStringLiteral("%1-%2").arg(calendar.opens.toString(QStringLiteral("HH:mm")),
                                              calendar.closes.toString(QStringLiteral("HH:mm")))},
                 {QStringLiteral("listed_days"), int(calendar.days.size())},
                 {QStringLiteral("complaints_changed"), changed}},
                {},
                {},
                {},
                std::nullopt};
        });
    if (!done)
        return done.error();
    return calendar.id;
}

Result<int> SlaAdministration::importCalendarCsv(qint64 calendarId, const QByteArray &csv)
{
    auto days = rules::BusinessCalendar::parseHolidayCsv(csv);
    if (!days)
        return days.error();
    if (days->isEmpty())
        return Error::invalid(tr("The file lists no days."));
    const QList<storage::CalendarRecord> &calendars = m_workspace.slaSettings().calendars();
    const auto it =
        std::find_if(calendars.cbegin(), calendars.cend(),
                     [&](const storage::CalendarRecord &r) { return r.id == calendarId; });
    if (it == calendars.cend())
        return Error::notFound(tr("There is no such calendar."));
    storage::CalendarRecord calendar = *it;
    QSet<int> years;
    for (auto day = days->cbegin(); day != days->cend(); ++day)
        years.insert(day.key().year());
    for (auto day = calendar.days.begin(); day != calendar.days.end();) {
        if (years.contains(day.key().year()))
            day = calendar.days.erase(day);
        else
            ++day;
    }
    for (auto day = days->cbegin(); day != days->cend(); ++day)
        calendar.days.insert(day.key(), day.value());
    if (auto saved = saveCalendar(calendar); !saved)
        return saved.error();
    return int(days->size());
}

} // namespace cd::models
