#include "auditkey.h"
#include "complaintqueries.h"
#include "complaintqueuemodel.h"
#include "complaintrepository.h"
#include "queuerepository.h"
#include "complaintservice.h"
#include "demogenerator.h"
#include "migrations.h"
#include "reviewservice.h"
#include "searchtext.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace cd;
using namespace cd::models;

namespace {

// What a view shows at (row, column): data() answers from the pages read and asks for
// the others, which the model reads once the event loop runs; so does this.
QVariant shown(ComplaintQueueModel &model, int row, int column, int role = Qt::DisplayRole)
{
    const QModelIndex index = model.index(row, column);
    QVariant value = index.data(ComplaintQueueModel::ComplaintIdRole);
    for (int i = 0; !value.isValid() && i < 100; ++i) {
        QCoreApplication::processEvents();
        value = index.data(ComplaintQueueModel::ComplaintIdRole);
    }
    return index.data(role);
}

// Logs `count` complaints one minute apart, cycling through three categories and
// severities; returns their ids in order of receipt.
QList<qint64> fill(test::StoreFixture &store, int count)
{
    Workspace &ws = store.workspace();
    const QStringList categories{QStringLiteral("FEES_BILLING"), QStringLiteral("REFUND"),
                                 QStringLiteral("SETTLEMENT")};
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        NewCallInput in = test::sampleCall(ws, QStringLiteral("1381234%1").arg(i % 50, 4, 10, QLatin1Char('0')),
                                           categories.at(i % 3));
        in.severity = rules::allSeverities().at(i % 4);
        ids << ws.complaints().logCall(in)->complaintId;
        store.clock().advance(60'000);
    }
    return ids;
}

void fetchAll(ComplaintQueueModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestComplaintQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldLoadPageByPageNewestFirst()
    {
        test::StoreFixture store;
        store.open();
        const QList<qint64> ids = fill(store, 450);
        ComplaintQueueModel model(store.workspace());
        model.reload();
        // the whole queue is counted and known to the view, but only the first page is read
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.pagesInMemory(), 1);
        QCOMPARE(shown(model, 0, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                 ids.last());
        // every complaint exactly once, in order of receipt, newest first
        for (int row = 0; row < 450; ++row) {
            QCOMPARE(shown(model, row, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                     ids.at(449 - row));
        }
        QCOMPARE(model.pagesInMemory(), 3);
        ComplaintQueueModel tested(store.workspace());
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.reload();
        fetchAll(tested);
        QCOMPARE(tested.rowCount(), 450);
    }

    void shouldJumpToTheEndAndBackReadingOnlyThePagesShown()
    {
        test::StoreFixture store;
        store.open();
        const QList<qint64> ids = fill(store, 1030);   // 6 pages, the last one short
        for (const bool descending : {true, false}) {
            ComplaintQueueModel model(store.workspace());
            model.sort(ComplaintQueueModel::Received, descending ? Qt::DescendingOrder
                                                                 : Qt::AscendingOrder);
            QCOMPARE(model.rowCount(), 1030);
            auto idAt = [&](int row) {
                return shown(model, row, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong();
            };
            auto expected = [&](int row) { return descending ? ids.at(1029 - row) : ids.at(row); };
            // the last row first (read backward from the end), then its page upward
            QCOMPARE(idAt(1029), expected(1029));
            QCOMPARE(model.pagesInMemory(), 2);   // the first page and the last
            for (int row = 1029; row >= 600; --row)
                QCOMPARE(idAt(row), expected(row));
            // a page in the middle, far from both (read with an offset), then the rest
            QCOMPARE(idAt(450), expected(450));
            for (int row = 0; row < 1030; ++row)
                QCOMPARE(idAt(row), expected(row));
            QCOMPARE(model.pagesInMemory(), 6);
        }
    }

    void shouldKeepOnlySoManyPagesInMemory()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const int count = (ComplaintQueueModel::maxPages + 4) * ComplaintQueueModel::pageSize;
        QVERIFY(DemoGenerator(ws, store.clock(), 3).generate(count).ok());
        ComplaintQueueModel model(ws);
        model.reload();
        QCOMPARE(model.rowCount(), count);
        const qint64 first = shown(model, 0, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong();
        QSet<qint64> seen;
        for (int row = 0; row < count; ++row) {
            seen.insert(shown(model, row, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong());
            QVERIFY(model.pagesInMemory() <= ComplaintQueueModel::maxPages);
        }
        QCOMPARE(seen.size(), count);   // every complaint once
        QVERIFY(!seen.contains(0));
        // the first page was dropped on the way down and is read again on the way up
        QCOMPARE(shown(model, 0, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(), first);
    }

    void shouldReadOnItsOwnThreadWhatItWouldReadItself()
    {
        test::StoreFixture store;
        store.open();
        const QList<qint64> ids = fill(store, 450);
        ComplaintQueueModel model(store.workspace());
        model.setReadBudget(60'000);   // always waits: every result is used at once
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &ComplaintQueueModel::loadingChanged);
        model.reload();
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(shown(model, 449, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                 ids.first());   // the last page, read backward by the reader
        for (int row = 0; row < 450; ++row) {
            QCOMPARE(shown(model, row, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                     ids.at(449 - row));
        }
        QCOMPARE(model.readsInFlight(), 0);
        QCOMPARE(loading.count(), 0);   // never shown as loading
    }

    void shouldAnswerFromMemoryAndReadTheAskedPagesFromTheEventLoop()
    {
        // GIVEN a queue of three pages read on the calling thread, under the model tester
        test::StoreFixture store;
        store.open();
        const QList<qint64> ids = fill(store, 450);
        ComplaintQueueModel model(store.workspace());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.pagesInMemory(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // WHEN a view asks for a row of a page not read
        const QModelIndex far = model.index(420, ComplaintQueueModel::Reference);
        // THEN data() reads nothing: it answers a placeholder and asks for the page
        QCOMPARE(far.data().toString(), ComplaintQueueModel::tr("Loading…"));
        QVERIFY(!far.data(ComplaintQueueModel::ComplaintIdRole).isValid());
        QCOMPARE(model.pagesInMemory(), 1);
        QCOMPARE(changed.count(), 0);

        // WHEN the event loop runs, THEN the page is read once and the views are told
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 400);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 449);
        QCOMPARE(far.data(ComplaintQueueModel::ComplaintIdRole).toLongLong(), ids.at(449 - 420));
        QCOMPARE(model.pagesInMemory(), 2);

        // WHEN rows are fetched outright, THEN their pages are read before the call returns
        model.fetchRows(200, 399);
        QCOMPARE(model.pagesInMemory(), 3);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.index(250, 0).data(ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                 ids.at(449 - 250));
    }

    void shouldShowTheQueueLoadingUntilALateReadArrives()
    {
        test::StoreFixture store;
        store.open();
        const QList<qint64> ids = fill(store, 450);
        ComplaintQueueModel model(store.workspace());
        model.setReadBudget(0);   // never waits: every result comes from the event loop
        QSignalSpy loading(&model, &ComplaintQueueModel::loadingChanged);
        model.reload();
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loading.count(), 1);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.index(0, 0).data(ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                 ids.last());

        // a page not yet read shows a placeholder, then its rows when they arrive
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex far = model.index(420, ComplaintQueueModel::Reference);
        QVERIFY(!far.data(ComplaintQueueModel::ComplaintIdRole).isValid());
        QCOMPARE(far.data().toString(), ComplaintQueueModel::tr("Loading…"));
        QCOMPARE(model.readsInFlight(), 0);   // data() only asks: the read starts later
        QVERIFY(!far.data(ComplaintQueueModel::ComplaintIdRole).isValid());
        QTRY_COMPARE(changed.count(), 1);   // read once, however often it was shown
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 400);
        QCOMPARE(far.data(ComplaintQueueModel::ComplaintIdRole).toLongLong(), ids.at(449 - 420));
        QCOMPARE(model.readsInFlight(), 0);
    }

    void shouldDropWhatAnEarlierReloadWasStillReading()
    {
        test::StoreFixture store;
        store.open();
        fill(store, 60);
        const Taxonomy &taxonomy = store.workspace().taxonomy();
        ComplaintQueueModel model(store.workspace());
        model.setReadBudget(0);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        storage::QueueQuery refunds;
        refunds.categoryId = taxonomy.categoryByCode(QStringLiteral("REFUND"))->id;
        model.setFilter(refunds);
        storage::QueueQuery fees;
        fees.categoryId = taxonomy.categoryByCode(QStringLiteral("FEES_BILLING"))->id;
        fees.severity = QStringLiteral("P1");   // i % 3 == 0 and i % 4 == 0: 5 of 60
        model.setFilter(fees);
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.readsInFlight(), 0);
        QTest::qWait(50);   // a late result of the first filter would arrive by now
        QCOMPARE(reset.count(), 3);   // two empty queues while reading, then the fees
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.totalCount(), 5);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(shown(model, row, 0, ComplaintQueueModel::SeverityCodeRole).toString(),
                     QStringLiteral("P1"));
    }

    void shouldReportAStoreItCannotReadOnItsThread()
    {
        test::StoreFixture store;
        store.open();
        fill(store, 3);
        ComplaintQueueModel model(store.workspace());
        model.setReadBudget(60'000);
        QSignalSpy failed(&model, &ComplaintQueueModel::loadFailed);
        QVERIFY(QSqlQuery(store.workspace().database().connection())
                    .exec(QStringLiteral("ALTER TABLE complaints RENAME TO complaints_gone")));
        model.reload();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }

    void shouldSortInSqlAcrossPages()
    {
        test::StoreFixture store;
        store.open();
        fill(store, 420);
        ComplaintQueueModel model(store.workspace());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(ComplaintQueueModel::Severity, Qt::AscendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 420);
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString severity
                = shown(model, row, 0, ComplaintQueueModel::SeverityCodeRole).toString();
            QVERIFY(previous <= severity);
            previous = severity;
        }
        QCOMPARE(shown(model, 0, 0, ComplaintQueueModel::SeverityCodeRole).toString(),
                 QStringLiteral("P1"));
    }

    void shouldFilterInSql()
    {
        test::StoreFixture store;
        store.open();
        fill(store, 30);
        ComplaintQueueModel model(store.workspace());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::QueueQuery filter;
        filter.categoryId = store.workspace().taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
        filter.severity = QStringLiteral("P2");
        model.setFilter(filter);
        fetchAll(model);
        // i % 3 == 1 and i % 4 == 1 -> i = 1, 13, 25
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(shown(model, row, ComplaintQueueModel::Category).toString(),
                     QStringLiteral("Refunds and deposits"));
        }
        storage::QueueQuery byStatus;
        byStatus.status = QStringLiteral("CLOSED");
        model.setFilter(byStatus);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }

    // The closed queue is counted as all complaints less the open ones (with a department,
    // category, severity or a department's visibility too): every status's count, alone
    // and with each other filter, is the exact number of its rows.
    void shouldCountEveryStatusExactly()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(DemoGenerator(ws, store.clock(), 5).generate(400).ok());
        const qint64 refund = ws.taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
        const qint64 department = test::scalar(ws, QStringLiteral(
            "SELECT department_id FROM complaints GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")).toLongLong();
        const qint64 assignee = test::scalar(ws, QStringLiteral(
            "SELECT assignee_id FROM complaints WHERE assignee_id IS NOT NULL GROUP BY 1"
            " ORDER BY count(*) DESC LIMIT 1")).toLongLong();
        const qint64 subcategory = test::scalar(ws, QStringLiteral(
            "SELECT subcategory_id FROM complaints WHERE subcategory_id IS NOT NULL GROUP BY 1"
            " ORDER BY count(*) DESC LIMIT 1")).toLongLong();
        QVERIFY(test::scalar(ws, QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'CLOSED'"
                                                " AND satisfaction = 4")).toLongLong() > 0);
        const QList<std::pair<QString, std::function<void(storage::QueueQuery &)>>> others{
            {QString(), [](storage::QueueQuery &) {}},
            {QStringLiteral(" AND category_id = %1").arg(refund),
             [&](storage::QueueQuery &q) { q.categoryId = refund; }},
            {QStringLiteral(" AND department_id = %1").arg(department),
             [&](storage::QueueQuery &q) { q.departmentId = department; }},
            {QStringLiteral(" AND department_id = %1").arg(department),
             [&](storage::QueueQuery &q) { q.visibleToDepartment = department; }},
            {QStringLiteral(" AND severity = 'P2'"),
             [](storage::QueueQuery &q) { q.severity = QStringLiteral("P2"); }},
            {QStringLiteral(" AND category_id = %1 AND severity = 'P2' AND department_id = %2")
                 .arg(refund).arg(department),
             [&](storage::QueueQuery &q) {
                 q.categoryId = refund;
                 q.severity = QStringLiteral("P2");
                 q.departmentId = department;
             }},
            {QStringLiteral(" AND assignee_id = %1").arg(assignee),
             [&](storage::QueueQuery &q) { q.assigneeId = assignee; }},
            {QStringLiteral(" AND assignee_id IS NULL"),
             [&](storage::QueueQuery &q) { q.unassignedOnly = true; }},
            {QStringLiteral(" AND channel = 'APP'"),
             [](storage::QueueQuery &q) { q.channel = QStringLiteral("APP"); }},
            {QStringLiteral(" AND subcategory_id = %1").arg(subcategory),
             [&](storage::QueueQuery &q) { q.subcategoryId = subcategory; }},
            {QStringLiteral(" AND satisfaction = 4"),
             [](storage::QueueQuery &q) { q.satisfaction = 4; }},
            {QStringLiteral(" AND channel = 'HOTLINE' AND satisfaction = 5 AND department_id = %1")
                 .arg(department),
             [&](storage::QueueQuery &q) {
                 q.channel = QStringLiteral("HOTLINE");
                 q.satisfaction = 5;
                 q.departmentId = department;
             }},
        };
        for (const rules::Status status : rules::allStatuses()) {
            for (const auto &[where, filter] : others) {
                storage::QueueQuery q;
                q.status = rules::code(status);
                filter(q);
                const QString sql = QStringLiteral("SELECT count(*) FROM complaints WHERE status = '%1'")
                                        .arg(*q.status) + where;
                const storage::QueueRepository complaints(ws.database().connection());
                QVERIFY2(complaints.queueCount(q).value() == test::scalar(ws, sql).toLongLong(),
                         qPrintable(sql));
            }
        }
        QVERIFY(test::scalar(ws, QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'CLOSED'"
                                                " AND department_id = %1").arg(department))
                    .toLongLong() > 0);
    }

    // The tallies (migration v12) follow every write of the columns they are kept by:
    // complaints logged and generated, moved along the workflow, transferred, reclassified,
    // their severity changed in bulk. They equal the table grouped, and a queue filtered by
    // those columns only is counted from them.
    void shouldKeepTheTalliesAsComplaintsChange()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(DemoGenerator(ws, store.clock(), 11).generate(300).ok());
        const QList<qint64> logged = fill(store, 12);
        ComplaintService &service = ws.complaints();
        QVERIFY(service.changeStatus(logged.at(0), rules::Status::Assigned,
                                     rules::Status::Investigating, QStringLiteral("调取交易记录"))
                    .ok()
                || service.changeStatus(logged.at(0), rules::Status::New,
                                        rules::Status::Investigating, QStringLiteral("调取交易记录"))
                       .ok());
        const qint64 risk = ws.taxonomy().departmentByCode(QStringLiteral("RISK"))->id;
        QVERIFY(service.transfer(logged.at(1), {risk, std::nullopt}, QStringLiteral("疑似盗刷")).ok());
        const qint64 privacy = ws.taxonomy().categoryByCode(QStringLiteral("PRIVACY"))->id;
        QVERIFY(service.reclassify(logged.at(2), privacy, std::nullopt, QStringLiteral("实为信息泄露"))
                    .ok());
        QVERIFY(ReviewService(ws).bulkSetSeverity({logged.at(3), logged.at(4)}, rules::Severity::P1,
                                                  QStringLiteral("媒体关注"))
                    .ok());

        const QString grouped = QStringLiteral(
            "SELECT department_id, category_id, channel, severity, status, count(*) FROM complaints"
            " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5");
        const QString kept = QStringLiteral(
            "SELECT department_id, category_id, channel, severity, status, complaints"
            " FROM complaint_tallies WHERE complaints > 0 ORDER BY 1, 2, 3, 4, 5");
        const auto rows = [&](const QString &sql) {
            QSqlQuery query(ws.database().connection());
            if (!query.exec(sql))
                return QStringList{query.lastError().text()};
            QStringList out;
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < 6; ++i)
                    row << query.value(i).toString();
                out << row.join(u'|');
            }
            return out;
        };
        QVERIFY(rows(grouped).size() > 20);
        QCOMPARE(rows(kept), rows(grouped));
        QCOMPARE(test::scalar(ws, QStringLiteral("SELECT count(*) FROM complaint_tallies"
                                                 " WHERE complaints < 0")).toInt(), 0);

        // Counted from the tallies: a count changed there (never done by the program) is
        // what the queue reports; a filter they are not kept by still counts the table.
        storage::QueueQuery hotlineClosed;
        hotlineClosed.status = rules::code(rules::Status::Closed);
        hotlineClosed.channel = QStringLiteral("HOTLINE");
        hotlineClosed.visibleToDepartment = risk;
        const storage::QueueRepository complaints(ws.database().connection());
        const qint64 exact = complaints.queueCount(hotlineClosed).value();
        QCOMPARE(exact, test::scalar(ws, QStringLiteral(
                            "SELECT count(*) FROM complaints WHERE status = 'CLOSED'"
                            " AND channel = 'HOTLINE' AND department_id = %1").arg(risk)).toLongLong());
        QVERIFY(exact > 0);
        QSqlQuery skew(ws.database().connection());
        QVERIFY(skew.exec(QStringLiteral("UPDATE complaint_tallies SET complaints = complaints + 1000"
                                         " WHERE status = 'CLOSED' AND channel = 'HOTLINE'"
                                         " AND department_id = %1").arg(risk)));
        QVERIFY(skew.numRowsAffected() > 0);
        QCOMPARE(complaints.queueCount(hotlineClosed).value(),
                 exact + 1000 * skew.numRowsAffected());
        storage::QueueQuery unassigned = hotlineClosed;
        unassigned.unassignedOnly = true;
        QCOMPARE(complaints.queueCount(unassigned).value(), test::scalar(ws, QStringLiteral(
                     "SELECT count(*) FROM complaints WHERE status = 'CLOSED' AND channel = 'HOTLINE'"
                     " AND department_id = %1 AND assignee_id IS NULL").arg(risk)).toLongLong());
    }

    // A store of version 11 (no tallies, nor the later drafts) with complaints gets its
    // tallies counted from the table when it is upgraded.
    void shouldTallyTheComplaintsOfAnUpgradedStore()
    {
        test::StoreFixture store;
        {
            Workspace &ws = store.open();
            QVERIFY(DemoGenerator(ws, store.clock(), 3).generate(200).ok());
            const QString storeId = test::scalar(ws, QStringLiteral("SELECT store_id FROM"
                                                                    " audit_chain")).toString();
            QSqlQuery down(ws.database().connection());
            for (const char *sql : {"DROP TRIGGER complaints_tally_insert",
                                    "DROP TRIGGER complaints_tally_update",
                                    "DROP TRIGGER complaints_tally_delete",
                                    "DROP TABLE complaint_tallies",
                                    "DROP TABLE drafts",                                    // v13
                                    "ALTER TABLE audit_chain DROP COLUMN store_id",          // v14
                                    "ALTER TABLE audit_chain DROP COLUMN key_fingerprint",
                                    "PRAGMA user_version = 11"})
                QVERIFY2(down.exec(QLatin1String(sql)), sql);
            store.close();
            // as someone putting an old store back on purpose does (docs/security.md)
            for (const QString &file : {storage::AuditKey::keyPath(storeId),
                                        storage::AuditKey::anchorPath(storeId)})
                QVERIFY(QFile::rename(file, file + QStringLiteral(".old")));
        }
        Workspace &ws = store.open();
        QCOMPARE(test::scalar(ws, QStringLiteral("PRAGMA user_version")).toInt(),
                 storage::Migrations::latestVersion());
        QCOMPARE(test::scalar(ws, QStringLiteral("SELECT sum(complaints) FROM complaint_tallies"))
                     .toLongLong(),
                 test::scalar(ws, QStringLiteral("SELECT count(*) FROM complaints")).toLongLong());
        for (const rules::Status status : rules::allStatuses()) {
            storage::QueueQuery q;
            q.status = rules::code(status);
            q.channel = QStringLiteral("HOTLINE");
            QCOMPARE(storage::QueueRepository(ws.database().connection()).queueCount(q).value(),
                     test::scalar(ws, QStringLiteral("SELECT count(*) FROM complaints WHERE"
                                                     " status = '%1' AND channel = 'HOTLINE'")
                                          .arg(*q.status)).toLongLong());
        }
    }

    // The open complaints subtracted from a closed queue's count are read from the partial
    // indexes of the open work, never by the table or a full index.
    void shouldCountTheOpenOnesOnTheirOwnIndexes()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const QList<std::pair<QString, std::function<void(storage::QueueQuery &)>>> filters{
            {QStringLiteral("complaints_open"), [](storage::QueueQuery &) {}},
            {QStringLiteral("complaints_open"), [](storage::QueueQuery &q) { q.departmentId = 1; }},
            {QStringLiteral("complaints_open_by_category"),
             [](storage::QueueQuery &q) { q.categoryId = 1; }},
            {QStringLiteral("complaints_open_by_severity"),
             [](storage::QueueQuery &q) { q.severity = QStringLiteral("P1"); }},
            {QStringLiteral("complaints_open_by_subcategory"),
             [](storage::QueueQuery &q) { q.subcategoryId = 1; }},
            {QStringLiteral("complaints_open_by_channel"),
             [](storage::QueueQuery &q) { q.channel = QStringLiteral("APP"); }},
            {QStringLiteral("complaints_open_by_satisfaction"),
             [](storage::QueueQuery &q) { q.satisfaction = 5; }},
        };
        for (const auto &[index, filter] : filters) {
            storage::QueueQuery q;
            filter(q);
            QVariantList bindings;
            QSqlQuery plan(ws.database().connection());
            QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
                                 + storage::QueueRepository::openCountSql(q, &bindings)));
            for (const QVariant &value : std::as_const(bindings))
                plan.addBindValue(value);
            QVERIFY(plan.exec());
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            QVERIFY2(steps.join(u' ').contains(QStringLiteral("INDEX ") + index + u' ')
                         || steps.join(u' ').endsWith(QStringLiteral("INDEX ") + index),
                     qPrintable(steps.join(QStringLiteral(" | "))));
        }
    }

    // An agent's view (their department's complaints, or assigned to or logged by them) is
    // counted no further than the cap; a lead's is counted exactly; a filter that leaves
    // few rows is counted exactly for the agent too.
    void shouldCapTheCountOfAnAgentsView()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(DemoGenerator(ws, store.clock(), 9).generate(300).ok());
        const qint64 cs = ws.taxonomy().departmentByCode(QStringLiteral("CS"))->id;
        // Copies of the CS department's complaints (new references), past the cap.
        QStringList columns;
        QSqlQuery info(ws.database().connection());
        QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(complaints)")));
        while (info.next()) {
            const QString column = info.value(1).toString();
            if (column != QLatin1String("id") && column != QLatin1String("reference"))
                columns << column;
        }
        const qint64 inCs = test::scalar(ws, QStringLiteral("SELECT count(*) FROM complaints"
                                                            " WHERE department_id = %1").arg(cs))
                                .toLongLong();
        QVERIFY(inCs > 0);
        const qint64 copies = storage::QueueRepository::countCap / inCs + 2;
        QSqlQuery copy(ws.database().connection());
        QVERIFY2(copy.exec(QStringLiteral(
                     "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < %1)"
                     " INSERT INTO complaints (reference, %2) SELECT reference || '-' || k, %2"
                     " FROM complaints, n WHERE department_id = %3")
                             .arg(copies).arg(columns.join(QStringLiteral(", "))).arg(cs)),
                 qPrintable(copy.lastError().text()));
        const qint64 visible = test::scalar(ws, QStringLiteral(
            "SELECT count(*) FROM complaints WHERE department_id = %1").arg(cs)).toLongLong();
        QVERIFY(visible > storage::QueueRepository::countCap);

        store.signInAs(QStringLiteral("cs.agent"), QStringLiteral("agent"));
        ComplaintQueueModel model(ws);
        model.reload();
        QVERIFY(model.isCountCapped());
        QCOMPARE(model.totalCount(), storage::QueueRepository::countCap + 1);
        QVERIFY(model.canFetchMore({}));
        const int firstPage = model.rowCount();
        model.fetchMore({});
        QVERIFY(model.rowCount() > firstPage);

        storage::QueueQuery fresh;
        fresh.status = QStringLiteral("NEW");
        model.setFilter(fresh);
        QVERIFY(!model.isCountCapped());
        QCOMPARE(model.totalCount(),
                 test::scalar(ws, QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'NEW'"
                                                 " AND department_id = %1").arg(cs)).toLongLong());

        store.signInAs(QStringLiteral("cs.lead"), QStringLiteral("lead"));
        model.setFilter({});
        QVERIFY(!model.isCountCapped());
        QCOMPARE(model.totalCount(), visible);
    }

    // An agent's view sorted by category or by department is read as three walks merged
    // (their department's complaints, those assigned to them, those they logged): every
    // page, forward, backward and skipped to, holds the rows of the plain statement's
    // order, each once (a row in two parts too).
    void shouldPageAnAgentsViewSortedByCategoryOrDepartment()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(DemoGenerator(ws, store.clock(), 11).generate(500).ok());
        const qint64 tech = ws.taxonomy().departmentByCode(QStringLiteral("TECH"))->id;
        const qint64 agent = test::scalar(ws, QStringLiteral(
            "SELECT id FROM users WHERE department_id = %1 ORDER BY id LIMIT 1").arg(tech)).toLongLong();
        QVERIFY(agent > 0);
        // Other departments' complaints that the agent logged, or holds, or both.
        QSqlQuery touch(ws.database().connection());
        QVERIFY(touch.exec(QStringLiteral("UPDATE complaints SET created_by = %1 WHERE id % 7 = 0"
                                          " AND department_id <> %2").arg(agent).arg(tech)));
        QVERIFY(touch.exec(QStringLiteral("UPDATE complaints SET assignee_id = %1 WHERE id % 5 = 0"
                                          " AND department_id <> %2").arg(agent).arg(tech)));
        using Sort = storage::QueueQuery::Sort;
        using Direction = storage::QueueRepository::Direction;
        const storage::QueueRepository repository(ws.database().connection());
        for (const auto &[sort, column] : {std::pair{Sort::Category, QStringLiteral("category_id")},
                                           std::pair{Sort::Department, QStringLiteral("department_id")}}) {
            for (const bool descending : {true, false}) {
                for (const QString &status : {QString(), QStringLiteral("CLOSED")}) {
                    storage::QueueQuery q;
                    q.sort = sort;
                    q.descending = descending;
                    q.visibleToDepartment = tech;
                    q.visibleToUser = agent;
                    if (!status.isEmpty())
                        q.status = status;
                    const QString order = descending ? QStringLiteral(" DESC") : QString();
                    QList<qint64> expected;
                    QSqlQuery plain(ws.database().connection());
                    QVERIFY(plain.exec(QStringLiteral(
                        "SELECT id FROM complaints WHERE (department_id = %1 OR assignee_id = %2"
                        " OR created_by = %2)%3 ORDER BY %4%5, received_at%5, id%5")
                                           .arg(tech).arg(agent)
                                           .arg(status.isEmpty() ? QString()
                                                                 : QStringLiteral(" AND status = '%1'").arg(status),
                                                column, order)));
                    while (plain.next())
                        expected << plain.value(0).toLongLong();
                    QVERIFY(expected.size() > 20);
                    QVariantList bindings;
                    QVERIFY(storage::QueueRepository::queueSql(q, std::nullopt, 7, &bindings)
                                .contains(QStringLiteral(" UNION ")));

                    // Every page in `direction`, the ids in the queue's order; an unreadable
                    // page ends it short. Bounded: a wrong cursor repeats pages.
                    auto walk = [&](Direction direction) {
                        QList<qint64> ids;
                        std::optional<storage::QueueCursor> cursor;
                        while (ids.size() <= expected.size()) {
                            const auto page = repository.queuePage(q, cursor, 7, direction);
                            if (!page.ok() || page->isEmpty())
                                break;
                            for (const auto &row : *page) {
                                if (direction == Direction::Forward)
                                    ids.append(row.id);
                                else
                                    ids.prepend(row.id);
                            }
                            cursor = storage::QueueRepository::cursorAfter(page->constLast(), q);
                        }
                        return ids;
                    };
                    QCOMPARE(walk(Direction::Forward), expected);
                    QCOMPARE(walk(Direction::Backward), expected);

                    const auto skipped = repository.queuePage(q, std::nullopt, 7, Direction::Forward, 13);
                    QVERIFY(skipped.ok());
                    QList<qint64> skippedIds;
                    for (const auto &row : *skipped)
                        skippedIds << row.id;
                    QCOMPARE(skippedIds, expected.mid(13, 7));
                }
            }
        }
    }

    void shouldShowReadableColumnsAndRefreshARowInPlace()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput in = test::sampleCall(ws);
        in.customerName = QStringLiteral("Li Lei");
        const qint64 id = ws.complaints().logCall(in)->complaintId;
        ComplaintQueueModel model(ws);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(shown(model, 0, ComplaintQueueModel::Reference).toString(),
                 QStringLiteral("TS-20261125-0001"));
        QCOMPARE(shown(model, 0, ComplaintQueueModel::Customer).toString(),
                 QStringLiteral("Li Lei  138****5678"));
        QCOMPARE(shown(model, 0, ComplaintQueueModel::Department).toString(),
                 QStringLiteral("Customer Service"));
        QCOMPARE(shown(model, 0, ComplaintQueueModel::Status).toString(),
                 QStringLiteral("New"));
        QCOMPARE(model.headerData(ComplaintQueueModel::Due, Qt::Horizontal).toString(),
                 QStringLiteral("Due"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(ws.complaints().changeStatus(id, rules::Status::New, rules::Status::Investigating,
                                             QStringLiteral("on it")).ok());
        model.refreshComplaint(id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(shown(model, 0, ComplaintQueueModel::Status).toString(),
                 QStringLiteral("Investigating"));
    }

    void shouldUseAnIndexForEveryQueueQuery_data()
    {
        using Sort = storage::QueueQuery::Sort;
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("withCursor");
        for (Sort sort : {Sort::Reference, Sort::Received, Sort::Category, Sort::Severity,
                          Sort::Department, Sort::Status, Sort::Due}) {
            for (bool descending : {true, false}) {
                for (bool cursor : {false, true}) {
                    QTest::addRow("sort %d %s %s", int(sort), descending ? "desc" : "asc",
                                  cursor ? "next page" : "first page")
                        << int(sort) << descending << QString() << cursor;
                }
            }
        }
        for (const char *filter : {"status", "category", "severity", "department", "open",
                                   "subcategory", "channel", "satisfaction",
                                   "search", "search+status", "offset"}) {
            QTest::addRow("filter %s", filter) << int(Sort::Received) << true
                                               << QString::fromLatin1(filter) << true;
        }
        // An agent's view sorted by category or department: three walks merged.
        for (Sort sort : {Sort::Category, Sort::Department}) {
            for (bool descending : {true, false}) {
                for (const char *filter : {"agent", "agent+status"}) {
                    for (bool cursor : {false, true}) {
                        QTest::addRow("%s sorted %d %s %s", filter, int(sort),
                                      descending ? "desc" : "asc", cursor ? "next page" : "first page")
                            << int(sort) << descending << QString::fromLatin1(filter) << cursor;
                    }
                }
            }
        }
        // A filter with another sort: many matches walk the sort's index, few are read by
        // the filter's index and sorted (at most QueueQuery::smallQueue rows).
        for (Sort sort : {Sort::Reference, Sort::Category, Sort::Severity, Sort::Status,
                          Sort::Due}) {
            for (const char *filter : {"many in department", "few in department",
                                       "many by channel", "many by satisfaction"}) {
                QTest::addRow("%s sorted %d", filter, int(sort))
                    << int(sort) << true << QString::fromLatin1(filter) << true;
            }
        }
    }

    void shouldUseAnIndexForEveryQueueQuery()
    {
        // The queue must never scan the complaints table (it holds up to millions of rows)
        // nor sort it in a temporary b-tree.
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, filter);
        QFETCH(bool, withCursor);
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(ws.complaints().logCall(test::sampleCall(ws)).ok());
        storage::QueueQuery query;
        query.sort = storage::QueueQuery::Sort(sort);
        query.descending = descending;
        if (filter == QLatin1String("status"))
            query.status = QStringLiteral("NEW");
        else if (filter == QLatin1String("category"))
            query.categoryId = 1;
        else if (filter == QLatin1String("severity"))
            query.severity = QStringLiteral("P1");
        else if (filter == QLatin1String("department"))
            query.departmentId = 1;
        else if (filter == QLatin1String("open"))
            query.openOnly = true;
        else if (filter == QLatin1String("subcategory"))
            query.subcategoryId = 1;
        else if (filter == QLatin1String("channel"))
            query.channel = QStringLiteral("APP");
        else if (filter == QLatin1String("satisfaction"))
            query.satisfaction = 5;
        if (filter.startsWith(QLatin1String("many by"))) {
            // many matches: the sort's index is walked, the filter checked on each row
            if (filter.endsWith(QLatin1String("channel")))
                query.channel = QStringLiteral("APP");
            else
                query.satisfaction = 5;
            query.knownCount = 100 * storage::QueueQuery::smallQueue;
        }
        if (filter.endsWith(QLatin1String("in department"))) {
            query.departmentId = 1;
            query.status = QStringLiteral("NEW");
            query.knownCount = filter.startsWith(QLatin1String("many"))
                                   ? 100 * storage::QueueQuery::smallQueue
                                   : 10;
        }
        const bool agentsView = filter.startsWith(QLatin1String("agent"));
        if (agentsView) {
            query.visibleToDepartment = 1;
            query.visibleToUser = 2;
            if (filter.endsWith(QLatin1String("status")))
                query.status = QStringLiteral("NEW");
        }
        const bool fewRows = filter.startsWith(QLatin1String("few"));
        const int offset = filter == QLatin1String("offset") ? 5000 : 0;
        if (filter.startsWith(QLatin1String("search"))) {
            // hits come from the search index in rowid order: no scan, no sort
            query.searchMatch = rules::SearchText::matchQuery(QStringLiteral("\u9000\u6b3e"));
            if (filter.endsWith(QLatin1String("status")))
                query.status = QStringLiteral("NEW");
        }
        std::optional<storage::QueueCursor> cursor;
        if (withCursor) {
            const auto row = ws.queries().queueRow(1);
            QVERIFY(row.ok() && *row);
            cursor = storage::QueueRepository::cursorAfter(**row, query);
        }
        QVariantList bindings;
        const QString sql = storage::QueueRepository::queueSql(
            query, cursor, 200, &bindings, storage::QueueRepository::Direction::Forward, offset);
        QSqlQuery plan(ws.database().connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        for (const QVariant &value : bindings)
            plan.addBindValue(value);
        QVERIFY(plan.exec());
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString joined = steps.join(u'|');
        if (agentsView) {
            // each part walks its own index in the sort's order (and reads only the index
            // unless another filter needs the row); only the page's rows are sorted again
            const QString by = sort == int(storage::QueueQuery::Sort::Category)
                                   ? QStringLiteral("category") : QStringLiteral("department");
            QVERIFY2(!steps.contains(QStringLiteral("SCAN c")) && joined.contains(QStringLiteral("MERGE (UNION)"))
                         && joined.count(QStringLiteral("TEMP B-TREE")) == 1
                         && joined.contains(QStringLiteral("INDEX complaints_by_assignee_") + by)
                         && joined.contains(QStringLiteral("INDEX complaints_by_creator_") + by)
                         && joined.contains(QStringLiteral("INDEX complaints_by_department"))
                         && (filter.endsWith(QLatin1String("status"))
                             || joined.count(QStringLiteral("USING COVERING INDEX")) == 3),
                     qPrintable(joined));
        } else if (fewRows) {
            // the few rows come from a filter's index, then are sorted
            QVERIFY2(!steps.contains(QStringLiteral("SCAN c"))
                         && joined.contains(QStringLiteral("USING INDEX complaints_by_")),
                     qPrintable(joined));
        } else if (offset > 0) {
            // rows are skipped on a covering index; only the page's rows are sorted again
            QVERIFY2(!steps.contains(QStringLiteral("SCAN c"))
                         && joined.contains(QStringLiteral("USING COVERING INDEX")),
                     qPrintable(joined));
        } else {
            QVERIFY2(!steps.contains(QStringLiteral("SCAN c"))
                         && !joined.contains(QStringLiteral("TEMP B-TREE")),
                     qPrintable(joined));
        }
        // The filters of migration v11 are read by their own index, in receipt order.
        for (const char *own : {"subcategory", "channel", "satisfaction"}) {
            if (filter == QLatin1String(own)) {
                QVERIFY2(joined.contains(QStringLiteral("INDEX complaints_by_") + filter), qPrintable(joined));
            }
        }
        // A department sorted by category is read in that order by one index, not by walking
        // every category of the other departments.
        if (filter == QLatin1String("many in department")
            && sort == int(storage::QueueQuery::Sort::Category)) {
            QVERIFY2(joined.contains(QStringLiteral("INDEX complaints_by_department_category")),
                     qPrintable(joined));
        }
    }
};

QTEST_MAIN(TestComplaintQueueModel)
#include "tst_complaintqueuemodel.moc"
