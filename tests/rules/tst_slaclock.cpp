#include "businesscalendar.h"
#include "slaclock.h"
#include "slapolicy.h"
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace cd::rules;

namespace {

const QTimeZone shanghai("Asia/Shanghai");
constexpr qint64 minute = 60LL * 1000;
constexpr qint64 hour = 60 * minute;

using cd::test::at;

// The three policies DESIGN.md seeds, on calendar 1.
QList<SlaPolicy> defaults()
{
    SlaPolicy regulator;
    regulator.id = 1;
    regulator.position = 1;
    regulator.name = QStringLiteral("regulator");
    regulator.regulatorOnly = true;
    regulator.firstResponse = {24, TargetUnit::CalendarHours};
    regulator.resolution = {15, TargetUnit::CalendarDays};
    regulator.maxResolutionDays = 60;
    regulator.calendarId = 1;
    SlaPolicy urgent;
    urgent.id = 2;
    urgent.position = 2;
    urgent.name = QStringLiteral("urgent");
    urgent.severity = Severity::P1;
    urgent.firstResponse = {2, TargetUnit::BusinessHours};
    urgent.resolution = {1, TargetUnit::BusinessDays};
    urgent.calendarId = 1;
    SlaPolicy standard = SlaPolicies::builtInStandard(1);
    standard.id = 3;
    standard.position = 3;
    return {standard, urgent, regulator}; // out of order: position decides
}

ComplaintClockInput received(qint64 when)
{
    ComplaintClockInput in;
    in.receivedAt = when;
    in.resolutionStartedAt = when;
    return in;
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldChoosePoliciesByPosition()
    {
        const QList<SlaPolicy> policies = defaults();
        QCOMPARE(SlaPolicies::choose(policies, Severity::P1, 5, Channel::Regulator)->name,
                 QStringLiteral("regulator"));
        QCOMPARE(SlaPolicies::choose(policies, Severity::P1, 5, Channel::Hotline)->name,
                 QStringLiteral("urgent"));
        QCOMPARE(SlaPolicies::choose(policies, Severity::P3, 5, Channel::Email)->id, 3);
        QList<SlaPolicy> none = policies;
        for (SlaPolicy &p : none)
            p.active = false;
        QVERIFY(!SlaPolicies::choose(none, Severity::P3, 5, Channel::Email));
    }

    void shouldApplyTheDefaultTargets()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        const QList<SlaPolicy> policies = defaults();
        const qint64 wednesday = at(2026, 11, 25, 10);
        const ComplaintClocks standard = computeClocks(
            received(wednesday), *SlaPolicies::choose(policies, Severity::P3, 1, Channel::Hotline),
            calendar);
        QCOMPARE(standard.firstResponse.dueAt, wednesday + 24 * hour);
        QCOMPARE(standard.resolution.dueAt, at(2026, 11, 30, 10)); // 27 business hours
        QCOMPARE(standard.nextDueAt, wednesday + 24 * hour);
        const ComplaintClocks urgent = computeClocks(
            received(wednesday), *SlaPolicies::choose(policies, Severity::P1, 1, Channel::Hotline),
            calendar);
        QCOMPARE(urgent.firstResponse.dueAt, at(2026, 11, 25, 12));
        QCOMPARE(urgent.resolution.dueAt, at(2026, 11, 26, 10));
        const ComplaintClocks regulator = computeClocks(
            received(wednesday),
            *SlaPolicies::choose(policies, Severity::P2, 1, Channel::Regulator), calendar);
        QCOMPARE(regulator.resolution.dueAt, wednesday + 15 * 24 * hour);
        ComplaintClockInput solved = received(wednesday);
        solved.solvedOnCall = true;
        const ComplaintClocks onCall = computeClocks(solved, policies.first(), calendar);
        QCOMPARE(onCall.resolution.dueAt, wednesday);
        QCOMPARE(onCall.nextDueAt, noDeadline);
    }

