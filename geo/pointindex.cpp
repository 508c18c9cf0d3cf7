#include "pointindex.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <queue>

namespace gc::geo {

namespace {

// Hilbert curve index of (x, y) on a 2^16 grid (Warren's "Hacker's Delight" variant, as in Flatbush).
uint32_t hilbert(uint32_t x, uint32_t y)
{
    uint32_t a = x ^ y;
    uint32_t b = 0xFFFF ^ a;
    uint32_t c = 0xFFFF ^ (x | y);
    uint32_t d = x & (y ^ 0xFFFF);
    uint32_t A = a | (b >> 1);
    uint32_t B = (a >> 1) ^ a;
    uint32_t C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
    uint32_t D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;
    a = A; b = B; c = C; d = D;
    A = ((a & (a >> 2)) ^ (b & (b >> 2)));
    B = ((a & (b >> 2)) ^ (b & ((a ^ b) >> 2)));
    C ^= ((a & (c >> 2)) ^ (b & (d >> 2)));
    D ^= ((b & (c >> 2)) ^ ((a ^ b) & (d >> 2)));
    a = A; b = B; c = C; d = D;
    A = ((a & (a >> 4)) ^ (b & (b >> 4)));
    B = ((a & (b >> 4)) ^ (b & ((a ^ b) >> 4)));
    C ^= ((a & (c >> 4)) ^ (b & (d >> 4)));
    D ^= ((b & (c >> 4)) ^ ((a ^ b) & (d >> 4)));
    a = A; b = B; c = C; d = D;
    C ^= ((a & (c >> 8)) ^ (b & (d >> 8)));
    D ^= ((b & (c >> 8)) ^ ((a ^ b) & (d >> 8)));
    a = C ^ (C >> 1);
    b = D ^ (D >> 1);
    uint32_t i0 = x ^ y;
    uint32_t i1 = b | (0xFFFF ^ (i0 | a));
    i0 = (i0 | (i0 << 8)) & 0x00FF00FF;
    i0 = (i0 | (i0 << 4)) & 0x0F0F0F0F;
    i0 = (i0 | (i0 << 2)) & 0x33333333;
    i0 = (i0 | (i0 << 1)) & 0x55555555;
    i1 = (i1 | (i1 << 8)) & 0x00FF00FF;
    i1 = (i1 | (i1 << 4)) & 0x0F0F0F0F;
    i1 = (i1 | (i1 << 2)) & 0x33333333;
    i1 = (i1 | (i1 << 1)) & 0x55555555;
    return (i1 << 1) | i0;
}

double boxDistanceSq(const double *b, double x, double y)
{
    const double dx = std::max({b[0] - x, 0.0, x - b[2]});
    const double dy = std::max({b[1] - y, 0.0, y - b[3]});
    return dx * dx + dy * dy;
}

} // namespace

PointIndex::PointIndex(std::span<const double> xs, std::span<const double> ys)
    : m_count(std::min(xs.size(), ys.size()))
    , m_xs(xs.begin(), xs.begin() + m_count)
    , m_ys(ys.begin(), ys.begin() + m_count)
{
    if (m_count == 0)
        return;
    size_t n = m_count;
    size_t numNodes = n;
    m_levelEnds.push_back(n);
    do {
        n = (n + kNodeSize - 1) / kNodeSize;
        numNodes += n;
        m_levelEnds.push_back(numNodes);
    } while (n != 1);

    double minX = m_xs[0], minY = m_ys[0], maxX = minX, maxY = minY;
    for (size_t i = 1; i < m_count; ++i) {
        minX = std::min(minX, m_xs[i]);
        maxX = std::max(maxX, m_xs[i]);
        minY = std::min(minY, m_ys[i]);
        maxY = std::max(maxY, m_ys[i]);
    }
    const double w = maxX - minX, h = maxY - minY;
    std::vector<uint32_t> codes(m_count);
    for (size_t i = 0; i < m_count; ++i) {
        const auto hx = uint32_t(w > 0 ? std::floor(65535.0 * (m_xs[i] - minX) / w) : 0);
        const auto hy = uint32_t(h > 0 ? std::floor(65535.0 * (m_ys[i] - minY) / h) : 0);
        codes[i] = hilbert(hx, hy);
    }
    std::vector<uint32_t> order(m_count);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return codes[a] < codes[b]; });

    m_boxes.resize(numNodes * 4);
    m_indices.resize(numNodes);
    for (size_t pos = 0; pos < m_count; ++pos) {
        const uint32_t id = order[pos];
        double *b = &m_boxes[pos * 4];
        b[0] = b[2] = m_xs[id];
        b[1] = b[3] = m_ys[id];
        m_indices[pos] = id;
    }
    size_t pos = 0;
    size_t parent = m_count;
    for (size_t level = 0; level + 1 < m_levelEnds.size(); ++level) {
        const size_t end = m_levelEnds[level];
        while (pos < end) {
            const size_t first = pos;
            double bx0 = INFINITY, by0 = INFINITY, bx1 = -INFINITY, by1 = -INFINITY;
            for (int k = 0; k < kNodeSize && pos < end; ++k, ++pos) {
                const double *c = &m_boxes[pos * 4];
                bx0 = std::min(bx0, c[0]);
                by0 = std::min(by0, c[1]);
                bx1 = std::max(bx1, c[2]);
                by1 = std::max(by1, c[3]);
            }
            double *p = &m_boxes[parent * 4];
            p[0] = bx0; p[1] = by0; p[2] = bx1; p[3] = by1;
            m_indices[parent] = uint32_t(first);
            ++parent;
        }
    }
}

