#include "slacolor.h"

#include <array>

namespace cd::models {

QColor slaColor(rules::SlaState state)
{
    // In the order of rules::SlaState: on track, at risk, overdue, paused, met, met late.
    static constexpr std::array<QRgb, 6> colors {0x2e7d32, 0xb26a00, 0xc62828,
                                                 0x607d8b, 0x757575, 0x8d4e4e};
    const auto index = std::size_t(state);
    return index < colors.size() ? QColor(colors[index]) : QColor();
}

} // namespace cd::models