    void shouldStartCountingAtOpeningWhenReceivedOutOfHours()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        // Friday 2026-11-27 20:00, P1: 2 business hours from Monday 09:00
        const ComplaintClocks urgent =
            computeClocks(received(at(2026, 11, 27, 20)), defaults().at(1), calendar);
        QCOMPARE(urgent.firstResponse.dueAt, at(2026, 11, 30, 11));
        // received 08:00 on a working day with exactly 9 business hours: due 18:00 that day
        QCOMPARE(urgent.resolution.dueAt, at(2026, 11, 30, 18));
        const ComplaintClocks early =
            computeClocks(received(at(2026, 11, 25, 8)), defaults().at(1), calendar);
        QCOMPARE(early.resolution.dueAt, at(2026, 11, 25, 18));
    }

    void shouldMoveDueTimesByThePausedBusinessTime()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        const SlaPolicy standard = defaults().first();
        // received Monday 2026-09-28 10:00: Mon 8 h, Tue 9 h, Wed Sep 30 9 h = 26 h,
        // Oct 1-7 off, Oct 8 09:00-10:00 makes 27 h.
        ComplaintClockInput in = received(at(2026, 9, 28, 10));
        QCOMPARE(computeClocks(in, standard, calendar).resolution.dueAt, at(2026, 10, 8, 10));
        // waiting for the customer from Tue 16:00 to Oct 9 (Fri) 11:00, across the holiday
        in.pauses = {{at(2026, 9, 29, 16), at(2026, 10, 9, 11), QStringLiteral("documents")}};
        const ComplaintClocks paused = computeClocks(in, standard, calendar, true);
        // counted before the pause: Mon 8 h + Tue 09-16 7 h = 15 h; 12 h left from Oct 9
        // 11:00: Fri 7 h, then Oct 10 (Saturday, make-up workday) 5 h -> due Saturday 14:00
        QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 10)));
        QCOMPARE(paused.resolution.dueAt, at(2026, 10, 10, 14));
        bool sawPause = false;
        for (const TimeSegment &step : paused.resolution.steps) {
            if (step.kind == TimeSegment::Kind::Paused) {
                sawPause = true;
                QCOMPARE(step.from, at(2026, 9, 29, 16));
                QCOMPARE(step.to, at(2026, 10, 9, 11));
                QCOMPARE(step.name, QStringLiteral("documents"));
            }
        }
        QVERIFY(sawPause);
    }

    void shouldStopWhilePaused()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        ComplaintClockInput in = received(at(2026, 11, 25, 10));
        in.pauses = {{at(2026, 11, 25, 12), std::nullopt, QStringLiteral("waiting")}};
        const ComplaintClocks clocks = computeClocks(in, defaults().first(), calendar);
        QVERIFY(clocks.paused);
        QCOMPARE(clocks.nextDueAt, noDeadline);
        QCOMPARE(clocks.resolution.remainingMs, 25 * hour); // 27 h target, 2 h counted
    }

    void shouldIgnorePausesAfterTheDueTime()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        ComplaintClockInput in = received(at(2026, 11, 25, 10));
        in.pauses = {{at(2026, 12, 10, 10), at(2026, 12, 11, 10), QStringLiteral("late")}};
        QCOMPARE(computeClocks(in, defaults().first(), calendar).resolution.dueAt,
                 at(2026, 11, 30, 10));
    }

    void shouldStopClocksAndStartANewTargetOnReopening()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        ComplaintClockInput in = received(at(2026, 11, 25, 10));
        in.firstRespondedAt = at(2026, 11, 25, 11);
        in.resolvedAt = at(2026, 11, 26, 11);
        ComplaintClocks replied = computeClocks(in, defaults().first(), calendar);
        QVERIFY(!replied.firstResponseRunning);
        QVERIFY(!replied.resolutionRunning);
        QCOMPARE(replied.nextDueAt, noDeadline);
        in.resolvedAt.reset();
        in.resolutionStartedAt = at(2026, 12, 1, 14); // reopened Tuesday 14:00
        const ComplaintClocks reopened = computeClocks(in, defaults().first(), calendar);
        QCOMPARE(reopened.resolution.dueAt, at(2026, 12, 4, 14));
        QCOMPARE(reopened.nextDueAt, reopened.resolution.dueAt);
    }

    void shouldAddExtensionDaysInTheTargetsUnit()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        ComplaintClockInput in = received(at(2026, 11, 25, 10));
        in.extensionDays = 10;
        const ComplaintClocks clocks = computeClocks(in, defaults().at(2), calendar);
        QCOMPARE(clocks.resolution.dueAt, at(2026, 11, 25, 10) + 25 * 24 * hour);
    }

    void shouldRunAroundTheClockOnA247Calendar()
    {
        const BusinessCalendar allDay(shanghai, QTime(0, 0), QTime(0, 0), {},
                                      {1, 2, 3, 4, 5, 6, 7});
        SlaPolicy risk = defaults().at(1);
        // Saturday 23:00 + 2 business hours on a 24/7 calendar: Sunday 01:00
        const ComplaintClocks clocks = computeClocks(received(at(2026, 11, 28, 23)), risk, allDay);
        QCOMPARE(clocks.firstResponse.dueAt, at(2026, 11, 29, 1));
        QCOMPARE(clocks.resolution.dueAt, at(2026, 11, 29, 23));
    }

    void shouldNeverFallDueOutsideBusinessHours()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        QRandomGenerator random(20261125);
        const qint64 from = at(2025, 1, 1, 0);
        const qint64 to = at(2026, 12, 20, 0);
        for (int i = 0; i < 2000; ++i) {
            const qint64 start = from + qint64(random.bounded(double(to - from)));
            const qint64 duration = (1 + random.bounded(40 * 60)) * minute;
            const qint64 due = calendar.addBusinessTime(start, duration);
            QVERIFY2(calendar.isBusinessInstant(due),
                     qPrintable(QDateTime::fromMSecsSinceEpoch(due, shanghai).toString()));
            QCOMPARE(calendar.businessTimeBetween(start, due), duration);
        }
    }

    void shouldNeverMoveDueTimesEarlierForALaterReceipt()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        const SlaPolicy standard = defaults().first();
        QRandomGenerator random(7);
        qint64 receipt = at(2025, 9, 25, 0);
        qint64 previousResolution = 0;
        qint64 previousFirst = 0;
        for (int i = 0; i < 3000; ++i) {
            receipt += random.bounded(200) * minute;
            const ComplaintClocks clocks = computeClocks(received(receipt), standard, calendar);
            QVERIFY(clocks.resolution.dueAt >= previousResolution);
            QVERIFY(clocks.firstResponse.dueAt >= previousFirst);
            QVERIFY(calendar.isBusinessInstant(clocks.resolution.dueAt));
            previousResolution = clocks.resolution.dueAt;
            previousFirst = clocks.firstResponse.dueAt;
        }
    }

    void shouldWarnFromThreeQuartersOfTheTarget()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        const qint64 wednesday = at(2026, 11, 25, 9);
        const ComplaintClocks clocks =
            computeClocks(received(wednesday), defaults().at(1), calendar);
        // P1: first response 2 business hours -> at risk after 90 min
        QCOMPARE(clocks.firstResponse.atRiskAt, at(2026, 11, 25, 10, 30));
        QCOMPARE(clocks.nextAtRiskAt, at(2026, 11, 25, 10, 30));
        const ClockSnapshot snapshot {false, clocks.nextDueAt, clocks.nextAtRiskAt, false};
        QCOMPARE(slaStateAt(at(2026, 11, 25, 10), snapshot), SlaState::OnTrack);
        QCOMPARE(slaStateAt(at(2026, 11, 25, 10, 30), snapshot), SlaState::AtRisk);
        QCOMPARE(slaStateAt(at(2026, 11, 25, 11), snapshot), SlaState::AtRisk);
        QCOMPARE(slaStateAt(at(2026, 11, 25, 11, 1), snapshot), SlaState::Breached);
        QCOMPARE(slaStateAt(0, {true, noDeadline, noDeadline, false}), SlaState::Paused);
        // paused only after it was due: still overdue
        QCOMPARE(slaStateAt(at(2026, 11, 26, 9), {true, at(2026, 11, 25, 18), noDeadline, false}),
                 SlaState::Breached);
        QCOMPARE(slaStateAt(0, {false, noDeadline, noDeadline, true}), SlaState::MetLate);
        QCOMPARE(slaStateAt(0, {false, noDeadline, noDeadline, false}), SlaState::Met);
    }

    void shouldRefuseBadPolicies()
    {
        SlaPolicy policy = defaults().first();
        QVERIFY(SlaPolicies::validate(policy).isEmpty());
        policy.resolution.amount = 0;
        QCOMPARE(SlaPolicies::validate(policy).first().field, QStringLiteral("resolution"));
        policy.resolution.amount = -3;
        QVERIFY(!SlaPolicies::validate(policy).isEmpty());
        SlaPolicy regulator = defaults().at(2);
        regulator.maxResolutionDays = 10; // shorter than the 15-day target
        QCOMPARE(SlaPolicies::validate(regulator).first().field, QStringLiteral("max_days"));
        regulator.maxResolutionDays = 60;
        regulator.resolution.unit = TargetUnit::BusinessHours;
        QCOMPARE(SlaPolicies::validate(regulator).first().field, QStringLiteral("max_days"));
        policy = defaults().first();
        policy.name = QStringLiteral("  ");
        QCOMPARE(SlaPolicies::validate(policy).first().field, QStringLiteral("name"));
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
