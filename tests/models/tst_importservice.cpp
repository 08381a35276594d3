#include "complaintservice.h"
#include "importservice.h"
#include "testsupport.h"
#include "workspace.h"

#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::StoreFixture;

// Importing files through the same path as a logged call; a second import adds nothing.
class TestImportService : public QObject
{
    Q_OBJECT

    // A 12363-style list (UTF-8): a good row, a row with a multi-line text and a card
    // number, a row with an unknown category, a row naming no category (classified), a row
    // without a phone number.
    static QByteArray regulatorList()
    {
        return QStringLiteral(
                   "\u5de5\u5355\u7f16\u53f7,\u53d7\u7406\u65f6\u95f4,\u8054\u7cfb\u7535\u8bdd,"
                   "\u6295\u8bc9\u5185\u5bb9,\u6295\u8bc9\u7c7b\u522b\n"
                   "A-1,2026-11-20 09:30,13812345678,Charged a fee twice for one "
                   "payment,FEES_BILLING\n"
                   "A-2,2026-11-21 10:00,13912345678,\"Card 4111 1111 1111 1111 was frozen\n"
                   "and I cannot pay\",FUNDS_FROZEN\n"
                   "A-3,2026-11-21 11:00,13712345678,Something,Space travel\n"
                   "A-4,2026-11-22 12:00,13612345678,Someone took money from my account without my "
                   "permission,\n"
                   "A-5,2026-11-22 12:30,,No number given,FEES_BILLING\n")
            .toUtf8();
    }

    static rules::ImportTable table(const QByteArray &bytes)
    {
        auto read = rules::ImportFiles::read(bytes);
        if (!read)
            qFatal("%s", qPrintable(read.error().message));
        return *read;
    }

    // What ImportService::import reports for `bytes`, read as a file of the preset `preset`
    // (the suite stops when there is no such preset), imported into `workspace`.
    static Result<ImportReport> imported(Workspace &workspace, const QByteArray &bytes,
                                         const ImportService::Options &options = {},
                                         const QString &preset = QStringLiteral("12363"))
    {
        const auto mapping = ImportService::preset(preset);
        if (!mapping)
            qFatal("%s", qPrintable(mapping.error().message));
        return ImportService(workspace).import(table(bytes), *mapping, options);
    }

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void shouldImportRowsAsCallsAndReportFailuresByLine()
    {
        StoreFixture store;
        Workspace &ws = store.open();
        auto report = imported(ws, regulatorList());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->failed, 2);
        QCOMPARE(report->failures.at(0).line, 5); // after the two-line record
        QVERIFY(report->failures.at(0).reason.contains(QLatin1String("Space travel")));
        QCOMPARE(report->failures.at(1).line, 7);
        // Through logCall: redacted, routed, audited, classified when no category was given
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 3);
        QCOMPARE(test::eventCount(ws, QStringLiteral("complaint_created")), 3);
        QVERIFY(!test::digitsIn(test::storedTexts(ws).join(QLatin1Char(' ')))
                     .contains(QLatin1String("4111111111111111")));
        QCOMPARE(test::scalar(ws, QStringLiteral("SELECT channel FROM complaints WHERE id = 1"))
                     .toString(),
                 QStringLiteral("REGULATOR"));
        QCOMPARE(test::scalar(
                     ws,
                     QStringLiteral("SELECT c.code FROM complaints JOIN categories c"
                                    " ON c.id = complaints.category_id WHERE complaints.id = 3"))
                     .toString(),
                 QStringLiteral("FUNDS_SECURITY"));
        QVERIFY(
            test::scalar(ws, QStringLiteral("SELECT department_id FROM complaints WHERE id = 1"))
                .toLongLong()
            > 0);

        // The same file again adds nothing
        auto again = imported(ws, regulatorList());
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->skipped, 3);
        QCOMPARE(again->failed, 2);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 3);
    }

    void shouldChangeNothingInADryRunOrAnAllOrNothingImportWithAFailure()
    {
        StoreFixture store;
        Workspace &ws = store.open();
        ImportService::Options dry;
        dry.dryRun = true;
        auto checked = imported(ws, regulatorList(), dry);
        QVERIFY(checked.ok());
        QCOMPARE(checked->imported, 3);
        QVERIFY(checked->rolledBack);
        ImportService::Options whole;
        whole.allOrNothing = true;
        auto refused = imported(ws, regulatorList(), whole);
        QVERIFY(refused.ok());
        QCOMPARE(refused->imported, 0);
        QCOMPARE(refused->failed, 2);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 0);
        QCOMPARE(test::rowCount(ws, QStringLiteral("imported_rows")), 0);
        QCOMPARE(test::eventCount(ws, QStringLiteral("complaint_created")), 0);
    }

    void shouldStopWhenCancelledKeepingTheRowsBefore()
    {
        StoreFixture store;
        Workspace &ws = store.open();
        ImportService::Options options;
        options.progress = [](int done, int) { return done < 1; };
        auto report = imported(ws, regulatorList(), options);
        QVERIFY(report.ok());
        QVERIFY(report->cancelled);
        QCOMPARE(report->imported, 1);
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 1);
    }

    void shouldImportACfpbExportWithoutPhoneNumbers()
    {
        StoreFixture store;
        Workspace &ws = store.open();
        const QByteArray file(
            "Date received,Product,Sub-product,Issue,Sub-issue,Consumer complaint "
            "narrative,Company,State,Complaint ID\n"
            "2025-03-02,Money transfer,Mobile wallet,Fraud or scam,,,PayCo,CA,11223344\n"
            "2025-03-05,Money transfer,Mobile wallet,Problem with fees,,\"Charged "
            "twice\",PayCo,NY,11223345\n");
        auto report = imported(ws, file, {}, QStringLiteral("cfpb"));
        QVERIFY2(report.ok() && report->failed == 0,
                 qPrintable(report.ok() && !report->failures.isEmpty()
                                ? report->failures.first().reason
                                : QString()));
        QCOMPARE(report->imported, 2);
        QCOMPARE(test::scalar(
                     ws,
                     QStringLiteral("SELECT c.code FROM complaints JOIN categories c"
                                    " ON c.id = complaints.category_id WHERE complaints.id = 2"))
                     .toString(),
                 QStringLiteral("FEES_BILLING"));
        QCOMPARE(
            test::scalar(ws,
                         QStringLiteral(
                             "SELECT external_id FROM imported_rows ORDER BY complaint_id LIMIT 1"))
                .toString(),
            QStringLiteral("cfpb:11223344"));
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
