#include "migrations.h"

#include "auditkey.h"
#include "database.h"
#include "dialect.h"
#include "serverschema.h"
#include "eventrepository.h"
#include "resourcepaths.h"
#include "businesscalendar.h"
#include "slaclock.h"
#include "complaintrepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>
#include <map>
#include <vector>

namespace cd::storage {


namespace {

// schema_version.application of a ComplaintDesk store on a server (SQLite's application_id).
const QString serverApplication = QStringLiteral("ComplaintDesk");
// The advisory lock key that serialises upgrades of a store on a server ("CoDe" upgrade).
constexpr qint64 serverUpgradeLock = 0x436F4465'0001;

using Step = std::function<Result<void>(const QSqlDatabase &)>;

Result<void> runScript(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto done = runQuery(db, sql); !done)
            return done.error();
    }
    return {};
}

// The default departments, categories and sub-categories (resources/taxonomy.json).
Result<void> seedTaxonomy(const QSqlDatabase &db)
{
    QFile file(resources::taxonomyJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(Migrations::tr("The default taxonomy is missing from the program."));
    const QJsonObject taxonomy = QJsonDocument::fromJson(file.readAll()).object();

    for (const QJsonValue &value : taxonomy.value(QLatin1String("departments")).toArray()) {
        const QJsonObject d = value.toObject();
        auto inserted = runInsert(db,
            QStringLiteral("INSERT INTO departments (code, name_zh, name_en) VALUES (?, ?, ?)"),
            {d[QLatin1String("code")].toString(), d[QLatin1String("zh")].toString(),
             d[QLatin1String("en")].toString()});
        if (!inserted)
            return inserted.error();
    }
    int position = 0;
    for (const QJsonValue &value : taxonomy.value(QLatin1String("categories")).toArray()) {
        const QJsonObject c = value.toObject();
        auto categoryId = runInsert(db,
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
            auto inserted = runInsert(db,
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

// v1: who handles complaints and how they are classified, seeded from resources/.
Result<void> createOrganisationAndTaxonomy(const QSqlDatabase &db)
{
    auto created = runScript(db, {
        QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
        QStringLiteral(
            "CREATE TABLE departments ("
            " id INTEGER PRIMARY KEY,"
            " code TEXT NOT NULL UNIQUE,"
            " name_zh TEXT NOT NULL,"
            " name_en TEXT NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
        QStringLiteral(
            "CREATE TABLE categories ("
            " id INTEGER PRIMARY KEY,"
            " code TEXT NOT NULL UNIQUE,"
            " name_zh TEXT NOT NULL,"
            " name_en TEXT NOT NULL,"
            " default_department_id INTEGER NOT NULL REFERENCES departments(id),"
            " default_severity TEXT NOT NULL CHECK (default_severity IN ('P1','P2','P3','P4')),"
            " position INTEGER NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
        QStringLiteral(
            "CREATE TABLE subcategories ("
            " id INTEGER PRIMARY KEY,"
            " category_id INTEGER NOT NULL REFERENCES categories(id),"
            " code TEXT NOT NULL,"
            " name_zh TEXT NOT NULL,"
            " name_en TEXT NOT NULL,"
            " position INTEGER NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
            " UNIQUE (category_id, code))"),
        QStringLiteral(
            "CREATE TABLE users ("
            " id INTEGER PRIMARY KEY,"
            " username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            " display_name TEXT NOT NULL,"
            " role TEXT NOT NULL CHECK (role IN ('agent','lead','admin')),"
            " department_id INTEGER REFERENCES departments(id),"
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
            " created_at INTEGER NOT NULL)"),
    });
    if (!created)
        return created;
    return seedTaxonomy(db);
}

// v2: customers, their calls and complaints, and the audit trail.
Result<void> createComplaints(const QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral(
            "CREATE TABLE customers ("
            " id INTEGER PRIMARY KEY,"
            " phone TEXT NOT NULL UNIQUE,"              // E.164
            " name TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE complaints ("
            " id INTEGER PRIMARY KEY,"
            " reference TEXT NOT NULL UNIQUE,"
            " customer_id INTEGER NOT NULL REFERENCES customers(id),"
            " category_id INTEGER NOT NULL REFERENCES categories(id),"
            " subcategory_id INTEGER REFERENCES subcategories(id),"
            " severity TEXT NOT NULL CHECK (severity IN ('P1','P2','P3','P4')),"
            " channel TEXT NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('NEW','ASSIGNED','INVESTIGATING',"
            "   'WAITING_CUSTOMER','REPLIED','FOLLOW_UP','CLOSED')),"
            " department_id INTEGER NOT NULL REFERENCES departments(id),"
            " assignee_id INTEGER REFERENCES users(id),"
            " description TEXT NOT NULL,"
            " demand TEXT NOT NULL,"
            " amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),"
            " transaction_ref TEXT NOT NULL DEFAULT '',"
            " solved_on_call INTEGER NOT NULL DEFAULT 0 CHECK (solved_on_call IN (0, 1)),"
            " received_at INTEGER NOT NULL,"             // UTC epoch ms
            " created_by INTEGER NOT NULL REFERENCES users(id),"
            " updated_at INTEGER NOT NULL,"
            " first_response_due_at INTEGER NOT NULL,"
            " resolution_due_at INTEGER NOT NULL,"
            " closed_at INTEGER)"),
        QStringLiteral(
            "CREATE TABLE calls ("
            " id INTEGER PRIMARY KEY,"
            " customer_id INTEGER NOT NULL REFERENCES customers(id),"
            " complaint_id INTEGER REFERENCES complaints(id),"
            " agent_id INTEGER NOT NULL REFERENCES users(id),"
            " channel TEXT NOT NULL,"
            " started_at INTEGER NOT NULL,"
            " duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),"
            " notes TEXT NOT NULL DEFAULT '',"
            " follow_up INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1)))"),
        QStringLiteral(
            "CREATE TABLE events ("
            " id INTEGER PRIMARY KEY,"
            " complaint_id INTEGER REFERENCES complaints(id),"
            " actor_id INTEGER REFERENCES users(id),"
            " at INTEGER NOT NULL,"
            " type TEXT NOT NULL,"
            " from_status TEXT,"
            " to_status TEXT,"
            " note TEXT NOT NULL DEFAULT '',"
            " details TEXT NOT NULL DEFAULT '{}')"),    // JSON object
        QStringLiteral(
            "CREATE TABLE reference_counters ("
            " day TEXT PRIMARY KEY,"                     // yyyyMMdd, business time zone
            " last INTEGER NOT NULL) WITHOUT ROWID"),
    });
}

// v3: the indexes the queue, caller look-up and timeline queries need.
Result<void> createQueueIndexes(const QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral("CREATE INDEX complaints_by_received ON complaints (received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_status ON complaints (status, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_category ON complaints (category_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_severity ON complaints (severity, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_department ON complaints (department_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_due ON complaints (resolution_due_at)"),
        QStringLiteral("CREATE INDEX complaints_by_customer ON complaints (customer_id, received_at)"),
        QStringLiteral("CREATE INDEX calls_by_customer ON calls (customer_id, started_at)"),
        QStringLiteral("CREATE INDEX calls_by_complaint ON calls (complaint_id, started_at)"),
        QStringLiteral("CREATE INDEX events_by_complaint ON events (complaint_id, at)"),
    });
}

// The triggers that refuse UPDATE and DELETE on audit events (v4; v14 lifts them to seal).
QStringList appendOnlyTriggers()
{
    return {QStringLiteral("CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events"
                           " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
            QStringLiteral("CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events"
                           " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END")};
}

// v4: sign-in (password hashes, lockout), settings, and the append-only, hash-chained
// audit trail. Events written before v4 are chained here, in id order.
Result<void> secureAccountsAndAuditTrail(const QSqlDatabase &db)
{
    auto altered = runScript(db, {
        QStringLiteral("ALTER TABLE users ADD COLUMN password_hash TEXT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE users ADD COLUMN locked_until INTEGER"),
        QStringLiteral("ALTER TABLE events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE events ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "CREATE TABLE settings ("
            " key TEXT PRIMARY KEY,"
            " value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE audit_chain ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " last_event_id INTEGER NOT NULL,"
            " last_hash TEXT NOT NULL)"),
    });
    if (!altered)
        return altered;

    auto events = runQuery(db, QStringLiteral("SELECT ") + EventRepository::hashedColumns()
                                   + QStringLiteral(" FROM events ORDER BY id"));
    if (!events)
        return events.error();
    QString previous;
    qint64 lastId = 0;
    QList<std::pair<qint64, std::pair<QString, QString>>> chained;
    while (events->next()) {
        const QString hash = EventRepository::legacyHash(previous, *events);
        lastId = events->value(0).toLongLong();
        chained.append({lastId, {previous, hash}});
        previous = hash;
    }
    events->finish();
    for (const auto &[id, hashes] : chained) {
        auto updated = runQuery(db, QStringLiteral(
            "UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?"),
            {hashes.first, hashes.second, id});
        if (!updated)
            return updated.error();
    }
    return runScript(db, QStringList{
        QStringLiteral("INSERT INTO audit_chain (id, last_event_id, last_hash) VALUES (1, %1, '%2')")
            .arg(lastId).arg(previous)} + appendOnlyTriggers());
}

// The default routing rules: regulator-forwarded complaints raised to P1 and given to the
// least loaded, and fraud words sent to risk management by round robin.
Result<void> seedRoutingRules(const QSqlDatabase &db)
{
    return runScript(db, {
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

// v5: routing rules, assignment (availability, round-robin state), escalation and the
// record of which department held a complaint when.
Result<void> createRouting(const QSqlDatabase &db)
{
    auto created = runScript(db, {
        QStringLiteral("ALTER TABLE users ADD COLUMN availability TEXT NOT NULL DEFAULT"
                       " 'available' CHECK (availability IN ('available','busy','away'))"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN routing_rule_id INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN assigned_manually INTEGER NOT NULL"
                       " DEFAULT 0"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN escalated_at INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN escalation_reason TEXT NOT NULL"
                       " DEFAULT ''"),
        QStringLiteral(
            "CREATE TABLE routing_rules ("
            " id INTEGER PRIMARY KEY,"
            " position INTEGER NOT NULL,"
            " name TEXT NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1,"
            " category_id INTEGER REFERENCES categories(id),"
            " subcategory_id INTEGER REFERENCES subcategories(id),"
            " severity TEXT,"
            " channel TEXT,"
            " min_amount_fen INTEGER,"
            " regulator_only INTEGER NOT NULL DEFAULT 0,"
            " keywords TEXT NOT NULL DEFAULT '',"          // separated by commas
            " department_id INTEGER REFERENCES departments(id),"
            " raise_severity_to TEXT,"
            " strategy TEXT NOT NULL DEFAULT 'QUEUE'"
            "   CHECK (strategy IN ('QUEUE','ROUND_ROBIN','FEWEST_OPEN')))"),
        QStringLiteral(
            "CREATE TABLE round_robin_state ("
            " department_id INTEGER PRIMARY KEY REFERENCES departments(id),"
            " last_user_id INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE department_holds ("
            " id INTEGER PRIMARY KEY,"
            " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
            " department_id INTEGER NOT NULL REFERENCES departments(id),"
            " started_at INTEGER NOT NULL,"
            " ended_at INTEGER)"),
        QStringLiteral("CREATE INDEX holds_by_complaint ON department_holds (complaint_id, started_at)"),
        QStringLiteral("CREATE INDEX complaints_by_assignee ON complaints (assignee_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_escalated ON complaints (escalated_at)"
                       " WHERE escalated_at IS NOT NULL"),
        // Complaints logged before v5 have been held by their department since receipt.
        QStringLiteral("INSERT INTO department_holds (complaint_id, department_id, started_at)"
                       " SELECT id, department_id, received_at FROM complaints"),
    });
    if (!created)
        return created;
    return seedRoutingRules(db);
}

// The default business calendars (mainland working days with the public holidays of
// data/cn-public-holidays.csv, and around the clock) and deadline policies.
Result<void> seedCalendarsAndPolicies(const QSqlDatabase &db)
{
    if (auto created = runScript(db, {
            QStringLiteral(
                "INSERT INTO calendars (code, name_zh, name_en, time_zone, opens, closes, weekdays)"
                " VALUES ('CN', '\u5185\u5730\u5de5\u4f5c\u65e5', 'Mainland China working days',"
                " 'Asia/Shanghai', '09:00', '18:00', '1,2,3,4,5')"),
            QStringLiteral(
                "INSERT INTO calendars (code, name_zh, name_en, time_zone, opens, closes, weekdays)"
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
        auto inserted = runQuery(db, QStringLiteral(
            "INSERT INTO calendar_days (calendar_id, day, kind, name_zh, name_en)"
            " VALUES ((SELECT id FROM calendars WHERE code = 'CN'), ?, ?, ?, ?)"),
            {it.key().toString(Qt::ISODate),
             it->kind == rules::CalendarDay::Kind::Off ? QStringLiteral("off")
                                                       : QStringLiteral("workday"),
             it->nameZh, it->nameEn});
        if (!inserted)
            return inserted.error();
    }
    return runScript(db, {
        QStringLiteral(
            "INSERT INTO sla_policies (position, name, regulator_only, first_response_amount,"
            " first_response_unit, resolution_amount, resolution_unit, calendar_id,"
            " max_resolution_days) VALUES (1, '\u76d1\u7ba1\u8f6c\u529e Forwarded by a regulator', 1, 24,"
            " 'CALENDAR_HOURS', 15, 'CALENDAR_DAYS', (SELECT id FROM calendars WHERE code = 'CN'),"
            " 60)"),
        QStringLiteral(
            "INSERT INTO sla_policies (position, name, severity, first_response_amount,"
            " first_response_unit, resolution_amount, resolution_unit, calendar_id)"
            " VALUES (2, '\u7d27\u6025 Urgent (P1)', 'P1', 2, 'BUSINESS_HOURS', 1, 'BUSINESS_DAYS',"
            " (SELECT id FROM calendars WHERE code = 'CN'))"),
        QStringLiteral(
            "INSERT INTO sla_policies (position, name, first_response_amount,"
            " first_response_unit, resolution_amount, resolution_unit, calendar_id)"
            " VALUES (3, '\u6807\u51c6 Standard', 24, 'CALENDAR_HOURS', 3, 'BUSINESS_DAYS',"
            " (SELECT id FROM calendars WHERE code = 'CN'))"),
    });
}

// v6: deadlines. Business calendars with their listed days (the mainland-China arrangement
// seeded from resources/, and a 24/7 calendar), deadline policies chosen by rules, the
// clocks of each complaint (first contact, reply, pauses, reopening, extension), breach
// flags, promised call-backs and the notifications already given.
Result<void> createDeadlines(const QSqlDatabase &db)
{
    const QString none = QString::number(rules::noDeadline);
    auto created = runScript(db, {
        QStringLiteral(
            "CREATE TABLE calendars ("
            " id INTEGER PRIMARY KEY,"
            " code TEXT NOT NULL UNIQUE,"
            " name_zh TEXT NOT NULL,"
            " name_en TEXT NOT NULL,"
            " time_zone TEXT NOT NULL,"
            " opens TEXT NOT NULL,"                      // HH:mm
            " closes TEXT NOT NULL,"                     // HH:mm; opens = closes = 00:00: 24 h
            " weekdays TEXT NOT NULL)"),                 // e.g. 1,2,3,4,5 (1 = Monday)
        QStringLiteral(
            "CREATE TABLE calendar_days ("
            " calendar_id INTEGER NOT NULL REFERENCES calendars(id),"
            " day TEXT NOT NULL,"                        // YYYY-MM-DD
            " kind TEXT NOT NULL CHECK (kind IN ('off','workday')),"
            " name_zh TEXT NOT NULL DEFAULT '',"
            " name_en TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (calendar_id, day)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE sla_policies ("
            " id INTEGER PRIMARY KEY,"
            " position INTEGER NOT NULL,"
            " name TEXT NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1,"
            " severity TEXT,"
            " category_id INTEGER REFERENCES categories(id),"
            " channel TEXT,"
            " regulator_only INTEGER NOT NULL DEFAULT 0,"
            " first_response_amount INTEGER NOT NULL CHECK (first_response_amount > 0),"
            " first_response_unit TEXT NOT NULL,"
            " resolution_amount INTEGER NOT NULL CHECK (resolution_amount > 0),"
            " resolution_unit TEXT NOT NULL,"
            " calendar_id INTEGER NOT NULL REFERENCES calendars(id),"
            " max_resolution_days INTEGER)"),
        QStringLiteral(
            "CREATE TABLE sla_pauses ("
            " id INTEGER PRIMARY KEY,"
            " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
            " started_at INTEGER NOT NULL,"
            " ended_at INTEGER,"
            " reason TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX pauses_by_complaint ON sla_pauses (complaint_id, started_at)"),
        QStringLiteral(
            "CREATE TABLE notifications ("
            " id INTEGER PRIMARY KEY,"
            " user_id INTEGER NOT NULL REFERENCES users(id),"
            " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
            " kind TEXT NOT NULL CHECK (kind IN ('at_risk','breached','callback')),"
            " due_at INTEGER NOT NULL,"                  // the deadline or call-back it is about
            " created_at INTEGER NOT NULL,"
            " read_at INTEGER,"
            " UNIQUE (user_id, complaint_id, kind, due_at))"),
        QStringLiteral("CREATE INDEX notifications_by_user ON notifications (user_id, created_at)"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN sla_policy_id INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN first_responded_at INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN resolution_started_at INTEGER NOT NULL"
                       " DEFAULT 0"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN resolved_at INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN paused_at INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN extension_days INTEGER NOT NULL"
                       " DEFAULT 0"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN next_due_at INTEGER NOT NULL DEFAULT ")
            + none,
        QStringLiteral("ALTER TABLE complaints ADD COLUMN next_at_risk_at INTEGER NOT NULL"
                       " DEFAULT ") + none,
        QStringLiteral("ALTER TABLE complaints ADD COLUMN first_response_breached INTEGER NOT NULL"
                       " DEFAULT 0"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN resolution_breached INTEGER NOT NULL"
                       " DEFAULT 0"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN callback_at INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN callback_note TEXT NOT NULL DEFAULT ''"),
        // Complaints logged before v6: the resolution clock started at receipt; moved past
        // ASSIGNED means someone has been in touch; REPLIED and later mean replied.
        QStringLiteral("UPDATE complaints SET resolution_started_at = received_at,"
                       " first_responded_at = CASE WHEN status IN ('NEW','ASSIGNED') THEN NULL"
                       "   ELSE updated_at END,"
                       " resolved_at = CASE WHEN status IN ('REPLIED','FOLLOW_UP','CLOSED')"
                       "   THEN updated_at END,"
                       " paused_at = CASE WHEN status = 'WAITING_CUSTOMER' THEN updated_at END"),
        QStringLiteral("UPDATE complaints SET next_due_at = resolution_due_at,"
                       " next_at_risk_at = received_at + (resolution_due_at - received_at) * 3 / 4"
                       " WHERE status IN ('NEW','ASSIGNED','INVESTIGATING') AND solved_on_call = 0"),
        QStringLiteral("INSERT INTO sla_pauses (complaint_id, started_at, reason)"
                       " SELECT id, updated_at, '' FROM complaints WHERE status = 'WAITING_CUSTOMER'"),
        QStringLiteral("CREATE INDEX complaints_by_next_due ON complaints (next_due_at)"),
        QStringLiteral("CREATE INDEX complaints_by_next_risk ON complaints (next_at_risk_at)"),
        QStringLiteral("CREATE INDEX complaints_by_callback ON complaints (callback_at)"
                       " WHERE callback_at IS NOT NULL"),
    });
    if (!created)
        return created;
    if (auto seeded = seedCalendarsAndPolicies(db); !seeded)
        return seeded;
    return runScript(db, {
        QStringLiteral("UPDATE complaints SET sla_policy_id = CASE"
                       " WHEN channel = 'REGULATOR' THEN 1 WHEN severity = 'P1' THEN 2 ELSE 3 END"),
    });
}

// Each default category's cause in the PBOC statistics standard (resources/taxonomy.json).
Result<void> seedRegulatoryCauses(const QSqlDatabase &db)
{
    QFile file(resources::taxonomyJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(Migrations::tr("The default taxonomy is missing from the program."));
    const QJsonObject taxonomy = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : taxonomy.value(QLatin1String("categories")).toArray()) {
        const QJsonObject c = value.toObject();
        auto set = runQuery(db, QStringLiteral(
            "UPDATE categories SET regulatory_cause = ? WHERE code = ?"),
            {c[QLatin1String("cause")].toString(), c[QLatin1String("code")].toString()});
        if (!set)
            return set.error();
    }
    return {};
}

// v7: what the category classifier suggested for each complaint, and the lead's
// classification review (unsure suggestions, or suggestions the agent did not follow).
Result<void> recordClassificationSuggestions(const QSqlDatabase &db)
{
    auto added = runScript(db, {
        QStringLiteral("ALTER TABLE categories ADD COLUMN regulatory_cause TEXT NOT NULL"
                       " DEFAULT 'SERVICE_QUALITY'"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN business_type TEXT NOT NULL"
                       " DEFAULT 'OTHER'"),
    });
    if (!added)
        return added;
    if (auto seeded = seedRegulatoryCauses(db); !seeded)
        return seeded;
    return runScript(db, {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN suggested_category_id INTEGER"
                       " REFERENCES categories(id)"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN suggestion_confidence REAL"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN needs_classification_review INTEGER"
                       " NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX complaints_to_review ON complaints (received_at)"
                       " WHERE needs_classification_review = 1"),
    });
}

// Indexes every stored complaint for full-text search (rules/searchtext.h), into an empty
// complaint_search. An anonymised customer's placeholder number is not indexed (as the
// eraser indexes: no name, no number).
Result<void> indexEveryComplaint(const QSqlDatabase &db)
{
    auto rows = runQuery(db, QStringLiteral(
        "SELECT c.id, c.reference, cu.name,"
        " CASE WHEN cu.phone LIKE 'anonymised:%' THEN '' ELSE cu.phone END,"
        " c.description, c.transaction_ref"
        " FROM complaints c JOIN customers cu ON cu.id = c.customer_id ORDER BY c.id"));
    if (!rows)
        return rows.error();
    QList<std::pair<qint64, QString>> tokens;
    while (rows->next()) {
        tokens.append({rows->value(0).toLongLong(),
                       searchTokensOf(rows->value(1).toString(), rows->value(2).toString(),
                                      rows->value(3).toString(), rows->value(4).toString(),
                                      rows->value(5).toString())});
    }
    rows->finish();
    for (const auto &[id, text] : std::as_const(tokens)) {
        auto inserted = runQuery(db, QStringLiteral(
            "INSERT INTO complaint_search (rowid, tokens) VALUES (?, ?)"), {id, text});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

// v8: full-text search over reference, customer, phone and text, Chinese included (pairs of
// characters as tokens: rules/searchtext.h). Complaints already stored are indexed here.
Result<void> createSearchIndex(const QSqlDatabase &db)
{
    if (auto created = runQuery(db, QStringLiteral(
            "CREATE VIRTUAL TABLE complaint_search USING fts5(tokens,"
            " tokenize = 'unicode61 remove_diacritics 0')"));
        !created)
        return created.error();
    return indexEveryComplaint(db);
}

// v9: the team lead's review: the customer's satisfaction recorded at follow-up, merged
// duplicates (the duplicate keeps its calls and events and points at the complaint it was
// merged into), saved queue views, and the indexes the dashboard's period figures read.
Result<void> createReview(const QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN satisfaction INTEGER"
                       " CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5)"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN satisfaction_comment TEXT NOT NULL"
                       " DEFAULT ''"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN satisfaction_at INTEGER"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN merged_into_id INTEGER"
                       " REFERENCES complaints(id)"),
        QStringLiteral("CREATE INDEX complaints_merged ON complaints (merged_into_id)"
                       " WHERE merged_into_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX calls_by_start ON calls (started_at)"),
        QStringLiteral("CREATE INDEX complaints_by_closed ON complaints (closed_at)"
                       " WHERE closed_at IS NOT NULL"),
        // The open work only (the backlog and each person's load), read without the table.
        QStringLiteral("CREATE INDEX complaints_open ON complaints (department_id, status,"
                       " assignee_id, next_due_at, next_at_risk_at) WHERE status <> 'CLOSED'"),
        QStringLiteral(
            "CREATE TABLE saved_views ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " owner_id INTEGER NOT NULL REFERENCES users(id),"
            " shared_department_id INTEGER REFERENCES departments(id),"   // null: personal
            " definition TEXT NOT NULL,"                                   // JSON object
            " created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX views_by_owner ON saved_views (owner_id)"),
    });
}

// v10: the open complaints by category and by severity, as partial indexes of the open
// work (a few percent of the store): a closed queue filtered by one of them is counted as
// all its complaints less the open ones (QueueRepository::queueCount). And a
// department's complaints by category: categories belong to departments, so a
// department's queue sorted by category walked past every other department's categories
// (0.7-1.1 s at 1M).
Result<void> indexQueueCountsAndSorts(const QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral("CREATE INDEX complaints_by_department_category ON complaints"
                       " (department_id, category_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_open_by_category ON complaints (category_id)"
                       " WHERE status <> 'CLOSED'"),
        QStringLiteral("CREATE INDEX complaints_open_by_severity ON complaints (severity)"
                       " WHERE status <> 'CLOSED'"),
    });
}

// v11: an agent's view (their department's complaints, or assigned to or logged by them)
// sorted by category or by department is read as three walks merged, one per part of the
// visibility, each on an index in the sort's order (QueueRepository::queueSql): walking
// the sort's own index checked the visibility on every row and passed every other
// department's complaints. The department part has its indexes already; the first four
// serve the assigned and logged parts. And the queue's other filters — channel,
// sub-category, satisfaction score (saved views, the dashboard's drill-down) — had no
// index: their counts read the whole table (150-480 ms at 1M). Each gets one, and one of
// its open complaints (a few percent of the store), so that a closed queue with one of
// them is counted as all its complaints less the open ones, like v10's.
Result<void> indexAgentViewsAndFilters(const QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral("CREATE INDEX complaints_by_assignee_category ON complaints"
                       " (assignee_id, category_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_assignee_department ON complaints"
                       " (assignee_id, department_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_creator_category ON complaints"
                       " (created_by, category_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_creator_department ON complaints"
                       " (created_by, department_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_channel ON complaints (channel, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_subcategory ON complaints"
                       " (subcategory_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_by_satisfaction ON complaints"
                       " (satisfaction, received_at) WHERE satisfaction IS NOT NULL"),
        QStringLiteral("CREATE INDEX complaints_open_by_channel ON complaints (channel)"
                       " WHERE status <> 'CLOSED'"),
        QStringLiteral("CREATE INDEX complaints_open_by_subcategory ON complaints (subcategory_id)"
                       " WHERE status <> 'CLOSED'"),
        QStringLiteral("CREATE INDEX complaints_open_by_satisfaction ON complaints (satisfaction)"
                       " WHERE status <> 'CLOSED'"),
    });
}

// v12: how many complaints there are of each department, category, channel, severity
// and status, kept by triggers as complaints are written. A queue filtered by nothing
// else is counted by adding up its rows (a few thousand at 1M) instead of walking an
// index: the channel HOTLINE holds 60 % of a store, and counting its closed complaints
// walked 600,000 index entries (31 ms at 1M, 45 ms on a slower machine). The counts are
// exact: every insert, change of one of these columns and delete moves one complaint
// between rows, in the statement's own transaction.
Result<void> keepComplaintTallies(const QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral("CREATE TABLE complaint_tallies ("
                       " department_id INTEGER NOT NULL,"
                       " category_id INTEGER NOT NULL,"
                       " channel TEXT NOT NULL,"
                       " severity TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " complaints INTEGER NOT NULL,"
                       " PRIMARY KEY (department_id, category_id, channel, severity, status))"
                       " WITHOUT ROWID"),
        QStringLiteral("INSERT INTO complaint_tallies"
                       " SELECT department_id, category_id, channel, severity, status, count(*)"
                       " FROM complaints"
                       " GROUP BY department_id, category_id, channel, severity, status"),
        ComplaintRepository::tallyOnInsertTriggerSql(),   // (a later change keeps v12's text here)
        QStringLiteral("CREATE TRIGGER complaints_tally_update"
                       " AFTER UPDATE OF department_id, category_id, channel, severity, status"
                       " ON complaints"
                       " WHEN OLD.department_id IS NOT NEW.department_id"
                       "  OR OLD.category_id IS NOT NEW.category_id"
                       "  OR OLD.channel IS NOT NEW.channel OR OLD.severity IS NOT NEW.severity"
                       "  OR OLD.status IS NOT NEW.status BEGIN"
                       " UPDATE complaint_tallies SET complaints = complaints - 1"
                       "  WHERE department_id = OLD.department_id AND category_id = OLD.category_id"
                       "  AND channel = OLD.channel AND severity = OLD.severity"
                       "  AND status = OLD.status;"
                       " INSERT INTO complaint_tallies VALUES (NEW.department_id, NEW.category_id,"
                       "  NEW.channel, NEW.severity, NEW.status, 1)"
                       "  ON CONFLICT DO UPDATE SET complaints = complaints + 1;"
                       " END"),
        QStringLiteral("CREATE TRIGGER complaints_tally_delete AFTER DELETE ON complaints BEGIN"
                       " UPDATE complaint_tallies SET complaints = complaints - 1"
                       "  WHERE department_id = OLD.department_id AND category_id = OLD.category_id"
                       "  AND channel = OLD.channel AND severity = OLD.severity"
                       "  AND status = OLD.status;"
                       " END"),
    });
}

// v13: what each person was typing into a form and has not saved (the Log-call form's
// draft), so that a crash, a power cut or a killed program loses nothing. One row per
// person and form; `fields` is a JSON object the form's service defines (DraftService).
// Personal data: only its author reads it, and drafts older than the retention period go.
Result<void> createDrafts(const QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral("CREATE TABLE drafts ("
                       " user_id INTEGER NOT NULL REFERENCES users(id),"
                       " form TEXT NOT NULL,"
                       " fields TEXT NOT NULL,"            // JSON object
                       " call_started_at INTEGER,"         // null: no call timer running
                       " updated_at INTEGER NOT NULL,"
                       " PRIMARY KEY (user_id, form)) WITHOUT ROWID"),
    });
}

// Names the store `storeId` sealed with `key` in audit_chain, records the
// "audit_trail_sealed" event (with `details`, the key's fingerprint and the store id added)
// and writes the key file for `storePath` (AuditKey).
Result<void> recordSeal(const QSqlDatabase &db, const QString &storeId, const AuditKey &key,
                        QJsonObject details, const QString &storePath)
{
    if (auto named = runQuery(db, QStringLiteral(
            "UPDATE audit_chain SET store_id = ?, key_fingerprint = ? WHERE id = 1"),
            {storeId, key.fingerprint()});
        !named)
        return named.error();
    AuditKey::remember(storeId, key);
    details.insert(QStringLiteral("key_fingerprint"), key.fingerprint());
    details.insert(QStringLiteral("store_id"), storeId);
    EventRecord sealed;
    sealed.at = QDateTime::currentMSecsSinceEpoch();
    sealed.type = QStringLiteral("audit_trail_sealed");
    sealed.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (auto appended = EventRepository(db).append(sealed); !appended)
        return appended.error();
    // Last: a failure before this point leaves no key behind for a store never sealed.
    return key.write(AuditKey::keyPath(storeId), storeId, storePath);
}

// v14: the audit trail sealed with the installation's audit key (docs/security.md). The
// store gets an id, which names its key file and anchor file outside it (AuditKey); the key
// is made here, by the first program that upgrades the store (init, the window, any
// command), and only its fingerprint is kept in the store. The plain SHA-256 chain of
// v4-v13 is checked, then every event is sealed again with the key, and an
// "audit_trail_sealed" event records how many, the old head, and whether the old chain was
// intact (verify-audit reports it when it was not). A store with events that presents
// itself as older than v14 while a key made for a store at its path has been anchored is
// refused: it may have been rolled back to shed its key.
Result<void> sealAuditTrail(const QSqlDatabase &db)
{
    if (auto added = runScript(db, {
            QStringLiteral("ALTER TABLE audit_chain ADD COLUMN store_id TEXT"),
            QStringLiteral("ALTER TABLE audit_chain ADD COLUMN key_fingerprint TEXT")});
        !added)
        return added;
    EventRepository events(db);
    auto legacy = events.verifyLegacyChain();
    if (!legacy)
        return legacy.error();
    const QString storePath = QFileInfo(db.databaseName()).absoluteFilePath();
    if (legacy->checked > 0) {
        if (const QString earlier = AuditKey::anchoredKeyOf(storePath); !earlier.isEmpty()) {
            return Error::storage(Migrations::tr(
                "This store was sealed with an audit key before (\"%1\" was made for a store at "
                "this place and has been used), yet it now presents itself as an older store "
                "without one: it may have been rolled back to escape its key. It was not "
                "upgraded. If you put an old backup here on purpose, move that key file and its "
                "anchor file aside and open the store again.").arg(earlier));
        }
    }
    auto before = events.chainRecord();
    if (!before)
        return before.error();

    const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const AuditKey key = AuditKey::generate();
    if (auto lifted = runScript(
            db, {QStringLiteral("DROP TRIGGER IF EXISTS events_are_append_only_update"),
                 QStringLiteral("DROP TRIGGER IF EXISTS events_are_append_only_delete")});
        !lifted)
        return lifted;
    auto resealed = events.resealAll(key);
    if (!resealed)
        return resealed.error();
    if (auto restored = runScript(db, appendOnlyTriggers()); !restored)
        return restored;
    QJsonObject details{{QStringLiteral("events"), double(*resealed)},
                        {QStringLiteral("legacy_head"), QString::fromLatin1(before->lastSeal)},
                        {QStringLiteral("legacy_chain"), legacy->brokenAt == 0
                                                             ? QStringLiteral("intact")
                                                             : QStringLiteral("broken")}};
    if (legacy->brokenAt != 0) {
        details.insert(QStringLiteral("legacy_broken_at"), double(legacy->brokenAt));
        details.insert(QStringLiteral("legacy_reason"), legacy->reason);
    }
    return recordSeal(db, storeId, key, details, storePath);
}

// v15: a call rung through by the phone system (screen pop) keeps the phone system's call
// id and the line it came in on; empty for calls typed without one.
Result<void> recordPhoneSystemCallIds(const QSqlDatabase &db)
{
    // A store whose version was set back (tests of older stores) may have them already.
    auto present = runQuery(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('calls')"
                                               " WHERE name = 'external_call_id'"));
    if (!present)
        return present.error();
    if (present->next() && present->value(0).toInt() > 0)
        return {};
    return runScript(db, {
        QStringLiteral("ALTER TABLE calls ADD COLUMN external_call_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE calls ADD COLUMN line TEXT NOT NULL DEFAULT ''"),
    });
}

// v16: seeded names in one language each. The seeded deadline policies had names in both
// languages at once ("\u6807\u51c6 Standard"): they now keep their English name, which is
// shown in the UI language (rules/seedednames.h); names an administrator changed stay. The
// seeded Chinese category name takes full-width brackets.
Result<void> nameSeededDataInOneLanguage(const QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral("UPDATE sla_policies SET name = 'Forwarded by a regulator'"
                       " WHERE name = '\u76d1\u7ba1\u8f6c\u529e Forwarded by a regulator'"),
        QStringLiteral("UPDATE sla_policies SET name = 'Urgent (P1)'"
                       " WHERE name = '\u7d27\u6025 Urgent (P1)'"),
        QStringLiteral("UPDATE sla_policies SET name = 'Standard'"
                       " WHERE name = '\u6807\u51c6 Standard'"),
        QStringLiteral("UPDATE categories SET name_zh = '\u8d44\u91d1\u5b89\u5168\uff08"
                       "\u76d7\u5237/\u8bc8\u9a97\uff09' WHERE code = 'FUNDS_SECURITY'"
                       " AND name_zh = '\u8d44\u91d1\u5b89\u5168(\u76d7\u5237/\u8bc8\u9a97)'"),
    });
}

