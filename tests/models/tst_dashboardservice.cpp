#include "complaintqueries.h"
#include "complaintservice.h"
#include "dashboardservice.h"
#include "reference.h"
#include "reportdrawing.h"
#include "reviewservice.h"
#include "statisticsreport.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::sampleCall;

namespace {

// In 2026, the year of the fixtures.
qint64 at(int month, int day, int hour, int minute = 0)
{
    return test::at(2026, month, day, hour, minute);
}

qint64 idOf(Workspace &ws, const QString &code)
{
    return ws.taxonomy().departmentByCode(code)->id;
}

// The fixture, at Wednesday 2026-11-25 10:00 (Beijing), period Mon 23 - Wed 25 November:
//   A  FEES_BILLING, received 25th 09:30, 60 s call, solved on the call, regulator-forwarded,
//      phone ...001; satisfaction 5
//   B  REFUND/DEPOSIT, received 24th 12:00, 120 s call, phone ...001; given to li.na,
//      contacted and replied at 25th 10:00 (first response due 25th 12:00, resolution
//      later: both met); satisfaction 4
//   C  FUNDS_SECURITY (RISK, P1), received 24th 11:00, 180 s call, phone ...003: first
//      response due 24th 13:00, not made (missed, overdue 21 h); resolution due 25th 11:00
//   D  REFUND, received 10th 10:00 (outside the period), 300 s call, phone ...001: overdue
//      since the 11th (first response), 14 days
struct Fixture
{
    test::StoreFixture store;
    qint64 a = 0, b = 0, c = 0, d = 0;

    Workspace &build()
    {
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("li.na"), QStringLiteral("agent"), QStringLiteral("CS"));
        store.signInAs(QStringLiteral("tester"), QStringLiteral("admin"));
        auto log = [&](const QString &phone, const QString &category, qint64 received,
                       qint64 durationMs, bool solved) {
            NewCallInput in = sampleCall(ws, phone, category);
            in.receivedAt = received;
            in.callStartedAt = received;
            in.callDurationMs = durationMs;
            in.solvedOnCall = solved;
            if (solved)
                in.channel = rules::Channel::Regulator;
            if (category == QLatin1String("REFUND") && received > at(11, 20, 0)) {
                in.subcategoryId =
                    ws.taxonomy().subcategoryByCode(*in.categoryId, QStringLiteral("DEPOSIT"))->id;
            }
            auto logged = ws.complaints().logCall(in);
            if (!logged)
                qFatal("%s", qPrintable(logged.error().message));
            return logged->complaintId;
        };
        d = log(QStringLiteral("13900000001"), QStringLiteral("REFUND"), at(11, 10, 10), 300'000,
                false);
        c = log(QStringLiteral("13900000003"), QStringLiteral("FUNDS_SECURITY"), at(11, 24, 11),
                180'000, false);
        b = log(QStringLiteral("13900000001"), QStringLiteral("REFUND"), at(11, 24, 12), 120'000,
                false);
        a = log(QStringLiteral("13900000001"), QStringLiteral("FEES_BILLING"), at(11, 25, 9, 30),
                60'000, true);
        auto people = ws.queries().assignablePeople();
        qint64 liNa = 0;
        for (const auto &person : *people) {
            if (person.username == QLatin1String("li.na"))
                liNa = person.id;
        }
        check(ws.complaints().transfer(b, {std::nullopt, liNa}, QStringLiteral("她熟悉押金")));
        check(ws.complaints().recordContact(b, QStringLiteral("已回电")));
        const auto status = rules::statusFromCode(ws.queries().detail(b)->complaint.status).value();
        if (status != rules::Status::Investigating)
            check(ws.complaints().changeStatus(b, status, rules::Status::Investigating,
                                               QStringLiteral("核实")));
        check(ws.complaints().changeStatus(b, rules::Status::Investigating, rules::Status::Replied,
                                           QStringLiteral("押金已退")));
        ReviewService review(ws);
        check(ws.complaints().recordSatisfaction(b, 4, QStringLiteral("还可以")));
        check(ws.complaints().recordSatisfaction(a, 5, QString()));
        return ws;
    }

    static void check(const Result<void> &r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
    }
    static void check(const Result<int> &r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
    }
};

StatisticsPeriod period(std::optional<qint64> department = std::nullopt)
{
    return {QDate(2026, 11, 23), QDate(2026, 11, 25), department};
}

// One CSV line's fields (RFC 4180 quoting).
QStringList csvFields(const QString &line)
{
    QStringList fields {QString()};
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted && ch == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            fields.last() += u'"';
            ++i;
        } else if (ch == u'"') {
            quoted = !quoted;
        } else if (ch == u',' && !quoted) {
            fields << QString();
        } else {
            fields.last() += ch;
        }
    }
    return fields;
}

