#pragma once

#include "result.h"
#include "vectorlayer.h"

#include <QString>

#include <vector>

namespace gc::core {

class SqliteDb;

// One entry of the map's layer list as the inventory keeps it. `path` is the file the layer reads;
// kind "inventory" means the inventory file itself (its `dongs` table, the default base layer).
struct LayerRecord {
    QString name;
    QString kind = QStringLiteral("vector"); // vector | raster | inventory
    QString path;
    QString sourceLayer; // layer inside a multi-layer source
    QString encoding;    // attribute encoding when the file does not say (CP949 for old Shapefiles)
    QString crs;         // CRS to assume when the file does not say, or says wrong
    QString labelField;
    QString fill = QStringLiteral("#281E88E5");
    QString stroke = QStringLiteral("#1565C0");
    double opacity = 1.0;
    bool visible = true;

    bool operator==(const LayerRecord &) const = default;
};

// Saves the map's layer list (order, visibility, style) in the inventory, in table `gc_layers`,
// registered in gpkg_contents as attributes so the file stays a valid GeoPackage.
class LayerStore {
public:
    // The saved list in panel order (top of the map first); empty when none was ever saved.
    static Result<std::vector<LayerRecord>> load(const SqliteDb &db);
    // Replaces the saved list in one transaction (creating the table on first save).
    static VoidResult save(const SqliteDb &db, const std::vector<LayerRecord> &layers);
    // The same on the inventory at `inventoryPath`, over a connection of their own (the map's layer
    // panel loads and saves off the UI thread, beside the app's open store).
    static Result<std::vector<LayerRecord>> load(const QString &inventoryPath);
    static VoidResult save(const QString &inventoryPath, const std::vector<LayerRecord> &layers);
    // A feature table of the inventory itself (its dongs) read through SQLite, for the map: GDAL opening
    // the file would close a descriptor of it, and closing any descriptor of a file drops every POSIX
    // lock the process holds on it, SQLite's among them — an outside reader (QGIS, sqlite3) then deleted
    // the WAL the app still wrote into, and a kill lost replacements it had reported saved.
    struct TableFeatures {
        QString crs; // "EPSG:n"
        std::vector<geo::WkbFeature> features;
    };
    static Result<TableFeatures> readFeatures(const QString &inventoryPath, const QString &table, const QString &labelField,
                                              const QString &keyField);
};

} // namespace gc::core