// v17: English words of the search index by their stems too ("refunded" is also "refund"),
// so that a search for one form of a word finds the others: the index is made again.
Result<void> stemEnglishSearchWords(const QSqlDatabase &db)
{
    if (auto cleared = runQuery(db, QStringLiteral("DELETE FROM complaint_search")); !cleared)
        return cleared.error();
    return indexEveryComplaint(db);
}

// v18: each imported row's id in its source (or a hash of the row) and the complaint it
// became, so that importing the same file again adds nothing.
Result<void> recordImportedRows(const QSqlDatabase &db)
{
    // A store whose version was set back (tests of older stores) may have it already.
    return runScript(db, {
        QStringLiteral("CREATE TABLE IF NOT EXISTS imported_rows ("
                       " external_id TEXT PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " source TEXT NOT NULL DEFAULT '',"
                       " imported_at INTEGER NOT NULL"
                       ") WITHOUT ROWID"),
    });
}

// v19: a version per complaint, raised by every change of its row: a change made from an
// older version (another desk changed it meanwhile) is refused, so that nothing is
// silently overwritten (ComplaintRepository).
Result<void> versionComplaints(const QSqlDatabase &db)
{
    // A store whose version was set back (tests of older stores) may have it already.
    auto present = runQuery(db, QStringLiteral("SELECT count(*) FROM pragma_table_info("
                                               "'complaints') WHERE name = 'version'"));
    if (!present)
        return present.error();
    if (present->next() && present->value(0).toInt() > 0)
        return {};
    return runScript(db, {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
    });
}

