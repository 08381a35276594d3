#include "businesscalendar.h"
#include "slapolicy.h"

#include <QFile>
#include <QTest>

using namespace cd::rules;

namespace {

const QTimeZone shanghai("Asia/Shanghai");
constexpr qint64 hour = 3600LL * 1000;

qint64 at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), shanghai).toMSecsSinceEpoch();
}

BusinessCalendar china()
{
    QFile file(QStringLiteral(":/cn-public-holidays.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("holiday resource missing");
    return BusinessCalendar::chinaStandard(file.readAll()).value();
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldKnowHolidaysAndMakeUpDays()
    {
        const BusinessCalendar calendar = china();
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 1)));    // National Day
        QVERIFY(calendar.isWorkingDay(QDate(2025, 9, 28)));     // Sunday make-up workday
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 11, 28)));   // ordinary Saturday
        QVERIFY(calendar.isWorkingDay(QDate(2026, 11, 25)));    // ordinary Wednesday
    }

    void shouldCountOnlyBusinessHours()
    {
        const BusinessCalendar calendar = china();
        // Wednesday 10:00 + 27 business hours: Wed 8 h, Thu 9 h, Fri 9 h, Mon 1 h
        QCOMPARE(calendar.addBusinessTime(at(2026, 11, 25, 10), 27 * hour),
                 at(2026, 11, 30, 10));
        // received Friday 20:00: counting starts Monday 09:00
        QCOMPARE(calendar.addBusinessTime(at(2026, 11, 27, 20), 2 * hour), at(2026, 11, 30, 11));
    }

    void shouldDueAtClosingTimeWhenReachedExactly()
    {
        const BusinessCalendar calendar = china();
        QCOMPARE(calendar.addBusinessTime(at(2026, 11, 25, 9), 9 * hour), at(2026, 11, 25, 18));
    }

    void shouldSkipTheNationalDayWeek()
    {
        const BusinessCalendar calendar = china();
        // Wednesday 2026-09-30 17:00 + 2 business hours: 1 h that day, then October 1-7
        // are off, so the second hour is Thursday October 8, 09:00-10:00.
        QCOMPARE(calendar.addBusinessTime(at(2026, 9, 30, 17), 2 * hour), at(2026, 10, 8, 10));
    }

    void shouldRunAroundTheClockOnA247Calendar()
    {
        const BusinessCalendar allDay(shanghai, QTime(0, 0), QTime(0, 0), {}, {1, 2, 3, 4, 5, 6, 7});
        QVERIFY(allDay.isAllDay());
        QCOMPARE(allDay.addBusinessTime(at(2026, 11, 28, 23), 2 * hour), at(2026, 11, 29, 1));
    }

    void shouldRejectContradictoryOrImpossibleCsv()
    {
        QVERIFY(!BusinessCalendar::parseHolidayCsv("2026-02-30,off,x,y\n").ok());
        QVERIFY(!BusinessCalendar::parseHolidayCsv("2026-05-01,holiday,x,y\n").ok());
        QVERIFY(!BusinessCalendar::parseHolidayCsv("2026-05-01,off,a,b\n2026-05-01,workday,a,b\n")
                     .ok());
        QVERIFY(BusinessCalendar::parseHolidayCsv("# comment\ndate,kind,name_zh,name_en\n").ok());
    }

    void shouldApplyDefaultPolicies()
    {
        const BusinessCalendar calendar = china();
        const qint64 received = at(2026, 11, 25, 10);
        const DueTimes standard = defaultDueTimes(received, Severity::P3, Channel::Hotline, false,
                                                  calendar);
        QCOMPARE(standard.firstResponseDueAt, received + 24 * hour);
        QCOMPARE(standard.resolutionDueAt, at(2026, 11, 30, 10));
        const DueTimes urgent = defaultDueTimes(received, Severity::P1, Channel::Hotline, false,
                                                calendar);
        QCOMPARE(urgent.firstResponseDueAt, at(2026, 11, 25, 12));
        QCOMPARE(urgent.resolutionDueAt, at(2026, 11, 26, 10));
        const DueTimes regulator = defaultDueTimes(received, Severity::P2, Channel::Regulator,
                                                   false, calendar);
        QCOMPARE(regulator.resolutionDueAt, received + 15 * 24 * hour);
        const DueTimes solved = defaultDueTimes(received, Severity::P3, Channel::Hotline, true,
                                                calendar);
        QCOMPARE(solved.resolutionDueAt, received);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
