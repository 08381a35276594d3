#include "classifier.h"

#include "searchtext.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace cd::rules {

namespace {

// Chosen by 5-fold cross-validation on the built-in corpus (classifier_benchmark
// --cross-validate 5), never on the evaluation sets: single characters count as much as
// pairs, add-one smoothing, and each feature weighted by how few categories use it.
constexpr double smoothing = 1.0;
constexpr double unigramWeight = 1.0;

// A feature key's kind, in its top two bits; the rest is the character (u), the two
// characters (b, the first in bits 16-31) or a 62-bit FNV-1a hash of the stemmed word (w:
// two different words share a key with a chance of about 1 in 10^7 at a million words).
enum class Kind : Classifier::FeatureKey { Unigram = 1, Bigram = 2, Word = 3 };
constexpr int kindShift = 62;
constexpr Classifier::FeatureKey valueMask = (Classifier::FeatureKey(1) << kindShift) - 1;

Kind kindOf(Classifier::FeatureKey key)
{
    return Kind(key >> kindShift);
}

Classifier::FeatureKey keyOf(Kind kind, QStringView feature)
{
    Classifier::FeatureKey value = 0;
    if (kind == Kind::Word) {
        value = 14695981039346656037ULL; // FNV-1a, over the UTF-16 code units
        for (const QChar c : feature) {
            value ^= c.unicode();
            value *= 1099511628211ULL;
        }
    } else {
        for (const QChar c : feature)
            value = (value << 16) | c.unicode();
    }
    return (Classifier::FeatureKey(kind) << kindShift) | (value & valueMask);
}

QLatin1StringView prefixOf(Kind kind)
{
    switch (kind) {
    case Kind::Unigram:
        return QLatin1StringView("u:");
    case Kind::Bigram:
        return QLatin1StringView("b:");
    case Kind::Word:
        break;
    }
    return QLatin1StringView("w:");
}

// Calls emit(kind, feature) for every feature of `input` in order, repeats included: each
// Han character, each pair of adjacent Han characters, each stemmed Latin word of two
// letters or more. The one definition of what a feature is.
template<typename Emit> void walkFeatures(const QString &input, Emit emit)
{
    const QString text =
        input.left(Classifier::maxCharacters).normalized(QString::NormalizationForm_KC).toLower();
    QString word;
    auto flushWord = [&] {
        if (word.size() >= 2)
            emit(Kind::Word, QStringView(englishStem(word)));
        word.clear();
    };
    bool previousHan = false; // the character before this one is Han
    const QStringView all(text);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QChar c = all.at(i);
        if (isHanCharacter(c)) {
            flushWord();
            emit(Kind::Unigram, all.sliced(i, 1));
            if (previousHan)
                emit(Kind::Bigram, all.sliced(i - 1, 2));
            previousHan = true;
            continue;
        }
        previousHan = false;
        if (c.isLetter() && c.unicode() < 0x3000)
            word += c;
        else
            flushWord();
    }
    flushWord();
}

} // namespace

Classifier::FeatureKeys Classifier::featureKeys(const QString &text)
{
    QSet<FeatureKey> seen;
    FeatureKeys out;
    walkFeatures(text, [&](Kind kind, QStringView feature) {
        const FeatureKey key = keyOf(kind, feature);
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append(key);
        }
    });
    return out;
}

QStringList Classifier::features(const QString &text)
{
    QSet<QString> seen;
    QStringList out;
    walkFeatures(text, [&](Kind kind, QStringView feature) {
        const QString name = prefixOf(kind) + feature;
        if (!seen.contains(name)) {
            seen.insert(name);
            out.append(name);
        }
    });
    return out;
}

