#include "choropleth.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace gc::geo {

namespace {
const std::array<ChoroplethClass, 5> kClasses{{
    {0.2, QColor(0xED, 0xF8, 0xE9, 200)},
    {0.4, QColor(0xBA, 0xE4, 0xB3, 200)},
    {0.6, QColor(0x74, 0xC4, 0x76, 200)},
    {0.8, QColor(0x31, 0xA3, 0x54, 200)},
    {1.0, QColor(0x00, 0x6D, 0x2C, 200)},
}};
} // namespace

std::span<const ChoroplethClass> Choropleth::classes()
{
    return kClasses;
}

QColor Choropleth::colourFor(double share)
{
    if (std::isnan(share))
        return noData();
    share = std::clamp(share, 0.0, 1.0);
    for (const auto &c : kClasses)
        if (share <= c.upTo)
            return c.colour;
    return kClasses.back().colour;
}

QString Choropleth::classLabel(int i)
{
    const double from = i == 0 ? 0.0 : kClasses[size_t(i - 1)].upTo;
    return QStringLiteral("%1–%2%").arg(int(std::lround(from * 100))).arg(int(std::lround(kClasses[size_t(i)].upTo * 100)));
}

} // namespace gc::geo
