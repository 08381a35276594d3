// What a classifier starts from: the lexicon's phrases, the labelled-text files (the corpus,
// the project's sets and data/real) and the one recipe that learns them. The scoring and the
// fitting are in classifier.cpp.
#include "classifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cd::rules {

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
                learnLabel(m_subcategories, it.key() + u'/' + sub.key(),
                           featureKeys(phrase.toString()), weight);
                ++phrases;
            }
        }
    }
    return phrases;
}

QList<Classifier::LabelledText> Classifier::parseLabelledTexts(const QByteArray &tsv)
{
    QList<LabelledText> texts;
    for (const QByteArray &raw : tsv.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 2 || fields.first().isEmpty())
            continue;
        // Four fields: CATEGORY, language, text, source (the real-text files of data/real).
        const bool real = fields.size() == 4;
        const QString label = QString::fromUtf8(fields.first());
        const qsizetype slash = label.indexOf(u'/');
        LabelledText t;
        t.example.category = slash < 0 ? label : label.left(slash);
        t.example.subcategory = slash < 0 ? QString() : label.mid(slash + 1);
        t.example.text =
            QString::fromUtf8(real ? fields.at(2) : line.mid(line.indexOf('\t') + 1)).trimmed();
        if (real) {
            t.language = QString::fromUtf8(fields.at(1)).trimmed();
            t.source = QString::fromUtf8(fields.at(3)).trimmed();
        }
        if (!t.example.text.isEmpty())
            texts.append(t);
    }
    return texts;
}

QList<Classifier::Example> Classifier::parseLabelled(const QByteArray &tsv)
{
    QList<Example> examples;
    for (const LabelledText &t : parseLabelledTexts(tsv))
        examples.append(t.example);
    return examples;
}

QList<Classifier::Example> Classifier::lexiconCategoryPhrases(const QByteArray &json)
{
    QList<Example> examples;
    const QJsonObject categories =
        QJsonDocument::fromJson(json).object().value(QLatin1String("categories")).toObject();
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        const QJsonArray phrases = it.value().toObject().value(QLatin1String("phrases")).toArray();
        for (const QJsonValue &phrase : phrases)
            examples.append({it.key(), QString(), phrase.toString()});
    }
    return examples;
}

void Classifier::learnStartingKnowledge(const QByteArray &lexiconJson,
                                        const QList<Example> &examples,
                                        const QList<Example> &realTexts)
{
    learnLexicon(lexiconJson);
    for (const Example &e : examples)
        learn(e.category, e.subcategory, e.text, e.weight);
    QList<Example> fitted = lexiconCategoryPhrases(lexiconJson) + examples;
    if (!realTexts.isEmpty()) {
        QList<qsizetype> lengths; // the corpus texts' numbers of features
        for (const Example &e : examples)
            lengths.append(featureKeys(e.text).size());
        std::sort(lengths.begin(), lengths.end());
        const double median = lengths.isEmpty() ? 1.0 : double(lengths.at(lengths.size() / 2));
        QHash<QString, int> perCategory;
        for (const Example &e : realTexts)
            ++perCategory[e.category];
        const double meanCategory = double(realTexts.size()) / double(perCategory.size());
        QHash<QString, int> linearCount;
        for (const Example &e : realTexts) {
            const FeatureKeys keys = featureKeys(e.text);
            if (keys.isEmpty() || e.category.isEmpty())
                continue;
            const int inCategory = perCategory.value(e.category);
            learn(e.category, e.subcategory, keys,
                  realCountsShare * e.weight * meanCategory / double(inCategory)
                      * std::min(1.0, median / double(keys.size())));
            if (++linearCount[e.category] <= realLinearCap)
                fitted.append({e.category, e.subcategory, e.text,
                               realLinearShare * e.weight * meanCategory
                                   / double(std::min(realLinearCap, inCategory))});
        }
    }
    fitLinear(fitted);
}

} // namespace cd::rules
