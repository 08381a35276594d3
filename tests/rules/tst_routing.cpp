#include "routing.h"

#include <QHash>
#include <QTest>

using namespace cd::rules;

namespace {

RoutingRule rule(qint64 id, const QString &name)
{
    RoutingRule r;
    r.id = id;
    r.name = name;
    return r;
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldLetTheFirstMatchingRuleWin()
    {
        RoutingRule fraud = rule(1, QStringLiteral("fraud words"));
        fraud.keywords = {QStringLiteral("\u76d7\u5237"), QStringLiteral("scam")};
        fraud.departmentId = 2;
        fraud.raiseSeverityTo = Severity::P1;
        fraud.strategy = AssignmentStrategy::RoundRobin;
        RoutingRule big = rule(2, QStringLiteral("big amounts"));
        big.minAmountFen = 5'000'000;
        big.departmentId = 3;
        RoutingInput in;
        in.categoryId = 7;
        in.text = QStringLiteral("my card was \u76d7\u5237 for a lot");
        in.amountFen = 9'000'000;
        // both match: the first wins
        RoutingDecision d = Routing::route({fraud, big}, in, 1);
        QCOMPARE(d.ruleId, std::optional<qint64>(1));
        QCOMPARE(d.departmentId, qint64(2));
        QCOMPARE(d.severity, Severity::P1);
        QCOMPARE(d.strategy, AssignmentStrategy::RoundRobin);
        QVERIFY(d.reasons.first().contains(QStringLiteral("\u76d7\u5237")));
        // in the other order the other wins
        d = Routing::route({big, fraud}, in, 1);
        QCOMPARE(d.ruleId, std::optional<qint64>(2));
        QCOMPARE(d.severity, Severity::P3);
    }

    void shouldFallBackToTheCategoryDepartment()
    {
        RoutingRule regulator = rule(1, QStringLiteral("regulator"));
        regulator.regulatorForwardedOnly = true;
        regulator.raiseSeverityTo = Severity::P1;
        RoutingInput in;
        in.categoryId = 4;
        in.channel = Channel::Hotline;
        RoutingDecision d = Routing::route({regulator}, in, 9);
        QVERIFY(!d.ruleId);
        QCOMPARE(d.departmentId, qint64(9));
        QCOMPARE(d.strategy, AssignmentStrategy::Queue);
        // the rule without a department keeps the category's, but raises the severity
        in.channel = Channel::Regulator;
        d = Routing::route({regulator}, in, 9);
        QCOMPARE(d.ruleId, std::optional<qint64>(1));
        QCOMPARE(d.departmentId, qint64(9));
        QCOMPARE(d.severity, Severity::P1);
    }

    void shouldCheckEveryCondition()
    {
        RoutingRule r = rule(1, QStringLiteral("all"));
        r.categoryId = 4;
        r.subcategoryId = 40;
        r.severity = Severity::P2;
        r.channel = Channel::Email;
        r.minAmountFen = 100;
        RoutingInput in {4, 40, Severity::P2, Channel::Email, 100, QString()};
        QVERIFY(Routing::matches(r, in));
        RoutingInput other = in;
        other.subcategoryId = 41;
        QVERIFY(!Routing::matches(r, other));
        other = in;
        other.amountFen = 99;
        QVERIFY(!Routing::matches(r, other));
        other = in;
        other.amountFen.reset();
        QVERIFY(!Routing::matches(r, other));
        other = in;
        other.channel = Channel::Hotline;
        QVERIFY(!Routing::matches(r, other));
        other = in;
        other.severity = Severity::P1;
        QVERIFY(!Routing::matches(r, other));
        r.active = false;
        QVERIFY(!Routing::route({r}, in, 5).ruleId); // inactive rules are skipped
    }

    void shouldNeverLowerTheSeverity()
    {
        RoutingRule r = rule(1, QStringLiteral("raise to P2"));
        r.raiseSeverityTo = Severity::P2;
        RoutingInput in;
        in.severity = Severity::P1;
        QCOMPARE(Routing::route({r}, in, 1).severity, Severity::P1);
    }

    void shouldBeFairOverAThousandRoundRobinAssignments()
    {
        const QList<qint64> agents {12, 5, 31, 7};
        QHash<qint64, int> counts;
        std::optional<qint64> last;
        for (int i = 0; i < 1000; ++i) {
            last = Routing::roundRobin(agents, last);
            QVERIFY(last);
            ++counts[*last];
        }
        for (qint64 agent : agents)
            QCOMPARE(counts.value(agent), 250);
        // an agent who becomes unavailable is skipped, the others go on in turn
        QCOMPARE(Routing::roundRobin({5, 12}, 7), std::optional<qint64>(12));
        QCOMPARE(Routing::roundRobin({5, 12}, 31), std::optional<qint64>(5));
        QVERIFY(!Routing::roundRobin({}, 5));
    }

    void shouldPickTheAgentWithFewestOpenComplaints()
    {
        QCOMPARE(Routing::fewestOpen({{1, 4}, {2, 1}, {3, 7}}), std::optional<qint64>(2));
        QCOMPARE(Routing::fewestOpen({{9, 2}, {4, 2}, {6, 3}}), std::optional<qint64>(4));
        QVERIFY(!Routing::fewestOpen({}));
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