const std::vector<Step> &steps()
{
    static const std::vector<Step> ladder{
        createOrganisationAndTaxonomy,   // -> 1
        createComplaints,                // -> 2
        createQueueIndexes,              // -> 3
        secureAccountsAndAuditTrail,     // -> 4
        createRouting,                   // -> 5
        createDeadlines,                 // -> 6
        recordClassificationSuggestions, // -> 7
        createSearchIndex,               // -> 8
        createReview,                    // -> 9
        indexQueueCountsAndSorts,        // -> 10
        indexAgentViewsAndFilters,       // -> 11
        keepComplaintTallies,            // -> 12
        createDrafts,                    // -> 13
        sealAuditTrail,                  // -> 14
        recordPhoneSystemCallIds,        // -> 15
        nameSeededDataInOneLanguage,     // -> 16
        stemEnglishSearchWords,          // -> 17
        recordImportedRows,              // -> 18
        versionComplaints,               // -> 19
    };
    return ladder;
}

// A new store on a PostgreSQL server, created at the latest version at once (ServerSchema)
// with the default data the ladder's steps seed, and its audit trail sealed with a new key.
// Later versions add their steps to serverSteps().
Result<void> createServerStore(const QSqlDatabase &db, const QString &storePath)
{
    if (auto created = runScript(db, ServerSchema::statements()); !created)
        return created;
    for (const Step &seed : {Step(seedTaxonomy), Step(seedCalendarsAndPolicies),
                             Step(seedRegulatoryCauses), Step(seedRoutingRules),
                             Step(nameSeededDataInOneLanguage)}) {
        if (auto seeded = seed(db); !seeded)
            return seeded;
    }
    if (auto named = runQuery(db, QStringLiteral(
            "INSERT INTO schema_version (id, application, version) VALUES (1, ?, ?)"),
            {serverApplication, Migrations::latestVersion()});
        !named)
        return named.error();
    QJsonObject details{{QStringLiteral("events"), 0},
                        {QStringLiteral("legacy_head"), QString()},
                        {QStringLiteral("legacy_chain"), QStringLiteral("intact")}};
    return recordSeal(db, QUuid::createUuid().toString(QUuid::WithoutBraces),
                      AuditKey::generate(), details, storePath);
}

