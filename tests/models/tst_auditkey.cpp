#include "audittest.h"

// The audit key and anchors: older stores sealed, stores rolled back or copied, keys
// moved and exported, anchors kept across writers, savepoints and restarts.
class TestAuditKey : public AuditTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void shouldSealTheTrailOfAVersion12Store()
    {
        // GIVEN a version-12 store (chained with plain SHA-256) with a complaint and its
        // events as version 12 wrote them
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v12.sqlite"));
        {
            const auto db = test::storeOfVersion(path, 12);
            QVERIFY(db);
            const QSqlDatabase c = db->connection();
            QSqlQuery q(c);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role,"
                                      " created_at) VALUES (1, 'old.agent', 'A', 'agent', 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (id, phone, created_at)"
                                          " VALUES (1, '+8613812345678', 1)")));
            QVERIFY2(
                q.exec(QStringLiteral(
                    "INSERT INTO complaints (id, reference, customer_id, category_id, severity,"
                    " channel, status, department_id, assignee_id, description, demand, "
                    "received_at,"
                    " created_by, updated_at, first_response_due_at, resolution_due_at)"
                    " VALUES (1, 'TS-20250101-0001', 1, (SELECT id FROM categories WHERE code = "
                    "'REFUND'),"
                    " 'P3', 'HOTLINE', 'INVESTIGATING', (SELECT id FROM departments WHERE code = "
                    "'CS'),"
                    " 1, 'x', 'REFUND', 1000, 1, 2000, 5000, 9000)")),
                qPrintable(q.lastError().text()));
            storage::EventRecord created =
                agentsEvent(1000, QStringLiteral("complaint_created"), QStringLiteral("ASSIGNED"));
            created.details =
                QStringLiteral("{\"category\":\"REFUND\",\"subcategory\":\"\",\"severity\":\"P3\","
                               "\"department\":\"CS\",\"assignee_id\":1}");
            appendLegacyEvent(c, created);
            storage::EventRecord moved = agentsEvent(2000, QStringLiteral("status_changed"),
                                                     QStringLiteral("INVESTIGATING"));
            moved.fromStatus = QStringLiteral("ASSIGNED");
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
        QVERIFY(finds(*report,
                      QStringLiteral("the status is CLOSED in the store, "
                                     "but its events leave it at "
                                     "INVESTIGATING")));
    }

    void shouldRecordThatTheTrailWasAlteredBeforeItWasSealed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v12.sqlite"));
        {
            const auto db = test::storeOfVersion(path, 12);
            QVERIFY(db);
            storage::EventRecord event;
            event.at = 1;
            event.type = QStringLiteral("signed_in");
            for (int i = 0; i < 3; ++i)
                appendLegacyEvent(db->connection(), event);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_are_append_only_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET note = 'forged' WHERE id = 2")));
        }
        auto db = storage::Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        auto report = AuditService::verify(**db, {});
        QVERIFY(report.ok());
        QVERIFY(finds(*report, QStringLiteral("altered already before it was sealed")));
        QVERIFY(finds(*report, QStringLiteral("event 2 was changed")));
    }

    void shouldRefuseAStoreRolledBackToShedItsKey()
    {
        if (test::suiteOnServer())
            QSKIP("a server store is never rolled back to a version before v21");
        // GIVEN a sealed store made to look older again (its key's traces removed)
        test::StoreFixture store;
        Workspace &ws = fill(store);
        QVERIFY(exec(ws, QStringLiteral("ALTER TABLE audit_chain DROP COLUMN store_id")));
        QVERIFY(exec(ws, QStringLiteral("ALTER TABLE audit_chain DROP COLUMN key_fingerprint")));
        // ... and its seals kept as the versions before v21 did
        for (const QString &sql : test::eventsAsBeforeVersion21())
            QVERIFY(exec(ws, sql));
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
        if (test::suiteOnServer())
            QSKIP("copies a store's file");
        // GIVEN a store, its key exported by the administrator, and a copy of both
        test::StoreFixture store;
        Workspace &ws = fill(store);
        QTemporaryDir auditor;
        const QString keyFile = auditor.filePath(QStringLiteral("audit.key"));
        QVERIFY(AuditService::exportKey(ws, keyFile).ok());
        QCOMPARE(QFileInfo(keyFile).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM events WHERE type ="
                                       " 'audit_key_exported'"))
                     .toInt(),
                 1);
        const QString anchorFile = auditor.filePath(QStringLiteral("audit.anchors"));
        QVERIFY(QFile::copy(storage::AuditKey::anchorPath(chainOf(ws).storeId), anchorFile));

        // WHEN it is verified on another computer
        CopyElsewhere elsewhere(store, auditor.filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(elsewhere.database);
        storage::Database &db = *elsewhere.database;
        auto withoutKey = AuditService::verify(db, {});
        QVERIFY(!withoutKey.ok());
        QVERIFY(withoutKey.error().message.contains(QStringLiteral("--key-file")));
        auto keyOnly = AuditService::verify(db, {keyFile, {}});
        QVERIFY(keyOnly.ok());
        QVERIFY2(keyOnly->intact(), qPrintable(findings(*keyOnly)));
        QVERIFY(!keyOnly->notes.isEmpty()); // its end was not compared with an anchor
        auto both = AuditService::verify(db, {keyFile, anchorFile});
        QVERIFY(both.ok());
        QVERIFY2(both->intact(), qPrintable(findings(*both)));
        QVERIFY(both->anchor.has_value());

        // and a key of another store does not verify it
        QTemporaryDir otherKeyFolder;
        const QString otherKey = otherKeyFolder.filePath(QStringLiteral("other.key"));
        QVERIFY(exportAnotherStoresKey(otherKey));
        auto wrongKey = AuditService::verify(db, {otherKey, anchorFile});
        QVERIFY(wrongKey.ok());
        QVERIFY(!wrongKey->intact());
        QVERIFY(finds(*wrongKey, QStringLiteral("this is not its key")));
    }

    void shouldPutTheKeyOnAnotherComputer()
    {
        if (test::suiteOnServer())
            QSKIP("copies a store's file");
        test::StoreFixture store;
        fill(store);
        QTemporaryDir moved;
        const QString keyFile = moved.filePath(QStringLiteral("audit.key"));
        QVERIFY(AuditService::exportKey(store.workspace(), keyFile).ok());

        CopyElsewhere elsewhere(store, moved.filePath(QStringLiteral("moved.sqlite")));
        QVERIFY(elsewhere.database);
        storage::Database &db = *elsewhere.database;
        // a key that is not the store's is refused
        const QString otherKey = moved.filePath(QStringLiteral("other.key"));
        QVERIFY(exportAnotherStoresKey(otherKey));
        QCOMPARE(AuditService::importKey(db, otherKey).error().kind, Error::Kind::Invalid);

        auto imported = AuditService::importKey(db, keyFile);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QVERIFY(imported->startsWith(elsewhere.computer.folder()));
        QCOMPARE(QFileInfo(*imported).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        auto report = AuditService::verify(db, {});
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(findings(*report)));
        QVERIFY(report->anchor.has_value()); // the anchors here start with the import
    }

    void shouldKeepOneChainWithTwoWritersAtOnce()
    {
        // Two connections on one store (two programs), appending in turn: one chain, and the
        // anchor that counts is the highest, whatever order their lines came in.
        test::StoreFixture store;
        Workspace &first = store.open();
        auto second =
            Workspace::open(store.path(), std::make_unique<ManualClock>(test::wednesdayMorning()),
                            PasswordHasher::Strength::Fast);
        QVERIFY(second.ok());
        QVERIFY((*second)
                    ->auth()
                    .signIn(QStringLiteral("tester"), test::StoreFixture::password())
                    .ok());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(first.complaints().logCall(test::sampleCall(first)).ok());
            QVERIFY((*second)->complaints().logCall(test::sampleCall(**second)).ok());
        }
        const auto chain = chainOf(first);
        const QString anchors = storage::AuditKey::anchorPath(chain.storeId);
        // a line of a program that was slower to write it comes last
        QVERIFY(storage::AuditAnchors::record(
                    anchors, chain.storeId, 3,
                    storage::EventRepository(first.database().connection()).sealOf(3)->value())
                    .ok());
        const auto report = verify(first);
        QVERIFY2(report.intact(), qPrintable(findings(report)));
        QCOMPARE(report.anchor->eventId, chain.lastEventId);
        QCOMPARE(report.complaints, qint64(10));
    }

    void shouldAnchorWhatATransactionKeptNotWhatASavepointRolledBack()
    {
        test::StoreFixture store;
        Workspace &ws = fill(store);
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
            } // rolled back
            QVERIFY(outer.commit().ok());
        }
        const auto report = verify(ws);
        QVERIFY2(report.intact(), qPrintable(findings(report)));
        QCOMPARE(report.anchor->eventId, kept);
        QCOMPARE(report.lastEventId, kept);
    }

    void shouldExportTheKeyForAdministratorsOnly()
    {
        test::StoreFixture store;
        Workspace &ws = fill(store);
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("audit.key"));
        store.signInAs(QStringLiteral("lead.x"), QStringLiteral("lead"));
        QCOMPARE(AuditService::exportKey(ws, target).error().kind, Error::Kind::Permission);
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM events WHERE type ="
                                       " 'permission_denied' AND details LIKE"
                                       " '%export_audit_key%'"))
                     .toInt(),
                 1);
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QVERIFY(AuditService::exportKey(ws, target).ok());
        QCOMPARE(storage::AuditKey::read(target)->fingerprint(), chainOf(ws).fingerprint);
        // never over another file
        QCOMPARE(AuditService::exportKey(ws, target).error().kind, Error::Kind::Storage);
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT count(*) FROM events WHERE type ="
                                       " 'audit_key_exported'"))
                     .toInt(),
                 1);
    }

    void shouldRecordNothingWithoutTheKey()
    {
        // A store whose key is not on this computer: nothing is written unsealed.
        test::StoreFixture store;
        Workspace &ws = fill(store);
        QVERIFY(exec(ws, QStringLiteral("UPDATE audit_chain SET store_id = 'kept-elsewhere'")));
        auto logged = ws.complaints().logCall(test::sampleCall(ws));
        QVERIFY(!logged.ok());
        QVERIFY2(logged.error().message.contains(QStringLiteral("is not on this computer")),
                 qPrintable(logged.error().message));
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 3);
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

private:
    // An event of complaint 1 recorded by its agent (user 1) at `at`, leaving `toStatus`.
    static storage::EventRecord agentsEvent(qint64 at, const QString &type, const QString &toStatus)
    {
        storage::EventRecord event;
        event.complaintId = 1;
        event.actorId = 1;
        event.at = at;
        event.type = type;
        event.toStatus = toStatus;
        return event;
    }
};

QTEST_GUILESS_MAIN(TestAuditKey)
#include "tst_auditkey.moc"
