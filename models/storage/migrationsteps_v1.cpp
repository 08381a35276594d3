// The schema ladder, versions 1 to 8: the store as the first release made it.

#include "migrationsteps.h"

#include "businesscalendar.h"
#include "complaintrepository.h"
#include "database.h"
#include "eventrepository.h"
#include "resourcepaths.h"
#include "slaclock.h"
#include "sqlquery.h"

#include <limits>

namespace cd::storage::migration {

Result<void> runScript(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto done = runQuery(db, sql); !done)
            return done.error();
    }
    return {};
}

// v1: who handles complaints and how they are classified, seeded from resources/.
Result<void> createOrganisationAndTaxonomy(const QSqlDatabase &db)
{
    auto created = runScript(
        db,
        {
            QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
            QStringLiteral("CREATE TABLE departments ("
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
            QStringLiteral("CREATE TABLE subcategories ("
                           " id INTEGER PRIMARY KEY,"
                           " category_id INTEGER NOT NULL REFERENCES categories(id),"
                           " code TEXT NOT NULL,"
                           " name_zh TEXT NOT NULL,"
                           " name_en TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                           " UNIQUE (category_id, code))"),
            QStringLiteral("CREATE TABLE users ("
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
    return runScript(
        db,
        {
            QStringLiteral("CREATE TABLE customers ("
                           " id INTEGER PRIMARY KEY,"
                           " phone TEXT NOT NULL UNIQUE," // E.164
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
                " received_at INTEGER NOT NULL," // UTC epoch ms
                " created_by INTEGER NOT NULL REFERENCES users(id),"
                " updated_at INTEGER NOT NULL,"
                " first_response_due_at INTEGER NOT NULL,"
                " resolution_due_at INTEGER NOT NULL,"
                " closed_at INTEGER)"),
            QStringLiteral("CREATE TABLE calls ("
                           " id INTEGER PRIMARY KEY,"
                           " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                           " complaint_id INTEGER REFERENCES complaints(id),"
                           " agent_id INTEGER NOT NULL REFERENCES users(id),"
                           " channel TEXT NOT NULL,"
                           " started_at INTEGER NOT NULL,"
                           " duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " follow_up INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1)))"),
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY,"
                           " complaint_id INTEGER REFERENCES complaints(id),"
                           " actor_id INTEGER REFERENCES users(id),"
                           " at INTEGER NOT NULL,"
                           " type TEXT NOT NULL,"
                           " from_status TEXT,"
                           " to_status TEXT,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " details TEXT NOT NULL DEFAULT '{}')"), // JSON object
            QStringLiteral("CREATE TABLE reference_counters ("
                           " day TEXT PRIMARY KEY," // yyyyMMdd, business time zone
                           " last INTEGER NOT NULL) WITHOUT ROWID"),
        });
}

// v3: the indexes the queue, caller look-up and timeline queries need.
Result<void> createQueueIndexes(const QSqlDatabase &db)
{
    return runScript(
        db,
        {
            QStringLiteral("CREATE INDEX complaints_by_received ON complaints (received_at)"),
            QStringLiteral("CREATE INDEX complaints_by_status ON complaints (status, received_at)"),
            QStringLiteral(
                "CREATE INDEX complaints_by_category ON complaints (category_id, received_at)"),
            QStringLiteral(
                "CREATE INDEX complaints_by_severity ON complaints (severity, received_at)"),
            QStringLiteral(
                "CREATE INDEX complaints_by_department ON complaints (department_id, received_at)"),
            QStringLiteral("CREATE INDEX complaints_by_due ON complaints (resolution_due_at)"),
            QStringLiteral(
                "CREATE INDEX complaints_by_customer ON complaints (customer_id, received_at)"),
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
    auto altered = runScript(
        db,
        {
            QStringLiteral("ALTER TABLE users ADD COLUMN password_hash TEXT"),
            QStringLiteral(
                "ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE users ADD COLUMN locked_until INTEGER"),
            QStringLiteral("ALTER TABLE events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE events ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE audit_chain ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " last_event_id INTEGER NOT NULL,"
                           " last_hash TEXT NOT NULL)"),
        });
    if (!altered)
        return altered;

    auto events = runQuery(db,
                           QStringLiteral("SELECT ") + EventRepository::hashedColumns()
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
        auto updated =
            runQuery(db, QStringLiteral("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?"),
                     {hashes.first, hashes.second, id});
        if (!updated)
            return updated.error();
    }
    return runScript(
        db,
        QStringList {
            QStringLiteral(
                "INSERT INTO audit_chain (id, last_event_id, last_hash) VALUES (1, %1, '%2')")
                .arg(lastId)
                .arg(previous)}
            + appendOnlyTriggers());
}

// v5: routing rules, assignment (availability, round-robin state), escalation and the
// record of which department held a complaint when.
Result<void> createRouting(const QSqlDatabase &db)
{
    auto created = runScript(
        db,
        {
            QStringLiteral("ALTER TABLE users ADD COLUMN availability TEXT NOT NULL DEFAULT"
                           " 'available' CHECK (availability IN ('available','busy','away'))"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN routing_rule_id INTEGER"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN assigned_manually INTEGER NOT NULL"
                           " DEFAULT 0"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN escalated_at INTEGER"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN escalation_reason TEXT NOT NULL"
                           " DEFAULT ''"),
            QStringLiteral("CREATE TABLE routing_rules ("
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
                           " keywords TEXT NOT NULL DEFAULT ''," // separated by commas
                           " department_id INTEGER REFERENCES departments(id),"
                           " raise_severity_to TEXT,"
                           " strategy TEXT NOT NULL DEFAULT 'QUEUE'"
                           "   CHECK (strategy IN ('QUEUE','ROUND_ROBIN','FEWEST_OPEN')))"),
            QStringLiteral("CREATE TABLE round_robin_state ("
                           " department_id INTEGER PRIMARY KEY REFERENCES departments(id),"
                           " last_user_id INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE department_holds ("
                           " id INTEGER PRIMARY KEY,"
                           " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                           " department_id INTEGER NOT NULL REFERENCES departments(id),"
                           " started_at INTEGER NOT NULL,"
                           " ended_at INTEGER)"),
            QStringLiteral(
                "CREATE INDEX holds_by_complaint ON department_holds (complaint_id, started_at)"),
            QStringLiteral(
                "CREATE INDEX complaints_by_assignee ON complaints (assignee_id, received_at)"),
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

// v6: deadlines. Business calendars with their listed days (the mainland-China arrangement
// seeded from resources/, and a 24/7 calendar), deadline policies chosen by rules, the
// clocks of each complaint (first contact, reply, pauses, reopening, extension), breach
// flags, promised call-backs and the notifications already given.
Result<void> createDeadlines(const QSqlDatabase &db)
{
    const QString none = QString::number(rules::noDeadline);
    auto created = runScript(
        db,
        {
            QStringLiteral("CREATE TABLE calendars ("
                           " id INTEGER PRIMARY KEY,"
                           " code TEXT NOT NULL UNIQUE,"
                           " name_zh TEXT NOT NULL,"
                           " name_en TEXT NOT NULL,"
                           " time_zone TEXT NOT NULL,"
                           " opens TEXT NOT NULL," // HH:mm
                           " closes TEXT NOT NULL," // HH:mm; opens = closes = 00:00: 24 h
                           " weekdays TEXT NOT NULL)"), // e.g. 1,2,3,4,5 (1 = Monday)
            QStringLiteral("CREATE TABLE calendar_days ("
                           " calendar_id INTEGER NOT NULL REFERENCES calendars(id),"
                           " day TEXT NOT NULL," // YYYY-MM-DD
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
            QStringLiteral("CREATE TABLE sla_pauses ("
                           " id INTEGER PRIMARY KEY,"
                           " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                           " started_at INTEGER NOT NULL,"
                           " ended_at INTEGER,"
                           " reason TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX pauses_by_complaint ON sla_pauses (complaint_id, started_at)"),
            QStringLiteral("CREATE TABLE notifications ("
                           " id INTEGER PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('at_risk','breached','callback')),"
                           " due_at INTEGER NOT NULL," // the deadline or call-back it is about
                           " created_at INTEGER NOT NULL,"
                           " read_at INTEGER,"
                           " UNIQUE (user_id, complaint_id, kind, due_at))"),
            QStringLiteral(
                "CREATE INDEX notifications_by_user ON notifications (user_id, created_at)"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN sla_policy_id INTEGER"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN first_responded_at INTEGER"),
            QStringLiteral(
                "ALTER TABLE complaints ADD COLUMN resolution_started_at INTEGER NOT NULL"
                " DEFAULT 0"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN resolved_at INTEGER"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN paused_at INTEGER"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN extension_days INTEGER NOT NULL"
                           " DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE complaints ADD COLUMN next_due_at INTEGER NOT NULL DEFAULT ")
                + none,
            QStringLiteral("ALTER TABLE complaints ADD COLUMN next_at_risk_at INTEGER NOT NULL"
                           " DEFAULT ")
                + none,
            QStringLiteral(
                "ALTER TABLE complaints ADD COLUMN first_response_breached INTEGER NOT NULL"
                " DEFAULT 0"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN resolution_breached INTEGER NOT NULL"
                           " DEFAULT 0"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN callback_at INTEGER"),
            QStringLiteral(
                "ALTER TABLE complaints ADD COLUMN callback_note TEXT NOT NULL DEFAULT ''"),
            // Complaints logged before v6: the resolution clock started at receipt; moved past
            // ASSIGNED means someone has been in touch; REPLIED and later mean replied.
            QStringLiteral(
                "UPDATE complaints SET resolution_started_at = received_at,"
                " first_responded_at = CASE WHEN status IN ('NEW','ASSIGNED') THEN NULL"
                "   ELSE updated_at END,"
                " resolved_at = CASE WHEN status IN ('REPLIED','FOLLOW_UP','CLOSED')"
                "   THEN updated_at END,"
                " paused_at = CASE WHEN status = 'WAITING_CUSTOMER' THEN updated_at END"),
            QStringLiteral(
                "UPDATE complaints SET next_due_at = resolution_due_at,"
                " next_at_risk_at = received_at + (resolution_due_at - received_at) * 3 / 4"
                " WHERE status IN ('NEW','ASSIGNED','INVESTIGATING') AND solved_on_call = 0"),
            QStringLiteral(
                "INSERT INTO sla_pauses (complaint_id, started_at, reason)"
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
    return runScript(
        db,
        {
            QStringLiteral(
                "UPDATE complaints SET sla_policy_id = CASE"
                " WHEN channel = 'REGULATOR' THEN 1 WHEN severity = 'P1' THEN 2 ELSE 3 END"),
        });
}

// v7: what the category classifier suggested for each complaint, and the lead's
// classification review (unsure suggestions, or suggestions the agent did not follow).
Result<void> recordClassificationSuggestions(const QSqlDatabase &db)
{
    auto added = runScript(
        db,
        {
            QStringLiteral("ALTER TABLE categories ADD COLUMN regulatory_cause TEXT NOT NULL"
                           " DEFAULT 'SERVICE_QUALITY'"),
            QStringLiteral("ALTER TABLE complaints ADD COLUMN business_type TEXT NOT NULL"
                           " DEFAULT 'OTHER'"),
        });
    if (!added)
        return added;
    if (auto seeded = seedRegulatoryCauses(db); !seeded)
        return seeded;
    return runScript(
        db,
        {
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
    return ComplaintRepository(db).indexForSearch(0, std::numeric_limits<qint64>::max());
}

// v8: full-text search over reference, customer, phone and text, Chinese included (pairs of
// characters as tokens: rules/searchtext.h). Complaints already stored are indexed here.
Result<void> createSearchIndex(const QSqlDatabase &db)
{
    if (auto created =
            runQuery(db,
                     QStringLiteral("CREATE VIRTUAL TABLE complaint_search USING fts5(tokens,"
                                    " tokenize = 'unicode61 remove_diacritics 0')"));
        !created)
        return created.error();
    return indexEveryComplaint(db);
}

} // namespace cd::storage::migration