namespace {

// Fitting the linear model, chosen by 5-fold cross-validation of the corpus (a replica of
// the model tried 20-40 passes, rates 0.5-1, penalties 1e-4-1e-5; all within 0.5 %).
constexpr int linearPasses = 40;
constexpr double linearRate = 1.0; // the first pass's step; pass k: rate / (1 + 0.2 k)
constexpr double linearPenalty = 1e-5; // L2, keeps rare features' weights small
constexpr double linearShare = 0.5; // of the mean of the two models' log-probabilities

// A text's vector for the linear model: each known feature's row and scale, the whole
// scaled to length one; empty when no feature is known.
QList<std::pair<qsizetype, double>> vectorOf(const QHash<Classifier::FeatureKey, qsizetype> &rows,
                                             const QList<double> &scales,
                                             const Classifier::FeatureKeys &features)
{
    QList<std::pair<qsizetype, double>> vector;
    double length = 0;
    for (const Classifier::FeatureKey f : features) {
        const auto found = rows.constFind(f);
        if (found == rows.cend())
            continue;
        vector.append({*found, scales.at(*found)});
        length += scales.at(*found) * scales.at(*found);
    }
    length = std::sqrt(length);
    for (auto &value : vector)
        value.second /= length;
    return vector;
}

// bias + weights x vector, one score per label (n of them).
void linearScores(const QList<double> &weights, const QList<double> &bias,
                  const QList<std::pair<qsizetype, double>> &vector, QList<double> &scores)
{
    const qsizetype n = bias.size();
    scores.resize(n); // raw pointers below: no copy on write, no check per element
    double *out = scores.data();
    std::copy(bias.cbegin(), bias.cend(), out);
    for (const auto &[row, value] : vector) {
        const double *w = weights.constData() + row * n;
        for (qsizetype k = 0; k < n; ++k)
            out[k] += w[k] * value;
    }
}

// Log-softmax of `scores`, in place.
void toLogProbabilities(QList<double> &scores)
{
    if (scores.isEmpty())
        return;
    const double top = *std::max_element(scores.cbegin(), scores.cend());
    double sum = 0;
    for (const double s : std::as_const(scores))
        sum += std::exp(s - top);
    const double norm = top + std::log(sum);
    for (double &s : scores)
        s -= norm;
}

} // namespace

void Classifier::fitLinear(const QList<Example> &examples)
{
    Linear linear;
    QHash<QString, qsizetype> labelOf;
    QList<FeatureKeys> keys;
    QList<qsizetype> labels;
    QList<double> weights;
    QHash<FeatureKey, QSet<qsizetype>> labelsHaving;
    for (const Example &e : examples) {
        if (e.category.isEmpty() || e.weight <= 0)
            continue;
        FeatureKeys list = featureKeys(e.text);
        if (list.isEmpty())
            continue;
        qsizetype at = labelOf.value(e.category, -1);
        if (at < 0) {
            at = linear.labels.size();
            labelOf.insert(e.category, at);
            linear.labels.append(e.category);
        }
        for (const FeatureKey f : std::as_const(list))
            labelsHaving[f].insert(at);
        keys.append(std::move(list));
        labels.append(at);
        weights.append(e.weight);
    }
    const qsizetype n = linear.labels.size();
    for (auto it = labelsHaving.cbegin(); it != labelsHaving.cend(); ++it) {
        linear.feature.insert(it.key(), linear.scale.size());
        linear.scale.append(std::log(1.0 + double(n) / double(it.value().size())));
    }
    QList<QList<std::pair<qsizetype, double>>> vectors;
    vectors.reserve(keys.size());
    for (const FeatureKeys &list : std::as_const(keys))
        vectors.append(vectorOf(linear.feature, linear.scale, list));
    linear.weights.fill(0.0, linear.scale.size() * n);
    linear.bias.fill(0.0, n);
    std::mt19937 shuffle(1);
    QList<qsizetype> order(vectors.size());
    std::iota(order.begin(), order.end(), 0);
    QList<double> p;
    for (int pass = 0; pass < linearPasses; ++pass) {
        std::shuffle(order.begin(), order.end(), shuffle);
        const double rate = linearRate / (1.0 + 0.2 * pass);
        for (const qsizetype i : std::as_const(order)) {
            linearScores(linear.weights, linear.bias, vectors.at(i), p);
            toLogProbabilities(p);
            const double weight = weights.at(i);
            double *g = p.data();
            for (qsizetype k = 0; k < n; ++k) // the gradient
                g[k] = weight * (std::exp(g[k]) - (k == labels.at(i) ? 1.0 : 0.0));
            double *all = linear.weights.data();
            for (const auto &[row, value] : vectors.at(i)) {
                double *w = all + row * n;
                for (qsizetype k = 0; k < n; ++k)
                    w[k] -= rate * (g[k] * value + linearPenalty * w[k]);
            }
            double *bias = linear.bias.data();
            for (qsizetype k = 0; k < n; ++k)
                bias[k] -= rate * g[k];
        }
    }
    m_linear = std::move(linear);
    m_linearOfCategory.clear();
    mapCategoriesToLinear();
}

