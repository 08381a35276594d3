#include "classifier.h"
#include "resourcepaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

using cd::rules::Classifier;

namespace {

Classifier lexiconModel()
{
    QFile file(QStringLiteral(":/classifier-lexicon.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("lexicon resource missing");
    Classifier classifier;
    if (classifier.learnLexicon(file.readAll()) < 100)
        qFatal("lexicon too small");
    return classifier;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldReadChineseWithoutSegmentationAndEnglishByWord()
    {
        const QStringList features = Classifier::features(QStringLiteral("退款没到 Refund POS机"));
        QVERIFY(features.contains(QStringLiteral("b:退款")));
        QVERIFY(features.contains(QStringLiteral("b:款没")));
        QVERIFY(features.contains(QStringLiteral("w:refund")));
        QVERIFY(features.contains(QStringLiteral("w:pos")));
        QVERIFY(!features.contains(QStringLiteral("b:到机"))); // not across other text
        // full-width letters read as their ASCII forms
        QVERIFY(Classifier::features(QStringLiteral("ＰＯＳ机")).contains(QStringLiteral("w:pos")));
        QCOMPARE(Classifier::features(QStringLiteral("退款退款")).count(QStringLiteral("b:退款")),
                 1);
        // English words by their Snowball stems: one word for "charge", "charged", "charges",
        // "charging"; for "reply" and "replies"
        for (const char *form : {"charge", "charged", "charges", "charging"})
            QCOMPARE(Classifier::features(QString::fromLatin1(form)),
                     QStringList {QStringLiteral("w:charg")});
        QCOMPARE(Classifier::features(QStringLiteral("replies")),
                 Classifier::features(QStringLiteral("reply")));
        QCOMPARE(Classifier::features(QStringLiteral("access")),
                 QStringList {QStringLiteral("w:access")});
    }

    void shouldCountTheSameFeaturesAsNumbersAsItReadsAsText()
    {
        // The keys the model counts are the readable features one for one, in order: the
        // same number of them, one key per feature however often it repeats, and texts
        // with the same features have the same keys.
        const QString text =
            QStringLiteral("退款没到 Refund POS机, refunds 退款 ＰＯＳ 支付宝 charge");
        const QStringList readable = Classifier::features(text);
        const Classifier::FeatureKeys keys = Classifier::featureKeys(text);
        QCOMPARE(keys.size(), readable.size());
        QCOMPARE(QSet<Classifier::FeatureKey>(keys.cbegin(), keys.cend()).size(), keys.size());
        QCOMPARE(Classifier::featureKeys(QStringLiteral("POS charged")),
                 Classifier::featureKeys(QStringLiteral("pos  CHARGES")));
        QVERIFY(Classifier::featureKeys(QStringLiteral("退款"))
                != Classifier::featureKeys(QStringLiteral("款退")));
        // a character, a pair and a word are never the same key
        const Classifier::FeatureKeys mixed = Classifier::featureKeys(QStringLiteral("退 退款 ab"));
        QCOMPARE(QSet<Classifier::FeatureKey>(mixed.cbegin(), mixed.cend()).size(), 4);
        // learning a text or its keys is the same lesson
        Classifier byText;
        Classifier byKeys;
        byText.learn(QStringLiteral("REFUND"), QString(), text);
        byKeys.learn(QStringLiteral("REFUND"), QString(), keys);
        byText.learn(QStringLiteral("FEES_BILLING"), QString(), QStringLiteral("费率 fee"));
        byKeys.learn(QStringLiteral("FEES_BILLING"), QString(),
                     Classifier::featureKeys(QStringLiteral("费率 fee")));
        QCOMPARE(byKeys.vocabularySize(), byText.vocabularySize());
        const auto a = byText.classify(QStringLiteral("退款 refund"));
        const auto b = byKeys.classify(Classifier::featureKeys(QStringLiteral("退款 refund")));
        QCOMPARE(a.top.size(), b.top.size());
        for (qsizetype i = 0; i < a.top.size(); ++i) {
            QCOMPARE(a.top.at(i).category, b.top.at(i).category);
            QCOMPARE(a.top.at(i).confidence, b.top.at(i).confidence);
        }
    }

    void shouldSuggestFromTheLexicon()
    {
        const Classifier classifier = lexiconModel();
        const auto fees =
            classifier.classify(QStringLiteral("我的POS机费率怎么从0.6涨到0.68了也没通知"));
        QCOMPARE(fees.top.first().category, QStringLiteral("FEES_BILLING"));
        QCOMPARE(fees.top.first().subcategory, QStringLiteral("RATE_RAISED"));
        QVERIFY(classifier.classify(QStringLiteral("费率涨了")).clear);
        QCOMPARE(classifier.classify(QStringLiteral("卡被盗刷了")).top.first().category,
                 QStringLiteral("FUNDS_SECURITY"));
        QCOMPARE(classifier.classify(QStringLiteral("the customer service agent was rude"))
                     .top.first()
                     .category,
                 QStringLiteral("SERVICE_QUALITY"));
        QCOMPARE(classifier.classify(QStringLiteral("押金不退")).top.first().category,
                 QStringLiteral("REFUND"));
        const auto top = fees.top;
        QCOMPARE(top.size(), 3);
        QVERIFY(top.at(0).confidence >= top.at(1).confidence);
        QVERIFY(top.at(0).confidence + top.at(1).confidence + top.at(2).confidence <= 1.0001);
    }

    void shouldSayWhenNothingIsClearlyAhead()
    {
        // the same words taught for two categories: neither is ahead
        Classifier classifier;
        classifier.learn(QStringLiteral("REFUND"), QString(), QStringLiteral("押金没退回来"));
        classifier.learn(QStringLiteral("FEES_BILLING"), QString(), QStringLiteral("押金没退回来"));
        classifier.learn(QStringLiteral("OTHER"), QString(), QStringLiteral("发票抬头"));
        const auto tied = classifier.classify(QStringLiteral("押金没退回来"));
        QVERIFY(!tied.clear);
        QCOMPARE(tied.top.size(), 3);
        QVERIFY(qAbs(tied.top.at(0).confidence - tied.top.at(1).confidence) < 1e-9);
        // taught once more for one of them, it is ahead
        classifier.learn(QStringLiteral("REFUND"), QString(), QStringLiteral("押金没退回来"));
        classifier.learn(QStringLiteral("REFUND"), QString(), QStringLiteral("押金没退回来"));
        QCOMPARE(classifier.classify(QStringLiteral("押金没退回来")).top.first().category,
                 QStringLiteral("REFUND"));
    }

    void shouldNeverGiveASuggestionAsCertain()
    {
        // the starting model is near-certain of some of the evaluation texts, yet none is
        // ever shown as 100 %
        Classifier model;
        model.learnStartingKnowledge(
            readFile(QStringLiteral(":/classifier-lexicon.json")),
            Classifier::parseLabelled(readFile(QStringLiteral(":/classifier-corpus.tsv"))));
        double highest = 0;
        int clear = 0;
        for (const Classifier::Example &e : Classifier::parseLabelled(
                 readFile(QStringLiteral(LABELLED_SETS_DIR "/classification-eval.tsv")))) {
            const auto outcome = model.classify(e.text);
            clear += outcome.clear;
            for (const auto &s : outcome.top)
                highest = std::max(highest, s.confidence);
        }
        // the clear threshold lies below the cap: some suggestions are still clear
        QVERIFY(clear > 0);
        QVERIFY(highest > 0.9);
        QVERIFY(highest <= Classifier::maxConfidence);
        QVERIFY(qRound(highest * 100) < 100);
    }

    void shouldGiveNoSuggestionForNoiseAndStayFastOnHugeTexts()
    {
        const Classifier classifier = lexiconModel();
        for (const QString &noise :
             {QString(), QStringLiteral("   "), QStringLiteral("?!。。……"),
              QStringLiteral("\U0001F621\U0001F621\U0001F44D"), QStringLiteral("12345 678")}) {
            const auto outcome = classifier.classify(noise);
            QVERIFY2(outcome.top.isEmpty(), qPrintable(noise));
            QVERIFY(!outcome.clear);
        }
        QElapsedTimer timer;
        timer.start();
        const auto huge =
            classifier.classify(QStringLiteral("押金") + QString(100000, QChar(u'退')));
        QVERIFY(timer.elapsed() < 1000); // bounded: only the first characters are read
        QCOMPARE(huge.top.first().category, QStringLiteral("REFUND"));
        // mixed scripts
        QVERIFY(
            !classifier.classify(QStringLiteral("POS机 keeps 黑屏 after update")).top.isEmpty());
    }

    void shouldLearnAndTakeBackExamples()
    {
        Classifier classifier = lexiconModel();
        const QString text = QStringLiteral("zxqv wplmk"); // words the lexicon does not know
        QVERIFY(classifier.classify(text).top.isEmpty());
        for (int i = 0; i < 3; ++i)
            classifier.learn(QStringLiteral("OTHER"), QString(), text);
        QCOMPARE(classifier.classify(text).top.first().category, QStringLiteral("OTHER"));
        // an agent's correction: OTHER was wrong, it is SETTLEMENT
        for (int i = 0; i < 3; ++i) {
            classifier.learn(QStringLiteral("OTHER"), QString(), text, -1.0);
            classifier.learn(QStringLiteral("SETTLEMENT"), QString(), text, 1.0);
        }
        QCOMPARE(classifier.classify(text).top.first().category, QStringLiteral("SETTLEMENT"));
    }

    // The linear model fitted to the starting knowledge separates what the counts alone
    // confuse: more of the corpus's own texts come first with it. It is the same model
    // every time, and a category it was not fitted to is still suggested from the counts.
    void shouldFitALinearModelBesideTheCounts()
    {
        const QByteArray lexicon = readFile(QStringLiteral(":/classifier-lexicon.json"));
        const QList<Classifier::Example> corpus =
            Classifier::parseLabelled(readFile(QStringLiteral(":/classifier-corpus.tsv")));
        Classifier countsOnly;
        countsOnly.learnLexicon(lexicon);
        for (const Classifier::Example &e : corpus)
            countsOnly.learn(e.category, e.subcategory, e.text);
        Classifier both;
        both.learnStartingKnowledge(lexicon, corpus);
        QVERIFY(!countsOnly.hasLinearModel());
        QVERIFY(both.hasLinearModel());
        const auto firstRight = [&](const Classifier &model) {
            int right = 0;
            for (const Classifier::Example &e : corpus) {
                const auto outcome = model.classify(e.text);
                right += !outcome.top.isEmpty() && outcome.top.first().category == e.category;
            }
            return right;
        };
        const int alone = firstRight(countsOnly);
        const int fitted = firstRight(both);
        qInfo("corpus texts first: %d by the counts alone, %d with the linear model, of %lld",
              alone, fitted, qint64(corpus.size()));
        QVERIFY(fitted > alone);
        QVERIFY(fitted >= corpus.size() * 97 / 100);

        Classifier again;
        again.learnStartingKnowledge(lexicon, corpus);
        for (const Classifier::Example &e : corpus.mid(0, 50)) {
            const auto a = both.classify(e.text);
            const auto b = again.classify(e.text);
            QCOMPARE(a.top.size(), b.top.size());
            for (qsizetype i = 0; i < a.top.size(); ++i) {
                QCOMPARE(a.top.at(i).category, b.top.at(i).category);
                QCOMPARE(a.top.at(i).confidence, b.top.at(i).confidence);
            }
        }

        const QString text = QStringLiteral("zxqv wplmk"); // words nothing knows
        for (int i = 0; i < 3; ++i)
            both.learn(QStringLiteral("NEW_CATEGORY"), QString(), text);
        QCOMPARE(both.classify(text).top.first().category, QStringLiteral("NEW_CATEGORY"));
    }

    // Each script's features are scored against that script's own totals: learning English
    // texts (most real training texts are English) leaves a Chinese text's scores by
    // the counts as they were.
    void shouldScoreAChineseTextAsBeforeEnglishTextsWereLearnt()
    {
        const QByteArray lexicon = readFile(QStringLiteral(":/classifier-lexicon.json"));
        Classifier before, after;
        before.learnLexicon(lexicon);
        after.learnLexicon(lexicon);
        for (int i = 0; i < 20; ++i)
            after.learn(QStringLiteral("PRIVACY"), QString(),
                        QStringLiteral("they pulled my credit report without permission %1")
                            .arg(QChar(u'a' + i)));
        const QString text = QStringLiteral("押金一直不退，客服也不回复");
        const auto a = before.classify(text);
        const auto b = after.classify(text);
        QCOMPARE(a.top.size(), b.top.size());
        for (qsizetype i = 0; i < a.top.size(); ++i) {
            QCOMPARE(a.top.at(i).category, b.top.at(i).category);
            QCOMPARE(a.top.at(i).confidence, b.top.at(i).confidence);
        }
    }

    // The product starts from the real training texts too (embedded from data/real), never
    // from the held-out ones; weighted, they teach English words without changing what the
    // corpus's own texts get first.
    void shouldStartFromTheRealTrainingTexts()
    {
        QList<Classifier::Example> real;
        for (const QString &path : cd::resources::classifierRealTextPaths()) {
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QVERIFY(!path.contains(QLatin1String("heldout")));
            real.append(Classifier::parseLabelled(readFile(path)));
        }
        QVERIFY(real.size() >= 800);
        QSet<QString> held;
        for (const QString &name : QDir(QStringLiteral(REAL_TEXTS_DIR))
                                       .entryList({QStringLiteral("heldout-*.tsv")}, QDir::Files)) {
            for (const auto &e :
                 Classifier::parseLabelled(readFile(QStringLiteral(REAL_TEXTS_DIR "/") + name)))
                held.insert(e.text);
        }
        QVERIFY(!held.isEmpty());
        for (const Classifier::Example &e : std::as_const(real))
            QVERIFY2(!held.contains(e.text), qPrintable(e.text.left(80)));

        const QByteArray lexicon = readFile(QStringLiteral(":/classifier-lexicon.json"));
        const QList<Classifier::Example> corpus =
            Classifier::parseLabelled(readFile(QStringLiteral(":/classifier-corpus.tsv")));
        Classifier with;
        with.learnStartingKnowledge(lexicon, corpus, real);
        int right = 0;
        for (const Classifier::Example &e : corpus) {
            const auto outcome = with.classify(e.text);
            right += !outcome.top.isEmpty() && outcome.top.first().category == e.category;
        }
        QVERIFY(right >= corpus.size() * 97 / 100);
        const auto overdraft = with.classify(
            QStringLiteral("The bank charged me three overdraft fees of $35 in one day."));
        QCOMPARE(overdraft.top.first().category, QStringLiteral("FEES_BILLING"));
    }

    void shouldLearnAlikeTextsOnce()
    {
        Classifier classifier;
        const int learnt = classifier.learnDistinct({
            {QStringLiteral("REFUND"), QString(), QStringLiteral("押金100元没退")},
            {QStringLiteral("REFUND"), QString(), QStringLiteral("押金200元没退")}, // same words
            {QStringLiteral("REFUND"), QString(), QStringLiteral("退款没到账")},
        });
        QCOMPARE(learnt, 2);
        QCOMPARE(classifier.examples(), 2);
    }

    void shouldKeepTheEvaluationSetsApartFromTheCorpus()
    {
        const QList<Classifier::Example> corpus =
            Classifier::parseLabelled(readFile(QStringLiteral(":/classifier-corpus.tsv")));
        QVERIFY(corpus.size() >= 1000);
        QSet<QString> taught;
        for (const Classifier::Example &e : corpus) {
            QVERIFY2(!e.category.isEmpty() && !e.text.isEmpty(), qPrintable(e.text));
            taught.insert(e.text);
        }
        for (const char *set : {"classification-eval.tsv", "classification-holdout.tsv",
                                "classification-fresh.tsv"}) {
            const auto examples = Classifier::parseLabelled(
                readFile(QStringLiteral(LABELLED_SETS_DIR "/") + QLatin1String(set)));
            QVERIFY2(examples.size() >= 150, set);
            for (const Classifier::Example &e : examples)
                QVERIFY2(!taught.contains(e.text), qPrintable(e.text));
        }
        // "CATEGORY/SUB<TAB>text": the sub-category is read apart; comments are skipped
        const auto parsed =
            Classifier::parseLabelled("# note\nREFUND/DEPOSIT\t押金不退 \n\nOTHER\thi\n");
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed.at(0).category, QStringLiteral("REFUND"));
        QCOMPARE(parsed.at(0).subcategory, QStringLiteral("DEPOSIT"));
        QCOMPARE(parsed.at(0).text, QStringLiteral("押金不退"));
        QVERIFY(parsed.at(1).subcategory.isEmpty());
    }

    // A real customer's text: "CATEGORY<TAB>language<TAB>text<TAB>source"; the text is the
    // third field, and the language and source are kept beside the example.
    void shouldReadTheFourFieldsOfRealTexts()
    {
        const QByteArray tsv = "# real\nREFUND\ten\tI want my money back.\tcfpb:1 (x)\n"
                               "FEES_BILLING\tzh\t\xe4\xb9\xb1\xe6\x89\xa3\xe8\xb4\xb9\tpage\n"
                               "OTHER\ten\t\tempty text\n";
        const auto texts = Classifier::parseLabelledTexts(tsv);
        QCOMPARE(texts.size(), 2);
        QCOMPARE(texts.at(0).example.category, QStringLiteral("REFUND"));
        QCOMPARE(texts.at(0).example.text, QStringLiteral("I want my money back."));
        QCOMPARE(texts.at(0).language, QStringLiteral("en"));
        QCOMPARE(texts.at(0).source, QStringLiteral("cfpb:1 (x)"));
        QCOMPARE(texts.at(1).example.text, QStringLiteral("\u4e71\u6263\u8d39"));
        const auto examples = Classifier::parseLabelled(tsv);
        QCOMPARE(examples.size(), 2);
        QCOMPARE(examples.at(1).category, QStringLiteral("FEES_BILLING"));
        QCOMPARE(examples.at(1).text, texts.at(1).example.text);

        // every real file of the repository reads whole: four fields on every line
        for (const QString &name : QDir(QStringLiteral(REAL_TEXTS_DIR))
                                       .entryList({QStringLiteral("*.tsv")}, QDir::Files)) {
            if (name == QLatin1String("cfpb-mapping.tsv"))
                continue;
            const QByteArray data = readFile(QStringLiteral(REAL_TEXTS_DIR "/") + name);
            qsizetype lines = 0;
            for (const QByteArray &line : data.split('\n'))
                lines += !line.trimmed().isEmpty() && !line.startsWith('#');
            const auto real = Classifier::parseLabelledTexts(data);
            QCOMPARE(real.size(), lines);
            for (const auto &t : real) {
                QVERIFY2(t.language == QLatin1String("zh") || t.language == QLatin1String("en"),
                         qPrintable(name));
                QVERIFY2(!t.source.isEmpty(), qPrintable(name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
