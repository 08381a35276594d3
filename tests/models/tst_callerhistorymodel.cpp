#include "callerhistorymodel.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "storesuite.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cd;
using namespace cd::models;

class TestCallerHistoryModel : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldListComplaintsAndCallsNewestFirst()
    {
        const auto first = ws().complaints().logCall(test::sampleCall(ws()));
        store().clock().advance(3600'000);
        NewCallInput again;
        again.phone = QStringLiteral("13812345678");
        again.description = QStringLiteral("Any news?");
        again.followUpOf = first->complaintId;
        again.callStartedAt = store().clock().nowMs();
        QVERIFY(ws().complaints().logCall(again).ok());

        CallerHistoryModel model(ws().taxonomy());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(ws().queries().callerHistory(QStringLiteral("13812345678")).value());
        // one complaint and its two calls
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, CallerHistoryModel::Kind).data().toString(),
                 QStringLiteral("Call"));
        QVERIFY(model.index(0, CallerHistoryModel::Subject)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Any news?")));
        const int complaintRow = model.index(1, CallerHistoryModel::Kind).data().toString()
                == QStringLiteral("Complaint")
            ? 1
            : 2;
        const QModelIndex complaint = model.index(complaintRow, 0);
        QCOMPARE(complaint.data(CallerHistoryModel::ComplaintIdRole).toLongLong(),
                 first->complaintId);
        QVERIFY(complaint.data(CallerHistoryModel::IsOpenComplaintRole).toBool());
        QCOMPARE(model.index(complaintRow, CallerHistoryModel::Reference).data().toString(),
                 first->reference);
        QCOMPARE(model.index(complaintRow, CallerHistoryModel::Status).data().toString(),
                 QStringLiteral("New"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallerHistoryModel)
#include "tst_callerhistorymodel.moc"
