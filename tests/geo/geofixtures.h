#pragma once

#include <QString>
#include <QStringList>

namespace gc::test {

// The dong GeoJSON shipped with the project (EPSG:4326, UTF-8).
QString dongGeoJson();
// Copies a vector source into another format and CRS with GDALVectorTranslate (ogr2ogr);
// returns GDAL's error text, empty on success.
QString translateVector(const QString &src, const QString &dst, const QStringList &ogr2ogrArgs);

} // namespace gc::test