// The steps of a store on a server above the version it was created at, by the version
// each leads to. None yet: every server store is created at the latest version.
const std::map<int, Step> &serverSteps()
{
    static const std::map<int, Step> ladder;
    return ladder;
}

// The PostgreSQL side of upgradeTo(): one transaction per step, under an advisory lock held
// to the transaction's end, so that of two desks starting at once one upgrades and the other
// then finds the store upgraded.
Result<void> upgradeServer(Database &database, int version)
{
    const QSqlDatabase db = database.connection();
    for (;;) {
        Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginError();
        if (auto locked = runQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                   {serverUpgradeLock});
            !locked)
            return locked.error();
        const int current = Migrations::currentVersion(db);
        if (current < 0)
            return Error::storage(Migrations::tr("The schema version of the store could not be read."));
        if (current >= version)
            return {};
        if (current == 0) {
            if (auto created = createServerStore(db, database.path()); !created) {
                return Error::storage(Migrations::tr("The store could not be created on the "
                                                     "server %1: %2")
                                          .arg(database.displayName(), created.error().message));
            }
        } else {
            const auto step = serverSteps().find(current + 1);
            if (step == serverSteps().end()) {
                return Error::storage(Migrations::tr("The store on the server %1 (schema version "
                                                     "%2) cannot be upgraded by this program.")
                                          .arg(database.displayName()).arg(current));
            }
            if (auto applied = step->second(db); !applied) {
                return Error::storage(Migrations::tr("The store could not be upgraded to schema "
                                                     "version %1: %2")
                                          .arg(current + 1).arg(applied.error().message));
            }
            if (auto set = runQuery(db, QStringLiteral("UPDATE schema_version SET version = ?"),
                                    {current + 1});
                !set)
                return set.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
}

Result<void> backUp(Database &database, int fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    const QString target = database.path() + QStringLiteral(".before-v%1-%2.bak")
                                                 .arg(Migrations::latestVersion()).arg(stamp);
    if (QFileInfo::exists(target))
        QFile::remove(target);
    auto done = runQuery(database.connection(), QStringLiteral("VACUUM INTO ?"), {target});
    if (!done) {
        return Error::storage(Migrations::tr("The store (schema version %1) could not be backed "
                                             "up before its upgrade, so it was not upgraded: %2")
                                  .arg(fromVersion).arg(done.error().message));
    }
    return {};
}

} // namespace

