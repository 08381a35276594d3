#pragma once

// The audit trail suites' shared set-up: stores filled through the services, the
// verifier's report, and the raw SQL that tampers with a store (these suites are about
// what is stored, so they read and write the tables themselves).
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
    OtherComputer()
        : m_previous(qgetenv("COMPLAINTDESK_AUDIT_KEY_DIR"))
    {
        qputenv("COMPLAINTDESK_AUDIT_KEY_DIR", m_folder.path().toLocal8Bit());
    }
    ~OtherComputer() { qputenv("COMPLAINTDESK_AUDIT_KEY_DIR", m_previous); }
    QString folder() const { return m_folder.path(); }

private:
    QTemporaryDir m_folder;
    QByteArray m_previous;
};

// A test store's file copied to `path` (the store closed first) and opened there as on
// another computer (OtherComputer), for as long as this object lives. `database` is null, with
// a warning, when the copy cannot be made or opened.
class CopyElsewhere
{
public:
    CopyElsewhere(test::StoreFixture &store, const QString &path)
        : m_copied(copyClosed(store, path))
    {
        if (!m_copied)
            return;
        auto opened = storage::Database::open(path);
        if (opened)
            database = std::move(*opened);
        else
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    }

private:
    static bool copyClosed(test::StoreFixture &store, const QString &path)
    {
        store.close();
        if (QFile::copy(store.path(), path))
            return true;
        qWarning("cannot copy %s to %s", qPrintable(store.path()), qPrintable(path));
        return false;
    }

    bool m_copied;

public:
    OtherComputer computer;
    std::unique_ptr<storage::Database> database;
};

} // namespace

class AuditTest : public QObject
{
protected:
    // Opens `store` (StoreFixture::open(): the administrator signed in) and logs `complaints`
    // complaints, each moved along; returns the store's workspace.
    static Workspace &fill(test::StoreFixture &store, int complaints = 3)
    {
        Workspace &ws = store.open();
        for (int i = 0; i < complaints; ++i) {
            const qint64 id = ws.complaints().logCall(test::sampleCall(ws))->complaintId;
            [[maybe_unused]] auto moved = ws.complaints().changeStatus(
                id, rules::Status::New, rules::Status::Investigating, QStringLiteral("checking"));
        }
        return ws;
    }

    // Exports the audit key of another, new store to `path`: a key that is not the test
    // store's. False when it cannot.
    static bool exportAnotherStoresKey(const QString &path)
    {
        test::StoreFixture other;
        return AuditService::exportKey(fill(other), path).ok();
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

    // Whether one of `report`'s findings contains `text`; when none does, a warning lists the
    // findings (QVERIFY it).
    static bool finds(const AuditService::Report &report, const QString &text)
    {
        if (findings(report).contains(text))
            return true;
        qWarning("no finding contains \"%s\"; the findings:\n%s", qPrintable(text),
                 qPrintable(findings(report)));
        return false;
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
        for (const QString &drop : test::eventGuardsDropped(ws.database().isServer()))
            QVERIFY(exec(ws, drop));
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
                                         " last_hash = '%2'")
                              .arg(id)
                              .arg(hash)));
    }
};
