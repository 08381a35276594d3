#include "audittest.h"

// The audit trail: sealed as the program writes, and every kind of tampering found and
// named.
class TestAuditTrail : public AuditTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void shouldSealAFreshStoreWithAKeyKeptOutsideIt()
    {
        test::StoreFixture store;
        Workspace &ws = fill(store);
        const int count = test::rowCount(ws, QStringLiteral("events"));
        const auto chain = chainOf(ws);
        const QString keyPath = storage::AuditKey::keyPath(chain.storeId);
        const QString anchorPath = storage::AuditKey::anchorPath(chain.storeId);
        // the key is outside the store, readable by its owner only; the store has its
        // fingerprint, not the key
        QVERIFY(
            !QFileInfo(keyPath).absolutePath().startsWith(QFileInfo(store.path()).absolutePath()));
        QCOMPARE(QFileInfo(keyPath).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(QFileInfo(anchorPath).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        const auto key = storage::AuditKey::read(keyPath);
        QVERIFY(key.ok());
        QCOMPARE(key->fingerprint(), chain.fingerprint);
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM audit_chain WHERE last_hash LIKE"
                                       " '%' || key_fingerprint || '%'"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT type FROM events WHERE id = 1")).toString(),
                 QStringLiteral("audit_trail_sealed"));

        const auto report = verify(ws);
        QVERIFY2(report.intact(), qPrintable(findings(report)));
        QCOMPARE(report.events, qint64(count));
        QCOMPARE(report.complaints, qint64(3));
        QVERIFY(report.anchor.has_value());
        QCOMPARE(report.anchor->eventId, qint64(count)); // anchored after each write
        QCOMPARE(report.anchor->seal, chain.lastSeal);
    }

    void shouldRefuseUpdatesAndDeletesInTheDatabase()
    {
        test::StoreFixture store;
        Workspace &ws = fill(store);
        QSqlQuery query(ws.database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE events SET note = 'nothing happened'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM events WHERE id = 2")));
        QVERIFY(verify(ws).intact());
    }

    void shouldNameTamperedEvents_data()
    {
        QTest::addColumn<QStringList>("tampering");
        QTest::addColumn<QString>("finding");
        QTest::newRow("edited") << QStringList {QStringLiteral(
            "UPDATE events SET note = 'edited' WHERE id = 5")}
                                << QStringLiteral("event 5 was changed");
        QTest::newRow("deleted") << QStringList {QStringLiteral("DELETE FROM events WHERE id = 4")}
                                 << QStringLiteral("event 5 does not follow");
        // swap the contents (and seals) of events 3 and 4: the ids still run on, so the
        // first is named as changed
        QTest::newRow("reordered")
            << QStringList {QStringLiteral("UPDATE events SET id = -3 WHERE id = 3"),
                            QStringLiteral("UPDATE events SET id = 3 WHERE id = 4"),
                            QStringLiteral("UPDATE events SET id = 4 WHERE id = -3")}
            << QStringLiteral("event 3 was changed");
    }

    void shouldNameTamperedEvents()
    {
        QFETCH(QStringList, tampering);
        QFETCH(QString, finding);
        test::StoreFixture store;
        Workspace &ws = fill(store);
        dropGuards(ws);
        for (const QString &statement : tampering)
            QVERIFY(exec(ws, statement));
        const auto report = verify(ws);
        QVERIFY(!report.intact());
        QVERIFY(finds(report, finding));
    }

    void shouldNameTheLastEventsRemovedWithTheChainRecordReset()
    {
        // GIVEN a store whose last 20 events are deleted with the triggers dropped and the
        // chain record set to the new last event (reproduction 1 of issue 20)
        test::StoreFixture store;
        Workspace &ws = fill(store, 15);
        const int count = test::rowCount(ws, QStringLiteral("events"));
        QVERIFY(count > 25);
        dropGuards(ws);
        const int kept = count - 20;
        QVERIFY(exec(ws, QStringLiteral("DELETE FROM events WHERE id > %1").arg(kept)));
        QVERIFY(exec(ws,
                     QStringLiteral("UPDATE audit_chain SET last_event_id = %1, last_hash ="
                                    " (SELECT %2 FROM events WHERE id = %1)")
                         .arg(kept)
                         .arg(ws.database().isServer() ? QStringLiteral("encode(seal, 'hex')")
                                                       : QStringLiteral("lower(hex(seal))"))));
        QVERIFY(storage::EventRepository(ws.database().connection())
                    .verifyChain(
                        storage::AuditKey::read(storage::AuditKey::keyPath(chainOf(ws).storeId))
                            .value())
                    ->brokenAt
                == 0); // what is left is a valid chain
        // THEN the anchor outside the store names it
        const auto report = verify(ws);
        QVERIFY(!report.intact());
        QVERIFY(finds(
            report,
            QStringLiteral("The store's audit trail ends at event %1, but the anchor").arg(kept)));
        QVERIFY(finds(report, QStringLiteral("records event %1").arg(count)));
    }

    void shouldRefuseAChainRecomputedWithoutTheKey()
    {
        // GIVEN the refusals deleted and the chain recomputed with plain SHA-256, as a short
        // script could do it for the chain of schema v12
        test::StoreFixture store;
        Workspace &ws = fill(store);
        store.signInAs(QStringLiteral("agent.x"), QStringLiteral("agent"), QStringLiteral("RISK"));
        QCOMPARE(ws.complaints()
                     .changeStatus(3, rules::Status::Investigating, rules::Status::Replied,
                                   QStringLiteral("x"))
                     .error()
                     .kind,
                 Error::Kind::Permission);
        QVERIFY(scalar(ws,
                       QStringLiteral("SELECT count(*) FROM events"
                                      " WHERE type = 'permission_denied'"))
                    .toInt()
                > 0);
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
            QVERIFY(exec(ws,
                         (ws.database().isServer()
                              ? QStringLiteral("UPDATE events SET id = %1, seal ="
                                               " decode('%2', 'hex') WHERE id = %3")
                              : QStringLiteral("UPDATE events SET id = %1, seal = X'%2'"
                                               " WHERE id = %3"))
                             .arg(newId)
                             .arg(hash)
                             .arg(id)));
            previous = hash;
        }
        QVERIFY(exec(ws,
                     QStringLiteral("UPDATE audit_chain SET last_event_id = %1,"
                                    " last_hash = '%2'")
                         .arg(newId)
                         .arg(previous)));
        // THEN without the key the chain cannot be made to verify
        const auto report = verify(ws);
        QVERIFY(!report.intact());
        QVERIFY(finds(report,
                      QStringLiteral("event 1 was changed after it was "
                                     "written, or sealed without the "
                                     "store's key")));
    }

    void shouldNameADirectEditOfAComplaintWithTheFieldAndBothValues()
    {
        test::StoreFixture store;
        Workspace &ws = fill(store);
        const QString reference = scalar(ws,
                                         QStringLiteral("SELECT reference FROM complaints"
                                                        " WHERE id = 2"))
                                      .toString();
        QVERIFY(exec(ws, QStringLiteral("UPDATE complaints SET status = 'CLOSED' WHERE id = 2")));
        QVERIFY(exec(ws,
                     QStringLiteral("UPDATE complaints SET department_id = (SELECT id FROM"
                                    " departments WHERE code = 'RISK'), severity = 'P1',"
                                    " resolution_due_at = resolution_due_at + 86400000"
                                    " WHERE id = 3")));
        const auto report = verify(ws);
        QVERIFY(!report.intact());
        QVERIFY(finds(report,
                      QStringLiteral("Complaint %1: the status is CLOSED in the store, "
                                     "but its events leave it at INVESTIGATING.")
                          .arg(reference)));
        QVERIFY(finds(report,
                      QStringLiteral(": the department is RISK in the store, but its "
                                     "events leave it at ")));
        QVERIFY(finds(report, QStringLiteral(": the severity is P1 in the store")));
        QVERIFY(finds(report, QStringLiteral(": the resolution due time is ")));
        QCOMPARE(report.findingCount, qint64(4));
    }

    void shouldNameADirectEditThatALaterChangeBuiltOn()
    {
        // GIVEN a complaint moved to FOLLOW_UP behind the program's back, then closed by an
        // agent (a move the workflow allows from there)
        test::StoreFixture store;
        Workspace &ws = fill(store);
        QVERIFY(
            exec(ws, QStringLiteral("UPDATE complaints SET status = 'FOLLOW_UP' WHERE id = 1")));
        QVERIFY(ws.complaints()
                    .changeStatus(1, rules::Status::FollowUp, rules::Status::Closed,
                                  QStringLiteral("done"))
                    .ok());
        // THEN the closing event found it otherwise than its events had left it
        const auto report = verify(ws);
        QVERIFY(finds(report,
                      QStringLiteral("found the status at FOLLOW_UP, but the "
                                     "events before it had left it at "
                                     "INVESTIGATING")));
    }

    void shouldNameADeletedComplaintAndOneWithoutEvents()
    {
        test::StoreFixture store;
        Workspace &ws = fill(store);
        // (on a server, as its superuser: no foreign key is checked for this session)
        QVERIFY(exec(ws,
                     ws.database().isServer()
                         ? QStringLiteral("SET session_replication_role = replica")
                         : QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(exec(ws, QStringLiteral("DELETE FROM complaints WHERE id = 2")));
        QVERIFY(exec(
            ws,
            QStringLiteral(
                "INSERT INTO complaints (reference, customer_id, category_id, severity, channel,"
                " status, department_id, description, demand, received_at, created_by, updated_at,"
                " first_response_due_at, resolution_due_at) SELECT 'TS-20261125-0099', customer_id,"
                " category_id, severity, channel, 'CLOSED', department_id, 'x', demand, "
                "received_at,"
                " created_by, updated_at, first_response_due_at, resolution_due_at FROM complaints"
                " WHERE id = 1")));
        const auto report = verify(ws);
        QVERIFY(
            finds(report, QStringLiteral("Events name complaint #2, which is not in the store")));
        QVERIFY(finds(report, QStringLiteral("Complaint TS-20261125-0099 has no events")));
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
        QVERIFY(ws.complaints()
                    .reclassify(b, ws.taxonomy().categoryByCode(QStringLiteral("REFUND"))->id,
                                std::nullopt, QStringLiteral("a refund"))
                    .ok());
        QVERIFY(ws.complaints()
                    .recordContact(b, QStringLiteral("called back"), rules::Channel::Hotline, 60000)
                    .ok());
        const auto status = [&](qint64 id) {
            return *rules::statusFromCode(scalar(ws,
                                                 QStringLiteral("SELECT status FROM"
                                                                " complaints WHERE id = %1")
                                                     .arg(id))
                                              .toString());
        };
        auto move = [&](qint64 id, rules::Status to) {
            auto moved = ws.complaints().changeStatus(id, status(id), to, QStringLiteral("step"));
            QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        };
        move(b, rules::Status::WaitingCustomer);
        store.clock().advance(30 * hour);
        move(b, rules::Status::Investigating); // the pause moves the deadlines
        NewCallInput again = test::sampleCall(ws, QStringLiteral("13800000002"));
        again.followUpOf = b;
        QVERIFY(ws.complaints().logCall(again).ok());
        QVERIFY(ws.complaints()
                    .promiseCallback(c, ws.clock().nowMs() + 24 * hour, QStringLiteral("tomorrow"))
                    .ok());
        QVERIFY(ws.complaints().escalate(c, QStringLiteral("angry")).ok());
        move(d, rules::Status::Investigating);
        move(d, rules::Status::Replied);
        QVERIFY(ws.complaints().recordSatisfaction(d, 4, QStringLiteral("fine")).ok());
        move(d, rules::Status::Closed);
        move(d, rules::Status::Investigating); // reopened
        ReviewService review(ws);
        QVERIFY(review.bulkSetSeverity({b, c}, rules::Severity::P1, QStringLiteral("urgent")).ok());
        QVERIFY(review.bulkAddNote({b, c}, QStringLiteral("note")).ok());
        QVERIFY(review.merge(c, {d}, QStringLiteral("same case")).ok());
        rules::SlaPolicy standard = ws.slaSettings().policyOf(
            *storage::ComplaintRepository(ws.database().connection()).findById(c).value());
        standard.resolution.amount += 2;
        QVERIFY(ws.slaAdministration().savePolicy(standard).ok()); // due_times_changed
        store.clock().advance(40 * 24 * hour);
        QVERIFY(ws.slaReminders().sweep().ok()); // deadline_breached
        QVERIFY(scalar(ws,
                       QStringLiteral("SELECT count(*) FROM events WHERE type IN"
                                      " ('deadline_breached', 'due_times_changed',"
                                      " 'merged_into', 'reopened', 'severity_changed')"))
                    .toInt()
                >= 5);

        const auto report = verify(ws);
        QVERIFY2(report.intact(), qPrintable(findings(report)));
        QCOMPARE(report.complaints, qint64(4));
    }

    void shouldReportADamagedStoreAsDamagedNotTampered()
    {
        if (test::suiteOnServer())
            QSKIP("overwrites a page of the store's file");
        // GIVEN a store whose events table has a page overwritten (no connection open)
        test::StoreFixture store;
        Workspace &ws = fill(store, 40);
        QVERIFY(exec(ws, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const int pageSize = scalar(ws, QStringLiteral("PRAGMA page_size")).toInt();
        // a leaf in the middle of the events: the walk reads the first ones well
        const int leaves = scalar(ws,
                                  QStringLiteral("SELECT count(*) FROM dbstat WHERE name ="
                                                 " 'events' AND pagetype = 'leaf'"))
                               .toInt();
        QVERIFY(leaves >= 3);
        const int page = scalar(ws,
                                QStringLiteral("SELECT pageno FROM dbstat WHERE name ="
                                               " 'events' AND pagetype = 'leaf' ORDER BY"
                                               " pageno LIMIT 1 OFFSET %1")
                                    .arg(leaves / 2))
                             .toInt();
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
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