size_t PointIndex::upperBound(size_t nodeIndex) const
{
    return *std::upper_bound(m_levelEnds.begin(), m_levelEnds.end(), nodeIndex);
}

void PointIndex::query(const QRectF &e, std::vector<uint32_t> &out) const
{
    if (m_count == 0)
        return;
    const double minX = e.left(), minY = e.top(), maxX = e.right(), maxY = e.bottom();
    std::vector<size_t> stack{m_boxes.size() / 4 - 1};
    while (!stack.empty()) {
        const size_t node = stack.back();
        stack.pop_back();
        const size_t first = m_indices[node];
        const size_t end = std::min(first + kNodeSize, upperBound(first));
        for (size_t pos = first; pos < end; ++pos) {
            const double *b = &m_boxes[pos * 4];
            if (maxX < b[0] || maxY < b[1] || minX > b[2] || minY > b[3])
                continue;
            if (pos < m_count)
                out.push_back(m_indices[pos]);
            else
                stack.push_back(pos);
        }
    }
}

void PointIndex::queryPolygon(const QPolygonF &polygon, std::vector<uint32_t> &out) const
{
    if (polygon.size() < 3)
        return;
    std::vector<uint32_t> candidates;
    query(polygon.boundingRect(), candidates);
    for (uint32_t id : candidates) {
        if (polygon.containsPoint(QPointF(m_xs[id], m_ys[id]), Qt::OddEvenFill))
            out.push_back(id);
    }
}

std::optional<uint32_t> PointIndex::nearest(double x, double y, double maxDistance) const
{
    if (m_count == 0)
        return std::nullopt;
    const double maxSq = maxDistance * maxDistance;
    using Entry = std::pair<double, size_t>; // distance², node position
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    queue.push({0.0, m_boxes.size() / 4 - 1});
    while (!queue.empty()) {
        const auto [d, node] = queue.top();
        queue.pop();
        if (d > maxSq)
            break;
        if (node < m_count)
            return m_indices[node];
        const size_t first = m_indices[node];
        const size_t end = std::min(first + kNodeSize, upperBound(first));
        for (size_t pos = first; pos < end; ++pos) {
            const double dist = boxDistanceSq(&m_boxes[pos * 4], x, y);
            if (dist <= maxSq)
                queue.push({dist, pos});
        }
    }
    return std::nullopt;
}

} // namespace gc::geo
