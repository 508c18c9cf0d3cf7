#include "tilegrid.h"

#include <algorithm>
#include <cmath>

namespace gc::geo {

double TileGrid::resolution(int z)
{
    return std::ldexp(kBaseResolution, -z);
}

int TileGrid::levelFor(double metresPerPixel)
{
    if (!(metresPerPixel > 0))
        return 0;
    const int z = int(std::lround(std::log2(kBaseResolution / metresPerPixel)));
    return std::clamp(z, 0, kMaxLevel);
}

QRectF TileGrid::bounds(const TileKey &key)
{
    const double span = kTilePixels * resolution(key.z);
    const double minX = kOriginX + key.x * span;
    const double maxY = kOriginY - key.y * span;
    return {minX, maxY - span, span, span};
}

std::vector<TileKey> TileGrid::covering(const QRectF &extent, int z)
{
    std::vector<TileKey> out;
    if (extent.isEmpty())
        return out;
    const double span = kTilePixels * resolution(z);
    const int x0 = int(std::floor((extent.left() - kOriginX) / span));
    const int x1 = int(std::floor((extent.right() - kOriginX) / span - 1e-9));
    const int y0 = int(std::floor((kOriginY - extent.bottom()) / span));
    const int y1 = int(std::floor((kOriginY - extent.top()) / span - 1e-9));
    out.reserve(size_t(std::max(0, x1 - x0 + 1)) * size_t(std::max(0, y1 - y0 + 1)));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            out.push_back({z, x, y});
    return out;
}

} // namespace gc::geo
