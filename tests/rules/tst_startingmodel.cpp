// The classifier's starting model as the build makes it: a model saved and restored
// classifies and learns exactly as the one saved, bytes it did not save are refused, and the
// model file embedded by the build is the one fitted to the embedded texts.
#include "classifier.h"
#include "resourcepaths.h"
#include "startingmodel.h"

#include <QFile>
#include <QTest>

using cd::rules::Classifier;
using cd::rules::StartingKnowledge;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

StartingKnowledge embeddedKnowledge()
{
    StartingKnowledge knowledge;
    knowledge.lexicon = readFile(cd::resources::classifierLexiconPath());
    knowledge.corpus = readFile(cd::resources::classifierCorpusPath());
    for (const QString &path : cd::resources::classifierRealTextPaths())
        knowledge.realTexts.append(readFile(path));
    return knowledge;
}

// The texts both models are asked about: the project's evaluation set, in both languages.
QList<Classifier::Example> evaluationTexts()
{
    return Classifier::parseLabelled(
        readFile(QStringLiteral(LABELLED_SETS_DIR "/classification-eval.tsv")));
}

// Fails the test where `a` and `b` answer any of `texts` differently, to the last bit.
void compareAnswers(const Classifier &a, const Classifier &b,
                    const QList<Classifier::Example> &texts)
{
    for (const Classifier::Example &e : texts) {
        const Classifier::Outcome x = a.classify(e.text);
        const Classifier::Outcome y = b.classify(e.text);
        QCOMPARE(x.clear, y.clear);
        QCOMPARE(x.top.size(), y.top.size());
        for (qsizetype i = 0; i < x.top.size(); ++i) {
            QCOMPARE(x.top.at(i).category, y.top.at(i).category);
            QCOMPARE(x.top.at(i).subcategory, y.top.at(i).subcategory);
            QVERIFY2(x.top.at(i).confidence == y.top.at(i).confidence, qPrintable(e.text));
        }
    }
}

} // namespace

class TestStartingModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_knowledge = embeddedKnowledge();
        m_fitted = m_knowledge.fitted();
    }

    void shouldRestoreASavedModelExactly()
    {
        const QByteArray bytes = m_fitted.saved();
        auto restored = Classifier::restored(bytes);
        QVERIFY(restored);
        QCOMPARE(restored->examples(), m_fitted.examples());
        QCOMPARE(restored->vocabularySize(), m_fitted.vocabularySize());
        QCOMPARE(restored->saved(), bytes);
        const QList<Classifier::Example> texts = evaluationTexts();
        compareAnswers(*restored, m_fitted, texts);

        // what both then learn (a new word, a sub-category, a correction) keeps them alike
        Classifier learnt = m_fitted;
        for (Classifier *model : {&learnt, &*restored}) {
            model->learn(QStringLiteral("REFUND"), QStringLiteral("DEPOSIT"),
                         QStringLiteral("押金 zorblax 没退回来"));
            model->learn(QStringLiteral("FEES_BILLING"), QString(), QStringLiteral("年费 zorblax"),
                         2.0);
            model->learn(QStringLiteral("FEES_BILLING"), QString(), QStringLiteral("年费 zorblax"),
                         -1.0);
        }
        QCOMPARE(restored->saved(), learnt.saved());
        compareAnswers(*restored, learnt,
                       texts
                           + QList<Classifier::Example> {{{}, {}, QStringLiteral("zorblax 押金")}});
    }

    void shouldRefuseBytesItDidNotSave()
    {
        const QByteArray bytes = m_fitted.saved();
        QVERIFY(!Classifier::restored(QByteArray()));
        QVERIFY(!Classifier::restored(bytes.left(bytes.size() / 2)));
        QVERIFY(!Classifier::restored(bytes + QByteArray(1, '\0')));
        QByteArray otherLayout = bytes;
        otherLayout[7] = char(otherLayout.at(7) + 1); // the layout number after the magic
        QVERIFY(!Classifier::restored(otherLayout));
        QVERIFY(!Classifier::restored(QByteArray(4096, 'x')));
    }

    void shouldLoadAModelFileOnlyForTheTextsItWasFittedTo()
    {
        const QByteArray file = cd::rules::startingModelFile(m_fitted, m_knowledge);
        QVERIFY(cd::rules::startingModelFromFile(file, m_knowledge));
        StartingKnowledge other = m_knowledge;
        other.corpus += "REFUND\t押金没退回来\n";
        QVERIFY(!cd::rules::startingModelFromFile(file, other));
        other = m_knowledge;
        other.realTexts.removeLast();
        QVERIFY(!cd::rules::startingModelFromFile(file, other));
    }

    void shouldEmbedTheModelFittedToTheEmbeddedTexts()
    {
        // the build fitted it (cd_fit_classifier) to the files the resources embed
        const QByteArray file = readFile(cd::resources::classifierModelPath());
        auto embedded = cd::rules::startingModelFromFile(file, m_knowledge);
        QVERIFY(embedded);
        compareAnswers(*embedded, m_fitted, evaluationTexts());
        QCOMPARE(embedded->saved(), m_fitted.saved());
    }

private:
    StartingKnowledge m_knowledge;
    Classifier m_fitted;
};

QTEST_GUILESS_MAIN(TestStartingModel)
#include "tst_startingmodel.moc"
