#pragma once

#include "result.h"

#include <QString>

#include <functional>

namespace gc::geo {

// Writes an offline basemap package (MBTiles or a GeoPackage tile set) from any raster source GDAL
// reads: the source is warped onto Web Mercator tiles of the finest zoom, written by GDAL's driver,
// and the coarser zooms are built as its overviews.
class TilePackageWriter {
public:
    struct Pyramid {
        double minX = 0, minY = 0, maxX = 0, maxY = 0; // EPSG:3857 metres, snapped outwards to whole tiles of maxZoom
        double resolution = 0;  // metres per pixel at maxZoom
        int minZoom = 0, maxZoom = 0;
        QString name;           // the package's NAME and DESCRIPTION
        double finestShare = 1; // the finest zoom's part of the progress, the overviews the rest
    };
    // `out` is replaced; `credit` (the source's attribution) goes into a GeoPackage's metadata (an
    // MBTiles file keeps it in its own table, which the caller writes).
    static VoidResult write(const QString &source, const Pyramid &pyramid, const QString &out, bool mbtiles, const QString &credit,
                            const std::function<void(double)> &progress);
};

} // namespace gc::geo
