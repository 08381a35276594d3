#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Suggests the category (and, where clear, the sub-category) of a complaint from its
// text: a multinomial naive Bayes model over character bigrams and single characters of
// Chinese text (no word segmentation needed) and lower-cased Latin words by their Snowball
// stems, each weighted by how few categories use it, averaged with a linear model (softmax
// regression) fitted to the built-in knowledge. It starts from a lexicon of weighted
// phrases and a labelled corpus, and learns from classified complaints into its counts; an
// example can be taken back (an agent's correction moves it to the right category). Labels
// are the stable category codes and "CATEGORY/SUB" sub-category codes.
namespace cd::rules {

class Classifier
{
public:
    // Text beyond this many characters is not read: the answer stays bounded in time.
    static constexpr int maxCharacters = 4000;
    // Confidences are calibrated: the scores' softmax at this temperature (below 1: sharper),
    // the one value of least log-loss on the out-of-fold scores of the 5-fold
    // cross-validations of the training texts, the real ones and the built-in corpus
    // (`realtexts_benchmark --calibrate`, which reads no held-out file; docs/classification.md).
    // One temperature for both scripts: one per script was tried and calibrated the real
    // training texts worse.
    static constexpr double confidenceTemperature = 0.661;
    // A suggestion is "clear" when the first is at least this likely and this many times
    // as likely as the second: the lowest threshold (in steps of 0.05, of 0.01 above 0.9) at
    // which clear first suggestions are right at least 9 times in 10 on both sets'
    // out-of-fold texts at confidenceTemperature (`realtexts_benchmark --calibrate`). Below it
    // the pane preselects nothing. The ratio also decides whether a sub-category is clearly
    // ahead.
    static constexpr double clearConfidence = 0.96;
    static constexpr double clearRatio = 2.0;
    // No suggestion is ever given as certain: a confidence is at most this (shown "99%").
    static constexpr double maxConfidence = 0.99;

    struct Suggestion
    {
        QString category;
        double confidence = 0; // 0..maxConfidence, the three shown sum to at most 1
        QString subcategory; // empty unless one sub-category is clearly ahead
    };
    struct Outcome
    {
        QList<Suggestion> top; // at most three, most likely first; empty: no suggestion
        bool clear = false; // false: no category is clearly ahead, do not guess
    };

    // One feature of a text as a number, what the model counts: a Han character, a pair
    // of adjacent Han characters, or a Latin word (kind in the top two bits; see
    // classifier.cpp). Numbers, not strings, because the demonstration fill learns a
    // million texts: hashing and comparing QStrings was most of its planning time.
    using FeatureKey = quint64;
    using FeatureKeys = QList<FeatureKey>;
    // The features of `text`, each once (what a document "contains"), in the order they
    // first appear.
    static FeatureKeys featureKeys(const QString &text);
    // The same features, readable ("u:退", "b:退款", "w:refund"), in the same order.
    static QStringList features(const QString &text);

    // Learns the phrases of a lexicon (format of resources/classifier-lexicon.json);
    // returns how many phrases it read, or -1 when `json` is not such a lexicon.
    int learnLexicon(const QByteArray &json);
    // Labelled texts, one per line: "CATEGORY<TAB>text" or "CATEGORY/SUB<TAB>text"; empty
    // lines and lines starting with '#' are skipped. The format of the built-in corpus
    // (resources/classifier-corpus.tsv) and of the evaluation sets. A line of four fields,
    // "CATEGORY<TAB>language<TAB>text<TAB>source", is a real customer's text (data/real/):
    // parseLabelledTexts() keeps its language ("zh", "en") and source too.
    struct Example;
    static QList<Example> parseLabelled(const QByteArray &tsv);
    struct LabelledText;
    static QList<LabelledText> parseLabelledTexts(const QByteArray &tsv);

