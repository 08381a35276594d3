#include "workflow.h"

#include <QTest>

using namespace cd::rules;

class TestWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldFollowTheMainPath()
    {
        // GIVEN the workflow of DESIGN.md: NEW -> ASSIGNED -> INVESTIGATING -> REPLIED ->
        // FOLLOW_UP -> CLOSED
        const QList<Status> path {Status::New,     Status::Assigned, Status::Investigating,
                                  Status::Replied, Status::FollowUp, Status::Closed};
        // THEN each step is allowed
        for (int i = 0; i + 1 < path.size(); ++i)
            QVERIFY2(canMove(path[i], path[i + 1]), qPrintable(code(path[i])));
    }

    void shouldPauseAndResume()
    {
        QVERIFY(canMove(Status::Investigating, Status::WaitingCustomer));
        QVERIFY(canMove(Status::WaitingCustomer, Status::Investigating));
        QVERIFY(canMove(Status::WaitingCustomer, Status::Replied));
    }

    void shouldReopenOnlyIntoInvestigation()
    {
        QCOMPARE(nextStatuses(Status::Closed), QList<Status> {Status::Investigating});
        QVERIFY(isReopening(Status::Closed, Status::Investigating));
        QVERIFY(!isReopening(Status::Replied, Status::Investigating));
    }

    void shouldRefuseJumpsAndStandingStill()
    {
        QVERIFY(!canMove(Status::New, Status::Closed));
        QVERIFY(!canMove(Status::New, Status::FollowUp));
        QVERIFY(!canMove(Status::Closed, Status::New));
        for (Status s : allStatuses())
            QVERIFY(!canMove(s, s));
    }

    void shouldLetEveryStatusMoveSomewhere()
    {
        for (Status s : allStatuses())
            QVERIFY(!nextStatuses(s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
