// How fast the store answers what agents and leads ask, at a given size.
//
//   build/benchmarks/store_benchmark [--count N] [--database PATH] [--runs R]
//                                    [--as USER --password PASSWORD]
//
// A new store gets the administrator "bench"; an existing one (e.g. filled by
// `complaintdesk-cli demo`) is used as an administrator of it named with --as.
// Creates (or reuses, adding complaints until it has N) a store filled by the demonstration
// generator, then times each operation R times through the application's layers and, where
// one exists, the same SQL statement run directly on the connection (the "floor"). Prints
// median and 95th percentile in milliseconds and the ratio of the medians.
#include "authservice.h"
#include "benchsupport.h"
#include "clock.h"
#include "complaintqueries.h"
#include "complaintqueuemodel.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "dashboardservice.h"
#include "database.h"
#include "demogenerator.h"
#include "draftservice.h"
#include "queuerepository.h"
#include "reference.h"
#include "searchtext.h"
#include "statisticsreport.h"
#include "statisticsrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

using namespace cd;

namespace {

QString admin = QStringLiteral("bench");
QString password = QStringLiteral("quiet lanterns 42");

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures time(int runs, const std::function<void()> &operation)
{
    QList<double> ms;
    operation(); // warm: the first run pays for preparing statements and the page cache
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        operation();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100))};
}

void print(const char *name, const Figures &app, const std::optional<Figures> &floor)
{
    if (floor) {
        std::printf("%-42s %9.2f %9.2f %9.2f %7.1fx\n", name, app.median, app.p95, floor->median,
                    floor->median > 0 ? app.median / floor->median : 0.0);
    } else {
        std::printf("%-42s %9.2f %9.2f %9s %8s\n", name, app.median, app.p95, "-", "-");
    }
}

// The time of choosing `query` as the filter of `model` until its first row can be shown:
// what the window waits for when a filter or sort is chosen.
Figures timeFilter(models::ComplaintQueueModel &model, const storage::QueueQuery &query, int runs)
{
    return time(runs, [&] {
        model.setFilter(query);
        model.index(0, 0).data();
    });
}

// The time of a statement run directly on the connection, read to its end (the floor).
Figures floorOfStatement(models::Workspace &ws, const QString &sql, const QVariantList &bindings,
                         int runs)
{
    return time(runs, [&] {
        QSqlQuery q(ws.database().connection());
        q.prepare(sql);
        for (const QVariant &b : bindings)
            q.addBindValue(b);
        q.exec();
        while (q.next()) { }
    });
}

// The floor of a queue page: the very statement the repository runs.
Figures floorOf(models::Workspace &ws, const storage::QueueQuery &query, int runs)
{
    QVariantList bindings;
    const QString sql = storage::QueueRepository::queueSql(
        query, std::nullopt, 100, &bindings, storage::QueueRepository::Direction::Forward, 0,
        storage::Dialect::of(ws.database().connection()));
    return floorOfStatement(ws, sql, bindings, runs);
}