    // The lexicon's phrases of categories (not those of sub-categories) as examples, for
    // fitLinear(); empty when `json` is not a lexicon.
    static QList<Example> lexiconCategoryPhrases(const QByteArray &json);
    // What every model starts from, the one recipe of the application and the benchmarks:
    // the lexicon and the labelled examples (the built-in corpus) learnt, and the linear
    // model fitted to the lexicon's category phrases and those examples. `realTexts`, real
    // customers' texts (data/real/train-*.tsv), are learnt beside them weighted: each
    // category's together as much as the mean category's (they are uneven), in the counts
    // a text as much as a corpus text of median length at most (they are long); the linear
    // model is fitted to the first realLinearCap of each category (its cost is most of the
    // start-up), together a fifth of the category's weight in the counts (realCountsShare,
    // realLinearShare, realLinearCap: chosen by cross-validation over the real texts,
    // realtexts_benchmark --cross-validate-real, the project's sets no worse).
    static constexpr double realCountsShare = 1.0;
    static constexpr double realLinearShare = 0.2;
    static constexpr int realLinearCap = 30;
    void learnStartingKnowledge(const QByteArray &lexiconJson, const QList<Example> &examples,
                                const QList<Example> &realTexts = {});

    // Fits a linear model of the categories to `examples`, replacing any fitted before:
    // softmax regression over the same features, each weighted by how few of the
    // examples' categories have it, a text's vector scaled to length one, each example's
    // step scaled by its weight. classify() then
    // ranks the categories by the mean of its log-probabilities and the naive Bayes
    // model's (chosen by 5-fold cross-validation of the corpus: top-1 81.8 -> 84.1 %). It is
    // not changed by learn(): it holds what these examples teach, the counts hold that and
    // everything learnt since (a category it was not fitted to is ranked by the counts
    // alone). The same examples give the same model.
    void fitLinear(const QList<Example> &examples);
    bool hasLinearModel() const { return !m_linear.labels.isEmpty(); }

    // Adds (weight > 0) or takes back (weight < 0) one classified text.
    void learn(const QString &category, const QString &subcategory, const QString &text,
               double weight = 1.0);
    // The same for a text whose features() are known: a caller that both asks about a
    // text and learns it splits it once.
    void learn(const QString &category, const QString &subcategory, const FeatureKeys &keys,
               double weight = 1.0);
    Outcome classify(const QString &text) const;
    Outcome classify(const FeatureKeys &keys) const;

    // Every category's score for a text before calibration, best first (the order of
    // classify()); empty when nothing in the text is known. classify()'s confidences are
    // confidencesOf(rankedScores(keys), confidenceTemperature).
    struct Score
    {
        QString category;
        double logProbability = 0; // natural log; the scores' exponentials sum to 1
    };
    QList<Score> rankedScores(const FeatureKeys &keys) const;
    // Softmax of `scores` divided by `temperature` (below 1 sharpens, above 1 flattens), in
    // their order, each at most maxConfidence.
    static QList<double> confidencesOf(const QList<Score> &scores, double temperature);

    // Learns a batch of stored (category, sub-category, text) examples; a text whose
    // features repeat an earlier one of the batch adds nothing (a thousand complaints
    // worded alike teach no more than one). Returns how many were learnt.
    struct Example
    {
        QString category;
        QString subcategory;
        QString text;
        // How much the example counts, in learnStartingKnowledge() and fitLinear() (a
        // real customer's long text weighs less than one of the corpus; see
        // realTextWeights()).
        double weight = 1.0;
    };
    int learnDistinct(const QList<Example> &examples);

    // One line of a labelled file with what the four-field format adds.
    struct LabelledText
    {
        Example example;
        QString language; // "zh" or "en" where the line says so, else empty
        QString source; // where a real customer's text comes from, else empty
    };

    int examples() const { return m_examples; }
    int vocabularySize() const { return int(m_vocabulary.size()); }

