#pragma once

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

} // namespace cd::rules
