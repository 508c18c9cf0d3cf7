#pragma once

#include <QString>

namespace gc::geo {

// The text forms of an EPSG coordinate reference system, as PROJ's database gives them, for files
// that carry their CRS as text (a GeoPackage's gpkg_spatial_ref_sys, a QGIS project).
class CrsDefinition {
public:
    enum class Wkt { Default, Wkt2_2019 };
    // Empty when PROJ does not know the code.
    static QString wkt(int epsg, Wkt form = Wkt::Default);
    static QString proj4(int epsg);
};

} // namespace gc::geo
