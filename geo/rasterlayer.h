#pragma once

#include "handlepool.h"
#include "result.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>

class GDALDataset;

namespace gc::geo {

// Limits that keep a raster from freezing the map.
struct RasterLimits {
    // Above this many pixels a raster must carry overviews (gdaladdo): a zoomed-out view would
    // otherwise read the whole file for every tile.
    double maxPixelsWithoutOverviews = 10000.0 * 10000.0;
};

// A raster source (GeoTIFF, orthophoto, any GDAL raster) drawn into map tiles. Each read asks GDAL
// for only the window on screen at the overview level matching the tile's resolution. Reads may
// come from several threads: every thread borrows its own dataset handle from a small pool.
class RasterLayer {
public:
    static Result<std::shared_ptr<RasterLayer>> open(const QString &path, const QString &crsOverride = {},
                                                     const QString &mapCrs = QStringLiteral("EPSG:5186"),
                                                     RasterLimits limits = {});
    ~RasterLayer();
    RasterLayer(const RasterLayer &) = delete;
    RasterLayer &operator=(const RasterLayer &) = delete;

    // Pixels of `mapExtent` (QRectF(minX, minY, w, h), y north) as a `size` image; transparent where
    // the raster has no data. A null image when the extent misses the raster or GDAL fails.
    QImage read(const QRectF &mapExtent, QSize size) const;

    QRectF extent() const { return m_extent; }
    QSize pixelSize() const { return m_pixelSize; }
    int overviewCount() const { return m_overviews; }
    QString sourceCrs() const { return m_sourceCrs; }

private:
    struct Handle;
    RasterLayer() = default;
    std::unique_ptr<Handle> borrow() const;
    void giveBack(std::unique_ptr<Handle> h) const;
    std::unique_ptr<Handle> openHandle() const;

    QString m_path;
    QString m_srcWkt;   // the raster's CRS as WKT
    QString m_dstWkt;   // map CRS as WKT; warped when different from m_srcWkt
    bool m_warp = false;
    QRectF m_extent;
    QSize m_pixelSize;
    int m_overviews = 0;
    QString m_sourceCrs;
    double m_scaleMin = 0, m_scaleMax = 255; // linear stretch for non-byte bands
    mutable HandlePool<Handle> m_pool;
};

} // namespace gc::geo
