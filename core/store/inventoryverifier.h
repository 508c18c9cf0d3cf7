#pragma once

#include <QString>
#include <QStringList>

namespace gc::core {

class AssetStore;

// Checks that an inventory is whole: schema, GeoPackage tables, the log replays to exactly the stored
// tables (so nothing was edited behind the log), the R-tree matches, and every photo file is present
// with the right hash.
class InventoryVerifier {
public:
    struct Report {
        QStringList problems; // one line each, naming the table, asset code or file
        qint64 assets = 0, events = 0, photos = 0;
        // Of the problems: rows of `assets` added, changed or deleted behind the log (QGIS, ogr2ogr),
        // which `goodcity-cli adopt` records as events; and everything else (damage).
        qint64 outsideEdits = 0, damage = 0;
        bool ok() const { return problems.isEmpty(); }
        bool onlyOutsideEdits() const { return outsideEdits > 0 && damage == 0; }
    };

    static Report run(const AssetStore &store);
};

} // namespace gc::core
