#include "dialect.h"
#include "queuetest.h"
#include "storesuite.h"

// An agent's view (their department's complaints, those assigned to them, those they
// logged) sorted by category or by department, on both stores.
class TestAgentViews : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    // An agent's view sorted by category or by department is read as three walks merged
    // (their department's complaints, those assigned to them, those they logged): every
    // page, forward, backward and skipped to, holds the rows of the plain statement's
    // order, each once (a row in two parts too).
    void shouldPageAnAgentsViewSortedByCategoryOrDepartment()
    {
        // 500 complaints of every category (so of every department), a minute apart, a
        // third of them closed
        const QStringList categories {QStringLiteral("FUNDS_SECURITY"),
                                      QStringLiteral("FUNDS_FROZEN"),
                                      QStringLiteral("SETTLEMENT"),
                                      QStringLiteral("TRANSACTION_FAILURE"),
                                      QStringLiteral("PRODUCT_FUNCTION"),
                                      QStringLiteral("USABILITY"),
                                      QStringLiteral("FEES_BILLING"),
                                      QStringLiteral("REFUND"),
                                      QStringLiteral("SERVICE_QUALITY"),
                                      QStringLiteral("AFTER_SALES"),
                                      QStringLiteral("DISCLOSURE"),
                                      QStringLiteral("MARKETING"),
                                      QStringLiteral("PRIVACY"),
                                      QStringLiteral("COMPLIANCE"),
                                      QStringLiteral("OTHER")};
        test::logCalls(ws(), 500, [&](int i) {
            store().clock().advance(60'000);
            return test::sampleCall(ws(), QString::number(13800000000LL + i),
                                    categories.at(i % categories.size()));
        });
        const qint64 tech = ws().taxonomy().departmentByCode(QStringLiteral("TECH"))->id;
        QSqlQuery touch(ws().database().connection());
        QVERIFY(
            touch.exec(QStringLiteral("UPDATE complaints SET status = 'CLOSED' WHERE id % 3 = 0")));
        QVERIFY(touch.exec(
            QStringLiteral("INSERT INTO users (username, display_name, role, department_id,"
                           " created_at) VALUES ('tech.agent', 'Tech Agent', 'agent', %1, 1)")
                .arg(tech)));
        const qint64 agent =
            test::scalar(
                ws(),
                QStringLiteral("SELECT id FROM users WHERE department_id = %1 ORDER BY id LIMIT 1")
                    .arg(tech))
                .toLongLong();
        QVERIFY(agent > 0);
        // Other departments' complaints that the agent logged, or holds, or both.
        QVERIFY(touch.exec(QStringLiteral("UPDATE complaints SET created_by = %1 WHERE id % 7 = 0"
                                          " AND department_id <> %2")
                               .arg(agent)
                               .arg(tech)));
        QVERIFY(touch.exec(QStringLiteral("UPDATE complaints SET assignee_id = %1 WHERE id % 5 = 0"
                                          " AND department_id <> %2")
                               .arg(agent)
                               .arg(tech)));
        using Sort = storage::QueueQuery::Sort;
        using Direction = storage::QueueRepository::Direction;
        const storage::QueueRepository repository(ws().database().connection());
        for (const auto &[sort, column] :
             {std::pair {Sort::Category, QStringLiteral("category_id")},
              std::pair {Sort::Department, QStringLiteral("department_id")}}) {
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
                    QSqlQuery plain(ws().database().connection());
                    QVERIFY(plain.exec(
                        QStringLiteral("SELECT id FROM complaints WHERE (department_id = %1 OR "
                                       "assignee_id = %2"
                                       " OR created_by = %2)%3 ORDER BY %4%5, received_at%5, id%5")
                            .arg(tech)
                            .arg(agent)
                            .arg(status.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" AND status = '%1'").arg(status),
                                 column, order)));
                    while (plain.next())
                        expected << plain.value(0).toLongLong();
                    QVERIFY(expected.size() > 20);
                    QVariantList bindings;
                    QVERIFY(storage::QueueRepository::queueSql(
                                q, std::nullopt, 7, &bindings, Direction::Forward, 0,
                                storage::Dialect::of(ws().database().connection()))
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

                    const auto skipped =
                        repository.queuePage(q, std::nullopt, 7, Direction::Forward, 13);
                    QVERIFY(skipped.ok());
                    QList<qint64> skippedIds;
                    for (const auto &row : *skipped)
                        skippedIds << row.id;
                    QCOMPARE(skippedIds, expected.mid(13, 7));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAgentViews)
#include "tst_agentviews.moc"