int Migrations::latestVersion() { return int(steps().size()); }

int Migrations::currentVersion(const QSqlDatabase &db)
{
    if (Dialect::isPostgres(db)) {
        auto present = runQuery(db, QStringLiteral("SELECT to_regclass('schema_version') IS NULL"));
        if (!present || !present->next())
            return -1;
        if (present->value(0).toBool())
            return 0;
        auto query = runQuery(db, QStringLiteral("SELECT application, version FROM schema_version"));
        if (!query || !query->next() || query->value(0).toString() != serverApplication)
            return -1;
        return query->value(1).toInt();
    }
    auto query = runQuery(db, QStringLiteral("PRAGMA user_version"));
    return query && query->next() ? query->value(0).toInt() : -1;
}

Result<void> Migrations::upgradeTo(Database &database, int version)
{
    const QSqlDatabase db = database.connection();
    if (Dialect::isPostgres(db))
        return upgradeServer(database, version);
    // The version is read inside each step's write transaction, so a program that
    // upgraded the store meanwhile is seen and no step runs twice.
    for (;;) {
        auto reached = inTransaction(database, [&]() -> Result<bool> {
            const int current = currentVersion(db);
            if (current < 0)
                return Error::storage(tr("The schema version of the store could not be read."));
            if (current >= version)
                return true;
            if (auto applied = steps().at(std::size_t(current))(db); !applied) {
                return Error::storage(tr("The store could not be upgraded to schema version %1: %2")
                                          .arg(current + 1).arg(applied.error().message));
            }
            if (auto set = runQuery(db, QStringLiteral("PRAGMA user_version = %1").arg(current + 1));
                !set)
                return set.error();
            return false;
        });
        if (!reached)
            return reached.error();
        if (*reached)
            return {};
    }
}

Result<void> Migrations::upgrade(Database &database)
{
    const int version = currentVersion(database.connection());
    if (version < 0)
        return Error::storage(tr("The schema version of the store could not be read."));
    if (version == latestVersion())
        return {};
    // A server's backups are the server's (pg_dump, continuous archiving).
    if (version > 0 && !Dialect::isPostgres(database.connection())) {
        if (auto saved = backUp(database, version); !saved)
            return saved;
    }
    return upgradeTo(database, latestVersion());
}

} // namespace cd::storage
