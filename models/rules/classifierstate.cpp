// A classifier as bytes and back: what it has counted (both tables) and its fitted linear
// model. What follows from those (log-counts, the vocabulary, indexes) is not written:
// deriveFromCounts() makes it again. Features are written in the order of their keys, so
// the same model gives the same bytes (a reproducible build).
#include "classifier.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace cd::rules {

namespace {

// The first bytes of saved(); the number after them changes with the layout below.
constexpr quint32 magic = 0x43444d4c; // "CDML"
constexpr quint32 layout = 1;
// Bounds that no real model comes near: a corrupt length is refused, not allocated.
constexpr quint32 maxLabels = 100000;
constexpr quint32 maxFeatures = 50000000;

template<typename Map> QList<typename Map::key_type> sortedKeys(const Map &map)
{
    QList<typename Map::key_type> keys = map.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

QByteArray Classifier::saved() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << layout << qint32(m_examples);
    for (const Table *table : {&m_categories, &m_subcategories}) {
        out << quint32(table->labels.size());
        for (const Table::Label &label : table->labels)
            out << label.name << label.total[0] << label.total[1] << label.documents;
        out << quint32(table->features.size());
        for (const FeatureKey key : sortedKeys(table->features)) {
            const QList<double> &counts = table->features.value(key).counts;
            const auto positive =
                std::count_if(counts.cbegin(), counts.cend(), [](double c) { return c > 0; });
            out << key << quint32(counts.size()) << quint32(positive);
            for (qsizetype at = 0; at < counts.size(); ++at) {
                if (counts.at(at) > 0)
                    out << quint32(at) << counts.at(at);
            }
        }
    }
    const qsizetype n = m_linear.labels.size();
    out << m_linear.labels << m_linear.bias << quint32(m_linear.feature.size());
    for (const FeatureKey key : sortedKeys(m_linear.feature)) {
        const qsizetype row = m_linear.feature.value(key);
        out << key << m_linear.scale.at(row);
        for (qsizetype k = 0; k < n; ++k)
            out << m_linear.weights.at(row * n + k);
    }
    return bytes;
}

std::optional<Classifier> Classifier::restored(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 readMagic = 0;
    quint32 readLayout = 0;
    qint32 examples = 0;
    in >> readMagic >> readLayout >> examples;
    if (in.status() != QDataStream::Ok || readMagic != magic || readLayout != layout)
        return std::nullopt;
    Classifier model;
    model.m_examples = examples;
    for (Table *table : {&model.m_categories, &model.m_subcategories}) {
        quint32 labels = 0;
        in >> labels;
        if (in.status() != QDataStream::Ok || labels > maxLabels)
            return std::nullopt;
        for (quint32 i = 0; i < labels && in.status() == QDataStream::Ok; ++i) {
            Table::Label label;
            in >> label.name >> label.total[0] >> label.total[1] >> label.documents;
            table->labels.append(label);
        }
        quint32 features = 0;
        in >> features;
        if (in.status() != QDataStream::Ok || features > maxFeatures)
            return std::nullopt;
        table->features.reserve(features);
        for (quint32 i = 0; i < features && in.status() == QDataStream::Ok; ++i) {
            FeatureKey key = 0;
            quint32 size = 0;
            quint32 positive = 0;
            in >> key >> size >> positive;
            // a feature is kept while some label has it, and has a count per known label
            if (size > labels || positive == 0 || positive > size)
                return std::nullopt;
            Table::Feature feature;
            feature.counts.fill(0.0, size);
            for (quint32 j = 0; j < positive; ++j) {
                quint32 at = 0;
                double count = 0;
                in >> at >> count;
                if (at >= size || !(count > 0))
                    return std::nullopt;
                feature.counts[at] = count;
            }
            table->features.insert(key, feature);
        }
    }
    Linear &linear = model.m_linear;
    quint32 rows = 0;
    in >> linear.labels >> linear.bias >> rows;
    const qsizetype n = linear.labels.size();
    if (in.status() != QDataStream::Ok || linear.bias.size() != n || rows > maxFeatures)
        return std::nullopt;
    linear.feature.reserve(rows);
    linear.scale.reserve(rows);
    linear.weights.reserve(qsizetype(rows) * n);
    for (quint32 row = 0; row < rows && in.status() == QDataStream::Ok; ++row) {
        FeatureKey key = 0;
        double scale = 0;
        in >> key >> scale;
        linear.feature.insert(key, row);
        linear.scale.append(scale);
        for (qsizetype k = 0; k < n; ++k) {
            double weight = 0;
            in >> weight;
            linear.weights.append(weight);
        }
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    model.deriveFromCounts();
    return model;
}

} // namespace cd::rules
