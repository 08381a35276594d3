#include "calendarnotices.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "formatting.h"
#include "slaadministration.h"
#include "slareminders.h"
#include "slasettings.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

constexpr qint64 hour = 3600LL * 1000;

using cd::test::at;

qint64 logged(Workspace &ws, const QString &category = QStringLiteral("FEES_BILLING"),
              const QString &phone = QStringLiteral("13812345678"))
{
    auto outcome = ws.complaints().logCall(test::sampleCall(ws, phone, category));
    if (!outcome)
        qFatal("%s", qPrintable(outcome.error().message));
    return outcome->complaintId;
}

// Whether complaint `id` moved from `from` to `to` with `note`, as an agent moves it.
bool moved(Workspace &ws, qint64 id, rules::Status from, rules::Status to, const QString &note)
{
    return ws.complaints().changeStatus(id, from, to, note).ok();
}

// Sets the computer's time zone (TZ) for a scope, and back.
class ComputerZone
{
public:
    explicit ComputerZone(const char *zone)
        : m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ComputerZone()
    {
        qputenv("TZ", m_old);
        tzset();
    }
    ComputerZone(const ComputerZone &) = delete;
    ComputerZone &operator=(const ComputerZone &) = delete;

private:
    QByteArray m_old;
};

} // namespace

