#include "choroplethscale.h"

#include <algorithm>
#include <cmath>

namespace gc::geo::choroplethscale {

std::vector<double> rangeBreaks(std::span<const double> percents)
{
    if (percents.size() < 2)
        return {0, 20, 40, 60, 80, 100};
    const auto [lo, hi] = std::minmax_element(percents.begin(), percents.end());
    double from = std::floor(*lo), to = std::ceil(*hi);
    if (to - from < kClasses) {
        from = std::clamp(std::floor((from + to) / 2 - kClasses / 2.0), 0.0, 100.0 - kClasses);
        to = from + kClasses;
    }
    std::vector<double> out;
    for (int i = 0; i <= kClasses; ++i)
        out.push_back(from + (to - from) * i / kClasses);
    return out;
}

} // namespace gc::geo::choroplethscale
