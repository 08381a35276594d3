#include "classifier.h"

#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cd::rules {

namespace {

// Chosen by 5-fold cross-validation on the built-in corpus (classifier_benchmark
// --cross-validate 5), never on the evaluation sets: single characters count as much as
// pairs, add-one smoothing, and each feature weighted by how few categories use it.
constexpr double smoothing = 1.0;
constexpr double unigramWeight = 1.0;

} // namespace

QStringList Classifier::features(const QString &input)
{
    const QString text = input.left(maxCharacters).normalized(QString::NormalizationForm_KC)
                             .toLower();
    QSet<QString> seen;
    QStringList out;
    auto add = [&](const QString &feature) {
        if (!seen.contains(feature)) {
            seen.insert(feature);
            out << feature;
        }
    };
    QString word;
    auto flushWord = [&] {
        if (word.size() >= 2)
            add(QStringLiteral("w:") + word);
        word.clear();
    };
    QChar previousHan;
    for (const QChar c : text) {
        if (isHanCharacter(c)) {
            flushWord();
            add(QStringLiteral("u:") + c);
            if (!previousHan.isNull())
                add(QStringLiteral("b:") + previousHan + c);
            previousHan = c;
            continue;
        }
        previousHan = QChar();
        if (c.isLetter() && c.unicode() < 0x3000)
            word += c;
        else
            flushWord();
    }
    flushWord();
    return out;
}

int Classifier::learnLexicon(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject categories = root.value(QLatin1String("categories")).toObject();
    if (categories.isEmpty())
        return -1;
    const double weight = root.value(QLatin1String("weight")).toDouble(1.0);
    int phrases = 0;
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        const QJsonObject category = it.value().toObject();
        for (const QJsonValue &phrase : category.value(QLatin1String("phrases")).toArray()) {
            learn(it.key(), QString(), phrase.toString(), weight);
            ++phrases;
        }
        const QJsonObject subs = category.value(QLatin1String("sub")).toObject();
        for (auto sub = subs.constBegin(); sub != subs.constEnd(); ++sub) {
            for (const QJsonValue &phrase : sub.value().toArray()) {
                // sub-category phrases teach the sub-category only: the category has its own
                Counts &counts = m_subcategories[it.key() + u'/' + sub.key()];
                for (const QString &f : features(phrase.toString())) {
                    if (counts.features.value(f) <= 0)
                        ++m_vocabulary[f];
                    counts.features[f] += weight;
                    counts.total += weight;
                }
                counts.documents += weight;
                ++phrases;
            }
        }
    }
    return phrases;
}

QList<Classifier::Example> Classifier::parseLabelled(const QByteArray &tsv)
{
    QList<Example> examples;
    for (const QByteArray &raw : tsv.split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype tab = line.indexOf('\t');
        if (line.isEmpty() || line.startsWith('#') || tab <= 0)
            continue;
        const QString label = QString::fromUtf8(line.left(tab));
        const qsizetype slash = label.indexOf(u'/');
        examples.append({slash < 0 ? label : label.left(slash),
                         slash < 0 ? QString() : label.mid(slash + 1),
                         QString::fromUtf8(line.mid(tab + 1)).trimmed()});
    }
    return examples;
}

int Classifier::learnCorpus(const QByteArray &tsv)
{
    const QList<Example> examples = parseLabelled(tsv);
    for (const Example &e : examples)
        learn(e.category, e.subcategory, e.text);
    return int(examples.size());
}

void Classifier::learn(const QString &category, const QString &subcategory, const QString &text,
                       double weight)
{
    const QStringList list = features(text);
    if (list.isEmpty() || category.isEmpty())
        return;
    auto apply = [&](Counts &counts, bool isCategory) {
        for (const QString &f : list) {
            double &count = counts.features[f];
            const bool had = count > 0;
            count = std::max(0.0, count + weight);
            if (!had && count > 0) {
                ++m_vocabulary[f];
                if (isCategory)
                    ++m_categoriesWith[f];
            } else if (had && count <= 0) {
                counts.features.remove(f);
                if (--m_vocabulary[f] <= 0)
                    m_vocabulary.remove(f);
                if (isCategory && --m_categoriesWith[f] <= 0)
                    m_categoriesWith.remove(f);
            }
        }
        counts.total = std::max(0.0, counts.total + weight * double(list.size()));
        counts.documents = std::max(0.0, counts.documents + weight);
    };
    apply(m_categories[category], true);
    if (!subcategory.isEmpty())
        apply(m_subcategories[category + u'/' + subcategory], false);
    m_examples += weight > 0 ? 1 : -1;
}

