#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace gc::core {

class AssetStore;

// Where a copy of a server's inventory starts: the store it was loaded into (`goodcity-server init
// --from`) and the cursor that history ends at. A tablet that starts from such a copy has neither to
// send that history back nor to pull it again, and its first edits are judged against that cursor, not
// against 0 (which would flag every edit of the copy as concurrent with the history it already holds).
struct StoreOrigin {
    QString storeId;
    qint64 cursor = 0;

    // Recorded in the inventory's gc_meta (sync.origin_store_id, sync.origin_cursor) together with the
    // whole history it holds as acknowledged, in one transaction; a sync state of an earlier server is
    // forgotten, since the file now belongs to this store.
    static VoidResult record(AssetStore &store, const StoreOrigin &origin);
    // None for an inventory that was not made from a server's store.
    static std::optional<StoreOrigin> of(const AssetStore &store);
    // A copy of one store never syncs with another: its history would be mixed into a different
    // inventory. The error names both stores.
    static VoidResult checkServer(const std::optional<StoreOrigin> &origin, const QString &serverStoreId, const QString &path);
};

} // namespace gc::core
