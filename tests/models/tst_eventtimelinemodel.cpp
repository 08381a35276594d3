#include "eventtimelinemodel.h"

#include "codes.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "storesuite.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace cd::models;

class TestEventTimelineModel : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldShowAComplaintsEventsOldestFirstAndPassTheModelTester()
    {
        // GIVEN a complaint logged and then moved on, and a model under the tester
        const auto logged = ws().complaints().logCall(test::sampleCall(ws()));
        QVERIFY(logged.ok());
        store().clock().advance(60'000);
        QVERIFY(ws().complaints()
                    .changeStatus(logged->complaintId, rules::Status::New,
                                  rules::Status::Investigating, QStringLiteral("Calling the bank"))
                    .ok());
        EventTimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // WHEN the complaint's events are set
        const auto detail = ws().queries().detail(logged->complaintId);
        QVERIFY(detail.ok());
        model.setEvents(detail->events);

        // THEN each event is a row, oldest first, with who did what and the note
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), int(detail->events.size()));
        QCOMPARE(model.columnCount(), int(EventTimelineModel::ColumnCount));
        QCOMPARE(model.index(0, EventTimelineModel::What).data().toString(),
                 QStringLiteral("Complaint logged (New)"));
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, EventTimelineModel::What).data().toString(),
                 QStringLiteral("Status: New -> Investigating"));
        QCOMPARE(model.index(last, EventTimelineModel::Note).data().toString(),
                 QStringLiteral("Calling the bank"));
        QCOMPARE(model.index(last, EventTimelineModel::Who).data().toString(),
                 ws().actor().displayName);
        QCOMPARE(model.index(last, EventTimelineModel::Note).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Calling the bank"));
        QCOMPARE(model.headerData(EventTimelineModel::When, Qt::Horizontal).toString(),
                 QStringLiteral("When"));

        // WHEN another complaint with no events is shown
        model.setEvents({});
        // THEN the model is empty (the tester checked every change on the way)
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEventTimelineModel)
#include "tst_eventtimelinemodel.moc"
