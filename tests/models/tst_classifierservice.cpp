#include "classifierservice.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "storesuite.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

class TestClassifierService : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldRecordTheSuggestionAndSendDoubtfulOnesToReview()
    {
        // the agent follows a clear suggestion: no review
        NewCallInput fees = test::sampleCall(ws());
        fees.description = QStringLiteral("费率涨了,没通知我");
        auto followed = ws().complaints().logCall(fees);
        QVERIFY(followed.ok());
        QVERIFY(followed->suggestionFollowed);
        QCOMPARE(scalar(ws(),
                        QStringLiteral("SELECT needs_classification_review FROM complaints"
                                       " WHERE id = %1")
                            .arg(followed->complaintId))
                     .toInt(),
                 0);
        QCOMPARE(scalar(ws(),
                        QStringLiteral("SELECT suggested_category_id FROM complaints WHERE"
                                       " id = %1")
                            .arg(followed->complaintId))
                     .toLongLong(),
                 ws().taxonomy().categoryByCode(QStringLiteral("FEES_BILLING"))->id);
        // the agent chooses otherwise: the lead reviews it
        NewCallInput other =
            test::sampleCall(ws(), QStringLiteral("13912345678"), QStringLiteral("MARKETING"));
        other.description = QStringLiteral("费率涨了,没通知我");
        const qint64 id = ws().complaints().logCall(other)->complaintId;
        QCOMPARE(scalar(ws(),
                        QStringLiteral("SELECT needs_classification_review FROM complaints"
                                       " WHERE id = %1")
                            .arg(id))
                     .toInt(),
                 1);
        storage::QueueQuery review;
        review.classificationReviewOnly = true;
        auto queue = ws().queries().queuePage(review, std::nullopt, 50);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().id, id);
        // a person decides: out of the review queue
        QVERIFY(ws().complaints()
                    .reclassify(id,
                                ws().taxonomy().categoryByCode(QStringLiteral("FEES_BILLING"))->id,
                                std::nullopt, QStringLiteral("it is about fees"))
                    .ok());
        QVERIFY(ws().queries().queuePage(review, std::nullopt, 50)->isEmpty());
    }

    void shouldLearnFromSavedComplaintsAndCorrections()
    {
        const QString words = QStringLiteral("zxqv wplmk blorf");
        QVERIFY(ws().classifier().suggest(words).top.isEmpty());
        NewCallInput in =
            test::sampleCall(ws(), QStringLiteral("13812345678"), QStringLiteral("USABILITY"));
        in.description = words;
        const qint64 id = ws().complaints().logCall(in)->complaintId;
        QCOMPARE(ws().classifier().suggest(words).top.first().categoryCode,
                 QStringLiteral("USABILITY"));
        // corrected by the agent: the model moves with it
        QVERIFY(ws().complaints()
                    .reclassify(id,
                                ws().taxonomy().categoryByCode(QStringLiteral("SETTLEMENT"))->id,
                                std::nullopt, QStringLiteral("wrong"))
                    .ok());
        QCOMPARE(ws().classifier().suggest(words).top.first().categoryCode,
                 QStringLiteral("SETTLEMENT"));
    }

    void shouldTrainOnTheStoreAtStart()
    {
        for (const QString &phone :
             {QStringLiteral("13812345671"), QStringLiteral("13812345672")}) {
            NewCallInput in = test::sampleCall(ws(), phone, QStringLiteral("AFTER_SALES"));
            in.description = QStringLiteral("qwrt zzkp");
            QVERIFY(ws().complaints().logCall(in).ok());
        }
        store().close();
        Workspace &again = store().open();
        QVERIFY(again.classifier().suggest(QStringLiteral("qwrt zzkp")).top.isEmpty());
        QSignalSpy trained(&again.classifier(), &ClassifierService::trained);
        again.classifier().startTraining();
        QVERIFY(trained.wait(10000));
        QCOMPARE(trained.first().first().toInt(), 1); // two complaints worded alike: one
        QCOMPARE(again.classifier().suggest(QStringLiteral("qwrt zzkp")).top.first().categoryCode,
                 QStringLiteral("AFTER_SALES"));
    }

    void shouldNameEveryCategoryInBothLanguages()
    {
        const QRegularExpression han(QStringLiteral("\\p{Han}"));
        for (const auto &category : ws().taxonomy().categories()) {
            QVERIFY2(category.nameZh.contains(han), qPrintable(category.code));
            QVERIFY2(!category.nameEn.isEmpty() && !category.nameEn.contains(han),
                     qPrintable(category.code));
            for (const auto &sub : ws().taxonomy().subcategoriesOf(category.id)) {
                QVERIFY2(sub.nameZh.contains(han), qPrintable(sub.code));
                QVERIFY2(!sub.nameEn.isEmpty() && !sub.nameEn.contains(han), qPrintable(sub.code));
            }
        }
    }
};

QTEST_MAIN(TestClassifierService)
#include "tst_classifierservice.moc"