const storage::Compliance *groupOf(const QList<storage::Compliance> &rows, qint64 id)
{
    for (const auto &row : rows) {
        if (row.groupId == id)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void shouldComputeEveryFigureOfThePeriod()
    {
        Fixture fixture;
        Workspace &ws = fixture.build();
        auto figures = DashboardService(ws).compute(period());
        QVERIFY2(figures.ok(), qPrintable(figures.ok() ? QString() : figures.error().message));
        const DashboardFigures &f = *figures;

        // received in the period: A, B, C (D is older); A solved on the call
        QCOMPARE(f.totals.received, qint64(3));
        QCOMPARE(f.totals.solvedOnCall, qint64(1));
        QCOMPARE(*f.firstContactResolutionRate(), 1.0 / 3.0);
        QCOMPARE(f.totals.regulatorForwarded, qint64(1));
        // calls started in the period: A 60 s, B 120 s, C 180 s, the contact with B 0 s
        QCOMPARE(f.totals.calls, qint64(4));
        QCOMPARE(f.totals.callDurationMs, qint64(360'000));
        QCOMPARE(*f.averageHandleSeconds(), 90.0);
        // ...001 called on the 24th 12:00, the 25th 09:30 and was called back at 10:00
        QCOMPARE(f.totals.repeatCallers, qint64(1));
        QCOMPARE(f.totals.repeatCalls, qint64(2));
        // satisfaction: one 4, one 5
        QCOMPARE(f.rated(), qint64(2));
        QCOMPARE(f.totals.satisfaction.at(3), qint64(1));
        QCOMPARE(f.totals.satisfaction.at(4), qint64(1));
        QCOMPARE(*f.averageSatisfaction(), 4.5);

        // deadlines per department: CS (A, B) met both; RISK (C) missed its first response,
        // its resolution is not due yet
        const auto *cs = groupOf(f.complianceByDepartment, idOf(ws, QStringLiteral("CS")));
        const auto *risk = groupOf(f.complianceByDepartment, idOf(ws, QStringLiteral("RISK")));
        QVERIFY(cs && risk);
        QCOMPARE(cs->complaints, qint64(2));
        QCOMPARE(cs->firstResponseDecided, qint64(2));
        QCOMPARE(cs->firstResponseMet, qint64(2));
        QCOMPARE(cs->resolutionDecided, qint64(2));
        QCOMPARE(cs->resolutionMet, qint64(2));
        QCOMPARE(risk->complaints, qint64(1));
        QCOMPARE(risk->firstResponseDecided, qint64(1));
        QCOMPARE(risk->firstResponseMet, qint64(0));
        QCOMPARE(risk->resolutionDecided, qint64(0));
        const qint64 liNa = ws.queries().detail(fixture.b)->complaint.assigneeId.value();
        const auto *agent = groupOf(f.complianceByAgent, liNa);
        QVERIFY(agent);
        QCOMPARE(agent->complaints, qint64(1));
        QCOMPARE(agent->resolutionMet, qint64(1));
        QCOMPARE(f.people.value(liNa).isEmpty(), false);

        // daily volume by category, Beijing days
        QHash<QString, qint64> volume;
        for (const auto &v : f.dailyVolume)
            volume.insert(v.day.toString(Qt::ISODate) + u' '
                              + ws.taxonomy().categoryCode(v.categoryId),
                          v.count);
        QCOMPARE(volume.size(), 3);
        QCOMPARE(volume.value(QStringLiteral("2026-11-24 REFUND")), qint64(1));
        QCOMPARE(volume.value(QStringLiteral("2026-11-24 FUNDS_SECURITY")), qint64(1));
        QCOMPARE(volume.value(QStringLiteral("2026-11-25 FEES_BILLING")), qint64(1));
        // the only sub-category given: B's deposit
        QCOMPARE(f.topSubcategories.size(), 1);
        QCOMPARE(ws.taxonomy().subcategoryCode(f.topSubcategories.first().subcategoryId),
                 QStringLiteral("DEPOSIT"));

        // open now: B (replied, CS), C (RISK), D (CS); overdue: C by 21 h, D by 14 days
        qint64 open = 0, openCs = 0, replied = 0;
        for (const auto &cell : f.backlog) {
            open += cell.count;
            if (cell.departmentId == idOf(ws, QStringLiteral("CS")))
                openCs += cell.count;
            if (cell.status == QLatin1String("REPLIED"))
                replied += cell.count;
        }
        QCOMPARE(open, qint64(3));
        QCOMPARE(openCs, qint64(2));
        QCOMPARE(replied, qint64(1));
        const std::array<qint64, 5> aging {1, 0, 0, 1, 0};
        QCOMPARE(f.overdueAging, aging);

        // workload: li.na holds B (open, no clock running); the administrator closed A this week
        bool sawLiNa = false, sawTester = false;
        for (const auto &w : f.workload) {
            if (w.userId == liNa) {
                sawLiNa = true;
                QCOMPARE(w.open, qint64(1));
                QCOMPARE(w.overdue, qint64(0));
                QCOMPARE(w.closedThisWeek, qint64(0));
            } else if (w.userId == ws.actor().id) {
                sawTester = true;
                QCOMPARE(w.open, qint64(0));
                QCOMPARE(w.closedThisWeek, qint64(1));
            }
        }
        QVERIFY(sawLiNa && sawTester);
    }

    void shouldNarrowToADepartment()
    {
        Fixture fixture;
        Workspace &ws = fixture.build();
        auto f = DashboardService(ws).compute(period(idOf(ws, QStringLiteral("RISK"))));
        QVERIFY(f.ok());
        QCOMPARE(f->totals.received, qint64(1));
        QCOMPARE(f->totals.calls, qint64(1));
        QCOMPARE(f->totals.callDurationMs, qint64(180'000));
        QCOMPARE(f->totals.repeatCallers, qint64(0));
        QCOMPARE(f->backlog.size(), 1);
        const std::array<qint64, 5> aging {1, 0, 0, 0, 0};
        QCOMPARE(f->overdueAging, aging);
    }

    void shouldCountHowOftenEachCategorysSuggestionWasKept()
    {
        Fixture fixture;
        Workspace &ws = fixture.build();
        const qint64 a = ws.taxonomy().categoryByCode(QStringLiteral("FEES_BILLING"))->id;
        const qint64 b = ws.taxonomy().categoryByCode(QStringLiteral("MARKETING"))->id;
        // kept, corrected, and logged with no suggestion
        QSqlQuery q(ws.database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE complaints SET suggested_category_id = NULL")));
        // two of the complaints the period counts (received in it, not merged)
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM complaints WHERE merged_into_id IS NULL"
                                      " AND received_at >= %1 AND received_at < %2 ORDER BY id")
                           .arg(period().fromMs())
                           .arg(period().toMs())));
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        QVERIFY(ids.size() >= 2);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE complaints SET category_id = %1, suggested_category_id"
                                  " = %1 WHERE id = %2")
                       .arg(a)
                       .arg(ids.at(0))));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE complaints SET category_id = %1, suggested_category_id"
                                  " = %2 WHERE id = %3")
                       .arg(b)
                       .arg(a)
                       .arg(ids.at(1))));
        auto f = DashboardService(ws).compute(period());
        QVERIFY(f.ok());
        QCOMPARE(f->suggestionAcceptance.size(), 1);
        QCOMPARE(f->suggestionAcceptance.first().categoryId, a);
        QCOMPARE(f->suggestionAcceptance.first().suggested, qint64(2));
        QCOMPARE(f->suggestionAcceptance.first().accepted, qint64(1));
        QCOMPARE(f->overallSuggestionAcceptance().share(), std::optional<double>(0.5));
        QVERIFY(!storage::SuggestionAcceptance().share());
    }

    void shouldGiveTheSameFiguresInTheBackground()
    {
        Fixture fixture;
        Workspace &ws = fixture.build();
        auto future = DashboardService(ws).computeInBackground(period());
        future.waitForFinished();
        const auto f = future.result();
        QVERIFY(f.ok());
        QCOMPARE(f->totals.received, qint64(3));
        QCOMPARE(f->totals.calls, qint64(4));
    }

    void shouldRefuseWhatTheActorMayNotSee()
    {
        Fixture fixture;
        Workspace &ws = fixture.build();
        // a period that ends before it starts
        auto backwards =
            DashboardService(ws).compute({QDate(2026, 11, 25), QDate(2026, 11, 1), {}});
        QVERIFY(!backwards.ok());
        QCOMPARE(backwards.error().kind, Error::Kind::Invalid);
        // a department that does not exist (a saved view's, deleted since)
        auto gone = DashboardService(ws).compute(period(9999));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        // a lead sees their own department only, and gets it without asking
        fixture.store.signInAs(QStringLiteral("lead.cs"), QStringLiteral("lead"),
                               QStringLiteral("CS"));
        auto other = DashboardService(ws).compute(period(idOf(ws, QStringLiteral("RISK"))));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, Error::Kind::Permission);
        auto own = DashboardService(ws).compute(period());
        QVERIFY(own.ok());
        QCOMPARE(own->period.departmentId, std::optional<qint64>(idOf(ws, QStringLiteral("CS"))));
        QCOMPARE(own->totals.received, qint64(2));
        // agents have no dashboard
        fixture.store.signInAs(QStringLiteral("li.na"), QStringLiteral("agent"),
                               QStringLiteral("CS"));
        auto agent = DashboardService(ws).compute(period());
        QVERIFY(!agent.ok());
        QCOMPARE(agent.error().kind, Error::Kind::Permission);
    }

    void shouldWriteAReportWhoseCsvParsesBack()
    {
        Fixture fixture;
        Workspace &ws = fixture.build();
        StatisticsReportService reports(ws);
        qint64 seen = 0;
        auto report = reports.build(period(), [&](qint64 done, qint64 total) {
            seen = done;
            return total == 3;
        });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(seen, qint64(3));
        QCOMPARE(report->rows.size(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(StatisticsReportService::writeCsv(*report, ws, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header, three rows, total
        QCOMPARE(csvFields(lines.first()), StatisticsReportService::csvHeader());
        QHash<QString, QStringList> byCategory;
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = csvFields(line);
            QCOMPARE(fields.size(), StatisticsReportService::csvHeader().size());
            byCategory.insert(fields.at(0) == QLatin1String("TOTAL") ? QStringLiteral("TOTAL")
                                                                     : fields.at(4),
                              fields);
        }
        // a row's figures (its fields from the seventh on: counts, shares and hours) as the
        // CSV writes them
        const auto figures = [](const QStringList &row) { return row.mid(6).join(u','); };
        // A: resolved at receipt, on time, regulator-forwarded
        const QStringList a = byCategory.value(QStringLiteral("FEES_BILLING"));
        QCOMPARE(a.at(0), QStringLiteral("OTHER"));
        QCOMPARE(a.at(2), QStringLiteral("PRICING_FEES"));
        QCOMPARE(figures(a), QStringLiteral("1,1,1.0000,1,1.0000,0.00,0.00,1"));
        // B: replied 22 h after receipt
        const QStringList b = byCategory.value(QStringLiteral("REFUND"));
        QCOMPARE(b.at(2), QStringLiteral("RULES_PROCESSES"));
        QCOMPARE(figures(b), QStringLiteral("1,1,1.0000,1,1.0000,22.00,22.00,0"));
        // C: not resolved: no share on time, no resolution times
        const QStringList c = byCategory.value(QStringLiteral("FUNDS_SECURITY"));
        QCOMPARE(figures(c), QStringLiteral("1,0,0.0000,0,,,,0"));
        // total: 3 received, 2 resolved (0 h and 22 h: mean 11, 90th percentile 22)
        const QStringList total = byCategory.value(QStringLiteral("TOTAL"));
        QCOMPARE(figures(total), QStringLiteral("3,2,0.6667,2,1.0000,11.00,22.00,1"));
        // the PDF is written too
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(StatisticsReportService::writePdf(*report, ws, pdf, &ReportDrawing::pdf).ok());
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
    }

    void shouldLeaveNoFileWhenCancelledOrUnwritable()
    {
        Fixture fixture;
        Workspace &ws = fixture.build();
        StatisticsReportService reports(ws);
        auto cancelled = reports.build(period(), [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        auto report = reports.build(period());
        QVERIFY(report.ok());
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/report.csv"));
        auto refused = StatisticsReportService::writeCsv(*report, ws, missing);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("output"));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(
            !StatisticsReportService::writePdf(*report, ws, dir.path(), &ReportDrawing::pdf).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
        // an empty period is a report of zeros, not an error
        auto empty = reports.build({QDate(2025, 1, 1), QDate(2025, 1, 31), {}});
        QVERIFY(empty.ok());
        QCOMPARE(empty->rows.size(), 0);
        QCOMPARE(empty->total.received, qint64(0));
        QVERIFY(!empty->total.shareResolved());
    }
};

QTEST_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"