void Classifier::mapCategoriesToLinear()
{
    for (qsizetype i = m_linearOfCategory.size(); i < m_categories.labels.size(); ++i)
        m_linearOfCategory.append(m_linear.labels.indexOf(m_categories.labels.at(i).name));
}

QList<double> Classifier::linearLogProbabilities(const FeatureKeys &features) const
{
    const auto vector = vectorOf(m_linear.feature, m_linear.scale, features);
    if (vector.isEmpty())
        return {};
    QList<double> scores;
    linearScores(m_linear.weights, m_linear.bias, vector, scores);
    toLogProbabilities(scores);
    return scores;
}

double Classifier::Table::Feature::logAt(qsizetype position, double unseen) const
{
    const auto found = std::lower_bound(counts.cbegin(), counts.cend(), position,
                                        [](const Count &c, qsizetype p) { return c.label < p; });
    return found != counts.cend() && found->label == position ? found->log : unseen;
}

template<typename Changed>
void Classifier::Table::add(int at, const FeatureKeys &list, double weight, Changed changed)
{
    Label &label = labels[at];
    for (const FeatureKey f : list) {
        Feature &feature = features[f];
        const auto found =
            std::lower_bound(feature.counts.begin(), feature.counts.end(), at,
                             [](const Feature::Count &c, int p) { return c.label < p; });
        const bool had = found != feature.counts.end() && found->label == at;
        const double count = std::max(0.0, (had ? found->count : 0.0) + weight);
        if (count > 0) {
            const Feature::Count entry {at, count, std::log(count + smoothing)};
            if (had) {
                *found = entry;
            } else {
                feature.counts.insert(found, entry);
                changed(f, +1);
            }
        } else if (had) {
            feature.counts.erase(found);
            changed(f, -1);
        }
        if (feature.counts.isEmpty())
            features.remove(f); // no label has it (any more)
    }
    const auto words = std::count_if(list.cbegin(), list.cend(),
                                     [](FeatureKey f) { return kindOf(f) == Kind::Word; });
    label.total[0] = std::max(0.0, label.total[0] + weight * double(list.size() - words));
    label.total[1] = std::max(0.0, label.total[1] + weight * double(words));
    label.documents = std::max(0.0, label.documents + weight);
}

int Classifier::Table::labelIndex(const QString &name)
{
    if (const auto found = index.constFind(name); found != index.cend())
        return *found;
    labels.append({name, {0, 0}, 0});
    index.insert(name, int(labels.size() - 1));
    return int(labels.size() - 1);
}

void Classifier::learnLabel(Table &table, const QString &label, const FeatureKeys &list,
                            double weight)
{
    const int at = table.labelIndex(label);
    if (&table == &m_categories)
        mapCategoriesToLinear();
    table.add(at, list, weight, [this](FeatureKey f, int delta) {
        int &labels = m_vocabulary[f];
        labels += delta;
        const int script = kindOf(f) == Kind::Word ? 1 : 0;
        if (delta > 0 && labels == delta)
            ++m_scriptVocabulary[script]; // new to the vocabulary
        if (labels <= 0) {
            m_vocabulary.remove(f);
            --m_scriptVocabulary[script];
        }
    });
}

void Classifier::deriveFromCounts()
{
    m_vocabulary.clear();
    for (Table *table : {&m_categories, &m_subcategories}) {
        table->index.clear();
        for (qsizetype i = 0; i < table->labels.size(); ++i)
            table->index.insert(table->labels.at(i).name, int(i));
        for (auto it = table->features.begin(); it != table->features.end(); ++it) {
            for (Table::Feature::Count &entry : it.value().counts)
                entry.log = std::log(entry.count + smoothing);
            m_vocabulary[it.key()] += it.value().labels();
        }
    }
    m_scriptVocabulary[0] = m_scriptVocabulary[1] = 0;
    for (auto it = m_vocabulary.cbegin(); it != m_vocabulary.cend(); ++it)
        ++m_scriptVocabulary[kindOf(it.key()) == Kind::Word ? 1 : 0];
    m_linearOfCategory.clear();
    mapCategoriesToLinear();
}

