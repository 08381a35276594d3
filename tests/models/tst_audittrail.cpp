#include "auditanchors.h"
#include "auditkey.h"
#include "auditservice.h"
#include "authservice.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "database.h"
#include "demogenerator.h"
#include "eventrepository.h"
#include "migrations.h"
#include "reviewservice.h"
#include "slaadministration.h"
#include "slareminders.h"
#include "slasettings.h"
#include "testsupport.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

constexpr qint64 hour = 3600 * 1000;

// While alive, this process looks for audit keys and anchors in another, empty folder:
// another computer, as far as the store's files outside it go.
class OtherComputer
{
public:
    OtherComputer() : m_previous(qgetenv("COMPLAINTDESK_AUDIT_KEY_DIR"))
    {
        qputenv("COMPLAINTDESK_AUDIT_KEY_DIR", m_folder.path().toLocal8Bit());
    }
    ~OtherComputer() { qputenv("COMPLAINTDESK_AUDIT_KEY_DIR", m_previous); }
    QString folder() const { return m_folder.path(); }

private:
    QTemporaryDir m_folder;
    QByteArray m_previous;
};

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

    // A store with complaints moved along; returns the number of events.
    int fill(test::StoreFixture &store, int complaints = 3)
    {
        Workspace &ws = store.open();
        for (int i = 0; i < complaints; ++i) {
            const qint64 id = ws.complaints().logCall(test::sampleCall(ws))->complaintId;
            [[maybe_unused]] auto moved = ws.complaints().changeStatus(
                id, rules::Status::New, rules::Status::Investigating, QStringLiteral("checking"));
        }
        return scalar(ws, QStringLiteral("SELECT count(*) FROM events")).toInt();
    }

    static AuditService::Report verify(Workspace &ws, const AuditService::Options &options = {})
    {
        auto report = AuditService::verify(ws.database(), options);
        if (!report)
            qFatal("verification failed: %s", qPrintable(report.error().message));
        return *report;
    }

    static QString findings(const AuditService::Report &report)
    {
        return report.findings.join(u'\n');
    }

    static bool exec(Workspace &ws, const QString &sql)
    {
        QSqlQuery query(ws.database().connection());
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.lastError().type() == QSqlError::NoError;
    }

    void dropGuards(Workspace &ws)
    {
        QVERIFY(exec(ws, QStringLiteral("DROP TRIGGER events_are_append_only_update")));
        QVERIFY(exec(ws, QStringLiteral("DROP TRIGGER events_are_append_only_delete")));
    }

    static storage::EventRepository::ChainRecord chainOf(Workspace &ws)
    {
        return storage::EventRepository(ws.database().connection()).chainRecord().value();
    }

    // A legacy (v4-v13) event appended with the plain SHA-256 chain, as those versions did.
    static void appendLegacyEvent(const QSqlDatabase &db, const storage::EventRecord &event)
    {
        QSqlQuery head(db);
        QVERIFY(head.exec(QStringLiteral("SELECT last_event_id, last_hash FROM audit_chain")));
        QVERIFY(head.next());
        const qint64 id = head.value(0).toLongLong() + 1;
        const QString previous = head.value(1).toString();
        head.finish();
        QVariantList values = storage::EventRepository::storedValues(id, event);
        const QString hash = storage::EventRepository::legacyHash(previous, values);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO events (id, complaint_id, actor_id, at, type,"
                                      " from_status, to_status, note, details, prev_hash, hash)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : values << previous << hash)
            insert.addBindValue(value);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QSqlQuery move(db);
        QVERIFY(move.exec(QStringLiteral("UPDATE audit_chain SET last_event_id = %1,"
                                         " last_hash = '%2'").arg(id).arg(hash)));
    }

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void shouldSealAFreshStoreWithAKeyKeptOutsideIt()
    {
        test::StoreFixture store;
        const int count = fill(store);
        Workspace &ws = store.workspace();
        const auto chain = chainOf(ws);
        const QString keyPath = storage::AuditKey::keyPath(chain.storeId);
        const QString anchorPath = storage::AuditKey::anchorPath(chain.storeId);
        // the key is outside the store, readable by its owner only; the store has its
        // fingerprint, not the key
        QVERIFY(!QFileInfo(keyPath).absolutePath().startsWith(QFileInfo(store.path()).absolutePath()));
        QCOMPARE(QFileInfo(keyPath).permissions() & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(QFileInfo(anchorPath).permissions() & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
        const auto key = storage::AuditKey::read(keyPath);
        QVERIFY(key.ok());
        QCOMPARE(key->fingerprint(), chain.fingerprint);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM audit_chain WHERE last_hash LIKE"
                                           " '%' || key_fingerprint || '%'")).toInt(), 0);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT type FROM events WHERE id = 1")).toString(),
                 QStringLiteral("audit_trail_sealed"));

        const auto report = verify(ws);
        QVERIFY2(report.intact(), qPrintable(findings(report)));
        QCOMPARE(report.events, qint64(count));
        QCOMPARE(report.complaints, qint64(3));
        QVERIFY(report.anchor.has_value());
        QCOMPARE(report.anchor->eventId, qint64(count));   // anchored after each write
        QCOMPARE(report.anchor->seal, chain.lastSeal);
    }

    void shouldRefuseUpdatesAndDeletesInTheDatabase()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        QSqlQuery query(ws.database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE events SET note = 'nothing happened'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM events WHERE id = 2")));
        QVERIFY(verify(ws).intact());
    }

    void shouldNameAnEditedEvent()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        dropGuards(ws);
        QVERIFY(exec(ws, QStringLiteral("UPDATE events SET note = 'edited' WHERE id = 5")));
        const auto report = verify(ws);
        QVERIFY(!report.intact());
        QVERIFY2(findings(report).contains(QStringLiteral("event 5 was changed")),
                 qPrintable(findings(report)));
    }

    void shouldNameADeletedEvent()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        dropGuards(ws);
        QVERIFY(exec(ws, QStringLiteral("DELETE FROM events WHERE id = 4")));
        const auto report = verify(ws);
        QVERIFY2(findings(report).contains(QStringLiteral("event 5 does not follow")),
                 qPrintable(findings(report)));
    }

    void shouldNameReorderedEvents()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        dropGuards(ws);
        // swap the contents (and seals) of events 3 and 4
        QVERIFY(exec(ws, QStringLiteral("UPDATE events SET id = -3 WHERE id = 3")));
        QVERIFY(exec(ws, QStringLiteral("UPDATE events SET id = 3 WHERE id = 4")));
        QVERIFY(exec(ws, QStringLiteral("UPDATE events SET id = 4 WHERE id = -3")));
        const auto report = verify(ws);
        QVERIFY2(findings(report).contains(QStringLiteral("event 3 does not follow")),
                 qPrintable(findings(report)));
    }

    void shouldNameTheLastEventsRemovedWithTheChainRecordReset()
    {
        // GIVEN a store whose last 20 events are deleted with the triggers dropped and the
        // chain record set to the new last event (reproduction 1 of issue 20)
        test::StoreFixture store;
        const int count = fill(store, 15);
        QVERIFY(count > 25);
        Workspace &ws = store.workspace();
        dropGuards(ws);
        const int kept = count - 20;
        QVERIFY(exec(ws, QStringLiteral("DELETE FROM events WHERE id > %1").arg(kept)));
        QVERIFY(exec(ws, QStringLiteral("UPDATE audit_chain SET last_event_id = %1, last_hash ="
                                        " (SELECT hash FROM events WHERE id = %1)").arg(kept)));
        QVERIFY(storage::EventRepository(ws.database().connection())
                    .verifyChain(storage::AuditKey::read(storage::AuditKey::keyPath(
                                     chainOf(ws).storeId)).value())
                    ->brokenAt == 0);   // what is left is a valid chain
        // THEN the anchor outside the store names it
        const auto report = verify(ws);
        QVERIFY(!report.intact());
        QVERIFY2(findings(report).contains(
                     QStringLiteral("The store's audit trail ends at event %1, but the anchor")
                         .arg(kept))
                     && findings(report).contains(QStringLiteral("records event %1").arg(count)),
                 qPrintable(findings(report)));
    }

    void shouldRefuseAChainRecomputedWithoutTheKey()
    {
        // GIVEN the refusals deleted and the chain recomputed with plain SHA-256, as a short
        // script could do it for the chain of schema v12
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        store.signInAs(QStringLiteral("agent.x"), QStringLiteral("agent"), QStringLiteral("RISK"));
        QCOMPARE(ws.complaints().changeStatus(3, rules::Status::Investigating,
                                              rules::Status::Replied, QStringLiteral("x"))
                     .error().kind, Error::Kind::Permission);
        QVERIFY(scalar(ws, QStringLiteral("SELECT count(*) FROM events"
                                          " WHERE type = 'permission_denied'")).toInt() > 0);
        dropGuards(ws);
        QVERIFY(exec(ws, QStringLiteral("DELETE FROM events WHERE type = 'permission_denied'")));
        QSqlQuery rows(ws.database().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT ") + storage::EventRepository::hashedColumns()
                          + QStringLiteral(" FROM events ORDER BY id")));
        QList<std::pair<qint64, QVariantList>> events;
        while (rows.next()) {
            QVariantList values;
            for (int column = 0; column < 9; ++column)
                values << rows.value(column);
            events.append({rows.value(0).toLongLong(), values});
        }
        rows.finish();
        QString previous;
        qint64 newId = 0;
        for (const auto &[id, values] : std::as_const(events)) {
            QVariantList renumbered = values;
            renumbered[0] = ++newId;
            const QString hash = storage::EventRepository::legacyHash(previous, renumbered);
            QVERIFY(exec(ws, QStringLiteral("UPDATE events SET id = %1, prev_hash = '%2', hash = '%3'"
                                            " WHERE id = %4").arg(newId).arg(previous, hash).arg(id)));
            previous = hash;
        }
        QVERIFY(exec(ws, QStringLiteral("UPDATE audit_chain SET last_event_id = %1,"
                                        " last_hash = '%2'").arg(newId).arg(previous)));
        // THEN without the key the chain cannot be made to verify
        const auto report = verify(ws);
        QVERIFY(!report.intact());
        QVERIFY2(findings(report).contains(QStringLiteral("event 1 was changed after it was "
                                                          "written, or sealed without the "
                                                          "store's key")),
                 qPrintable(findings(report)));
    }

    void shouldNameADirectEditOfAComplaintWithTheFieldAndBothValues()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        const QString reference = scalar(ws, QStringLiteral("SELECT reference FROM complaints"
                                                            " WHERE id = 2")).toString();
        QVERIFY(exec(ws, QStringLiteral("UPDATE complaints SET status = 'CLOSED' WHERE id = 2")));
        QVERIFY(exec(ws, QStringLiteral("UPDATE complaints SET department_id = (SELECT id FROM"
                                        " departments WHERE code = 'RISK'), severity = 'P1',"
                                        " resolution_due_at = resolution_due_at + 86400000"
                                        " WHERE id = 3")));
        const auto report = verify(ws);
        QVERIFY(!report.intact());
        const QString text = findings(report);
        QVERIFY2(text.contains(QStringLiteral("Complaint %1: the status is CLOSED in the store, "
                                              "but its events leave it at INVESTIGATING.")
                                   .arg(reference)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(": the department is RISK in the store, but its "
                                              "events leave it at ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(": the severity is P1 in the store")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(": the resolution due time is ")), qPrintable(text));
        QCOMPARE(report.findingCount, qint64(4));
    }

    void shouldNameADirectEditThatALaterChangeBuiltOn()
    {
        // GIVEN a complaint moved to FOLLOW_UP behind the program's back, then closed by an
        // agent (a move the workflow allows from there)
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        QVERIFY(exec(ws, QStringLiteral("UPDATE complaints SET status = 'FOLLOW_UP' WHERE id = 1")));
        QVERIFY(ws.complaints().changeStatus(1, rules::Status::FollowUp, rules::Status::Closed,
                                             QStringLiteral("done")).ok());
        // THEN the closing event found it otherwise than its events had left it
        const auto report = verify(ws);
        QVERIFY2(findings(report).contains(QStringLiteral("found the status at FOLLOW_UP, but the "
                                                          "events before it had left it at "
                                                          "INVESTIGATING")),
                 qPrintable(findings(report)));
    }

    void shouldNameADeletedComplaintAndOneWithoutEvents()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        QVERIFY(exec(ws, QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(exec(ws, QStringLiteral("DELETE FROM complaints WHERE id = 2")));
        QVERIFY(exec(ws, QStringLiteral(
            "INSERT INTO complaints (reference, customer_id, category_id, severity, channel,"
            " status, department_id, description, demand, received_at, created_by, updated_at,"
            " first_response_due_at, resolution_due_at) SELECT 'TS-20261125-0099', customer_id,"
            " category_id, severity, channel, 'CLOSED', department_id, 'x', demand, received_at,"
            " created_by, updated_at, first_response_due_at, resolution_due_at FROM complaints"
            " WHERE id = 1")));
        const QString text = findings(verify(ws));
        QVERIFY2(text.contains(QStringLiteral("Events name complaint #2, which is not in the store")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Complaint TS-20261125-0099 has no events")),
                 qPrintable(text));
    }

    void shouldAgreeWithEveryKindOfChangeTheProgramMakes()
    {
        // Every service that changes a complaint records what the replay needs: no finding.
        test::StoreFixture store;
        Workspace &ws = store.open();
        auto log = [&](const QString &phone) {
            return ws.complaints().logCall(test::sampleCall(ws, phone))->complaintId;
        };
        const qint64 a = log(QStringLiteral("13800000001"));
        const qint64 b = log(QStringLiteral("13800000002"));
        const qint64 c = log(QStringLiteral("13800000003"));
        const qint64 d = log(QStringLiteral("13800000004"));
        const qint64 risk = ws.taxonomy().departmentByCode(QStringLiteral("RISK"))->id;
        QVERIFY(ws.complaints().transfer(a, {risk, std::nullopt}, QStringLiteral("fraud?")).ok());
        store.signInAs(QStringLiteral("agent.r"), QStringLiteral("agent"), QStringLiteral("RISK"));
        const qint64 agent = ws.actor().id;
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QVERIFY(ws.complaints().transfer(a, {std::nullopt, agent}, QStringLiteral("yours")).ok());
        QVERIFY(ws.complaints().reclassify(
                    b, ws.taxonomy().categoryByCode(QStringLiteral("REFUND"))->id, std::nullopt,
                    QStringLiteral("a refund")).ok());
        QVERIFY(ws.complaints().recordContact(b, QStringLiteral("called back"),
                                              rules::Channel::Hotline, 60000).ok());
        const auto status = [&](qint64 id) {
            return *rules::statusFromCode(scalar(ws, QStringLiteral("SELECT status FROM"
                                                                    " complaints WHERE id = %1")
                                                         .arg(id)).toString());
        };
        auto move = [&](qint64 id, rules::Status to) {
            auto moved = ws.complaints().changeStatus(id, status(id), to, QStringLiteral("step"));
            QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        };
        move(b, rules::Status::WaitingCustomer);
        store.clock().advance(30 * hour);
        move(b, rules::Status::Investigating);   // the pause moves the deadlines
        NewCallInput again = test::sampleCall(ws, QStringLiteral("13800000002"));
        again.followUpOf = b;
        QVERIFY(ws.complaints().logCall(again).ok());
        QVERIFY(ws.complaints().promiseCallback(c, ws.clock().nowMs() + 24 * hour,
                                                QStringLiteral("tomorrow")).ok());
        QVERIFY(ws.complaints().escalate(c, QStringLiteral("angry")).ok());
        move(d, rules::Status::Investigating);
        move(d, rules::Status::Replied);
        QVERIFY(ws.complaints().recordSatisfaction(d, 4, QStringLiteral("fine")).ok());
        move(d, rules::Status::Closed);
        move(d, rules::Status::Investigating);   // reopened
        ReviewService review(ws);
        QVERIFY(review.bulkSetSeverity({b, c}, rules::Severity::P1, QStringLiteral("urgent")).ok());
        QVERIFY(review.bulkAddNote({b, c}, QStringLiteral("note")).ok());
        QVERIFY(review.merge(c, {d}, QStringLiteral("same case")).ok());
        rules::SlaPolicy standard = ws.slaSettings().policyOf(
            *storage::ComplaintRepository(ws.database().connection()).findById(c).value());
        standard.resolution.amount += 2;
        QVERIFY(ws.slaAdministration().savePolicy(standard).ok());   // due_times_changed
        store.clock().advance(40 * 24 * hour);
        QVERIFY(ws.slaReminders().sweep().ok());                  // deadline_breached
        QVERIFY(scalar(ws, QStringLiteral("SELECT count(*) FROM events WHERE type IN"
                                          " ('deadline_breached', 'due_times_changed',"
                                          " 'merged_into', 'reopened', 'severity_changed')"))
                    .toInt() >= 5);

        const auto report = verify(ws);
        QVERIFY2(report.intact(), qPrintable(findings(report)));
        QCOMPARE(report.complaints, qint64(4));
    }

    void shouldSealTheTrailOfAVersion12Store()
    {
        // GIVEN a version-12 store (chained with plain SHA-256) with a complaint and its
        // events as version 12 wrote them
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v12.sqlite"));
        {
            auto db = storage::Database::open(path, storage::Database::Upgrade::None,
                                              storage::Database::Missing::Create);
            QVERIFY(db.ok());
            QVERIFY(storage::Migrations::upgradeTo(**db, 12).ok());
            const QSqlDatabase c = (*db)->connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role,"
                                          " created_at) VALUES (1, 'old.agent', 'A', 'agent', 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (id, phone, created_at)"
                                          " VALUES (1, '+8613812345678', 1)")));
            QVERIFY2(q.exec(QStringLiteral(
                "INSERT INTO complaints (id, reference, customer_id, category_id, severity,"
                " channel, status, department_id, assignee_id, description, demand, received_at,"
                " created_by, updated_at, first_response_due_at, resolution_due_at)"
                " VALUES (1, 'TS-20250101-0001', 1, (SELECT id FROM categories WHERE code = 'REFUND'),"
                " 'P3', 'HOTLINE', 'INVESTIGATING', (SELECT id FROM departments WHERE code = 'CS'),"
                " 1, 'x', 'REFUND', 1000, 1, 2000, 5000, 9000)")), qPrintable(q.lastError().text()));
            storage::EventRecord created;
            created.complaintId = 1;
            created.actorId = 1;
            created.at = 1000;
            created.type = QStringLiteral("complaint_created");
            created.toStatus = QStringLiteral("ASSIGNED");
            created.details = QStringLiteral(
                "{\"category\":\"REFUND\",\"subcategory\":\"\",\"severity\":\"P3\","
                "\"department\":\"CS\",\"assignee_id\":1}");
            appendLegacyEvent(c, created);
            storage::EventRecord moved;
            moved.complaintId = 1;
            moved.actorId = 1;
            moved.at = 2000;
            moved.type = QStringLiteral("status_changed");
            moved.fromStatus = QStringLiteral("ASSIGNED");
            moved.toStatus = QStringLiteral("INVESTIGATING");
            moved.note = QStringLiteral("checking");
            appendLegacyEvent(c, moved);
            QVERIFY(storage::EventRepository(c).verifyLegacyChain()->brokenAt == 0);
        }
        // WHEN it is opened by this version
        auto db = storage::Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        // THEN its events are sealed with a new key, which it records, and verify
        storage::EventRepository events((*db)->connection());
        const auto chain = events.chainRecord().value();
        QVERIFY(!chain.storeId.isEmpty());
        QVERIFY(QFileInfo::exists(storage::AuditKey::keyPath(chain.storeId)));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, details FROM events WHERE type ="
                                      " 'audit_trail_sealed'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(3));
        const QJsonObject sealed = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        q.finish();
        QCOMPARE(sealed.value(QLatin1String("events")).toInt(), 2);
        QCOMPARE(sealed.value(QLatin1String("legacy_chain")).toString(), QStringLiteral("intact"));
        QCOMPARE(sealed.value(QLatin1String("key_fingerprint")).toString(), chain.fingerprint);
        auto report = AuditService::verify(**db, {});
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(findings(*report)));
        QCOMPARE(report->events, qint64(3));
        QCOMPARE(report->complaints, qint64(1));
        // the legacy events are replayed too
        QVERIFY(q.exec(QStringLiteral("UPDATE complaints SET status = 'CLOSED'")));
        report = AuditService::verify(**db, {});
        QVERIFY2(findings(*report).contains(QStringLiteral("the status is CLOSED in the store, "
                                                           "but its events leave it at "
                                                           "INVESTIGATING")),
                 qPrintable(findings(*report)));
    }

    void shouldRecordThatTheTrailWasAlteredBeforeItWasSealed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v12.sqlite"));
        {
            auto db = storage::Database::open(path, storage::Database::Upgrade::None,
                                              storage::Database::Missing::Create);
            QVERIFY(storage::Migrations::upgradeTo(**db, 12).ok());
            storage::EventRecord event;
            event.at = 1;
            event.type = QStringLiteral("signed_in");
            for (int i = 0; i < 3; ++i)
                appendLegacyEvent((*db)->connection(), event);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_are_append_only_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET note = 'forged' WHERE id = 2")));
        }
        auto db = storage::Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        auto report = AuditService::verify(**db, {});
        QVERIFY(report.ok());
        QVERIFY2(findings(*report).contains(QStringLiteral("altered already before it was sealed"))
                     && findings(*report).contains(QStringLiteral("event 2 was changed")),
                 qPrintable(findings(*report)));
    }

    void shouldRefuseAStoreRolledBackToShedItsKey()
    {
        // GIVEN a sealed store made to look older again (its key's traces removed)
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        QVERIFY(exec(ws, QStringLiteral("ALTER TABLE audit_chain DROP COLUMN store_id")));
        QVERIFY(exec(ws, QStringLiteral("ALTER TABLE audit_chain DROP COLUMN key_fingerprint")));
        // v13: the version before the audit trail was sealed (v14)
        QVERIFY(exec(ws, QStringLiteral("PRAGMA user_version = 13")));
        store.close();
        // THEN it is not sealed again with a new key
        auto db = storage::Database::open(store.path());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("sealed with an audit key before")),
                 qPrintable(db.error().message));
    }

    void shouldVerifyACopyElsewhereWithItsKeyAndAnchors()
    {
        // GIVEN a store, its key exported by the administrator, and a copy of both
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        QTemporaryDir auditor;
        const QString keyFile = auditor.filePath(QStringLiteral("audit.key"));
        QVERIFY(AuditService::exportKey(ws, keyFile).ok());
        QCOMPARE(QFileInfo(keyFile).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM events WHERE type ="
                                           " 'audit_key_exported'")).toInt(), 1);
        const QString anchorFile = auditor.filePath(QStringLiteral("audit.anchors"));
        QVERIFY(QFile::copy(storage::AuditKey::anchorPath(chainOf(ws).storeId), anchorFile));
        store.close();
        const QString copy = auditor.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(store.path(), copy));

        // WHEN it is verified on another computer
        OtherComputer elsewhere;
        auto db = storage::Database::open(copy);
        QVERIFY(db.ok());
        auto withoutKey = AuditService::verify(**db, {});
        QVERIFY(!withoutKey.ok());
        QVERIFY(withoutKey.error().message.contains(QStringLiteral("--key-file")));
        auto keyOnly = AuditService::verify(**db, {keyFile, {}});
        QVERIFY(keyOnly.ok());
        QVERIFY2(keyOnly->intact(), qPrintable(findings(*keyOnly)));
        QVERIFY(!keyOnly->notes.isEmpty());   // its end was not compared with an anchor
        auto both = AuditService::verify(**db, {keyFile, anchorFile});
        QVERIFY(both.ok());
        QVERIFY2(both->intact(), qPrintable(findings(*both)));
        QVERIFY(both->anchor.has_value());

        // and a key of another store does not verify it
        test::StoreFixture other;
        fill(other);
        QTemporaryDir otherKeyFolder;
        const QString otherKey = otherKeyFolder.filePath(QStringLiteral("other.key"));
        QVERIFY(AuditService::exportKey(other.workspace(), otherKey).ok());
        auto wrongKey = AuditService::verify(**db, {otherKey, anchorFile});
        QVERIFY(wrongKey.ok());
        QVERIFY(!wrongKey->intact());
        QVERIFY2(findings(*wrongKey).contains(QStringLiteral("this is not its key")),
                 qPrintable(findings(*wrongKey)));
    }

    void shouldPutTheKeyOnAnotherComputer()
    {
        test::StoreFixture store;
        fill(store);
        QTemporaryDir moved;
        const QString keyFile = moved.filePath(QStringLiteral("audit.key"));
        QVERIFY(AuditService::exportKey(store.workspace(), keyFile).ok());
        store.close();
        const QString copy = moved.filePath(QStringLiteral("moved.sqlite"));
        QVERIFY(QFile::copy(store.path(), copy));

        OtherComputer elsewhere;
        auto db = storage::Database::open(copy);
        QVERIFY(db.ok());
        // a key that is not the store's is refused
        test::StoreFixture other;
        fill(other);
        const QString otherKey = moved.filePath(QStringLiteral("other.key"));
        QVERIFY(AuditService::exportKey(other.workspace(), otherKey).ok());
        QCOMPARE(AuditService::importKey(**db, otherKey).error().kind, Error::Kind::Invalid);

        auto imported = AuditService::importKey(**db, keyFile);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QVERIFY(imported->startsWith(elsewhere.folder()));
        QCOMPARE(QFileInfo(*imported).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        auto report = AuditService::verify(**db, {});
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(findings(*report)));
        QVERIFY(report->anchor.has_value());   // the anchors here start with the import
    }

    void shouldKeepOneChainWithTwoWritersAtOnce()
    {
        // Two connections on one store (two programs), appending in turn: one chain, and the
        // anchor that counts is the highest, whatever order their lines came in.
        test::StoreFixture store;
        Workspace &first = store.open();
        auto second = Workspace::open(store.path(), std::make_unique<ManualClock>(
                                                        test::wednesdayMorning()),
                                      PasswordHasher::Strength::Fast);
        QVERIFY(second.ok());
        QVERIFY((*second)->auth().signIn(QStringLiteral("tester"), test::StoreFixture::password()).ok());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(first.complaints().logCall(test::sampleCall(first)).ok());
            QVERIFY((*second)->complaints().logCall(test::sampleCall(**second)).ok());
        }
        const auto chain = chainOf(first);
        const QString anchors = storage::AuditKey::anchorPath(chain.storeId);
        // a line of a program that was slower to write it comes last
        QVERIFY(storage::AuditAnchors::record(anchors, chain.storeId, 3,
                                              storage::EventRepository(first.database().connection())
                                                  .sealOf(3)->value()).ok());
        const auto report = verify(first);
        QVERIFY2(report.intact(), qPrintable(findings(report)));
        QCOMPARE(report.anchor->eventId, chain.lastEventId);
        QCOMPARE(report.complaints, qint64(10));
    }

    void shouldAnchorWhatATransactionKeptNotWhatASavepointRolledBack()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        storage::EventRepository events(ws.database().connection());
        storage::EventRecord event;
        event.type = QStringLiteral("note_added");
        qint64 kept = 0;
        {
            storage::Transaction outer(ws.database());
            kept = events.append(event).value();
            {
                storage::Transaction inner(ws.database());
                QVERIFY(events.append(event).ok());
            }   // rolled back
            QVERIFY(outer.commit().ok());
        }
        const auto report = verify(ws);
        QVERIFY2(report.intact(), qPrintable(findings(report)));
        QCOMPARE(report.anchor->eventId, kept);
        QCOMPARE(report.lastEventId, kept);
    }

    void shouldReportADamagedStoreAsDamagedNotTampered()
    {
        // GIVEN a store whose events table has a page overwritten (no connection open)
        test::StoreFixture store;
        fill(store, 40);
        Workspace &ws = store.workspace();
        QVERIFY(exec(ws, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const int pageSize = scalar(ws, QStringLiteral("PRAGMA page_size")).toInt();
        // a leaf in the middle of the events: the walk reads the first ones well
        const int leaves = scalar(ws, QStringLiteral("SELECT count(*) FROM dbstat WHERE name ="
                                                     " 'events' AND pagetype = 'leaf'")).toInt();
        QVERIFY(leaves >= 3);
        const int page = scalar(ws, QStringLiteral("SELECT pageno FROM dbstat WHERE name ="
                                                   " 'events' AND pagetype = 'leaf' ORDER BY"
                                                   " pageno LIMIT 1 OFFSET %1").arg(leaves / 2)).toInt();
        store.close();
        {
            QFile file(store.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(qint64(page - 1) * pageSize));
            QVERIFY(file.write(QByteArray(pageSize, '\x5a')) == pageSize);
        }
        auto db = storage::Database::open(store.path());
        QVERIFY(db.ok());
        // THEN the verification says the store is damaged, not that events were removed
        auto report = AuditService::verify(**db, {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::Damaged);
        QVERIFY2(report.error().message.contains(QStringLiteral("is damaged")),
                 qPrintable(report.error().message));
        QVERIFY(!report.error().message.contains(QStringLiteral("removed")));
    }

    void shouldExportTheKeyForAdministratorsOnly()
    {
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("audit.key"));
        store.signInAs(QStringLiteral("lead.x"), QStringLiteral("lead"));
        QCOMPARE(AuditService::exportKey(ws, target).error().kind, Error::Kind::Permission);
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM events WHERE type ="
                                           " 'permission_denied' AND details LIKE"
                                           " '%export_audit_key%'")).toInt(), 1);
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QVERIFY(AuditService::exportKey(ws, target).ok());
        QCOMPARE(storage::AuditKey::read(target)->fingerprint(), chainOf(ws).fingerprint);
        // never over another file
        QCOMPARE(AuditService::exportKey(ws, target).error().kind, Error::Kind::Storage);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM events WHERE type ="
                                           " 'audit_key_exported'")).toInt(), 1);
    }

    void shouldRecordNothingWithoutTheKey()
    {
        // A store whose key is not on this computer: nothing is written unsealed.
        test::StoreFixture store;
        fill(store);
        Workspace &ws = store.workspace();
        QVERIFY(exec(ws, QStringLiteral("UPDATE audit_chain SET store_id = 'kept-elsewhere'")));
        auto logged = ws.complaints().logCall(test::sampleCall(ws));
        QVERIFY(!logged.ok());
        QVERIFY2(logged.error().message.contains(QStringLiteral("is not on this computer")),
                 qPrintable(logged.error().message));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 3);
    }

    void shouldAnchorAgainFromARestart()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("s.anchors"));
        const QByteArray seal(64, 'a');
        const QByteArray other(64, 'b');
        QVERIFY(storage::AuditAnchors::record(path, QStringLiteral("s"), 40, seal).ok());
        QVERIFY(storage::AuditAnchors::restart(path, 30, other).ok());
        QVERIFY(storage::AuditAnchors::record(path, QStringLiteral("s"), 31, other).ok());
        const auto last = storage::AuditAnchors::last(path);
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*last)->eventId, qint64(31));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("not an anchor\n");
        file.close();
        QVERIFY(!storage::AuditAnchors::last(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
