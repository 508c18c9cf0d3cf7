#pragma once

#include "store/assetstore.h"

namespace gc::core {

class SqliteDb;

// The inventory's SQLite connection, for core code that runs its own queries (the dashboard, the work
// queue, the survey and field tables, the map's layers) and for tests that inspect the file itself.
//
// Why a door of its own: SQL belongs to core. qml/ and cli/ talk to AssetStore and to named core
// functions (OfficeQueries, InventoryPhotos, WorkQueue …), never to the connection, so
// AssetStore::db() is private and this struct is its only friend. A `StoreAccess::db` call outside
// core/ and tests/ is SQL leaking into the UI or the command line: move the query into core instead.
struct StoreAccess {
    static const SqliteDb &db(const AssetStore &store) { return store.db(); }
};

} // namespace gc::core
