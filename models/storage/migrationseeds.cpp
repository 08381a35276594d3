// The default data the schema ladder seeds into a new store (resources/ and data/).

#include "migrationsteps.h"

#include "migrations.h"

#include "businesscalendar.h"
#include "resourcepaths.h"
#include "slaclock.h"
#include "sqlquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::storage::migration {

namespace {

// The default taxonomy compiled into the program (resources/taxonomy.json).
Result<QJsonObject> defaultTaxonomy()
{
    QFile file(resources::taxonomyJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(Migrations::tr("The default taxonomy is missing from the program."));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

// The default departments, categories and sub-categories (resources/taxonomy.json).
Result<void> seedTaxonomy(const QSqlDatabase &db)
{
    const auto taxonomy = defaultTaxonomy();
    if (!taxonomy)
        return taxonomy.error();

    for (const QJsonValue &value : taxonomy->value(QLatin1String("departments")).toArray()) {
        const QJsonObject d = value.toObject();
        auto inserted = runInsert(
            db, QStringLiteral("INSERT INTO departments (code, name_zh, name_en) VALUES (?, ?, ?)"),
            {d[QLatin1String("code")].toString(), d[QLatin1String("zh")].toString(),
             d[QLatin1String("en")].toString()});
        if (!inserted)
            return inserted.error();
    }
    int position = 0;
    for (const QJsonValue &value : taxonomy->value(QLatin1String("categories")).toArray()) {
        const QJsonObject c = value.toObject();
        auto categoryId = runInsert(
            db,
            QStringLiteral("INSERT INTO categories (code, name_zh, name_en, default_department_id,"
                           " default_severity, position) VALUES (?, ?, ?,"
                           " (SELECT id FROM departments WHERE code = ?), ?, ?)"),
            {c[QLatin1String("code")].toString(), c[QLatin1String("zh")].toString(),
             c[QLatin1String("en")].toString(), c[QLatin1String("department")].toString(),
             c[QLatin1String("severity")].toString(), ++position});
        if (!categoryId)
            return categoryId.error();
        int subPosition = 0;
        for (const QJsonValue &sub : c[QLatin1String("sub")].toArray()) {
            const QJsonArray s = sub.toArray();
            auto inserted = runInsert(
                db,
                QStringLiteral("INSERT INTO subcategories (category_id, code, name_zh, name_en,"
                               " position) VALUES (?, ?, ?, ?, ?)"),
                {*categoryId, s.at(0).toString(), s.at(1).toString(), s.at(2).toString(),
                 ++subPosition});
            if (!inserted)
                return inserted.error();
        }
    }
    return {};
}

// The default routing rules: regulator-forwarded complaints raised to P1 and given to the
// least loaded, and fraud words sent to risk management by round robin.
Result<void> seedRoutingRules(const QSqlDatabase &db)
{
    return runScript(
        db,
        {
            QStringLiteral(
                "INSERT INTO routing_rules (position, name, regulator_only, raise_severity_to,"
                " strategy) VALUES (1, 'Forwarded by a regulator', 1, 'P1', 'FEWEST_OPEN')"),
            QStringLiteral(
                "INSERT INTO routing_rules (position, name, keywords, department_id,"
                " raise_severity_to, strategy) VALUES (2, 'Fraud words',"
                " '\u76d7\u5237,\u8bc8\u9a97,\u88ab\u9a97,fraud,scam',"
                " (SELECT id FROM departments WHERE code = 'RISK'), 'P1', 'ROUND_ROBIN')"),
        });
}

// The default business calendars (mainland working days with the public holidays of
// data/cn-public-holidays.csv, and around the clock) and deadline policies.
Result<void> seedCalendarsAndPolicies(const QSqlDatabase &db)
{
    if (auto created = runScript(
            db,
            {
                QStringLiteral("INSERT INTO calendars (code, name_zh, name_en, time_zone, opens, "
                               "closes, weekdays)"
                               " VALUES ('CN', '\u5185\u5730\u5de5\u4f5c\u65e5', 'Mainland China "
                               "working days',"
                               " 'Asia/Shanghai', '09:00', '18:00', '1,2,3,4,5')"),
                QStringLiteral("INSERT INTO calendars (code, name_zh, name_en, time_zone, opens, "
                               "closes, weekdays)"
                               " VALUES ('24X7', '\u5168\u5929\u5019', 'Around the clock (24/7)',"
                               " 'Asia/Shanghai', '00:00', '00:00', '1,2,3,4,5,6,7')"),
            });
        !created)
        return created;

    QFile file(resources::holidaysCsvPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(Migrations::tr("The holiday calendar is missing from the program."));
    auto days = rules::BusinessCalendar::parseHolidayCsv(file.readAll());
    if (!days)
        return days.error();
    for (auto it = days->cbegin(); it != days->cend(); ++it) {
        auto inserted = runQuery(
            db,
            QStringLiteral("INSERT INTO calendar_days (calendar_id, day, kind, name_zh, name_en)"
                           " VALUES ((SELECT id FROM calendars WHERE code = 'CN'), ?, ?, ?, ?)"),
            {it.key().toString(Qt::ISODate),
             it->kind == rules::CalendarDay::Kind::Off ? QStringLiteral("off")
                                                       : QStringLiteral("workday"),
             it->nameZh, it->nameEn});
        if (!inserted)
            return inserted.error();
    }
    return runScript(
        db,
        {
            QStringLiteral(
                "INSERT INTO sla_policies (position, name, regulator_only, first_response_amount,"
                " first_response_unit, resolution_amount, resolution_unit, calendar_id,"
                " max_resolution_days) VALUES (1, '\u76d1\u7ba1\u8f6c\u529e Forwarded by a "
                "regulator', 1, 24,"
                " 'CALENDAR_HOURS', 15, 'CALENDAR_DAYS', (SELECT id FROM calendars WHERE code = "
                "'CN'),"
                " 60)"),
            QStringLiteral(
                "INSERT INTO sla_policies (position, name, severity, first_response_amount,"
                " first_response_unit, resolution_amount, resolution_unit, calendar_id)"
                " VALUES (2, '\u7d27\u6025 Urgent (P1)', 'P1', 2, 'BUSINESS_HOURS', 1, "
                "'BUSINESS_DAYS',"
                " (SELECT id FROM calendars WHERE code = 'CN'))"),
            QStringLiteral(
                "INSERT INTO sla_policies (position, name, first_response_amount,"
                " first_response_unit, resolution_amount, resolution_unit, calendar_id)"
                " VALUES (3, '\u6807\u51c6 Standard', 24, 'CALENDAR_HOURS', 3, 'BUSINESS_DAYS',"
                " (SELECT id FROM calendars WHERE code = 'CN'))"),
        });
}

// Each default category's cause in the PBOC statistics standard (resources/taxonomy.json).
Result<void> seedRegulatoryCauses(const QSqlDatabase &db)
{
    const auto taxonomy = defaultTaxonomy();
    if (!taxonomy)
        return taxonomy.error();
    for (const QJsonValue &value : taxonomy->value(QLatin1String("categories")).toArray()) {
        const QJsonObject c = value.toObject();
        auto set = runQuery(
            db, QStringLiteral("UPDATE categories SET regulatory_cause = ? WHERE code = ?"),
            {c[QLatin1String("cause")].toString(), c[QLatin1String("code")].toString()});
        if (!set)
            return set.error();
    }
    return {};
}

} // namespace cd::storage::migration
