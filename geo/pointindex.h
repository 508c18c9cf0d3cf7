#pragma once

#include <QPolygonF>
#include <QRectF>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace gc::geo {

// A packed, static Hilbert R-tree over points (after Flatbush): built once in O(n log n), answers
// box, lasso and nearest queries in microseconds for a million points. Ids are the input positions.
// Immutable after construction, so any number of threads may query it.
class PointIndex {
public:
    static constexpr int kNodeSize = 16;

    PointIndex() = default;
    PointIndex(std::span<const double> xs, std::span<const double> ys);

    size_t size() const { return m_count; }
    // Extents are QRectF(minX, minY, width, height) in the points' units, edges included.
    void query(const QRectF &extent, std::vector<uint32_t> &out) const;
    void queryPolygon(const QPolygonF &polygon, std::vector<uint32_t> &out) const;
    // The closest point within maxDistance, if any.
    std::optional<uint32_t> nearest(double x, double y, double maxDistance) const;

private:
    size_t upperBound(size_t nodeIndex) const;

    size_t m_count = 0;
    std::vector<double> m_boxes;     // 4 per node: minX, minY, maxX, maxY; leaves first, root last
    std::vector<uint32_t> m_indices; // leaf: item id; inner node: index of its first child
    std::vector<size_t> m_levelEnds; // node index one past each level
    std::vector<double> m_xs, m_ys;  // item coordinates by id, for exact tests
};

} // namespace gc::geo
