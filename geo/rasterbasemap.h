#pragma once

#include "handlepool.h"
#include "result.h"

#include <QCache>
#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>
#include <mutex>

namespace gc::geo {

// How a basemap is opened and how much of it is kept in memory.
struct RasterBasemapOptions {
    QString mapCrs = QStringLiteral("EPSG:5186");
    // Where GDAL's WMS/TMS driver keeps downloaded tiles for sources whose XML has a <Cache/>
    // element (GDAL_DEFAULT_WMS_CACHE_PATH); empty leaves GDAL's own setting alone.
    QString diskCacheDirectory;
    // Rendered map tiles kept in memory, so a restyle of the layers above does not warp again.
    qint64 memoryCacheBytes = 48LL * 1024 * 1024;
};

// A basemap drawn by GDAL: anything GDAL opens as a raster — a GDAL WMS/TMS/WMTS XML file (XYZ
// tiles from a server, with GDAL's disk cache), an MBTiles or GeoPackage tile pyramid, a GeoTIFF
// orthophoto. Each render warps only the requested map extent into the map CRS with GDALWarp,
// which reads the source at the overview (zoom level) matching the output resolution. Safe to call
// from several worker threads: each borrows its own dataset handle.
class RasterBasemap {
public:
    static Result<std::shared_ptr<RasterBasemap>> open(const QString &source, const RasterBasemapOptions &options = {});
    ~RasterBasemap();
    RasterBasemap(const RasterBasemap &) = delete;
    RasterBasemap &operator=(const RasterBasemap &) = delete;

    // `mapExtent` (QRectF(minX, minY, w, h) in the map CRS, y north) as a `size` image,
    // transparent where the source has nothing. Null when GDAL fails.
    QImage render(const QRectF &mapExtent, QSize size) const;

    QString source() const { return m_source; }
    // The credit the source's licence asks for ("© OpenStreetMap contributors"), or empty.
    QString attribution() const { return m_attribution; }
    QString driver() const { return m_driver; }
    QString sourceCrs() const { return m_sourceCrs; }
    // Where the source has data, in the map CRS; null for a world-wide source.
    QRectF extent() const { return m_extent; }
    int overviewCount() const { return m_overviews; }

private:
    struct Handle;
    RasterBasemap() = default;
    std::unique_ptr<Handle> borrow() const;
    void giveBack(std::unique_ptr<Handle> h) const;
    std::unique_ptr<Handle> openHandle() const;
    QImage warp(Handle &h, const QRectF &mapExtent, QSize size) const;

    QString m_source;
    QString m_attribution;
    QString m_driver;
    QString m_sourceCrs;
    QByteArray m_mapWkt;
    QRectF m_extent;
    int m_overviews = 0;
    bool m_sourceHasAlpha = false;
    bool m_expandPalette = false;
    mutable HandlePool<Handle> m_pool;
    mutable std::mutex m_cacheMutex;
    mutable QCache<QString, QImage> m_cache;
};

} // namespace gc::geo
