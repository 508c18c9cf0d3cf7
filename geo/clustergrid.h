#pragma once

#include <QRectF>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace gc::geo {

// How points are grouped at low zoom: cells of `cellPixels` screen pixels at each tile level.
struct ClusterSettings {
    double cellPixels = 72;
    int minLevel = 6;  // ~16 m/px: the whole of Seoul
    int maxLevel = 12; // ~0.25 m/px: beyond this every asset is drawn on its own
};

// Per-level grids of point counts, built once per filter so that a frame at low zoom only walks the
// few hundred cells in view. Each cell keeps its centroid, count per class (status) and, when it
// holds a single point, that point's id so it can be drawn as itself.
class ClusterGrid {
public:
    static constexpr int kMaxClasses = 8;
    struct Cell {
        int32_t i = 0;
        int32_t j = 0;
        uint32_t count = 0;
        uint32_t single = 0; // id of a point in the cell (the only one when count == 1)
        double sumX = 0;
        double sumY = 0;
        std::array<uint32_t, kMaxClasses> classCounts{};
        double x() const { return sumX / count; }
        double y() const { return sumY / count; }
        int dominantClass() const;
    };

    ClusterGrid() = default;
    ClusterGrid(std::span<const double> xs, std::span<const double> ys, std::span<const uint8_t> classes,
                ClusterSettings settings = {});

    const ClusterSettings &settings() const { return m_settings; }
    bool hasLevel(int z) const { return z >= m_settings.minLevel && z <= m_settings.maxLevel; }
    double cellSize(int z) const;
    const std::vector<Cell> &cells(int z) const;
    // Moves one point from class `from` to class `to` in every level (a status change).
    void reclassify(double x, double y, uint8_t from, uint8_t to);

private:
    ClusterSettings m_settings;
    std::vector<std::vector<Cell>> m_levels; // index z - minLevel
};

} // namespace gc::geo
