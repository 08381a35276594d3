#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace cd::rules {

// The codes of an enumeration whose values are 0, 1, 2, ... in declaration order: one text
// per value, as the store keeps it and commands and files spell it. Codes are read back
// with `sensitivity`; a value outside the table has no code (an empty one).
template<typename Enum, std::size_t N> class CodeTable
{
public:
    constexpr CodeTable(std::array<const char *, N> codes, Qt::CaseSensitivity sensitivity)
        : m_codes(codes)
        , m_sensitivity(sensitivity)
    {
    }

    QString code(Enum value) const
    {
        const auto index = std::size_t(value);
        return index < N ? QLatin1String(m_codes[index]) : QString();
    }

    std::optional<Enum> fromCode(const QString &text) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (text.compare(QLatin1String(m_codes[i]), m_sensitivity) == 0)
                return static_cast<Enum>(i);
        }
        return std::nullopt;
    }

    QList<Enum> all() const
    {
        QList<Enum> values;
        for (std::size_t i = 0; i < N; ++i)
            values.append(static_cast<Enum>(i));
        return values;
    }

private:
    std::array<const char *, N> m_codes;
    Qt::CaseSensitivity m_sensitivity;
};

// The labels of an enumeration whose values are 0, 1, 2, ... in declaration order: one
// source text per value (marked for lupdate with QT_TRANSLATE_NOOP in `context`), given
// translated; a value outside the table has an empty label.
template<typename Enum, std::size_t N> class LabelTable
{
public:
    constexpr LabelTable(const char *context, std::array<const char *, N> texts)
        : m_context(context)
        , m_texts(texts)
    {
    }

    QString label(Enum value) const
    {
        const auto index = std::size_t(value);
        return index < N ? QCoreApplication::translate(m_context, m_texts[index]) : QString();
    }

private:
    const char *m_context;
    std::array<const char *, N> m_texts;
};

// A key and the source text of its label, marked for lupdate with QT_TRANSLATE_NOOP.
struct KeyedLabel
{
    const char *key;
    const char *text;
};

// The label of `key` in `labels`, translated in `context`; none when `key` is not there.
template<std::size_t N>
std::optional<QString> labelOf(const char *context, const std::array<KeyedLabel, N> &labels,
                               const QString &key)
{
    for (const KeyedLabel &label : labels) {
        if (key == QLatin1String(label.key))
            return QCoreApplication::translate(context, label.text);
    }
    return std::nullopt;
}

} // namespace cd::rules
