#include "queuetest.h"
#include "storesuite.h"

// The queue model: pages read on their own thread and served from memory, sorted and
// filtered in SQL, agents' views merged, rows shown and refreshed.
class TestComplaintQueueModel : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_queue = std::make_unique<test::StoreFixture>();
        m_queue->open();
        m_ids = fill(*m_queue, 450);
    }

    void shouldLoadPageByPageNewestFirst()
    {
        const QList<qint64> &ids = m_ids;
        ComplaintQueueModel model(m_queue->workspace());
        model.reload();
        // the whole queue is counted and known to the view, but only the first page is read
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.pagesInMemory(), 1);
        QCOMPARE(shown(model, 0, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(), ids.last());
        // every complaint exactly once, in order of receipt, newest first
        for (int row = 0; row < 450; ++row) {
            QCOMPARE(shown(model, row, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                     ids.at(449 - row));
        }
        QCOMPARE(model.pagesInMemory(), 3);
        ComplaintQueueModel tested(m_queue->workspace());
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.reload();
        fetchAll(tested);
        QCOMPARE(tested.rowCount(), 450);
    }

    void shouldJumpToTheEndAndBackReadingOnlyThePagesShown()
    {
        const QList<qint64> ids = fill(store(), 1030); // 6 pages, the last one short
        for (const bool descending : {true, false}) {
            ComplaintQueueModel model(ws());
            model.sort(ComplaintQueueModel::Received,
                       descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            QCOMPARE(model.rowCount(), 1030);
            auto idAt = [&](int row) {
                return shown(model, row, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong();
            };
            auto expected = [&](int row) { return descending ? ids.at(1029 - row) : ids.at(row); };
            // the last row first (read backward from the end), then its page upward
            QCOMPARE(idAt(1029), expected(1029));
            QCOMPARE(model.pagesInMemory(), 2); // the first page and the last
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
        fill(store(), ComplaintQueueModel::pageSize);
        test::copyComplaints(ws(), ComplaintQueueModel::maxPages + 3);
        const int count = (ComplaintQueueModel::maxPages + 4) * ComplaintQueueModel::pageSize;
        ComplaintQueueModel model(ws());
        model.reload();
        QCOMPARE(model.rowCount(), count);
        const qint64 first = shown(model, 0, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong();
        QSet<qint64> seen;
        for (int row = 0; row < count; ++row) {
            seen.insert(shown(model, row, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong());
            QVERIFY(model.pagesInMemory() <= ComplaintQueueModel::maxPages);
        }
        QCOMPARE(seen.size(), count); // every complaint once
        QVERIFY(!seen.contains(0));
        // the first page was dropped on the way down and is read again on the way up
        QCOMPARE(shown(model, 0, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(), first);
    }

    void shouldReadOnItsOwnThreadWhatItWouldReadItself()
    {
        const QList<qint64> &ids = m_ids;
        ComplaintQueueModel model(m_queue->workspace());
        model.setReadBudget(60'000); // always waits: every result is used at once
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &ComplaintQueueModel::loadingChanged);
        model.reload();
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(shown(model, 449, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                 ids.first()); // the last page, read backward by the reader
        for (int row = 0; row < 450; ++row) {
            QCOMPARE(shown(model, row, 0, ComplaintQueueModel::ComplaintIdRole).toLongLong(),
                     ids.at(449 - row));
        }
        QCOMPARE(model.readsInFlight(), 0);
        QCOMPARE(loading.count(), 0); // never shown as loading
    }

    void shouldAnswerFromMemoryAndReadTheAskedPagesFromTheEventLoop()
    {
        // GIVEN a queue of three pages read on the calling thread, under the model tester
        const QList<qint64> &ids = m_ids;
        ComplaintQueueModel model(m_queue->workspace());
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
        const QList<qint64> &ids = m_ids;
        ComplaintQueueModel model(m_queue->workspace());
        model.setReadBudget(0); // never waits: every result comes from the event loop
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
        QCOMPARE(model.readsInFlight(), 0); // data() only asks: the read starts later
        QVERIFY(!far.data(ComplaintQueueModel::ComplaintIdRole).isValid());
        QTRY_COMPARE(changed.count(), 1); // read once, however often it was shown
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 400);
        QCOMPARE(far.data(ComplaintQueueModel::ComplaintIdRole).toLongLong(), ids.at(449 - 420));
        QCOMPARE(model.readsInFlight(), 0);
    }

    void shouldDropWhatAnEarlierReloadWasStillReading()
    {
        fill(store(), 60);
        const Taxonomy &taxonomy = ws().taxonomy();
        ComplaintQueueModel model(ws());
        model.setReadBudget(0);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        storage::QueueQuery refunds;
        refunds.categoryId = taxonomy.categoryByCode(QStringLiteral("REFUND"))->id;
        model.setFilter(refunds);
        storage::QueueQuery fees;
        fees.categoryId = taxonomy.categoryByCode(QStringLiteral("FEES_BILLING"))->id;
        fees.severity = QStringLiteral("P1"); // i % 3 == 0 and i % 4 == 0: 5 of 60
        model.setFilter(fees);
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.readsInFlight(), 0);
        QTest::qWait(50); // a late result of the first filter would arrive by now
        QCOMPARE(reset.count(), 3); // two empty queues while reading, then the fees
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.totalCount(), 5);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(shown(model, row, 0, ComplaintQueueModel::SeverityCodeRole).toString(),
                     QStringLiteral("P1"));
    }

    void shouldReportAStoreItCannotReadOnItsThread()
    {
        fill(store(), 3);
        ComplaintQueueModel model(ws());
        model.setReadBudget(60'000);
        QSignalSpy failed(&model, &ComplaintQueueModel::loadFailed);
        QVERIFY(QSqlQuery(ws().database().connection())
                    .exec(QStringLiteral("ALTER TABLE complaints RENAME TO complaints_gone")));
        model.reload();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }

    void shouldSortInSqlAcrossPages()
    {
        ComplaintQueueModel model(m_queue->workspace());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(ComplaintQueueModel::Severity, Qt::AscendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 450);
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString severity =
                shown(model, row, 0, ComplaintQueueModel::SeverityCodeRole).toString();
            QVERIFY(previous <= severity);
            previous = severity;
        }
        QCOMPARE(shown(model, 0, 0, ComplaintQueueModel::SeverityCodeRole).toString(),
                 QStringLiteral("P1"));
    }

    void shouldFilterInSql()
    {
        fill(store(), 30);
        ComplaintQueueModel model(ws());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::QueueQuery filter;
        filter.categoryId = ws().taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
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

    void shouldShowReadableColumnsAndRefreshARowInPlace()
    {
        NewCallInput in = test::sampleCall(ws());
        in.customerName = QStringLiteral("Li Lei");
        const qint64 id = ws().complaints().logCall(in)->complaintId;
        ComplaintQueueModel model(ws());
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
        QCOMPARE(shown(model, 0, ComplaintQueueModel::Status).toString(), QStringLiteral("New"));
        QCOMPARE(model.headerData(ComplaintQueueModel::Due, Qt::Horizontal).toString(),
                 QStringLiteral("Due"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(ws().complaints()
                    .changeStatus(id, rules::Status::New, rules::Status::Investigating,
                                  QStringLiteral("on it"))
                    .ok());
        model.refreshComplaint(id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(shown(model, 0, ComplaintQueueModel::Status).toString(),
                 QStringLiteral("Investigating"));
    }

private:
    // A queue of 450 complaints (three pages), filled once: the tests that read it write
    // nothing to it. m_ids: their ids in order of receipt.
    std::unique_ptr<test::StoreFixture> m_queue;
    QList<qint64> m_ids;
};

QTEST_MAIN(TestComplaintQueueModel)
#include "tst_complaintqueuemodel.moc"
