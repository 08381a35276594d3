#include "authservice.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "departmentservice.h"
#include "routingservice.h"
#include "storesuite.h"
#include "testsupport.h"

#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

qint64 departmentId(Workspace &ws, const char *code)
{
    return ws.taxonomy().departmentByCode(QLatin1String(code))->id;
}

qint64 categoryId(Workspace &ws, const char *code)
{
    return ws.taxonomy().categoryByCode(QLatin1String(code))->id;
}

} // namespace

class TestRoutingService : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldRouteFraudWordsToRiskRoundRobin()
    {
        store().signInAs(QStringLiteral("risk.a"), QStringLiteral("agent"), QStringLiteral("RISK"));
        const qint64 a = ws().actor().id;
        store().signInAs(QStringLiteral("risk.b"), QStringLiteral("agent"), QStringLiteral("RISK"));
        const qint64 b = ws().actor().id;
        store().signInAs(QStringLiteral("cs.c"), QStringLiteral("agent"), QStringLiteral("CS"));
        // a refund complaint that mentions fraud goes to RISK (the seeded "Fraud words" rule)
        QList<qint64> assignees;
        for (int i = 0; i < 4; ++i) {
            NewCallInput in =
                test::sampleCall(ws(), QStringLiteral("13812345678"), QStringLiteral("REFUND"));
            in.description =
                QStringLiteral("\u8fd9\u662f\u8bc8\u9a97\uff0c\u9000\u6b3e\u4e0d\u7ed9");
            auto outcome = ws().complaints().logCall(in);
            QVERIFY(outcome.ok());
            QCOMPARE(outcome->status, QStringLiteral("ASSIGNED"));
            const storage::ComplaintRecord logged = test::complaintOf(ws(), outcome->complaintId);
            assignees << logged.assigneeId.value_or(0);
            QCOMPARE(logged.departmentId, departmentId(ws(), "RISK"));
            QCOMPARE(logged.severity, QStringLiteral("P1"));
        }
        QCOMPARE(assignees, (QList<qint64> {a, b, a, b}));
        // an agent who is away gets nothing
        store().signInAs(QStringLiteral("risk.a"), QStringLiteral("agent"), QStringLiteral("RISK"));
        QVERIFY(ws().auth().setAvailability(QStringLiteral("away")).ok());
        store().signInAs(QStringLiteral("cs.c"), QStringLiteral("agent"), QStringLiteral("CS"));
        for (int i = 0; i < 2; ++i) {
            NewCallInput in = test::sampleCall(ws());
            in.description = QStringLiteral("scam!");
            const qint64 id = ws().complaints().logCall(in)->complaintId;
            QCOMPARE(test::complaintOf(ws(), id).assigneeId, b);
        }
    }

    void shouldGiveRegulatorComplaintsToTheLeastBusy()
    {
        store().signInAs(QStringLiteral("cs.busy"), QStringLiteral("agent"));
        const qint64 busy = ws().actor().id;
        store().signInAs(QStringLiteral("cs.free"), QStringLiteral("agent"));
        const qint64 free = ws().actor().id;
        // busy already holds two open complaints
        store().signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        for (int i = 0; i < 2; ++i) {
            const qint64 id = ws().complaints().logCall(test::sampleCall(ws()))->complaintId;
            QVERIFY(
                ws().complaints().transfer(id, {std::nullopt, busy}, QStringLiteral("load")).ok());
        }
        NewCallInput in = test::sampleCall(ws());
        in.channel = rules::Channel::Regulator;
        const qint64 id = ws().complaints().logCall(in)->complaintId;
        auto detail = ws().queries().detail(id);
        QCOMPARE(detail->complaint.assigneeId, free);
        QCOMPARE(detail->routingRuleName, QStringLiteral("Forwarded by a regulator"));
        QCOMPARE(detail->complaint.severity, QStringLiteral("P1"));
    }

    void shouldTransferAndMeasureEachDepartmentsTime()
    {
        const qint64 id = ws().complaints().logCall(test::sampleCall(ws()))->complaintId; // CS
        store().clock().advance(2 * 3600'000);
        QVERIFY(ws().complaints()
                    .transfer(id, {departmentId(ws(), "TECH"), std::nullopt},
                              QStringLiteral("terminal fault"))
                    .ok());
        store().clock().advance(3600'000);
        QVERIFY(ws().complaints()
                    .transfer(id, {departmentId(ws(), "CS"), std::nullopt},
                              QStringLiteral("back to CS"))
                    .ok());
        store().clock().advance(3 * 3600'000);
        auto detail = ws().queries().detail(id);
        QCOMPARE(detail->departmentShares.size(), 2);
        QCOMPARE(detail->departmentShares.at(0).departmentId, departmentId(ws(), "CS"));
        QCOMPARE(detail->departmentShares.at(0).heldMs, qint64(5 * 3600'000));
        QCOMPARE(detail->departmentShares.at(1).heldMs, qint64(3600'000));
        QVERIFY(detail->complaint.assignedManually);
        QCOMPARE(test::eventCount(ws(), QStringLiteral("transferred")), 2);
    }

    void shouldRefuseBadTransfers()
    {
        store().signInAs(QStringLiteral("tech.gone"), QStringLiteral("agent"),
                         QStringLiteral("TECH"));
        const qint64 gone = ws().actor().id;
        store().signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QVERIFY(ws().auth().setActive(gone, false).ok());
        const qint64 id = ws().complaints().logCall(test::sampleCall(ws()))->complaintId;
        auto noReason = ws().complaints().transfer(id, {departmentId(ws(), "TECH"), std::nullopt},
                                                   QStringLiteral("   "));
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        auto same = ws().complaints().transfer(id, {departmentId(ws(), "CS"), std::nullopt},
                                               QStringLiteral("again"));
        QCOMPARE(same.error().field, QStringLiteral("target"));
        auto inactive = ws().complaints().transfer(id, {std::nullopt, gone}, QStringLiteral("x"));
        QVERIFY(inactive.error().message.contains(QStringLiteral("inactive")));
        auto detail = ws().queries().detail(id);
        QCOMPARE(detail->complaint.departmentId, departmentId(ws(), "CS"));
        QCOMPARE(detail->departmentShares.size(), 1);
    }

    void shouldLetOnlyLeadsReassignTheirDepartmentInBulk()
    {
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << ws().complaints().logCall(test::sampleCall(ws()))->complaintId; // CS
        store().signInAs(QStringLiteral("cs.agent"), QStringLiteral("agent"), QStringLiteral("CS"));
        const qint64 agent = ws().actor().id;
        // the three given to the agent by the signed-in user, with `note`
        const auto assignAll = [&](const QString &note) {
            return ws().complaints().bulkAssign(ids, {std::nullopt, agent}, note);
        };
        QCOMPARE(assignAll(QStringLiteral("mine")).error().kind, Error::Kind::Permission);
        store().signInAs(QStringLiteral("risk.lead"), QStringLiteral("lead"),
                         QStringLiteral("RISK"));
        QCOMPARE(assignAll(QStringLiteral("x")).error().kind, Error::Kind::Permission);
        store().signInAs(QStringLiteral("cs.lead"), QStringLiteral("lead"), QStringLiteral("CS"));
        QCOMPARE(assignAll(QStringLiteral("balance the load")).value(), 3);
        for (const qint64 id : ids) {
            const storage::ComplaintRecord complaint = test::complaintOf(ws(), id);
            QCOMPARE(complaint.assigneeId, agent);
            QCOMPARE(complaint.status, QStringLiteral("ASSIGNED"));
        }
        // all or nothing: one already held by the agent makes the whole batch fail
        auto again = assignAll(QStringLiteral("y"));
        QVERIFY(!again.ok());
        QCOMPARE(test::eventCount(ws(), QStringLiteral("reassigned_in_bulk")), 3);
    }

    void shouldEscalateOnceWithAReason()
    {
        const qint64 id = ws().complaints().logCall(test::sampleCall(ws()))->complaintId;
        QVERIFY(!ws().complaints().escalate(id, QString()).ok());
        QVERIFY(ws().complaints().escalate(id, QStringLiteral("customer threatens media")).ok());
        QVERIFY(!ws().complaints().escalate(id, QStringLiteral("again")).ok());
        storage::QueueQuery escalated;
        escalated.escalatedOnly = true;
        QCOMPARE(ws().queries().queuePage(escalated, std::nullopt, 10)->size(), 1);
    }

    void shouldValidateRulesAndKeepThemToTheirLeads()
    {
        RoutingService &routing = ws().routing();
        rules::RoutingRule r;
        r.name = QStringLiteral("POS faults to tech");
        r.categoryId = categoryId(ws(), "REFUND");
        r.subcategoryId = ws().taxonomy()
                              .subcategoryByCode(categoryId(ws(), "PRODUCT_FUNCTION"),
                                                 QStringLiteral("POS_TERMINAL"))
                              ->id;
        r.departmentId = departmentId(ws(), "TECH");
        QVERIFY(routing.problem(r).contains(QStringLiteral("never match")));
        QVERIFY(!routing.save(r).ok());
        r.categoryId = categoryId(ws(), "PRODUCT_FUNCTION");
        r.minAmountFen = -1;
        QVERIFY(!routing.save(r).ok());
        r.minAmountFen.reset();
        r.name.clear();
        QVERIFY(!routing.save(r).ok());
        r.name = QStringLiteral("POS faults to tech");

        store().signInAs(QStringLiteral("cs.lead"), QStringLiteral("lead"), QStringLiteral("CS"));
        QCOMPARE(routing.save(r).error().kind, Error::Kind::Permission);
        store().signInAs(QStringLiteral("tech.lead"), QStringLiteral("lead"),
                         QStringLiteral("TECH"));
        auto id = routing.save(r);
        QVERIFY(id.ok());
        QCOMPARE(routing.rules()->size(), 3);
        QVERIFY(routing.move(*id, -1).ok());
        QCOMPARE(routing.rules()->at(1).id, *id);
        QCOMPARE(scalar(ws(),
                        QStringLiteral("SELECT count(*) FROM events WHERE type LIKE"
                                       " 'routing_rule_%'"))
                     .toInt(),
                 2);
        // the test box
        rules::RoutingInput sample;
        sample.categoryId = categoryId(ws(), "PRODUCT_FUNCTION");
        sample.subcategoryId = r.subcategoryId;
        sample.text = QStringLiteral("POS black screen");
        auto decision = routing.test(sample);
        QCOMPARE(decision->ruleId, std::optional<qint64>(*id));
        QVERIFY(decision->reasons.join(u' ').contains(QStringLiteral("sub-category")));
        // leads cannot touch rules for every department
        QCOMPARE(routing.remove(routing.rules()->at(0).id).error().kind, Error::Kind::Permission);
    }
    void shouldRouteAgainOnReclassificationUnlessAssignedByHand()
    {
        const qint64 routed = ws().complaints().logCall(test::sampleCall(ws()))->complaintId; // CS
        const qint64 manual = ws().complaints().logCall(test::sampleCall(ws()))->complaintId;
        store().clock().advance(3600'000);
        QVERIFY(ws().complaints()
                    .transfer(manual, {departmentId(ws(), "TECH"), std::nullopt},
                              QStringLiteral("by hand"))
                    .ok());
        store().clock().advance(3600'000);
        // GIVEN the wrong category WHEN it is corrected THEN routing follows the new one
        QCOMPARE(
            ws().complaints()
                .reclassify(routed, categoryId(ws(), "FUNDS_SECURITY"), std::nullopt, QString())
                .error()
                .field,
            QStringLiteral("reason"));
        QVERIFY(ws().complaints()
                    .reclassify(routed, categoryId(ws(), "FUNDS_SECURITY"), std::nullopt,
                                QStringLiteral("it is card fraud"))
                    .ok());
        auto detail = ws().queries().detail(routed);
        QCOMPARE(detail->complaint.departmentId, departmentId(ws(), "RISK"));
        QCOMPARE(detail->departmentShares.size(), 2);
        QCOMPARE(detail->events.last().type, QStringLiteral("reclassified"));
        QCOMPARE(detail->events.last().note, QStringLiteral("it is card fraud"));
        // a complaint placed by hand keeps its department
        QVERIFY(ws().complaints()
                    .reclassify(manual, categoryId(ws(), "FUNDS_SECURITY"), std::nullopt,
                                QStringLiteral("fraud too"))
                    .ok());
        QCOMPARE(ws().queries().detail(manual)->complaint.departmentId, departmentId(ws(), "TECH"));
        // nothing to change, or a sub-category of another category
        QVERIFY(!ws().complaints()
                     .reclassify(manual, categoryId(ws(), "FUNDS_SECURITY"), std::nullopt,
                                 QStringLiteral("again"))
                     .ok());
        QCOMPARE(ws().complaints()
                     .reclassify(manual, categoryId(ws(), "REFUND"),
                                 ws().taxonomy()
                                     .subcategoryByCode(categoryId(ws(), "FEES_BILLING"),
                                                        QStringLiteral("RATE_RAISED"))
                                     ->id,
                                 QStringLiteral("x"))
                     .error()
                     .field,
                 QStringLiteral("subcategory"));
    }

    void shouldManageDepartmentsAndTheirMembers()
    {
        DepartmentService &departments = ws().departments();
        QCOMPARE(departments.add(QStringLiteral("cs"), QStringLiteral("x"), QStringLiteral("y"))
                     .error()
                     .field,
                 QStringLiteral("code")); // taken (codes are upper-cased)
        QVERIFY(
            !departments.add(QStringLiteral("VIP"), QString(), QStringLiteral("VIP desk")).ok());
        auto vip = departments.add(QStringLiteral("vip"), QStringLiteral("\u8d35\u5bbe\u90e8"),
                                   QStringLiteral("VIP desk"));
        QVERIFY(vip.ok());
        QVERIFY(ws().taxonomy().departmentByCode(QStringLiteral("VIP")));
        // a member moves there
        store().signInAs(QStringLiteral("cs.mover"), QStringLiteral("agent"));
        const qint64 mover = ws().actor().id;
        store().signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        QVERIFY(
            ws().auth().updateUser(mover, {}, QStringLiteral("lead"), QStringLiteral("VIP")).ok());
        // a rule sends complaints there: it cannot be disabled
        rules::RoutingRule r;
        r.name = QStringLiteral("VIP callers");
        r.keywords = {QStringLiteral("VIP")};
        r.departmentId = *vip;
        QVERIFY(ws().routing().save(r).ok());
        auto refused = departments.update(*vip, QStringLiteral("\u8d35\u5bbe\u90e8"),
                                          QStringLiteral("VIP desk"), false);
        QVERIFY(refused.error().message.contains(QStringLiteral("VIP callers")));
        // the default department of a category cannot be disabled either
        QVERIFY(
            !departments
                 .update(departmentId(ws(), "CS"), QStringLiteral("a"), QStringLiteral("b"), false)
                 .ok());
        // a rule pointing at a disabled department is refused
        QVERIFY(ws().routing().remove(ws().routing().rules()->constLast().id).ok());
        QVERIFY(departments
                    .update(*vip, QStringLiteral("\u8d35\u5bbe\u90e8"), QStringLiteral("VIP desk"),
                            false)
                    .ok());
        QVERIFY(ws().routing().problem(r).contains(QStringLiteral("disabled")));
        store().signInAs(QStringLiteral("cs.other"), QStringLiteral("agent"));
        QCOMPARE(departments.add(QStringLiteral("X1"), QStringLiteral("x"), QStringLiteral("x"))
                     .error()
                     .kind,
                 Error::Kind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestRoutingService)
#include "tst_routingservice.moc"
