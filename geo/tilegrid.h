#pragma once

#include <QHashFunctions>
#include <QRectF>

#include <vector>

namespace gc::geo {

// One tile of the map's fixed tile pyramid.
struct TileKey {
    int z = 0;
    int x = 0;
    int y = 0;
    bool operator==(const TileKey &) const = default;
};

inline size_t qHash(const TileKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.z, k.x, k.y);
}

// The tile pyramid in map CRS metres: level z has kBaseResolution / 2^z metres per pixel, tiles of
// kTilePixels square counted from a fixed origin north-west of Korea, rows growing southwards.
// Map extents here are QRectF(minX, minY, width, height) with y pointing north.
struct TileGrid {
    static constexpr int kTilePixels = 256;
    static constexpr double kBaseResolution = 1024.0;
    static constexpr double kOriginX = -1'000'000.0;
    static constexpr double kOriginY = 2'000'000.0;
    static constexpr int kMaxLevel = 22;

    static double resolution(int z);
    // The level whose resolution is closest to `metresPerPixel` (tiles then scale by 0.7–1.4).
    static int levelFor(double metresPerPixel);
    static QRectF bounds(const TileKey &key);
    static std::vector<TileKey> covering(const QRectF &extent, int z);
};

// The view: centre in map CRS, metres per (logical) pixel, size in pixels.
struct Viewport {
    double centerX = 0;
    double centerY = 0;
    double resolution = 1;
    double width = 0;
    double height = 0;

    QPointF toScreen(double x, double y) const
    {
        return {(x - centerX) / resolution + width / 2, (centerY - y) / resolution + height / 2};
    }
    QPointF toMap(QPointF s) const
    {
        return {centerX + (s.x() - width / 2) * resolution, centerY - (s.y() - height / 2) * resolution};
    }
    QRectF extent() const
    {
        return {centerX - width / 2 * resolution, centerY - height / 2 * resolution, width * resolution,
                height * resolution};
    }
};

} // namespace gc::geo
