#include "complaintqueries.h"
#include "complaintqueuemodel.h"
#include "complaintservice.h"
#include "fixtures.h"
#include "savedviewservice.h"
#include "storesuite.h"
#include "taxonomyservice.h"
#include "testsupport.h"

#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

ViewDefinition everyFilter()
{
    ViewDefinition d;
    d.status = QStringLiteral("NEW");
    d.category = QStringLiteral("REFUND");
    d.subcategory = QStringLiteral("DEPOSIT");
    d.department = QStringLiteral("CS");
    d.assignee = QStringLiteral("tester");
    d.severity = QStringLiteral("P3");
    d.channel = QStringLiteral("HOTLINE");
    d.deadline = QStringLiteral("overdue");
    d.receivedFrom = QDate(2026, 11, 1);
    d.receivedTo = QDate(2026, 11, 30);
    d.text = QStringLiteral("押金");
    d.hiddenColumns = {ComplaintQueueModel::Customer, ComplaintQueueModel::Assignee};
    d.sortColumn = ComplaintQueueModel::Severity;
    d.descending = false;
    return d;
}

} // namespace

class TestSavedViewService : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldSaveAndRestoreEveryPartOfAView()
    {
        SavedViewService views(ws());
        auto id = views.save(std::nullopt, QStringLiteral("  押金 逾期 "), everyFilter(), false);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        auto listed = views.views();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, QStringLiteral("押金 逾期"));
        QCOMPARE(listed->first().definition, everyFilter());
        QCOMPARE(
            scalar(ws(), QStringLiteral("SELECT count(*) FROM events WHERE type = 'view_saved'"))
                .toInt(),
            1);

        // the queue it selects
        const qint64 now = ws().clock().nowMs();
        auto query = views.queryOf(listed->first().definition, now);
        QVERIFY(query.ok());
        const Taxonomy &t = ws().taxonomy();
        QCOMPARE(query->status, std::optional<QString>(QStringLiteral("NEW")));
        QCOMPARE(query->categoryId,
                 std::optional<qint64>(t.categoryByCode(QStringLiteral("REFUND"))->id));
        QCOMPARE(query->subcategoryId,
                 std::optional<qint64>(
                     t.subcategoryByCode(*query->categoryId, QStringLiteral("DEPOSIT"))->id));
        QCOMPARE(query->departmentId,
                 std::optional<qint64>(t.departmentByCode(QStringLiteral("CS"))->id));
        QCOMPARE(query->assigneeId, std::optional<qint64>(ws().actor().id));
        QCOMPARE(query->channel, std::optional<QString>(QStringLiteral("HOTLINE")));
        QCOMPARE(query->dueBefore, std::optional<qint64>(now)); // overdue
        QCOMPARE(query->receivedFrom,
                 std::optional<qint64>(
                     QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone("Asia/Shanghai"))
                         .toMSecsSinceEpoch()));
        QCOMPARE(query->receivedBefore,
                 std::optional<qint64>(
                     QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone("Asia/Shanghai"))
                         .toMSecsSinceEpoch()));
        QVERIFY(!query->searchMatch.isEmpty());

        // changed in place, then deleted
        ViewDefinition narrower = everyFilter();
        narrower.severity = QStringLiteral("P1");
        QCOMPARE(*views.save(*id, QStringLiteral("押金 逾期"), narrower, false), *id);
        QCOMPARE(views.views()->first().definition.severity, QStringLiteral("P1"));
        QVERIFY(views.remove(*id).ok());
        QCOMPARE(views.views()->size(), 0);
    }

    void shouldRefuseBadNamesAndWhatNoLongerExists()
    {
        SavedViewService views(ws());
        QCOMPARE(views.save(std::nullopt, QStringLiteral("  "), {}, false).error().field,
                 QStringLiteral("name"));
        QVERIFY(views.save(std::nullopt, QStringLiteral("Mine"), {}, false).ok());
        QCOMPARE(views.save(std::nullopt, QStringLiteral("Mine"), {}, false).error().field,
                 QStringLiteral("name"));
        ViewDefinition gone;
        gone.category = QStringLiteral("NO_SUCH_CATEGORY");
        auto refused = views.save(std::nullopt, QStringLiteral("Gone"), gone, false);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("NO_SUCH_CATEGORY")));
        ViewDefinition backwards;
        backwards.receivedFrom = QDate(2026, 11, 30);
        backwards.receivedTo = QDate(2026, 11, 1);
        QVERIFY(!views.save(std::nullopt, QStringLiteral("Backwards"), backwards, false).ok());
        QCOMPARE(views.views()->size(), 1); // nothing else was stored

        // a view saved on a category that is deleted afterwards says so when opened
        test::saveViewOfARemovedCategory(ws());
        auto opened = views.queryOf(views.views()->constLast().definition, ws().clock().nowMs());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::NotFound);
        QVERIFY(opened.error().message.contains(QStringLiteral("ONBOARDING")));
    }

    void shouldShareWithTheLeadsDepartmentOnly()
    {
        store().signInAs(QStringLiteral("lead.cs"), QStringLiteral("lead"), QStringLiteral("CS"));
        SavedViewService views(ws());
        QVERIFY(views.save(std::nullopt, QStringLiteral("CS overdue"), {}, true).ok());
        QVERIFY(views.save(std::nullopt, QStringLiteral("My own"), {}, false).ok());
        // an agent of CS lists the shared one, not the lead's own; may not change it
        store().signInAs(QStringLiteral("agent.cs"), QStringLiteral("agent"), QStringLiteral("CS"));
        auto seen = views.views();
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().name, QStringLiteral("CS overdue"));
        auto change = views.save(seen->first().id, QStringLiteral("Mine now"), {}, false);
        QCOMPARE(change.error().kind, Error::Kind::Permission);
        QCOMPARE(views.remove(seen->first().id).error().kind, Error::Kind::Permission);
        // agents keep views of their own but do not share them
        QCOMPARE(views.save(std::nullopt, QStringLiteral("Shared?"), {}, true).error().kind,
                 Error::Kind::Permission);
        // another department sees none
        store().signInAs(QStringLiteral("agent.risk"), QStringLiteral("agent"),
                         QStringLiteral("RISK"));
        QCOMPARE(views.views()->size(), 0);
    }
};

QTEST_MAIN(TestSavedViewService)
#include "tst_savedviewservice.moc"
