// A classifier as bytes and back: what it has counted (both tables) and its fitted linear
// model. What follows from those (log-counts, the vocabulary, indexes) is not written:
// deriveFromCounts() makes it again. Features are written in the order of their keys, so
// the same model gives the same bytes (a reproducible build).
#include "classifier.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cstring>
#include <type_traits>

namespace cd::rules {

namespace {

// The first bytes of saved(); the number after them changes with the layout below.
constexpr quint32 magic = 0x43444d4c; // "CDML"
constexpr quint32 layout = 2;
// Bounds that no real model comes near: a corrupt length is refused, not allocated.
constexpr quint32 maxLabels = 100000;
constexpr quint32 maxFeatures = 50000000;

template<typename Map> QList<typename Map::key_type> sortedKeys(const Map &map)
{
    QList<typename Map::key_type> keys = map.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

// The layout's values: integers and doubles little-endian (a double as its IEEE-754 bits),
// a text as its UTF-8 length and bytes.
class Writer
{
public:
    template<typename T> Writer &operator<<(T value)
    {
        static_assert(std::is_arithmetic_v<T>);
        if constexpr (std::is_floating_point_v<T>)
            return *this << std::bit_cast<quint64>(double(value));
        else {
            const T little = qToLittleEndian(value);
            m_bytes.append(reinterpret_cast<const char *>(&little), sizeof(T));
            return *this;
        }
    }
    Writer &operator<<(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        *this << quint32(utf8.size());
        m_bytes.append(utf8);
        return *this;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Reads what Writer wrote; once a read runs past the end, ok() is false and every later
// read gives zero.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_at(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {
    }
    template<typename T> T read()
    {
        static_assert(std::is_arithmetic_v<T>);
        if constexpr (std::is_floating_point_v<T>) {
            return T(std::bit_cast<double>(read<quint64>()));
        } else {
            if (!take(sizeof(T)))
                return T(0);
            T value;
            std::memcpy(&value, m_at - sizeof(T), sizeof(T));
            return qFromLittleEndian(value);
        }
    }
    QString readText()
    {
        const quint32 size = read<quint32>();
        if (!take(size))
            return {};
        return QString::fromUtf8(m_at - size, qsizetype(size));
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

private:
    bool take(std::size_t size)
    {
        if (!m_ok || std::size_t(m_end - m_at) < size) {
            m_ok = false;
            return false;
        }
        m_at += size;
        return true;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

} // namespace

QByteArray Classifier::saved() const
{
    Writer out;
    out << magic << layout << qint32(m_examples);
    for (const Table *table : {&m_categories, &m_subcategories}) {
        out << quint32(table->labels.size());
        for (const Table::Label &label : table->labels)
            out << label.name << label.total[0] << label.total[1] << label.documents;
        out << quint32(table->features.size());
        for (const FeatureKey key : sortedKeys(table->features)) {
            const Table::Feature &feature = table->features.find(key).value();
            out << key << quint32(feature.counts.size());
            for (const Table::Feature::Count &entry : feature.counts)
                out << quint32(entry.label) << entry.count;
        }
    }
    const qsizetype n = m_linear.labels.size();
    out << quint32(n);
    for (qsizetype k = 0; k < n; ++k)
        out << m_linear.labels.at(k) << m_linear.bias.at(k);
    out << quint32(m_linear.feature.size());
    for (const FeatureKey key : sortedKeys(m_linear.feature)) {
        const qsizetype row = m_linear.feature.value(key);
        out << key << m_linear.scale.at(row);
        for (qsizetype k = 0; k < n; ++k)
            out << m_linear.weights.at(row * n + k);
    }
    return out.bytes();
}

std::optional<Classifier> Classifier::restored(const QByteArray &bytes)
{
    Reader in(bytes);
    if (in.read<quint32>() != magic || in.read<quint32>() != layout || !in.ok())
        return std::nullopt;
    Classifier model;
    model.m_examples = in.read<qint32>();
    for (Table *table : {&model.m_categories, &model.m_subcategories}) {
        const quint32 labels = in.read<quint32>();
        if (!in.ok() || labels > maxLabels)
            return std::nullopt;
        for (quint32 i = 0; i < labels && in.ok(); ++i) {
            Table::Label label;
            label.name = in.readText();
            label.total[0] = in.read<double>();
            label.total[1] = in.read<double>();
            label.documents = in.read<double>();
            table->labels.append(label);
        }
        const quint32 features = in.read<quint32>();
        if (!in.ok() || features > maxFeatures)
            return std::nullopt;
        table->features.reserve(features);
        for (quint32 i = 0; i < features && in.ok(); ++i) {
            const FeatureKey key = in.read<FeatureKey>();
            const quint32 positive = in.read<quint32>();
            // a feature is kept while some label has it; its labels are known and ascending
            if (positive == 0 || positive > labels)
                return std::nullopt;
            Table::Feature feature;
            feature.counts.resize(positive);
            for (quint32 j = 0; j < positive; ++j) {
                const quint32 at = in.read<quint32>();
                const double count = in.read<double>();
                const bool ascending = j == 0 || int(at) > feature.counts.at(j - 1).label;
                if (at >= labels || !ascending || !(count > 0))
                    return std::nullopt;
                feature.counts[j] = {int(at), count, 0.0};
            }
            table->features.insert(key, std::move(feature));
        }
    }
    Linear &linear = model.m_linear;
    const quint32 n = in.read<quint32>();
    if (!in.ok() || n > maxLabels)
        return std::nullopt;
    for (quint32 k = 0; k < n && in.ok(); ++k) {
        linear.labels.append(in.readText());
        linear.bias.append(in.read<double>());
    }
    const quint32 rows = in.read<quint32>();
    if (!in.ok() || rows > maxFeatures || std::size_t(bytes.size()) < std::size_t(rows) * n * 8)
        return std::nullopt;
    linear.feature.reserve(rows);
    linear.scale.resize(rows);
    linear.weights.resize(qsizetype(rows) * n);
    double *weight = linear.weights.data();
    for (quint32 row = 0; row < rows && in.ok(); ++row) {
        linear.feature.insert(in.read<FeatureKey>(), row);
        linear.scale[row] = in.read<double>();
        for (quint32 k = 0; k < n; ++k)
            *weight++ = in.read<double>();
    }
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    model.deriveFromCounts();
    return model;
}

} // namespace cd::rules
