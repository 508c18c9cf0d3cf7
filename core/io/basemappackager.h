#pragma once

#include "result.h"

#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

namespace gc::core {

// What a size estimate assumes.
struct BasemapPackageSettings {
    // An average 256×256 PNG street-map tile; aerial photos as PNG run larger, empty tiles smaller.
    double bytesPerTile = 16.0 * 1024;
    int maxZoom = 22;
};

// The tiles an offline package of one area holds, zoom by zoom (XYZ / Web Mercator tiles).
struct BasemapPackagePlan {
    struct Level {
        int zoom = 0;
        qint64 tiles = 0;
    };
    QString areaName;
    QRectF extent; // EPSG:3857 metres, QRectF(minX, minY, w, h), y north
    int minZoom = 0;
    int maxZoom = 0;
    std::vector<Level> levels;
    qint64 totalTiles() const;
    double estimatedBytes = 0;
};

// Packages a basemap source for offline use: the area's tiles from `minZoom` to `maxZoom` into
// one MBTiles or GeoPackage file, written by GDAL's own drivers (the finest zoom by GDALTranslate,
// the coarser ones as overviews), with the source's attribution kept in the file.
class BasemapPackager {
public:
    // "gu" (all of Geumcheon-gu) or "dong=NAME" (가산동, or its English name) as an EPSG:3857 extent.
    static Result<BasemapPackagePlan> area(const QString &spec);
    // "12-19" (or one level "17") within 0…settings.maxZoom.
    static VoidResult parseZooms(const QString &spec, BasemapPackagePlan &plan, const BasemapPackageSettings &settings = {});
    // Counts the tiles per zoom and estimates the file size.
    static void estimate(BasemapPackagePlan &plan, const BasemapPackageSettings &settings = {});
    // Writes `out` (.mbtiles or .gpkg; an existing file is replaced). `progress` gets 0…1.
    static VoidResult write(const QString &source, const BasemapPackagePlan &plan, const QString &out,
                            const std::function<void(double)> &progress = {});
};

} // namespace gc::core
