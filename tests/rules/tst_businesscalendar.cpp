#include "businesscalendar.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace cd::rules;

namespace {

const QTimeZone shanghai("Asia/Shanghai");
constexpr qint64 hour = 3600LL * 1000;

using cd::test::at;

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldKnowHolidaysAndMakeUpDays()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 1))); // National Day
        QVERIFY(calendar.isWorkingDay(QDate(2025, 9, 28))); // Sunday make-up workday
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 11, 28))); // ordinary Saturday
        QVERIFY(calendar.isWorkingDay(QDate(2026, 11, 25))); // ordinary Wednesday
    }

    void shouldCountOnlyBusinessHours()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        // Wednesday 10:00 + 27 business hours: Wed 8 h, Thu 9 h, Fri 9 h, Mon 1 h
        QCOMPARE(calendar.addBusinessTime(at(2026, 11, 25, 10), 27 * hour), at(2026, 11, 30, 10));
        // received Friday 20:00: counting starts Monday 09:00
        QCOMPARE(calendar.addBusinessTime(at(2026, 11, 27, 20), 2 * hour), at(2026, 11, 30, 11));
    }

    void shouldDueAtClosingTimeWhenReachedExactly()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        QCOMPARE(calendar.addBusinessTime(at(2026, 11, 25, 9), 9 * hour), at(2026, 11, 25, 18));
    }

    void shouldSkipTheNationalDayWeek()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        // Wednesday 2026-09-30 17:00 + 2 business hours: 1 h that day, then October 1-7
        // are off, so the second hour is Thursday October 8, 09:00-10:00.
        QCOMPARE(calendar.addBusinessTime(at(2026, 9, 30, 17), 2 * hour), at(2026, 10, 8, 10));
    }

    void shouldRunAroundTheClockOnA247Calendar()
    {
        const BusinessCalendar allDay(shanghai, QTime(0, 0), QTime(0, 0), {},
                                      {1, 2, 3, 4, 5, 6, 7});
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

    void shouldTraceWhatWasSkipped()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        QList<TimeSegment> trace;
        // Wednesday 2026-09-30 17:00 + 2 business hours, over the National Day holidays
        QCOMPARE(calendar.addBusinessTime(at(2026, 9, 30, 17), 2 * hour, &trace),
                 at(2026, 10, 8, 10));
        QCOMPARE(trace.size(), 5);
        QCOMPARE(
            trace.at(0),
            (TimeSegment {
                TimeSegment::Kind::Counted, at(2026, 9, 30, 17), at(2026, 9, 30, 18), {}, {}}));
        QCOMPARE(trace.at(1).kind, TimeSegment::Kind::OutOfHours);
        QCOMPARE(trace.at(2).kind, TimeSegment::Kind::Holiday);
        QCOMPARE(trace.at(2).from, at(2026, 10, 1, 0));
        QCOMPARE(trace.at(2).to, at(2026, 10, 8, 0)); // Oct 1-7 off, merged into one stretch
        QVERIFY(!trace.at(2).name.isEmpty());
        QCOMPARE(trace.at(3).kind, TimeSegment::Kind::OutOfHours); // Oct 8 00:00-09:00
        QCOMPARE(trace.at(4),
                 (TimeSegment {
                     TimeSegment::Kind::Counted, at(2026, 10, 8, 9), at(2026, 10, 8, 10), {}, {}}));
        QCOMPARE(calendar.businessTimeBetween(at(2026, 9, 30, 17), at(2026, 10, 8, 10)), 2 * hour);
    }

    void shouldCountMakeUpDaysAndYearEnds()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        // Saturday 2026-01-03? 2026's New Year: Jan 1-3 off, Sunday Jan 4 is a make-up day.
        QVERIFY(calendar.isWorkingDay(QDate(2026, 1, 4)));
        // Wednesday 2025-12-31 17:00 + 3 business hours: 1 h on Dec 31, then Jan 4 (Sunday,
        // make-up workday) 09:00-11:00.
        QCOMPARE(calendar.addBusinessTime(at(2025, 12, 31, 17), 3 * hour), at(2026, 1, 4, 11));
    }

    void shouldTreatClosingTimeAsBusinessTime()
    {
        const BusinessCalendar calendar = cd::test::chinaCalendar();
        QVERIFY(calendar.isBusinessInstant(at(2026, 11, 25, 18)));
        QVERIFY(!calendar.isBusinessInstant(at(2026, 11, 25, 18, 1)));
        QVERIFY(!calendar.isBusinessInstant(at(2026, 11, 28, 12))); // Saturday
    }

    void shouldRefuseDuplicatesAndImpossibleYears()
    {
        QVERIFY(
            !BusinessCalendar::parseHolidayCsv("2027-01-01,off,a,b\n2027-01-01,off,a,b\n").ok());
        QVERIFY(!BusinessCalendar::parseHolidayCsv("1890-01-01,off,a,b\n").ok());
        QVERIFY(!BusinessCalendar::parseHolidayCsv("2027-1-1,off,a,b\n").ok());
        const auto parsed = BusinessCalendar::parseHolidayCsv(
            "\xEF\xBB\xBF"
            "date,kind,name_zh,name_en\n2027-01-01,off,\xE5\x85\x83\xE6\x97\xA6,New Year\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->value(QDate(2027, 1, 1)).nameEn, QStringLiteral("New Year"));
        // what toHolidayCsv writes parses back to the same days
        QCOMPARE(BusinessCalendar::parseHolidayCsv(BusinessCalendar::toHolidayCsv(*parsed)).value(),
                 *parsed);
    }

    // The calendar remembers each day's instants per thread; what it answers must be what
    // QDateTime says, in zones with summer time (New York, London; Santiago and Beirut
    // change their clocks at midnight), and two calendars must not share remembered days.
    void shouldAgreeWithQDateTimeInEveryZone()
    {
        const QList<QByteArray> zones {"Asia/Shanghai", "America/New_York", "Europe/London",
                                       "America/Santiago", "Asia/Beirut"};
        QList<BusinessCalendar> calendars;
        for (const QByteArray &id : zones) {
            const QTimeZone zone(id);
            QVERIFY2(zone.isValid(), id.constData());
            calendars << BusinessCalendar(zone, QTime(9, 0), QTime(18, 0), {},
                                          {1, 2, 3, 4, 5, 6, 7});
        }
        const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        // 97 minutes apart: every hour of the day comes round; the calendars take turns.
        for (qint64 t = from; t < to; t += 97 * 60 * 1000) {
            for (const BusinessCalendar &calendar : std::as_const(calendars)) {
                const QDate day = QDateTime::fromMSecsSinceEpoch(t, calendar.zone()).date();
                const qint64 open =
                    QDateTime(day, QTime(9, 0), calendar.zone()).toMSecsSinceEpoch();
                const qint64 close =
                    QDateTime(day, QTime(18, 0), calendar.zone()).toMSecsSinceEpoch();
                QCOMPARE(calendar.isBusinessInstant(t), t >= open && t <= close);
                // an hour from here: due within today's hours, or at 10:00 on a later day
                const qint64 due = calendar.addBusinessTime(t, hour);
                if (t >= open && t + hour <= close)
                    QCOMPARE(due, t + hour);
                else if (t < open)
                    QCOMPARE(due, open + hour);
                else if (t >= close)
                    QCOMPARE(due,
                             QDateTime(day.addDays(1), QTime(10, 0), calendar.zone())
                                 .toMSecsSinceEpoch());
            }
        }
    }

    void shouldValidateSettings()
    {
        QVERIFY(BusinessCalendar::validate(shanghai, QTime(9, 0), QTime(18, 0), {1, 2}).isEmpty());
        QVERIFY(BusinessCalendar::validate(shanghai, QTime(0, 0), QTime(0, 0), {1}).isEmpty());
        QVERIFY(!BusinessCalendar::validate(shanghai, QTime(18, 0), QTime(9, 0), {1}).isEmpty());
        QVERIFY(!BusinessCalendar::validate(shanghai, QTime(9, 0), QTime(18, 0), {}).isEmpty());
        QVERIFY(!BusinessCalendar::validate(QTimeZone("Nowhere/Atlantis"), QTime(9, 0),
                                            QTime(18, 0), {1})
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
