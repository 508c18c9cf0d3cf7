#pragma once

#include "result.h"

namespace gc::core {

class SqliteDb;

// The inventory's schema and its migrations.
// PRAGMA user_version belongs to the GeoPackage spec as well (10300 = GeoPackage 1.3), so our schema
// version rides in its patch part: user_version = 10300 + schema version. GDAL and validate_gpkg.py
// read such a file as GeoPackage 1.3 without a warning.
class Schema {
public:
    static constexpr int kLatest = 5;
    static constexpr int kGpkgBase = 10300;
    static constexpr int kSrsId = 5186; // Korea 2000 / Central Belt 2010

    // Schema version of an open inventory: 0 for an empty file, -1 for a GeoPackage that is not ours.
    static Result<int> version(const SqliteDb &db);
    // Brings the file to kLatest, one transaction per version; the file is untouched on error.
    static VoidResult migrate(const SqliteDb &db);
    // True when the file has tables but is not a GeoPackage inventory of ours (or no GeoPackage).
    static VoidResult checkIsInventory(const SqliteDb &db);
    // Column list of the `assets` table after fid and geom, in order.
    static QString assetColumns();
};

} // namespace gc::core