int Classifier::learnDistinct(const QList<Example> &examples)
{
    QSet<QString> seen;
    int learnt = 0;
    for (const Example &e : examples) {
        QStringList list = features(e.text);
        list.sort();
        const QString key = e.category + u'\n' + list.join(u' ');
        if (seen.contains(key))
            continue;
        seen.insert(key);
        learn(e.category, e.subcategory, e.text, 1.0);
        ++learnt;
    }
    return learnt;
}

QList<Classifier::Weighted> Classifier::weigh(const QStringList &known) const
{
    const double categories = double(std::max<qsizetype>(1, m_categories.size()));
    QList<Weighted> out;
    out.reserve(known.size());
    for (const QString &f : known) {
        // a feature of every category tells little; one of a single category, much
        const double spread = std::log(1.0 + categories / std::max(1, m_categoriesWith.value(f)));
        const double weight = (f.startsWith(u'u') ? unigramWeight : 1.0) * spread;
        if (weight > 0)
            out.append({f, weight});
    }
    return out;
}

double Classifier::logLikelihood(const Counts &counts, const QList<Weighted> &features) const
{
    const double vocabulary = double(std::max<qsizetype>(1, m_vocabulary.size()));
    const double denominator = std::log(counts.total + smoothing * vocabulary);
    double score = 0;
    for (const Weighted &f : features)
        score += f.weight * (std::log(counts.features.value(f.feature) + smoothing) - denominator);
    return score;
}

Classifier::Outcome Classifier::classify(const QString &text) const
{
    Outcome outcome;
    QStringList list = features(text);
    list.erase(std::remove_if(list.begin(), list.end(),
                              [this](const QString &f) { return !m_vocabulary.contains(f); }),
               list.end());
    if (list.isEmpty() || m_categories.isEmpty())
        return outcome;   // nothing known in it: no suggestion
    const qsizetype evidence = list.size();
    const QList<Weighted> weighted = weigh(list);
    // Posterior over categories, tempered by the amount of evidence so that a long text
    // does not make the first category look certain.
    QList<std::pair<double, QString>> scores;
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it) {
        if (it->documents <= 0)
            continue;
        scores.append({logLikelihood(*it, weighted), it.key()});
    }
    if (scores.isEmpty())
        return outcome;
    std::sort(scores.begin(), scores.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    const double temperature = 2.0 + 0.5 * std::sqrt(double(evidence));
    double sum = 0;
    for (const auto &s : scores)
        sum += std::exp((s.first - scores.first().first) / temperature);
    for (int i = 0; i < std::min<qsizetype>(3, scores.size()); ++i) {
        Suggestion suggestion;
        suggestion.category = scores.at(i).second;
        suggestion.confidence = std::exp((scores.at(i).first - scores.first().first) / temperature)
                                / sum;
        outcome.top.append(suggestion);
    }
    const double second = outcome.top.size() > 1 ? outcome.top.at(1).confidence : 0.0;
    outcome.clear = outcome.top.first().confidence >= clearConfidence
                    && outcome.top.first().confidence >= clearRatio * second;

    // The sub-category of the first, when one of its own is clearly ahead.
    const QString prefix = outcome.top.first().category + u'/';
    QList<std::pair<double, QString>> subs;
    for (auto it = m_subcategories.cbegin(); it != m_subcategories.cend(); ++it) {
        if (it.key().startsWith(prefix) && it->documents > 0)
            subs.append({logLikelihood(*it, weighted), it.key().mid(prefix.size())});
    }
    if (subs.size() > 1) {
        std::sort(subs.begin(), subs.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        // the first sub-category at least twice as likely as the second
        const double secondSub = std::exp((subs.at(1).first - subs.first().first) / temperature);
        if (1.0 >= clearRatio * secondSub)
            outcome.top.first().subcategory = subs.first().second;
    }
    return outcome;
}

} // namespace cd::rules
