#pragma once

#include "model/asset.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace gc::core {

class AssetStore;

// One field of an asset row as the log has it and as the table has it.
struct FieldChange {
    QString field; // asset field key, or "geom"
    QString before, after;
    bool operator==(const FieldChange &) const = default;
};

// A row of `assets` that someone changed behind the event log (QGIS, ogr2ogr -update, a spreadsheet
// round trip through GDAL), found by comparing the table with a replay of the log.
struct OutsideEdit {
    enum class Kind { Added, Changed, Deleted };
    Kind kind = Kind::Changed;
    qint64 fid = 0; // the table row; 0 for a deleted one
    QString uuid, code;
    std::vector<FieldChange> changes;   // to be recorded as events
    std::vector<FieldChange> conflicts; // also changed by a newer event on the same field: the event stands
    std::vector<FieldChange> restored;  // columns the log derives (created_at, updated_at): rewritten from it
    QStringList refused;                // why it cannot be adopted, one reason per line; empty when it can
    Asset asset;                        // what adopting records: the new row, or the logged state of a deleted one
};

// Turns edits made outside the app into history (goodcity-cli adopt): finds them, and records them as
// events by the store's actor, so they sync and `verify` passes again.
class OutsideEdits {
public:
    static Result<std::vector<OutsideEdit>> find(const AssetStore &store);
    struct Adopted {
        int events = 0;   // events recorded
        int assets = 0;   // rows adopted or restored from the log
        int refused = 0;  // rows left as they are
    };
    // Records the edits that are not refused in one transaction; conflicting fields take the log's value.
    static Result<Adopted> adopt(AssetStore &store, const std::vector<OutsideEdit> &edits);
    // Readable lines for a person: "GC-BENCH-000001 name: 'a' → 'b'", conflicts and refusals named.
    static QStringList describe(const OutsideEdit &edit);

    // What the app tells on opening a file edited outside the log: counts and the first lines of the diff.
    struct Summary {
        int assets = 0;    // rows edited outside the log
        int adoptable = 0; // of them, rows adopt records
        int refused = 0;   // rows adopt leaves as they are
        int conflicts = 0; // fields a newer event also set (the event stands)
        QStringList lines; // "GC-BENCH-000001 name: 'a' → 'b'", one per field, the first `maxLines`
    };
    static Summary summarize(const std::vector<OutsideEdit> &edits, int maxLines);
};

} // namespace gc::core
