#pragma once

#include "result.h"

#include <QString>

#include <vector>

namespace gc::core {

class AssetStore;

// A QGIS project for offices that print their maps from QGIS (`export --format qgis`): DIR/<name>.gpkg,
// a copy of the inventory with its layer styles, and DIR/<name>.qgz, a QGIS 3.22 project in
// EPSG:5186 with the assets (coloured by status), the dongs (progress choropleth) and the event log.
// The project names the copy as ./<name>.gpkg, so the folder can be moved or mailed as it is.
// Written by hand (XML in a stored zip): goodcity does not need QGIS to make one.
class QgisProject {
public:
    struct Written {
        QString gpkg, qgz;
    };
    // `name` is the file name without extension (the inventory's, by default).
    static Result<Written> write(const AssetStore &store, const QString &dir, const QString &name = {});
    // The project XML (.qgs) for a copy named `gpkgFile` with the dongs' extent (minX, minY, maxX, maxY)
    // and the choropleth's class bounds in %.
    static QString projectXml(const QString &title, const QString &gpkgFile, const double extent[4], const std::vector<double> &dongBreaks);
};

} // namespace gc::core