// The floor of a queue's count: the plain count of its rows (its filters and visibility),
// however the application counts them.
Figures plainCountOf(models::Workspace &ws, const storage::QueueQuery &query, int runs)
{
    QVariantList bindings;
    const QString sql = QStringLiteral("SELECT count(*) FROM complaints c WHERE ")
        + storage::QueueRepository::queueConditions(
              query, &bindings, storage::QueueRepository::SearchForm::Subquery,
              storage::Dialect::of(ws.database().connection()))
              .join(QStringLiteral(" AND "));
    return floorOfStatement(ws, sql, bindings, runs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    const QStringList args = app.arguments();
    int count = 10000;
    int runs = 20;
    QString path;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--count"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--database"))
            path = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--as"))
            admin = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--password"))
            password = args.at(i + 1);
    }
    if (path.isEmpty())
        path = QStringLiteral("/tmp/complaintdesk-benchmark-%1.sqlite").arg(count);

    auto clock = std::make_unique<models::ManualClock>(QDateTime::currentMSecsSinceEpoch());
    models::ManualClock &manual = *clock;
    auto opened =
        models::Workspace::create(path, std::move(clock), models::PasswordHasher::Strength::Fast);
    if (!bench::succeeded(opened))
        return 1;
    models::Workspace &ws = **opened;
    if (!bench::signIn(ws, admin, password))
        return 1;
    QSqlQuery existing(ws.database().connection());
    existing.exec(QStringLiteral("SELECT count(*) FROM complaints"));
    existing.next();
    const int have = existing.value(0).toInt();
    existing.finish();
    if (have < count) {
        QElapsedTimer filling;
        filling.start();
        models::DemoGenerator generator(ws, manual, 7);
        if (!bench::succeeded(generator.generate(count - have)))
            return 1;
        std::printf("filled %d complaints in %.1f s (%.2f ms each)\n", count - have,
                    double(filling.elapsed()) / 1000.0,
                    double(filling.elapsed()) / std::max(1, count - have));
    }
    std::printf("store %s: %d complaints; %d runs each; times in ms\n\n", qPrintable(path),
                std::max(have, count), runs);
    std::printf("%-42s %9s %9s %9s %8s\n", "operation", "median", "p95", "floor", "ratio");

    using Sort = storage::QueueQuery::Sort;
    const QList<std::pair<const char *, Sort>> sorts {
        {"queue, first 100, by reference", Sort::Reference},
        {"queue, first 100, by receipt", Sort::Received},
        {"queue, first 100, by category", Sort::Category},
        {"queue, first 100, by severity", Sort::Severity},
        {"queue, first 100, by department", Sort::Department},
        {"queue, first 100, by status", Sort::Status},
        {"queue, first 100, by due time", Sort::Due}};
    for (const auto &[name, sort] : sorts) {
        storage::QueueQuery query;
        query.sort = sort;
        print(name, time(runs, [&] { ws.queries().queuePage(query, std::nullopt, 100).value(); }),
              floorOf(ws, query, runs));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 refund = ws.taxonomy().categoryByCode(QStringLiteral("REFUND"))->id;
    const qint64 risk = ws.taxonomy().departmentByCode(QStringLiteral("RISK"))->id;
    QList<std::pair<QByteArray, storage::QueueQuery>> filters;
    {
        storage::QueueQuery q;
        q.status = QStringLiteral("INVESTIGATING");
        filters.append({"filter status INVESTIGATING", q});
        q = {};
        q.categoryId = refund;
        filters.append({"filter category REFUND", q});
        q = {};
        q.severity = QStringLiteral("P1");
        filters.append({"filter severity P1", q});
        q = {};
        q.departmentId = risk;
        q.unassignedOnly = true;
        q.openOnly = true;
        filters.append({"queue unassigned in RISK", q});
        q = {};
        models::ComplaintQueries::restrictToDeadline(q, models::DeadlineFilter::Overdue, now);
        filters.append({"queue overdue", q});
        q = {};
        models::ComplaintQueries::restrictToDeadline(q, models::DeadlineFilter::AtRisk, now);
        filters.append({"queue at risk", q});
        // the filters of saved views and the dashboard's drill-down (schema v11's indexes)
        q = {};
        q.channel = QStringLiteral("REGULATOR");
        filters.append({"filter channel REGULATOR", q});
        q = {};
        const QList<storage::SubcategoryRecord> ofRefund = ws.taxonomy().subcategoriesOf(refund);
        q.subcategoryId = ofRefund.isEmpty() ? -1 : ofRefund.first().id;
        filters.append({"filter sub-category, REFUND's first", q});
        q = {};
        q.satisfaction = 5;
        filters.append({"filter satisfaction 5", q});
        for (const char *word : {"退款", "冻结", "费率", "POS机", "refund"}) {
            q = {};
            q.searchMatch = rules::SearchText::matchQuery(QString::fromUtf8(word));
            filters.append({QByteArray("search \"") + word + "\", first 100", q});
        }
    }
    for (const auto &[name, query] : filters) {
        print(name.constData(),
              time(runs, [&] { ws.queries().queuePage(query, std::nullopt, 100).value(); }),
              floorOf(ws, query, runs));
    }

    // The queue model as the window uses it: open (first page and count), jump to the
    // last row, jump to the middle, for the whole store and for the closed complaints.
    for (const auto &[label, status] : QList<std::pair<QByteArray, QString>> {
             {"all complaints", QString()}, {"closed complaints", QStringLiteral("CLOSED")}}) {
        storage::QueueQuery q;
        if (!status.isEmpty())
            q.status = status;
        models::ComplaintQueueModel model(ws);
        model.setFilter(q);
        const int rows = model.rowCount();
        print(QByteArray("queue model, open (" + label + ", " + QByteArray::number(rows) + " rows)")
                  .constData(),
              time(runs, [&] { model.setFilter(q); }), std::nullopt);
        print(QByteArray("queue model, open + jump to the last row (" + label + ")").constData(),
              time(runs,
                   [&] {
                       model.setFilter(q);
                       model.fetchRows(model.rowCount() - 1, model.rowCount() - 1);
                   }),
              std::nullopt);
        print(QByteArray("queue model, open + jump to the middle (" + label + ")").constData(),
              time(runs,
                   [&] {
                       model.setFilter(q);
                       model.fetchRows(model.rowCount() / 2, model.rowCount() / 2);
                   }),
              std::nullopt);
    }

    // The queue model as the filters are chosen in the window: a status filter under each
    // sort (the GUI benchmark found stalls here).
    for (const auto &[name, sort] : sorts) {
        for (const QString &status : {QStringLiteral("NEW"), QStringLiteral("CLOSED")}) {
            storage::QueueQuery q;
            q.status = status;
            models::ComplaintQueueModel model(ws);
            model.sort(int(sort == Sort::Status           ? models::ComplaintQueueModel::Status
                               : sort == Sort::Reference  ? models::ComplaintQueueModel::Reference
                               : sort == Sort::Category   ? models::ComplaintQueueModel::Category
                               : sort == Sort::Severity   ? models::ComplaintQueueModel::Severity
                               : sort == Sort::Department ? models::ComplaintQueueModel::Department
                               : sort == Sort::Due        ? models::ComplaintQueueModel::Due
                                                          : models::ComplaintQueueModel::Received),
                       Qt::DescendingOrder);
            const QByteArray label = QByteArray("queue model, status ") + status.toLatin1() + ", "
                + QByteArray(name).mid(int(qstrlen("queue, first 100, ")));
            print(label.constData(), timeFilter(model, q, runs), std::nullopt);
        }
    }

    // A lead's queue: their department, sorted by category (categories belong to
    // departments, so the other departments' categories must not be walked).
    for (const char *code : {"RISK", "TECH"}) {
        const auto department = ws.taxonomy().departmentByCode(QString::fromLatin1(code));
        if (!department)
            continue;
        storage::QueueQuery q;
        q.departmentId = department->id;
        models::ComplaintQueueModel model(ws);
        model.sort(int(models::ComplaintQueueModel::Category), Qt::DescendingOrder);
        print(
            QByteArray(QByteArray("queue model, department ") + code + ", by category").constData(),
            timeFilter(model, q, runs), std::nullopt);
    }

    // An agent's view (their department's complaints, or assigned to or logged by them)
    // sorted by category and by department, both ways: the first page, the page after the
    // 100th row and the last page, for the first agent of CS (who logs calls for every
    // department) and of TECH (whose department is not the first).
    for (const char *code : {"CS", "TECH"}) {
        QSqlQuery agent(ws.database().connection());
        agent.exec(
            QStringLiteral("SELECT u.id, u.department_id FROM users u JOIN departments d"
                           " ON d.id = u.department_id WHERE u.role = 'agent' AND d.code = '%1'"
                           " ORDER BY u.id LIMIT 1")
                .arg(QLatin1String(code)));
        if (!agent.next())
            continue;
        storage::QueueQuery view;
        view.visibleToUser = agent.value(0).toLongLong();
        view.visibleToDepartment = agent.value(1).toLongLong();
        agent.finish();
        const storage::QueueRepository complaints(ws.database().connection());
        for (const auto &[by, sort] :
             {std::pair {"category", Sort::Category}, std::pair {"department", Sort::Department}}) {
            for (const bool descending : {true, false}) {
                storage::QueueQuery q = view;
                q.sort = sort;
                q.descending = descending;
                const QByteArray label =
                    QByteArray("agent of ") + code + ", by " + by + (descending ? " desc" : " asc");
                print(QByteArray(label + ", first 100").constData(),
                      time(runs, [&] { complaints.queuePage(q, std::nullopt, 100).value(); }),
                      floorOf(ws, q, runs));
                const auto first = complaints.queuePage(q, std::nullopt, 100).value();
                if (first.isEmpty())
                    continue;
                const auto cursor = storage::QueueRepository::cursorAfter(first.constLast(), q);
                print(QByteArray(label + ", next 100").constData(),
                      time(runs, [&] { complaints.queuePage(q, cursor, 100).value(); }),
                      std::nullopt);
                print(QByteArray(label + ", last 100").constData(),
                      time(runs,
                           [&] {
                               complaints
                                   .queuePage(q, std::nullopt, 100,
                                              storage::QueueRepository::Direction::Backward)
                                   .value();
                           }),
                      std::nullopt);
            }
        }
    }

    // Caller look-up by a phone number that has called before.
    QSqlQuery phone(ws.database().connection());
    phone.exec(QStringLiteral("SELECT phone FROM customers ORDER BY id LIMIT 1 OFFSET 7"));
    phone.next();
    const QString number = phone.value(0).toString();
    phone.finish();
    print("caller look-up with history",
          time(runs, [&] { ws.queries().callerHistory(number).value(); }), time(runs, [&] {
              QSqlQuery q(ws.database().connection());
              q.prepare(QStringLiteral("SELECT id FROM customers WHERE phone = ?"));
              q.addBindValue(number);
              q.exec();
              q.next();
              const qint64 customer = q.value(0).toLongLong();
              q.prepare(QStringLiteral("SELECT * FROM complaints WHERE customer_id = ?"
                                       " ORDER BY received_at DESC, id DESC LIMIT 20"));
              q.addBindValue(customer);
              q.exec();
              while (q.next()) { }
              q.prepare(QStringLiteral("SELECT * FROM calls WHERE customer_id = ?"
                                       " ORDER BY started_at DESC LIMIT 20"));
              q.addBindValue(customer);
              q.exec();
              while (q.next()) { }
          }));

    // Logging a call: the whole save transaction (routing, deadlines, suggestion, audit).
    int n = 0;
    print("log a call (save transaction)",
          time(runs,
               [&] {
                   models::NewCallInput in;
                   in.phone = QStringLiteral("139%1").arg(10000000 + n++, 8, 10, QLatin1Char('0'));
                   in.description = QStringLiteral("押金交了一年还没退,客服说在处理");
                   in.categoryId = refund;
                   ws.complaints().logCall(in).value();
               }),
          std::nullopt);

    // Keeping the Log-call form's draft, as the window does a couple of seconds after the
    // agent's last change: one row replaced and synced to disk, waiting briefly for other
    // writers. The floor is the same statement run directly on the connection.
    models::CallDraft draft;
    draft.phone = QStringLiteral("138 1234 5678");
    draft.customerName = QStringLiteral("Wang Fang");
    draft.categoryId = refund;
    draft.amount = QStringLiteral("299");
    draft.callStartedAt = now;
    const QString typed = QStringLiteral(
        "I sent the POS terminal back two months ago and the deposit of 299 yuan has still not "
        "been returned. Customer service keeps saying it is being processed. ");
    int keystrokes = 0;
    print("keep the Log-call draft (one synced write)",
          time(runs,
               [&] {
                   draft.description = typed + QString::number(keystrokes++);
                   if (auto kept = models::DraftService(ws).keepCallDraft(draft); !kept)
                       qFatal("%s", qPrintable(kept.error().message));
               }),
          time(runs, [&] {
              QSqlQuery q(ws.database().connection());
              q.prepare(QStringLiteral(
                  "INSERT INTO drafts (user_id, form, fields, call_started_at, updated_at)"
                  " VALUES (?, 'log_call', ?, ?, ?) ON CONFLICT (user_id, form) DO UPDATE SET"
                  " fields = excluded.fields, call_started_at = excluded.call_started_at,"
                  " updated_at = excluded.updated_at"));
              q.addBindValue(ws.actor().id);
              q.addBindValue(QString(typed + QString::number(keystrokes++)));
              q.addBindValue(now);
              q.addBindValue(now);
              q.exec();
          }));
    (void)models::DraftService(ws).discardCallDraft();

    for (const auto &[name, query] : filters.mid(0, 3) + filters.mid(6, 3)) {
        const QByteArray label = "row count, " + name;
        print(label.constData(), time(runs, [&] { ws.queries().queueCount(query).value(); }),
              plainCountOf(ws, query, runs));
    }
    // The closed complaints (nearly all of them), alone and with another filter; the floor
    // is the plain count of the same rows (the app may count them another way).
    for (const auto &[name, other] :
         QList<std::pair<QByteArray, std::function<void(storage::QueueQuery &)>>> {
             {"", [](storage::QueueQuery &) {}},
             {" in RISK", [&](storage::QueueQuery &q) { q.departmentId = risk; }},
             {" in REFUND", [&](storage::QueueQuery &q) { q.categoryId = refund; }},
             {" of P1", [](storage::QueueQuery &q) { q.severity = QStringLiteral("P1"); }},
             {" by HOTLINE", [](storage::QueueQuery &q) { q.channel = QStringLiteral("HOTLINE"); }},
             {" with satisfaction 5", [](storage::QueueQuery &q) { q.satisfaction = 5; }}}) {
        storage::QueueQuery closed;
        closed.status = QStringLiteral("CLOSED");
        other(closed);
        print(QByteArray("row count, closed" + name).constData(),
              time(runs, [&] { ws.queries().queueCount(closed).value(); }),
              plainCountOf(ws, closed, runs));
    }
    // An agent's view: their department's complaints, or assigned to or logged by them
    // (counted up to the cap); the floor is the exact count of the same rows.
    {
        QSqlQuery agent(ws.database().connection());
        agent.exec(QStringLiteral("SELECT id, department_id FROM users WHERE role = 'agent'"
                                  " AND department_id IS NOT NULL ORDER BY id LIMIT 1"));
        if (agent.next()) {
            storage::QueueQuery view;
            view.visibleToUser = agent.value(0).toLongLong();
            view.visibleToDepartment = agent.value(1).toLongLong();
            agent.finish();
            const storage::QueueRepository complaints(ws.database().connection());
            print("row count, an agent's view (capped)",
                  time(runs, [&] { complaints.queueCount(view).value(); }),
                  plainCountOf(ws, view, runs));
        }
    }
    {
        storage::QueueQuery open;
        open.openOnly = true;
        print("row count, open complaints",
              time(runs, [&] { ws.queries().queueCount(open).value(); }), std::nullopt);
    }
    {
        storage::QueueQuery q;
        q.searchMatch = rules::SearchText::matchQuery(QStringLiteral("退款"));
        print("row count, search \"退款\"", time(runs, [&] { ws.queries().queueCount(q).value(); }),
              std::nullopt);
    }
    // The lead's dashboard and the statistics report for the last 30 days, all departments
    // and one; the floor runs the same aggregate statements without the service.
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, rules::businessTimeZone()).date();
    for (const std::optional<qint64> department :
         {std::optional<qint64>(), std::optional<qint64>(risk)}) {
        const models::StatisticsPeriod period {today.addDays(-29), today, department};
        const QByteArray scope = department ? "RISK" : "all departments";
        models::DashboardService dashboard(ws);
        const storage::StatisticsScope raw {period.fromMs(), period.toMs(), now, department};
        const storage::StatisticsRepository stats(ws.database().connection());
        print(QByteArray("dashboard, 30 days, " + scope).constData(),
              time(runs, [&] { dashboard.compute(period).value(); }), time(runs, [&] {
                  using By = storage::StatisticsRepository::ComplianceBy;
                  stats.backlog(raw).value();
                  stats.overdueAging(raw).value();
                  stats.compliance(raw, By::Department).value();
                  stats.compliance(raw, By::Assignee).value();
                  stats.dailyVolume(raw).value();
                  stats.topSubcategories(raw, 10).value();
                  stats.totals(raw).value();
                  stats.workload(raw, now, now + 86400000, now - 86400000).value();
              }));
        models::StatisticsReportService reports(ws);
        print(QByteArray("statistics report, 30 days, " + scope).constData(),
              time(std::max(1, runs / 4), [&] { reports.build(period).value(); }), std::nullopt);
    }
    print("row count, all complaints", time(runs, [&] { ws.queries().queueCount({}).value(); }),
          time(runs, [&] {
              QSqlQuery q(ws.database().connection());
              q.exec(QStringLiteral("SELECT count(*) FROM complaints"));
              q.next();
          }));
    return 0;
}
