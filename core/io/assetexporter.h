#pragma once

#include "model/assetfilter.h"
#include "result.h"

#include <QString>

#include <functional>
#include <optional>

namespace gc::core {

class AssetStore;

// Writes the assets (all, or those a filter selects) to a file for other programs: spreadsheets
// with Korean headers and labels (XLSX; CSV in UTF-8 with a BOM so Korean Excel reads it) and GIS
// layers with field codes (GeoPackage in EPSG:5186, GeoJSON in WGS 84). Everything goes through GDAL.
class AssetExporter {
public:
    enum class Format { Xlsx, Csv, Gpkg, GeoJson };
    static std::optional<Format> formatFromName(const QString &name); // "xlsx", "csv", "gpkg", "geojson"
    static QString sheetName() { return QStringLiteral("assets"); }

    // Extra spreadsheet columns after the asset fields.
    static QString dongNameHeader() { return QStringLiteral("행정동"); }
    static QString lonHeader() { return QStringLiteral("경도"); }
    static QString latHeader() { return QStringLiteral("위도"); }

    // Writes OUT (replacing an earlier export, never the inventory itself); returns the number of assets.
    // `progress` gets (done, total).
    static Result<qint64> write(const AssetStore &store, const QString &out, Format format, const AssetFilter &filter = {},
                                const std::function<void(qint64, qint64)> &progress = {});
};

} // namespace gc::core
