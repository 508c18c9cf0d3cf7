#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

namespace gc::test {

// The basemap test pattern: magenta, with a green square.
inline const QColor kMagenta(200, 40, 160);
inline const QColor kGreen(30, 180, 60);

// An MBTiles package of Geumcheon-gu (zoom 11-15) made by goodcity's own packager from a GeoTIFF
// in EPSG:3857 painted with the test pattern, the green square at `square` (EPSG:3857 metres) and
// the credit "© goodcity test pattern". Returns the package's path inside `dir`.
QString makeBasemapPackage(const QString &dir, const QRectF &square);

} // namespace gc::test
