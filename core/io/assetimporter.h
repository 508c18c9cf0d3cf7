#pragma once

#include "result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace gc::core {

class AssetStore;

// Brings assets in from any GDAL vector source (GeoPackage, GeoJSON, Shapefile, CSV or XLSX with
// coordinate columns). All or nothing: one bad row and nothing is written.
class AssetImporter {
public:
    struct Options {
        QString layer;                  // which layer/sheet; required when the source has several
        QMap<QString, QString> fieldMap; // source column → our field key (--map SRC=DEST)
        QString sourceSrs;              // --s-srs, e.g. EPSG:5174; else the layer's own CRS
        QString encoding;               // --encoding, e.g. CP949; else UTF-8, or CP949 when the bytes are not UTF-8
    };
    struct RowError {
        qint64 row = 0;  // spreadsheet row (header = 1) for CSV/XLSX, feature number otherwise
        QString column;  // the source column as the user named it
        QString value;
        QString reason;  // Korean / English
        QString toString() const;
    };
    struct Report {
        QString source, layer, encoding, srs;
        qint64 rows = 0, imported = 0;
        QStringList notes;              // what was assumed: encoding, CRS, ignored columns
        std::vector<RowError> errors;
        bool ok() const { return errors.empty(); }
    };

    // A Result error means the source could not be read at all (exit 2); a Report with errors
    // means rows are bad and nothing was imported (exit 1).
    static Result<Report> run(AssetStore &store, const QString &source, const Options &options,
                              const std::function<void(qint64, qint64)> &progress = {});
};

} // namespace gc::core