void Classifier::learn(const QString &category, const QString &subcategory, const QString &text,
                       double weight)
{
    learn(category, subcategory, featureKeys(text), weight);
}

void Classifier::learn(const QString &category, const QString &subcategory, const FeatureKeys &list,
                       double weight)
{
    if (list.isEmpty() || category.isEmpty())
        return;
    learnLabel(m_categories, category, list, weight);
    if (!subcategory.isEmpty())
        learnLabel(m_subcategories, category + u'/' + subcategory, list, weight);
    m_examples += weight > 0 ? 1 : -1;
}

int Classifier::learnDistinct(const QList<Example> &examples)
{
    QSet<QByteArray> seen;
    int learnt = 0;
    for (const Example &e : examples) {
        const FeatureKeys list = featureKeys(e.text);
        FeatureKeys sorted = list;
        std::sort(sorted.begin(), sorted.end());
        // the category, then the sorted keys' bytes: the same text in other words is new
        const QByteArray key = e.category.toUtf8() + '\n'
            + QByteArray(reinterpret_cast<const char *>(sorted.constData()),
                         sorted.size() * qsizetype(sizeof(FeatureKey)));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        learn(e.category, e.subcategory, list, 1.0);
        ++learnt;
    }
    return learnt;
}

QList<Classifier::Weighed> Classifier::weigh(const FeatureKeys &features) const
{
    const double categories = double(std::max<qsizetype>(1, m_categories.labels.size()));
    QList<Weighed> out;
    out.reserve(features.size());
    for (const FeatureKey f : features) {
        const auto inCategories = m_categories.features.constFind(f);
        const auto inSubcategories = m_subcategories.features.constFind(f);
        Weighed w;
        if (inCategories != m_categories.features.cend())
            w.category = &inCategories.value();
        if (inSubcategories != m_subcategories.features.cend())
            w.subcategory = &inSubcategories.value();
        if (!w.category && !w.subcategory)
            continue; // unknown: tells nothing
        // a feature of every category tells little; one of a single category, much
        const int having = w.category ? w.category->labels() : 0;
        const double spread = std::log(1.0 + categories / double(std::max(1, having)));
        w.weight = (kindOf(f) == Kind::Unigram ? unigramWeight : 1.0) * spread;
        w.script = kindOf(f) == Kind::Word ? 1 : 0;
        out.append(w);
    }
    return out;
}

template<typename FeatureOf, typename W>
QList<double> Classifier::Table::scores(const QList<W> &weighted, FeatureOf featureOf,
                                        const QList<qsizetype> &positions,
                                        const double *vocabulary) const
{
    // log P(features | label) = sum_f w_f * log(count_f + s) - sum over the two scripts of
    // (sum_f of the script w_f) * log(script's total + s * script's V)
    const qsizetype n = positions.size();
    QList<double> out(n, 0.0);
    double weights[2] = {0, 0};
    const double unseen = std::log(smoothing);
    double unseenWeights = 0; // of features no label here has
    for (const W &w : weighted) {
        weights[w.script] += w.weight;
        const Feature *feature = featureOf(w);
        if (!feature) {
            unseenWeights += w.weight;
            continue;
        }
        for (qsizetype i = 0; i < n; ++i)
            out[i] += w.weight * feature->logAt(positions.at(i), unseen);
    }
    for (qsizetype i = 0; i < n; ++i) {
        const Label &label = labels.at(positions.at(i));
        out[i] += unseenWeights * unseen;
        for (int script = 0; script < 2; ++script) {
            if (weights[script] > 0)
                out[i] -= weights[script]
                    * std::log(label.total[script] + smoothing * vocabulary[script]);
        }
    }
    return out;
}

Classifier::Outcome Classifier::classify(const QString &text) const
{
    return classify(featureKeys(text));
}

QList<Classifier::Score> Classifier::rankedScores(const FeatureKeys &keys) const
{
    double evidenceTemperature = 0;
    return rank(weigh(keys), keys, evidenceTemperature);
}

