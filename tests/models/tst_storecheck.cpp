#include "complaintservice.h"
#include "database.h"
#include "demogenerator.h"
#include "sqlquery.h"
#include "storecheck.h"
#include "testsupport.h"
#include "workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace cd;
using namespace cd::models;

class TestStoreCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldFindAGoodStoreIntact()
    {
        test::StoreFixture store;
        test::fillWithDemo(store);
        for (const auto depth : {StoreCheck::Depth::Quick, StoreCheck::Depth::Full}) {
            auto report = StoreCheck::run(store.path(), depth);
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
            QVERIFY(!report->damaged());
            QCOMPARE(report->auditChecked, depth == StoreCheck::Depth::Full);
        }
        auto full = StoreCheck::run(store.path(), StoreCheck::Depth::Full);
        QVERIFY(full->auditEvents > 300);
        auto background = StoreCheck::quickInBackground(store.path()).result();
        QVERIFY(background.ok());
        QVERIFY(!background->damaged());
    }

    void shouldFindAndNameDamageWithoutWritingToTheStore()
    {
        // GIVEN a store with a page in the middle overwritten
        test::StoreFixture store;
        test::fillWithDemo(store);
        test::damageTheMiddle(store.path());
        const QByteArray before = test::digestOf(store.path());
        // WHEN it is checked, quickly (in the background) and fully
        auto quick = StoreCheck::quickInBackground(store.path()).result();
        auto full = StoreCheck::run(store.path(), StoreCheck::Depth::Full);
        // THEN both find the damage and say what to do, and the file is as it was
        QVERIFY2(quick.ok(), qPrintable(quick.ok() ? QString() : quick.error().message));
        QVERIFY(quick->damaged());
        QVERIFY(full.ok());
        QVERIFY(full->damaged());
        QVERIFY(!full->integrityProblems.isEmpty());
        QVERIFY(full->auditChecked);
        const Error damage = full->damage(store.path());
        QCOMPARE(damage.kind, Error::Kind::Damaged);
        QVERIFY2(damage.message.contains(store.path()), qPrintable(damage.message));
        QVERIFY(damage.message.contains(full->integrityProblems.first()));
        QVERIFY(damage.message.contains(QStringLiteral("complaintdesk-cli restore")));
        QVERIFY(damage.message.contains(QStringLiteral("complaintdesk-cli check")));
        QCOMPARE(test::digestOf(store.path()), before);
    }

    void shouldReportReadsOfADamagedPageAsADamagedStore()
    {
        // GIVEN a damaged store, opened
        test::StoreFixture store;
        test::fillWithDemo(store);
        test::damageTheMiddle(store.path());
        auto database = storage::Database::open(store.path(), storage::Database::Upgrade::None);
        QVERIFY(database.ok());
        const QSqlDatabase db = (*database)->connection();
        QStringList tables;
        {
            QSqlQuery names(db);
            QVERIFY(names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type ="
                                              " 'table' AND rootpage > 0")));
            while (names.next())
                tables << names.value(0).toString();
        }
        // WHEN every table is read to its end
        QList<Error> errors;
        for (const QString &table : std::as_const(tables)) {
            auto rows = storage::runQuery(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            if (!rows) {
                errors << rows.error();
                continue;
            }
            while (rows->next()) { }
            if (auto ended = storage::rowsEnded(db, *rows); !ended)
                errors << ended.error();
        }
        // THEN what could not be read is reported as damage, with what to do
        QVERIFY(!errors.isEmpty());
        for (const Error &error : std::as_const(errors)) {
            QCOMPARE(error.kind, Error::Kind::Damaged);
            QVERIFY2(error.message.contains(QStringLiteral("is damaged")),
                     qPrintable(error.message));
            QVERIFY(error.message.contains(QStringLiteral("complaintdesk-cli restore")));
        }
    }

    void shouldNotSaveIntoAStoreDeletedWhileOpen()
    {
        // GIVEN a workspace at work
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(ws.complaints().logCall(test::sampleCall(ws)).ok());
        // WHEN its file is deleted under it and a call is logged
        QVERIFY(QFile::remove(store.path()));
        auto saved = ws.complaints().logCall(test::sampleCall(ws));
        // THEN the save fails, saying why
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QStringLiteral("deleted, moved or replaced")),
                 qPrintable(saved.error().message));
    }

    void shouldNotSaveIntoAStoreReplacedWhileOpen()
    {
        // GIVEN a workspace at work, and another store
        test::StoreFixture other;
        other.open();
        other.close();
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(ws.complaints().logCall(test::sampleCall(ws)).ok());
        // WHEN the other store is moved over its file and a call is logged
        QCOMPARE(std::rename(QFile::encodeName(other.path()).constData(),
                             QFile::encodeName(store.path()).constData()),
                 0);
        auto saved = ws.complaints().logCall(test::sampleCall(ws));
        // THEN the save fails, saying why
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QStringLiteral("deleted, moved or replaced")),
                 qPrintable(saved.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStoreCheck)
#include "tst_storecheck.moc"
