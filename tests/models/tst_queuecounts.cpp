#include "queuetest.h"

// The queue's counts (exact, from the tallies, capped for agents) and the query plans
// of every queue query.
class TestQueueCounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The closed queue is counted as all complaints less the open ones (with a department,
    // category, severity or a department's visibility too): every status's count, alone
    // and with each other filter, is the exact number of its rows.
    void shouldCountEveryStatusExactly()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(DemoGenerator(ws, store.clock(), 5).generate(400).ok());
        const qint64 refund = ws.taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
        const qint64 department =
            test::scalar(ws,
                         QStringLiteral("SELECT department_id FROM complaints GROUP BY 1 ORDER BY "
                                        "count(*) DESC LIMIT 1"))
                .toLongLong();
        const qint64 assignee =
            test::scalar(
                ws,
                QStringLiteral(
                    "SELECT assignee_id FROM complaints WHERE assignee_id IS NOT NULL GROUP BY 1"
                    " ORDER BY count(*) DESC LIMIT 1"))
                .toLongLong();
        const qint64 subcategory =
            test::scalar(ws,
                         QStringLiteral("SELECT subcategory_id FROM complaints WHERE "
                                        "subcategory_id IS NOT NULL GROUP BY 1"
                                        " ORDER BY count(*) DESC LIMIT 1"))
                .toLongLong();
        QVERIFY(
            test::scalar(ws,
                         QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'CLOSED'"
                                        " AND satisfaction = 4"))
                .toLongLong()
            > 0);
        const QList<std::pair<QString, std::function<void(storage::QueueQuery &)>>> others {
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
                 .arg(refund)
                 .arg(department),
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
                const QString sql =
                    QStringLiteral("SELECT count(*) FROM complaints WHERE status = '%1'")
                        .arg(*q.status)
                    + where;
                const storage::QueueRepository complaints(ws.database().connection());
                QVERIFY2(complaints.queueCount(q).value() == test::scalar(ws, sql).toLongLong(),
                         qPrintable(sql));
            }
        }
        QVERIFY(
            test::scalar(ws,
                         QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'CLOSED'"
                                        " AND department_id = %1")
                             .arg(department))
                .toLongLong()
            > 0);
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
        QVERIFY(service
                    .changeStatus(logged.at(0), rules::Status::Assigned,
                                  rules::Status::Investigating, QStringLiteral("调取交易记录"))
                    .ok()
                || service
                       .changeStatus(logged.at(0), rules::Status::New, rules::Status::Investigating,
                                     QStringLiteral("调取交易记录"))
                       .ok());
        const qint64 risk = ws.taxonomy().departmentByCode(QStringLiteral("RISK"))->id;
        QVERIFY(
            service.transfer(logged.at(1), {risk, std::nullopt}, QStringLiteral("疑似盗刷")).ok());
        const qint64 privacy = ws.taxonomy().categoryByCode(QStringLiteral("PRIVACY"))->id;
        QVERIFY(
            service.reclassify(logged.at(2), privacy, std::nullopt, QStringLiteral("实为信息泄露"))
                .ok());
        QVERIFY(ReviewService(ws)
                    .bulkSetSeverity({logged.at(3), logged.at(4)}, rules::Severity::P1,
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
                return QStringList {query.lastError().text()};
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
        QCOMPARE(test::scalar(ws,
                              QStringLiteral("SELECT count(*) FROM complaint_tallies"
                                             " WHERE complaints < 0"))
                     .toInt(),
                 0);

        // Counted from the tallies: a count changed there (never done by the program) is
        // what the queue reports; a filter they are not kept by still counts the table.
        storage::QueueQuery hotlineClosed;
        hotlineClosed.status = rules::code(rules::Status::Closed);
        hotlineClosed.channel = QStringLiteral("HOTLINE");
        hotlineClosed.visibleToDepartment = risk;
        const storage::QueueRepository complaints(ws.database().connection());
        const qint64 exact = complaints.queueCount(hotlineClosed).value();
        QCOMPARE(
            exact,
            test::scalar(ws,
                         QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'CLOSED'"
                                        " AND channel = 'HOTLINE' AND department_id = %1")
                             .arg(risk))
                .toLongLong());
        QVERIFY(exact > 0);
        QSqlQuery skew(ws.database().connection());
        QVERIFY(
            skew.exec(QStringLiteral("UPDATE complaint_tallies SET complaints = complaints + 1000"
                                     " WHERE status = 'CLOSED' AND channel = 'HOTLINE'"
                                     " AND department_id = %1")
                          .arg(risk)));
        QVERIFY(skew.numRowsAffected() > 0);
        QCOMPARE(complaints.queueCount(hotlineClosed).value(),
                 exact + 1000 * skew.numRowsAffected());
        storage::QueueQuery unassigned = hotlineClosed;
        unassigned.unassignedOnly = true;
        QCOMPARE(complaints.queueCount(unassigned).value(),
                 test::scalar(ws,
                              QStringLiteral("SELECT count(*) FROM complaints WHERE status = "
                                             "'CLOSED' AND channel = 'HOTLINE'"
                                             " AND department_id = %1 AND assignee_id IS NULL")
                                  .arg(risk))
                     .toLongLong());
    }

    // A store of version 11 (no tallies, nor the later drafts) with complaints gets its
    // tallies counted from the table when it is upgraded.
    void shouldTallyTheComplaintsOfAnUpgradedStore()
    {
        if (test::suiteOnServer())
            QSKIP("An upgrade from version 11 is SQLite's: a server store starts at version 19.");
        test::StoreFixture store;
        {
            Workspace &ws = store.open();
            QVERIFY(DemoGenerator(ws, store.clock(), 3).generate(200).ok());
            const QString storeId = test::scalar(ws,
                                                 QStringLiteral("SELECT store_id FROM"
                                                                " audit_chain"))
                                        .toString();
            QSqlQuery down(ws.database().connection());
            for (const char *sql :
                 {"DROP TRIGGER complaints_tally_insert", "DROP TRIGGER complaints_tally_update",
                  "DROP TRIGGER complaints_tally_delete", "DROP TABLE complaint_tallies",
                  "DROP TABLE drafts", // v13
                  "ALTER TABLE audit_chain DROP COLUMN store_id", // v14
                  "ALTER TABLE audit_chain DROP COLUMN key_fingerprint",
                  "PRAGMA user_version = 11"})
                QVERIFY2(down.exec(QLatin1String(sql)), sql);
            for (const QString &sql : test::eventsAsBeforeVersion21()) // v21
                QVERIFY2(down.exec(sql), qPrintable(sql));
            store.close();
            // as someone putting an old store back on purpose does (docs/security.md)
            for (const QString &file :
                 {storage::AuditKey::keyPath(storeId), storage::AuditKey::anchorPath(storeId)})
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
                     test::scalar(ws,
                                  QStringLiteral("SELECT count(*) FROM complaints WHERE"
                                                 " status = '%1' AND channel = 'HOTLINE'")
                                      .arg(*q.status))
                         .toLongLong());
        }
    }

    // The open complaints subtracted from a closed queue's count are read from the partial
    // indexes of the open work, never by the table or a full index.
    void shouldCountTheOpenOnesOnTheirOwnIndexes()
    {
        if (test::suiteOnServer())
            QSKIP("SQLite's query plans; store_benchmark shows the server's at 1M complaints.");
        test::StoreFixture store;
        Workspace &ws = store.open();
        const QList<std::pair<QString, std::function<void(storage::QueueQuery &)>>> filters {
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
        const qint64 inCs = test::scalar(ws,
                                         QStringLiteral("SELECT count(*) FROM complaints"
                                                        " WHERE department_id = %1")
                                             .arg(cs))
                                .toLongLong();
        QVERIFY(inCs > 0);
        test::copyComplaints(ws, int(storage::QueueRepository::countCap / inCs + 2),
                             QStringLiteral("department_id = %1").arg(cs));
        const qint64 visible =
            test::scalar(
                ws,
                QStringLiteral("SELECT count(*) FROM complaints WHERE department_id = %1").arg(cs))
                .toLongLong();
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
                 test::scalar(ws,
                              QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'NEW'"
                                             " AND department_id = %1")
                                  .arg(cs))
                     .toLongLong());

        store.signInAs(QStringLiteral("cs.lead"), QStringLiteral("lead"));
        model.setFilter({});
        QVERIFY(!model.isCountCapped());
        QCOMPARE(model.totalCount(), visible);
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
        for (const char *filter :
             {"status", "category", "severity", "department", "open", "subcategory", "channel",
              "satisfaction", "search", "search+status", "offset"}) {
            QTest::addRow("filter %s", filter)
                << int(Sort::Received) << true << QString::fromLatin1(filter) << true;
        }
        // An agent's view sorted by category or department: three walks merged.
        for (Sort sort : {Sort::Category, Sort::Department}) {
            for (bool descending : {true, false}) {
                for (const char *filter : {"agent", "agent+status"}) {
                    for (bool cursor : {false, true}) {
                        QTest::addRow("%s sorted %d %s %s", filter, int(sort),
                                      descending ? "desc" : "asc",
                                      cursor ? "next page" : "first page")
                            << int(sort) << descending << QString::fromLatin1(filter) << cursor;
                    }
                }
            }
        }
        // A filter with another sort: many matches walk the sort's index, few are read by
        // the filter's index and sorted (at most QueueQuery::smallQueue rows).
        for (Sort sort :
             {Sort::Reference, Sort::Category, Sort::Severity, Sort::Status, Sort::Due}) {
            for (const char *filter : {"many in department", "few in department", "many by channel",
                                       "many by satisfaction"}) {
                QTest::addRow("%s sorted %d", filter, int(sort))
                    << int(sort) << true << QString::fromLatin1(filter) << true;
            }
        }
    }

    void shouldUseAnIndexForEveryQueueQuery()
    {
        if (test::suiteOnServer())
            QSKIP("SQLite's query plans; store_benchmark shows the server's at 1M complaints.");
        // The queue must never scan the complaints table (it holds up to millions of rows)
        // nor sort it in a temporary b-tree.
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, filter);
        QFETCH(bool, withCursor);
        // One store of one complaint for every row: the rows only plan queries on it.
        if (!m_plans) {
            m_plans = std::make_unique<test::StoreFixture>();
            Workspace &planned = m_plans->open();
            QVERIFY(planned.complaints().logCall(test::sampleCall(planned)).ok());
        }
        Workspace &ws = m_plans->workspace();
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
                ? QStringLiteral("category")
                : QStringLiteral("department");
            QVERIFY2(!steps.contains(QStringLiteral("SCAN c"))
                         && joined.contains(QStringLiteral("MERGE (UNION)"))
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
                QVERIFY2(joined.contains(QStringLiteral("INDEX complaints_by_") + filter),
                         qPrintable(joined));
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

private:
    std::unique_ptr<test::StoreFixture> m_plans; // shouldUseAnIndexForEveryQueueQuery's store
};

QTEST_MAIN(TestQueueCounts)
#include "tst_queuecounts.moc"