    // The model as bytes, and back (classifierstate.cpp): the restored model classifies and
    // learns exactly as this one. What the build embeds (classifiermodel.h), so that a
    // program does not fit its starting model. restored() is empty for bytes saved() did not
    // make (another format, cut short).
    QByteArray saved() const;
    static std::optional<Classifier> restored(const QByteArray &bytes);

private:
    // Counts of one set of labels (categories, or "CATEGORY/SUB" sub-categories), kept per
    // feature for the labels that have it: scoring a text costs one look-up per feature,
    // not one per feature and label, and a model holds only the counts it has (most
    // features belong to a few of the labels).
    struct Table
    {
        struct Label
        {
            QString name;
            // feature occurrences learnt, per script: Han characters and pairs (0), Latin
            // words (1); each script's features are scored against their own total, so that
            // learning English texts does not change how a Chinese text is scored
            double total[2] = {0, 0};
            double documents = 0; // examples learnt
        };
        // One feature's counts: one entry per label position with a count above zero, in
        // position order, with log(count + smoothing) kept beside it so that scoring only
        // adds. A label without an entry counts as unseen (log(smoothing)).
        struct Feature
        {
            struct Count
            {
                int label = 0; // position in Table::labels
                double count = 0; // above zero
                double log = 0; // log(count + smoothing)
            };
            QList<Count> counts;

            int labels() const { return int(counts.size()); }
            // log(count + smoothing) of the label at `position`, or `unseen`
            double logAt(qsizetype position, double unseen) const;
        };
        QList<Label> labels;
        QHash<QString, int> index; // name -> position in labels
        QHash<FeatureKey, Feature> features;

        int labelIndex(const QString &name); // adds the label when new
        // Adds `weight` (negative: takes back) of the features in `list` to label `at`;
        // calls `changed(feature, +1/-1)` when a feature starts or stops being the label's.
        template<typename Changed>
        void add(int at, const FeatureKeys &list, double weight, Changed changed);
        // Log-likelihood of the weighted features under the labels at `positions`
        // (one score per position, in that order); `featureOf(w)` is this table's entry for
        // weighed feature w, null when no label here has it.
        template<typename FeatureOf, typename W>
        QList<double> scores(const QList<W> &weighted, FeatureOf featureOf,
                             const QList<qsizetype> &positions, const double *vocabulary) const;
    };

    // A known feature of a text: its entries in both tables (looked up once) and what it
    // tells (see classifier.cpp).
    struct Weighed
    {
        const Table::Feature *category = nullptr; // null: no category has it
        const Table::Feature *subcategory = nullptr; // null: no sub-category has it
        double weight = 0;
        int script = 0; // 0: Han character or pair, 1: Latin word (Label::total's index)
    };
    QList<Weighed> weigh(const FeatureKeys &features) const;
    // rankedScores() of features already weighed; sets `evidenceTemperature`, what the
    // counts' log-likelihoods were divided by (the sub-category's scores are too).
    QList<Score> rank(const QList<Weighed> &weighted, const FeatureKeys &keys,
                      double &evidenceTemperature) const;

    // The fitted linear model: per feature a weight for each label, and a bias per label.
    struct Linear
    {
        QList<QString> labels; // category codes, in the weights' order
        QHash<FeatureKey, qsizetype> feature; // feature -> its row in weights and scale
        QList<double> scale; // how much a feature tells (as weigh())
        QList<double> weights; // row-major: feature row x label
        QList<double> bias;
    };
    // Log-probability of each of m_linear's labels for `features`; empty when none of the
    // features is known to it.
    QList<double> linearLogProbabilities(const FeatureKeys &features) const;
    // Extends m_linearOfCategory to every category label (labels are only ever appended).
    void mapCategoriesToLinear();
    void learnLabel(Table &table, const QString &label, const FeatureKeys &features, double weight);
    // After restored() has read the counts and the linear model: what follows from them (the
    // tables' log-counts and label numbers and indexes, the vocabulary, the category to
    // linear label map), as learning them would have left it.
    void deriveFromCounts();

    Table m_categories;
    Table m_subcategories;
    QHash<FeatureKey, int> m_vocabulary; // feature -> number of labels that have it
    qsizetype m_scriptVocabulary[2] = {0, 0}; // features in m_vocabulary per script
    Linear m_linear;
    QList<qsizetype> m_linearOfCategory; // category label position -> linear label, or -1
    int m_examples = 0;
};

} // namespace cd::rules
