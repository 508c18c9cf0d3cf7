#pragma once

#include "model/assetfilter.h"
#include "result.h"
#include "store/assetsnapshot.h"

#include <QVariantMap>

#include <vector>

namespace gc::core {

// The map's reads of an inventory. Each call opens a read-only connection of its own, so the map
// runs them on its worker thread while the GUI thread's store keeps writing.
class AssetSnapshotQuery {
public:
    // Every located asset, in fid order; empty when the file has no assets table yet.
    static Result<AssetSnapshot> load(const QString &inventoryPath);
    // Per asset of `snapshot`: does it pass `filter`? (One SQL query; an empty filter passes all without one.)
    static Result<std::vector<uint8_t>> matches(const QString &inventoryPath, const AssetSnapshot &snapshot,
                                                const AssetFilter &filter);
    // Every column of one asset except its geometry, by column name; empty when there is no such fid.
    static Result<QVariantMap> details(const QString &inventoryPath, qint64 fid);
};

} // namespace gc::core
