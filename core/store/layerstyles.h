#pragma once

#include "result.h"

#include <QString>

#include <vector>

namespace gc::core {

class AssetStore;
class SqliteDb;

// Map styles that travel inside the GeoPackage: the `layer_styles` table QGIS (and GDAL) read, holding
// the default style of `assets` (colour by rollout status in the app's palette, shape by category,
// Korean names as labels from 1:5,000 in) and of `dongs` (progress choropleth, classed on the data's
// range so dongs at 49–53 % do not all look the same).
class LayerStyles {
public:
    static constexpr char kStyleName[] = "goodcity";

    // Creates `layer_styles` when missing (registered in gpkg_contents as attributes, so the file stays a
    // valid GeoPackage), then writes goodcity's default style for `assets` and, when the file has one,
    // `dongs`, replacing the one written before. Call inside a transaction when it must be atomic.
    static VoidResult write(const SqliteDb &db);
    // The same on an open inventory, in one transaction (the demo, after filling it).
    static VoidResult write(AssetStore &store);
    // The same on a GeoPackage that is not an inventory (`export --format gpkg`).
    static VoidResult writeToFile(const QString &gpkgPath);

    // Share of each dong's assets (cancelled ones left out) that are installed or verified, in %.
    static Result<std::vector<double>> dongShares(const SqliteDb &db);
    // Five class breaks (six values) over the shares' range, rounded outward to whole percent;
    // 0–100 when there is no data yet. The classes of the app's map and the PDF report (geo::Choropleth).
    static std::vector<double> classBreaks(const std::vector<double> &shares);

    static QString assetsQml();
    static QString dongsQml(const std::vector<double> &breaks);
    // The renderer and labeling of those styles, as a QGIS project embeds them in its <maplayer>.
    static QString assetsSymbology();
    static QString dongsSymbology(const std::vector<double> &breaks);
};

} // namespace gc::core
