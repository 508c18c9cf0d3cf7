#pragma once

#include <QString>

#include <gdal_priv.h>
#include <QStringList>

namespace gc::test {

// The dong GeoJSON shipped with the project (EPSG:4326, UTF-8).
QString dongGeoJson();
// Copies a vector source into another format and CRS with GDALVectorTranslate (ogr2ogr);
// returns GDAL's error text, empty on success.
QString translateVector(const QString &src, const QString &dst, const QStringList &ogr2ogrArgs);
// A tiled GeoTIFF of size×size pixels in `bands` Byte bands, north up, its top-left corner at
// (x0, y0) in EPSG:`epsg` with square `pixel`s; null when GDAL fails.
GDALDatasetUniquePtr createGeoTiff(const QString &path, int size, int bands, int epsg, double x0, double y0, double pixel);

} // namespace gc::test
