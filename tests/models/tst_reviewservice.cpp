#include "complaintqueries.h"
#include "complaintservice.h"
#include "reviewservice.h"
#include "storesuite.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::sampleCall;
using cd::test::scalar;

namespace {

qint64 logged(Workspace &ws, const QString &phone,
              const QString &category = QStringLiteral("FEES_BILLING"))
{
    auto outcome = ws.complaints().logCall(sampleCall(ws, phone, category));
    if (!outcome)
        qFatal("%s", qPrintable(outcome.error().message));
    return outcome->complaintId;
}

int eventsOf(Workspace &ws, qint64 id, const QString &type)
{
    return scalar(
               ws,
               QStringLiteral("SELECT count(*) FROM events WHERE complaint_id = %1 AND type = '%2'")
                   .arg(id)
                   .arg(type))
        .toInt();
}

} // namespace

class TestReviewService : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldRecordSatisfactionOnlyAtFollowUp()
    {
        const qint64 id = logged(ws(), QStringLiteral("13812345678"));
        ReviewService review(ws());
        // not yet replied: refused, nothing stored
        auto early = ws().complaints().recordSatisfaction(id, 4, QStringLiteral("ok"));
        QVERIFY(!early.ok());
        QCOMPARE(early.error().field, QStringLiteral("score"));
        const auto status =
            rules::statusFromCode(ws().queries().detail(id)->complaint.status).value();
        if (status != rules::Status::Investigating)
            QVERIFY(
                ws().complaints()
                    .changeStatus(id, status, rules::Status::Investigating, QStringLiteral("查"))
                    .ok());
        QVERIFY(ws().complaints()
                    .changeStatus(id, rules::Status::Investigating, rules::Status::Replied,
                                  QStringLiteral("已答复"))
                    .ok());
        QVERIFY(!ws().complaints().recordSatisfaction(id, 0, {}).ok());
        QVERIFY(!ws().complaints().recordSatisfaction(id, 6, {}).ok());
        QSignalSpy changed(&ws().complaints(), &ComplaintService::complaintChanged);
        QVERIFY(ws().complaints()
                    .recordSatisfaction(id, 2, QStringLiteral("卡号 6222021234567890128 太慢了"))
                    .ok());
        QCOMPARE(changed.count(), 1);
        const auto c = ws().queries().detail(id)->complaint;
        QCOMPARE(c.satisfaction, std::optional<int>(2));
        QVERIFY(!c.satisfactionComment.contains(QStringLiteral("6222021234567890128"))); // masked
        QCOMPARE(eventsOf(ws(), id, QStringLiteral("satisfaction_recorded")), 1);
    }

    void shouldChangeSeverityInBulkAndChooseTheDeadlinesAgain()
    {
        const qint64 first = logged(ws(), QStringLiteral("13812345678"));
        const qint64 second = logged(ws(), QStringLiteral("13812345679"));
        const qint64 before = ws().queries().detail(first)->complaint.resolutionDueAt;
        ReviewService review(ws());
        QVERIFY(!review.bulkSetSeverity({first, second}, rules::Severity::P1, QString()).ok());
        auto done = review.bulkSetSeverity({first, second}, rules::Severity::P1,
                                           QStringLiteral("媒体关注"));
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QCOMPARE(*done, 2);
        const auto c = ws().queries().detail(first)->complaint;
        QCOMPARE(c.severity, QStringLiteral("P1"));
        QVERIFY(c.resolutionDueAt < before); // 1 working day instead of 3
        QCOMPARE(eventsOf(ws(), second, QStringLiteral("severity_changed")), 1);
    }

    void shouldRefuseABulkActionOutsideTheLeadsDepartmentWholly()
    {
        const qint64 cs = logged(ws(), QStringLiteral("13812345678"));
        const qint64 risk =
            logged(ws(), QStringLiteral("13812345679"), QStringLiteral("FUNDS_SECURITY"));
        store().signInAs(QStringLiteral("lead.cs"), QStringLiteral("lead"), QStringLiteral("CS"));
        ReviewService review(ws());
        auto refused = review.bulkAddNote({cs, risk}, QStringLiteral("周五前处理完"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QCOMPARE(eventsOf(ws(), cs, QStringLiteral("note_added")), 0); // all or nothing
        QCOMPARE(*review.bulkAddNote({cs}, QStringLiteral("周五前处理完")), 1);
        QCOMPARE(eventsOf(ws(), cs, QStringLiteral("note_added")), 1);
    }

    void shouldMergeADuplicateKeepingEveryCallAndEvent()
    {
        const qint64 kept = logged(ws(), QStringLiteral("13812345678"));
        const qint64 duplicate = logged(ws(), QStringLiteral("13812345678"));
        const qint64 third = logged(ws(), QStringLiteral("13812345678"));
        const auto keptBefore = *ws().queries().detail(kept);
        const auto duplicateBefore = *ws().queries().detail(duplicate);
        ReviewService review(ws());
        QVERIFY(!review.merge(kept, {kept}, QStringLiteral("同一问题")).ok());
        QVERIFY(!review.merge(kept, {duplicate}, QString()).ok());
        QVERIFY(review.merge(duplicate, {third}, QStringLiteral("同一问题")).ok());
        QVERIFY(review.merge(kept, {duplicate}, QStringLiteral("同一问题")).ok());

        const auto gone = ws().queries().detail(duplicate)->complaint;
        QCOMPARE(gone.status, QStringLiteral("CLOSED"));
        QCOMPARE(gone.mergedIntoId, std::optional<qint64>(kept));
        // the duplicate's own duplicate followed it
        QCOMPARE(ws().queries().detail(third)->complaint.mergedIntoId, std::optional<qint64>(kept));
        const auto after = *ws().queries().detail(kept);
        QCOMPARE(after.calls.size(), keptBefore.calls.size() + duplicateBefore.calls.size() + 1);
        for (const auto &event : duplicateBefore.events) {
            bool found = false;
            for (const auto &e : after.events)
                found = found || e.id == event.id;
            QVERIFY2(found, qPrintable(event.type));
        }
        QCOMPARE(eventsOf(ws(), kept, QStringLiteral("duplicate_merged")), 1);
        QCOMPARE(eventsOf(ws(), duplicate, QStringLiteral("duplicate_merged")), 1);
        QCOMPARE(eventsOf(ws(), duplicate, QStringLiteral("merged_into")), 1);
        // neither again, nor into a merged complaint
        QVERIFY(!review.merge(kept, {duplicate}, QStringLiteral("again")).ok());
        const qint64 fourth = logged(ws(), QStringLiteral("13812345678"));
        QVERIFY(!review.merge(duplicate, {fourth}, QStringLiteral("into a merged one")).ok());
        // the audit trail is intact
        QCOMPARE(scalar(ws(),
                        QStringLiteral(
                            "SELECT count(*) FROM complaints WHERE merged_into_id IS NOT NULL"))
                     .toInt(),
                 2);
    }
};

QTEST_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