QList<Classifier::Score> Classifier::rank(const QList<Weighed> &weighted, const FeatureKeys &keys,
                                          double &evidenceTemperature) const
{
    QList<Score> scores;
    if (weighted.isEmpty() || m_categories.labels.isEmpty())
        return scores; // nothing known in it: no suggestion
    const qsizetype evidence = weighted.size();
    const double vocabulary[2] = {double(std::max<qsizetype>(1, m_scriptVocabulary[0])),
                                  double(std::max<qsizetype>(1, m_scriptVocabulary[1]))};
    // Posterior over the categories that have examples, tempered by the amount of evidence
    // so that a long text does not make the first category look certain.
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < m_categories.labels.size(); ++i) {
        if (m_categories.labels.at(i).documents > 0)
            positions.append(i);
    }
    if (positions.isEmpty())
        return scores;
    const QList<double> byLabel = m_categories.scores(
        weighted, [](const Weighed &w) { return w.category; }, positions, vocabulary);
    // The counts' log-probabilities, tempered by the amount of evidence, averaged with the
    // linear model's where it knows the category and a feature of the text.
    evidenceTemperature = 2.0 + 0.5 * std::sqrt(double(evidence));
    QList<double> combined;
    for (const double s : byLabel)
        combined.append(s / evidenceTemperature);
    toLogProbabilities(combined);
    if (const QList<double> linear = linearLogProbabilities(keys); !linear.isEmpty()) {
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const qsizetype at = m_linearOfCategory.at(positions.at(i));
            if (at >= 0)
                combined[i] = (1.0 - linearShare) * combined.at(i) + linearShare * linear.at(at);
        }
    }
    for (qsizetype i = 0; i < positions.size(); ++i)
        scores.append({m_categories.labels.at(positions.at(i)).name, combined.at(i)});
    std::sort(scores.begin(), scores.end(),
              [](const Score &a, const Score &b) { return a.logProbability > b.logProbability; });
    return scores;
}

QList<double> Classifier::confidencesOf(const QList<Score> &scores, double temperature)
{
    QList<double> out;
    if (scores.isEmpty())
        return out;
    const double top = scores.first().logProbability;
    double sum = 0;
    for (const Score &s : scores)
        sum += std::exp((s.logProbability - top) / temperature);
    out.reserve(scores.size());
    for (const Score &s : scores)
        out.append(std::min(maxConfidence, std::exp((s.logProbability - top) / temperature) / sum));
    return out;
}

Classifier::Outcome Classifier::classify(const FeatureKeys &keys) const
{
    Outcome outcome;
    const QList<Weighed> weighted = weigh(keys);
    double temperature = 0;
    const QList<Score> scores = rank(weighted, keys, temperature);
    if (scores.isEmpty())
        return outcome;
    const QList<double> confidences = confidencesOf(scores, confidenceTemperature);
    const double vocabulary[2] = {double(std::max<qsizetype>(1, m_scriptVocabulary[0])),
                                  double(std::max<qsizetype>(1, m_scriptVocabulary[1]))};
    for (int i = 0; i < std::min<qsizetype>(3, scores.size()); ++i) {
        Suggestion suggestion;
        suggestion.category = scores.at(i).category;
        suggestion.confidence = confidences.at(i);
        outcome.top.append(suggestion);
    }
    const double second = outcome.top.size() > 1 ? outcome.top.at(1).confidence : 0.0;
    outcome.clear = outcome.top.first().confidence >= clearConfidence
        && outcome.top.first().confidence >= clearRatio * second;

    // The sub-category of the first, when one of its own is clearly ahead (only the
    // first category's sub-categories are scored).
    const QString prefix = outcome.top.first().category + u'/';
    QList<qsizetype> own;
    for (qsizetype i = 0; i < m_subcategories.labels.size(); ++i) {
        const Table::Label &label = m_subcategories.labels.at(i);
        if (label.name.startsWith(prefix) && label.documents > 0)
            own.append(i);
    }
    if (own.size() < 2)
        return outcome;
    const QList<double> bySub = m_subcategories.scores(
        weighted, [](const Weighed &w) { return w.subcategory; }, own, vocabulary);
    QList<std::pair<double, QString>> subs;
    for (qsizetype i = 0; i < own.size(); ++i)
        subs.append({bySub.at(i), m_subcategories.labels.at(own.at(i)).name.mid(prefix.size())});
    std::sort(subs.begin(), subs.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    // the first sub-category at least twice as likely as the second
    const double secondSub = std::exp((subs.at(1).first - subs.first().first) / temperature);
    if (1.0 >= clearRatio * secondSub)
        outcome.top.first().subcategory = subs.first().second;
    return outcome;
}

} // namespace cd::rules
