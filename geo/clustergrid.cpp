#include "clustergrid.h"
#include "tilegrid.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace gc::geo {

int ClusterGrid::Cell::dominantClass() const
{
    return int(std::max_element(classCounts.begin(), classCounts.end()) - classCounts.begin());
}

double ClusterGrid::cellSize(int z) const
{
    return m_settings.cellPixels * TileGrid::resolution(z);
}

ClusterGrid::ClusterGrid(std::span<const double> xs, std::span<const double> ys, std::span<const uint8_t> classes,
                         ClusterSettings settings)
    : m_settings(settings)
{
    const int levels = std::max(0, settings.maxLevel - settings.minLevel + 1);
    m_levels.resize(size_t(levels));
    const size_t n = std::min({xs.size(), ys.size(), classes.size()});
    // Cells at level z are 2× those at z+1, so the finest level is counted from the points and each
    // coarser one from the level below it; the cell edges nest because the sizes are powers of two.
    for (int li = levels - 1; li >= 0; --li) {
        const int z = settings.minLevel + li;
        const double size = cellSize(z);
        QHash<quint64, uint32_t> slot;
        auto &out = m_levels[size_t(li)];
        auto cellOf = [&](int32_t i, int32_t j) -> Cell & {
            const quint64 key = (quint64(uint32_t(i)) << 32) | uint32_t(j);
            auto it = slot.find(key);
            if (it == slot.end()) {
                it = slot.insert(key, uint32_t(out.size()));
                Cell c;
                c.i = i;
                c.j = j;
                out.push_back(c);
            }
            return out[*it];
        };
        if (li == levels - 1) {
            for (size_t k = 0; k < n; ++k) {
                Cell &c = cellOf(int32_t(std::floor((xs[k] - TileGrid::kOriginX) / size)),
                                 int32_t(std::floor((TileGrid::kOriginY - ys[k]) / size)));
                c.count += 1;
                c.sumX += xs[k];
                c.sumY += ys[k];
                c.single = uint32_t(k);
                c.classCounts[std::min<size_t>(classes[k], kMaxClasses - 1)] += 1;
            }
        } else {
            for (const Cell &f : m_levels[size_t(li + 1)]) {
                Cell &c = cellOf(f.i >> 1, f.j >> 1);
                c.count += f.count;
                c.sumX += f.sumX;
                c.sumY += f.sumY;
                c.single = f.single;
                for (int k = 0; k < kMaxClasses; ++k)
                    c.classCounts[k] += f.classCounts[k];
            }
        }
    }
}

const std::vector<ClusterGrid::Cell> &ClusterGrid::cells(int z) const
{
    static const std::vector<Cell> none;
    if (!hasLevel(z) || m_levels.empty())
        return none;
    return m_levels[size_t(z - m_settings.minLevel)];
}

void ClusterGrid::reclassify(double x, double y, uint8_t from, uint8_t to)
{
    from = std::min<uint8_t>(from, kMaxClasses - 1);
    to = std::min<uint8_t>(to, kMaxClasses - 1);
    for (size_t li = 0; li < m_levels.size(); ++li) {
        const double size = cellSize(m_settings.minLevel + int(li));
        const auto i = int32_t(std::floor((x - TileGrid::kOriginX) / size));
        const auto j = int32_t(std::floor((TileGrid::kOriginY - y) / size));
        for (Cell &c : m_levels[li]) {
            if (c.i == i && c.j == j) {
                if (c.classCounts[from] > 0)
                    c.classCounts[from] -= 1;
                c.classCounts[to] += 1;
                break;
            }
        }
    }
}

} // namespace gc::geo