class TestSlaService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldGiveANewComplaintTheStandardDeadlines()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(); // Wednesday 2026-11-25 10:00
        const storage::ComplaintRecord c = test::complaintOf(ws, logged(ws));
        QCOMPARE(ws.slaSettings().policyOf(c).resolution,
                 (rules::SlaTarget {3, rules::TargetUnit::BusinessDays}));
        QCOMPARE(c.firstResponseDueAt, at(2026, 11, 26, 10));
        QCOMPARE(c.resolutionDueAt, at(2026, 11, 30, 10));
        QCOMPARE(c.nextDueAt, c.firstResponseDueAt);
        QCOMPARE(ws.slaReminders().stateOf(c), rules::SlaState::OnTrack);
    }

    // Issue 25, item 9: on a computer in UTC the deadline explanation gave working hours in
    // Asia/Shanghai and skipped spans in UTC. Every time reads in the calendar's zone, and
    // the explanation says so when the computer's differs.
    void shouldShowTimesInTheCallCentresZoneOnAComputerElsewhere()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(); // Wednesday 2026-11-25 10:00 Asia/Shanghai
        const storage::ComplaintRecord c = test::complaintOf(ws, logged(ws));
        {
            ComputerZone utc("UTC");
            QCOMPARE(Formatting::dateTime(c.receivedAt), QStringLiteral("2026-11-25 10:00"));
            QCOMPARE(Formatting::labelledDateTime(c.receivedAt),
                     QStringLiteral("2026-11-25 10:00 UTC+08:00"));
            QCOMPARE(Formatting::isoDateTime(c.receivedAt),
                     QStringLiteral("2026-11-25T10:00:00+08:00"));
            const QString text = ws.slaReminders().explain(c)->text();
            QVERIFY2(text.contains(QStringLiteral("skipped 2026-11-25 18:00 - 2026-11-26 09:00:"
                                                  " outside working hours")),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Asia/Shanghai (UTC+08:00); this computer is on"
                                                  " UTC+00:00")),
                     qPrintable(text));
        }
        // a computer in the call centre's zone gets no note and no labels
        QCOMPARE(Formatting::labelledDateTime(c.receivedAt), QStringLiteral("2026-11-25 10:00"));
        QVERIFY(Formatting::zoneNote(c.receivedAt).isEmpty());
        QVERIFY(!ws.slaReminders().explain(c)->text().contains(QStringLiteral("this computer")));
    }

    void shouldGiveHistoricalComplaintsTheirOwnDeadlines()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput in = test::sampleCall(ws);
        in.receivedAt = at(2026, 9, 30, 17); // before the National Day holidays
        const qint64 id = ws.complaints().logCall(in)->complaintId;
        const storage::ComplaintRecord c = test::complaintOf(ws, id);
        // 27 business hours: 1 h on Sep 30, Oct 1-7 off, Oct 8 and 9 (18 h), then 8 h of
        // Saturday Oct 10, a make-up working day
        QCOMPARE(c.resolutionDueAt, at(2026, 10, 10, 17));
        QCOMPARE(ws.slaReminders().stateOf(c), rules::SlaState::Breached);
        // the sweep records each breach once, with who held it and which department
        auto swept = ws.slaReminders().sweep();
        QVERIFY(swept.ok());
        QCOMPARE(swept->breachesRecorded, 2);
        QCOMPARE(test::eventCount(ws, QStringLiteral("deadline_breached")), 2);
        const QList<storage::EventRecord> events = ws.queries().detail(id)->events;
        const auto breach = std::find_if(events.cbegin(), events.cend(), [](const auto &event) {
            return event.type == QLatin1String("deadline_breached");
        });
        QVERIFY(breach != events.cend());
        QCOMPARE(QJsonDocument::fromJson(breach->details.toUtf8())
                     .object()
                     .value(QStringLiteral("department"))
                     .toString(),
                 QStringLiteral("CS"));
        QVERIFY(!breach->actorId); // recorded by the sweep, not by a person
        QCOMPARE(ws.slaReminders().sweep()->breachesRecorded, 0);
        QCOMPARE(test::eventCount(ws, QStringLiteral("deadline_breached")), 2);
    }

    void shouldPauseWhileWaitingForTheCustomerAndMoveTheDueTimes()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 id = logged(ws);
        QVERIFY(ws.complaints()
                    .recordContact(id, QStringLiteral("Called back, asked for the bill"))
                    .ok());
        QVERIFY(moved(ws, id, rules::Status::New, rules::Status::WaitingCustomer,
                      QStringLiteral("Waiting for the bill")));
        storage::ComplaintRecord paused = test::complaintOf(ws, id);
        QVERIFY(paused.pausedAt);
        QCOMPARE(paused.nextDueAt, rules::noDeadline);
        QCOMPARE(ws.slaReminders().stateOf(paused), rules::SlaState::Paused);
        // the customer answers on Friday at 10:00: two working days were paused
        store.clock().set(at(2026, 11, 27, 10));
        QVERIFY(moved(ws, id, rules::Status::WaitingCustomer, rules::Status::Investigating,
                      QStringLiteral("Bill received")));
        const storage::ComplaintRecord resumed = test::complaintOf(ws, id);
        QVERIFY(!resumed.pausedAt);
        QCOMPARE(resumed.resolutionDueAt, at(2026, 12, 2, 10)); // Mon 30 + 2 working days
        QCOMPARE(resumed.nextDueAt, resumed.resolutionDueAt);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT reason FROM sla_pauses")).toString(),
                 QStringLiteral("Waiting for the bill"));
        const auto explanation = ws.slaReminders().explain(resumed);
        QVERIFY(explanation.ok());
        QVERIFY2(explanation->text().contains(QStringLiteral("Waiting for the bill")),
                 qPrintable(explanation->text()));
        QVERIFY(explanation->text().contains(QStringLiteral("not a working day")));
    }

    void shouldStopOnReplyAndStartANewTargetOnReopening()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 id = logged(ws);
        store.clock().advance(hour);
        QVERIFY(moved(ws, id, rules::Status::New, rules::Status::Replied,
                      QStringLiteral("Explained the new rate")));
        storage::ComplaintRecord replied = test::complaintOf(ws, id);
        QCOMPARE(*replied.resolvedAt, test::wednesdayMorning() + hour);
        QCOMPARE(*replied.firstRespondedAt, test::wednesdayMorning() + hour);
        QCOMPARE(replied.nextDueAt, rules::noDeadline);
        QCOMPARE(ws.slaReminders().stateOf(replied), rules::SlaState::Met);
        QVERIFY(moved(ws, id, rules::Status::Replied, rules::Status::Closed,
                      QStringLiteral("Customer satisfied")));
        store.clock().set(at(2026, 12, 1, 14));
        QVERIFY(moved(ws, id, rules::Status::Closed, rules::Status::Investigating,
                      QStringLiteral("Charged again")));
        const storage::ComplaintRecord reopened = test::complaintOf(ws, id);
        QVERIFY(!reopened.resolvedAt);
        QCOMPARE(reopened.resolutionStartedAt, at(2026, 12, 1, 14));
        QCOMPARE(reopened.resolutionDueAt, at(2026, 12, 4, 14));
        QCOMPARE(reopened.nextDueAt, reopened.resolutionDueAt);
    }

    void shouldStopTheFirstResponseClockOnFirstContact()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 id = logged(ws);
        QVERIFY(!ws.complaints().recordContact(id, QStringLiteral("  ")).ok());
        store.clock().advance(2 * hour);
        QVERIFY(
            ws.complaints().recordContact(id, QStringLiteral("Told her we check the rate")).ok());
        const storage::ComplaintRecord c = test::complaintOf(ws, id);
        QCOMPARE(*c.firstRespondedAt, test::wednesdayMorning() + 2 * hour);
        QCOMPARE(c.nextDueAt, c.resolutionDueAt);
        QCOMPARE(test::eventCount(ws, QStringLiteral("customer_contacted")), 1);
        QCOMPARE(ws.queries().detail(id)->calls.size(), 2);
        // a later contact keeps the first one
        store.clock().advance(hour);
        QVERIFY(ws.complaints().recordContact(id, QStringLiteral("Second call")).ok());
        QCOMPARE(*test::complaintOf(ws, id).firstRespondedAt, test::wednesdayMorning() + 2 * hour);
    }

    void shouldExtendRegulatorDeadlinesOnlyWithALeadsApprovalUpToTheMaximum()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        NewCallInput in = test::sampleCall(ws);
        in.channel = rules::Channel::Regulator;
        const qint64 regulator = ws.complaints().logCall(in)->complaintId;
        const qint64 ordinary = logged(ws);
        const qint64 dueBefore = test::complaintOf(ws, regulator).resolutionDueAt;
        QCOMPARE(dueBefore, test::wednesdayMorning() + 15 * 24 * hour);
        const qint64 department = test::complaintOf(ws, regulator).departmentId;
        const QString code = ws.taxonomy().departmentCode(department);

        store.signInAs(QStringLiteral("agent.a"), QStringLiteral("agent"), code);
        auto refused = ws.complaints().extendDeadline(regulator, 10, QStringLiteral("need more"));
        QCOMPARE(refused.error().kind, Error::Kind::Permission);

        store.signInAs(QStringLiteral("lead.a"), QStringLiteral("lead"), code);
        QCOMPARE(ws.complaints().extendDeadline(regulator, 10, QString()).error().field,
                 QStringLiteral("reason"));
        QVERIFY(ws.complaints().extendDeadline(regulator, 30, QStringLiteral("Bank records")).ok());
        QCOMPARE(test::complaintOf(ws, regulator).resolutionDueAt, dueBefore + 30 * 24 * hour);
        // 15 + 30 + 20 > 60: refused, nothing changed
        auto tooLong = ws.complaints().extendDeadline(regulator, 20, QStringLiteral("more"));
        QCOMPARE(tooLong.error().kind, Error::Kind::Invalid);
        QVERIFY(tooLong.error().message.contains(QStringLiteral("15")));
        QCOMPARE(test::complaintOf(ws, regulator).extensionDays, 30);
        QVERIFY(ws.complaints().extendDeadline(regulator, 15, QStringLiteral("final")).ok());
        QCOMPARE(test::complaintOf(ws, regulator).resolutionDueAt, dueBefore + 45 * 24 * hour);
        // the standard policy allows no extension
        QCOMPARE(ws.complaints().extendDeadline(ordinary, 1, QStringLiteral("x")).error().field,
                 QStringLiteral("days"));
        QCOMPARE(test::eventCount(ws, QStringLiteral("deadline_extended")), 2);
    }

    void shouldNotifyOnceAboutOwnComplaintsAndCallBacks()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("agent.b"), QStringLiteral("agent"), QStringLiteral("CS"));
        const qint64 me = ws.actor().id;
        const qint64 id = logged(ws);
        QVERIFY(ws.complaints().transfer(id, {std::nullopt, me}, QStringLiteral("mine")).ok());
        QVERIFY(ws.complaints().recordContact(id, QStringLiteral("first contact")).ok());
        QVERIFY(
            ws.complaints().promiseCallback(id, at(2026, 11, 25, 15), QStringLiteral("rate")).ok());
        QCOMPARE(ws.complaints().promiseCallback(id, at(2026, 11, 25, 9), QString()).error().field,
                 QStringLiteral("callback_at"));
        QVERIFY(ws.slaReminders().sweep()->newNotifications.isEmpty());
        store.clock().set(at(2026, 11, 25, 15, 1));
        auto callback = ws.slaReminders().sweep();
        QCOMPARE(callback->newNotifications.size(), 1);
        QCOMPARE(callback->newNotifications.first().kind, QStringLiteral("callback"));
        // 75 % of 27 business hours after Wed 10:00 is Fri 12:15
        store.clock().set(at(2026, 11, 27, 12, 30));
        auto risk = ws.slaReminders().sweep();
        QCOMPARE(risk->newNotifications.size(), 1);
        QCOMPARE(risk->newNotifications.first().kind, QStringLiteral("at_risk"));
        QVERIFY(ws.slaReminders().sweep()->newNotifications.isEmpty()); // never twice
        store.clock().set(at(2026, 11, 30, 10, 5));
        auto breached = ws.slaReminders().sweep();
        QCOMPARE(breached->newNotifications.size(), 1);
        QCOMPARE(breached->newNotifications.first().kind, QStringLiteral("breached"));
        QCOMPARE(breached->breachesRecorded, 1);
        QCOMPARE(ws.slaReminders().notifications()->size(), 3);
        QVERIFY(ws.slaReminders().markRead(ws.slaReminders().notifications()->first().id).ok());
        QVERIFY(ws.slaReminders().notifications()->first().readAt);
    }

    void shouldNotifyEverythingInBatchesWithoutRepeating()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("agent.e"), QStringLiteral("agent"), QStringLiteral("CS"));
        const qint64 me = ws.actor().id;
        for (const QString &phone : {QStringLiteral("13812340001"), QStringLiteral("13812340002"),
                                     QStringLiteral("13812340003")}) {
            const qint64 id = logged(ws, QStringLiteral("FEES_BILLING"), phone);
            QVERIFY(ws.complaints().transfer(id, {std::nullopt, me}, QStringLiteral("mine")).ok());
            QVERIFY(ws.complaints().promiseCallback(id, at(2026, 11, 25, 11), QString()).ok());
        }
        store.clock().set(at(2026, 11, 25, 11, 5));
        QCOMPARE(ws.slaReminders().sweep(2)->newNotifications.size(), 2);
        QCOMPARE(ws.slaReminders().sweep(2)->newNotifications.size(), 1); // the one left over
        QCOMPARE(ws.slaReminders().sweep(2)->newNotifications.size(), 0);
        QCOMPARE(ws.slaReminders().notifications()->size(), 3);
    }

    void shouldApplyAChangedPolicyToOpenComplaintsAndRecordIt()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 open = logged(ws);
        const qint64 solved = [&] {
            NewCallInput in = test::sampleCall(ws);
            in.solvedOnCall = true;
            return ws.complaints().logCall(in)->complaintId;
        }();
        rules::SlaPolicy standard = ws.slaSettings().policyOf(test::complaintOf(ws, open));
        const qint64 solvedDue = test::complaintOf(ws, solved).resolutionDueAt;

        rules::SlaPolicy broken = standard;
        broken.resolution.amount = 0;
        QCOMPARE(ws.slaAdministration().savePolicy(broken).error().field,
                 QStringLiteral("resolution"));
        QCOMPARE(ws.slaSettings().policyOf(test::complaintOf(ws, open)).resolution.amount, 3);

        standard.resolution.amount = 5;
        QVERIFY(ws.slaAdministration().savePolicy(standard).ok());
        QCOMPARE(test::complaintOf(ws, open).resolutionDueAt, at(2026, 12, 2, 10));
        QCOMPARE(test::complaintOf(ws, solved).resolutionDueAt, solvedDue);
        QCOMPARE(test::eventCount(ws, QStringLiteral("due_times_changed")), 1);
        QCOMPARE(test::eventCount(ws, QStringLiteral("sla_policy_changed")), 1);

        store.signInAs(QStringLiteral("lead.c"), QStringLiteral("lead"), QStringLiteral("CS"));
        standard.resolution.amount = 9;
        QCOMPARE(ws.slaAdministration().savePolicy(standard).error().kind, Error::Kind::Permission);
        QCOMPARE(test::complaintOf(ws, open).resolutionDueAt, at(2026, 12, 2, 10));
    }

    void shouldImportCalendarsOrChangeNothing()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        const qint64 cn = ws.slaSettings().defaultCalendarId();
        const int before = int(ws.slaSettings().calendars().first().days.size());
        const QString listed = QStringLiteral("SELECT count(*) FROM calendar_days");
        const int rows = scalar(ws, listed).toInt();
        QCOMPARE(rows, before);
        for (const QByteArray &bad :
             {QByteArray("2027-02-30,off,x,y\n"),
              QByteArray("2027-10-01,off,a,b\n2027-10-01,workday,a,b\n"),
              QByteArray("2027-10-01,holiday,a,b\n"), QByteArray("# nothing\n")}) {
            QVERIFY(!ws.slaAdministration().importCalendarCsv(cn, bad).ok());
            QCOMPARE(scalar(ws, listed).toInt(), rows);
        }
        auto imported = ws.slaAdministration().importCalendarCsv(
            cn,
            "date,kind,name_zh,name_en\n2027-01-01,off,\xE5\x85\x83\xE6\x97\xA6,New Year\n"
            "2027-01-02,off,x,New Year\n");
        QVERIFY(imported.ok());
        QCOMPARE(*imported, 2);
        QCOMPARE(scalar(ws, listed).toInt(), rows + 2);
        QVERIFY(!ws.slaSettings().calendar(cn).isWorkingDay(QDate(2027, 1, 1)));
        // importing a year again replaces that year's days
        QVERIFY(ws.slaAdministration().importCalendarCsv(cn, "2027-01-01,off,a,b\n").ok());
        QCOMPARE(scalar(ws, listed).toInt(), rows + 1);
        QCOMPARE(test::eventCount(ws, QStringLiteral("calendar_changed")), 2);
    }

    // Issue 25, item 19: the shipped arrangement covers 2025-2026. A deadline counted in
    // working days into 2027 is provisional (New Year's Day would count as a working day)
    // until 2027 is imported; the import computes it again, recorded before and after.
    void shouldMarkDeadlinesInAYearWithoutArrangementProvisionalUntilImported()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(at(2026, 12, 29, 10)); // Tuesday
        const qint64 id = logged(ws);
        storage::ComplaintRecord c = test::complaintOf(ws, id);
        QCOMPARE(c.resolutionDueAt, at(2027, 1, 1, 10)); // 1 January counted as working
        auto explained = ws.slaReminders().explain(c);
        QVERIFY(explained.ok());
        QCOMPARE(explained->resolution.provisionalYears, QList<int> {2027});
        QVERIFY(explained->firstResponse.provisionalYears.isEmpty()); // calendar hours
        QVERIFY2(explained->text().contains(QStringLiteral("Provisional: the calendar has no"
                                                           " holiday arrangement for 2027")),
                 qPrintable(explained->text()));

        const int changesBefore = test::eventCount(ws, QStringLiteral("due_times_changed"));
        QVERIFY(ws.slaAdministration()
                    .importCalendarCsv(ws.slaSettings().defaultCalendarId(),
                                       "2027-01-01,off,\xE5\x85\x83\xE6\x97\xA6,New Year's Day\n")
                    .ok());
        c = test::complaintOf(ws, id);
        QCOMPARE(c.resolutionDueAt, at(2027, 1, 4, 10)); // Friday off: Monday
        QCOMPARE(test::eventCount(ws, QStringLiteral("due_times_changed")), changesBefore + 1);
        const QString details =
            scalar(ws,
                   QStringLiteral("SELECT details FROM events WHERE type = 'due_times_changed' "
                                  "ORDER BY id DESC LIMIT 1"))
                .toString();
        QVERIFY2(details.contains(QStringLiteral("\"before\""))
                     && details.contains(QStringLiteral("\"after\"")),
                 qPrintable(details));
        QVERIFY(ws.slaReminders().explain(c)->resolution.provisionalYears.isEmpty());
        QVERIFY(!ws.slaReminders().explain(c)->text().contains(QStringLiteral("Provisional")));
    }

    // Administrators are told from 1 November that next year's arrangement is missing.
    void shouldTellAdministratorsOfAMissingArrangementFromNovember()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(at(2026, 10, 31, 12));
        QVERIFY(missingArrangementNotes(ws.slaSettings(), ws.clock().nowMs()).isEmpty());
        const QStringList notes = missingArrangementNotes(ws.slaSettings(), at(2026, 11, 1, 9));
        QCOMPARE(notes.size(), 1); // the 24/7 calendar lists no holidays
        QVERIFY2(notes.first().contains(QStringLiteral("no holiday arrangement for 2027")),
                 qPrintable(notes.first()));
        QVERIFY(ws.slaAdministration()
                    .importCalendarCsv(ws.slaSettings().defaultCalendarId(),
                                       "2027-01-01,off,a,New Year's Day\n")
                    .ok());
        QVERIFY(missingArrangementNotes(ws.slaSettings(), at(2026, 11, 1, 9)).isEmpty());
        // in 2028 both this year and (from November) next year are asked for
        QVERIFY(missingArrangementNotes(ws.slaSettings(), at(2028, 11, 2, 9))
                    .first()
                    .contains(QStringLiteral("2028, 2029")));
    }

    void shouldSaveCalendarsWithValidSettingsOnly()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        storage::CalendarRecord risk = ws.slaSettings().calendars().last();
        QCOMPARE(risk.code, QStringLiteral("24X7"));
        storage::CalendarRecord broken = risk;
        broken.opens = QTime(18, 0);
        broken.closes = QTime(9, 0);
        QCOMPARE(ws.slaAdministration().saveCalendar(broken).error().field,
                 QStringLiteral("hours"));
        broken = risk;
        broken.weekdays.clear();
        QCOMPARE(ws.slaAdministration().saveCalendar(broken).error().field,
                 QStringLiteral("weekdays"));
        QCOMPARE(ws.slaSettings().calendars().last().weekdays.size(), 7);
        // a 24/7 policy for P1 frauds
        rules::SlaPolicy fraud;
        fraud.name = QStringLiteral("Fraud desk");
        fraud.severity = rules::Severity::P1;
        fraud.firstResponse = {1, rules::TargetUnit::BusinessHours};
        fraud.resolution = {1, rules::TargetUnit::BusinessDays};
        fraud.calendarId = risk.id;
        auto fraudId = ws.slaAdministration().savePolicy(fraud);
        QVERIFY(fraudId.ok());
        QCOMPARE(ws.slaSettings().policies().last().id, *fraudId);
        for (int i = 0; i < 3; ++i)
            QVERIFY(ws.slaAdministration().movePolicy(*fraudId, -1).ok());
        QCOMPARE(ws.slaSettings().policies().first().id, *fraudId);
        QCOMPARE(test::eventCount(ws, QStringLiteral("sla_policies_reordered")), 3);
        store.clock().set(at(2026, 11, 28, 23)); // Saturday night
        NewCallInput in = test::sampleCall(ws);
        in.severity = rules::Severity::P1;
        const storage::ComplaintRecord c =
            test::complaintOf(ws, ws.complaints().logCall(in)->complaintId);
        QCOMPARE(ws.slaSettings().policyOf(c).name, QStringLiteral("Fraud desk"));
        QCOMPARE(c.firstResponseDueAt, at(2026, 11, 29, 0));
    }
};

QTEST_GUILESS_MAIN(TestSlaService)
#include "tst_slaservice.moc"
