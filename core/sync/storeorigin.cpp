#include "sync/storeorigin.h"
#include "text.h"

#include "store/assetstore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"
#include "sync/syncclient.h"

namespace gc::core {

namespace {

const QString kOriginStore = QStringLiteral("sync.origin_store_id");
const QString kOriginCursor = QStringLiteral("sync.origin_cursor");

QString metaValue(const SqliteDb &db, const QString &key)
{
    auto st = db.prepare(QStringLiteral("SELECT value FROM gc_meta WHERE key = ?1"));
    if (!st)
        return {};
    st->bind(1, key);
    return st->step() ? st->toText(0) : QString();
}

} // namespace

VoidResult StoreOrigin::record(AssetStore &store, const StoreOrigin &origin)
{
    if (auto p = SyncClient::prepare(store); !p)
        return p;
    const SqliteDb &db = StoreAccess::db(store);
    Transaction tx(db);
    if (!tx.begun())
        return makeError(ErrorCode::Sqlite, tx.beginError());
    // Acknowledgements of an earlier server mean nothing to this one; everything the file holds now is
    // in this store (init loaded it).
    if (auto r = db.exec(QStringLiteral(
            "DELETE FROM gc_sync;"
            "DELETE FROM gc_meta WHERE key IN ('sync.store_id', 'sync.server', 'sync.cursor');"
            "INSERT INTO gc_sync (kind, ref, acked_at) SELECT 'event', event_id, 'origin' FROM asset_events;"
            "INSERT OR IGNORE INTO gc_sync (kind, ref, acked_at) SELECT DISTINCT 'photo', sha256, 'origin' FROM photos"));
        !r)
        return r;
    auto st = db.prepare(QStringLiteral("INSERT OR REPLACE INTO gc_meta (key, value) VALUES (?1, ?2)"));
    if (!st)
        return st.error();
    for (const auto &[k, v] : {std::pair{kOriginStore, origin.storeId}, std::pair{kOriginCursor, QString::number(origin.cursor)}}) {
        st->reset();
        st->bind(1, k).bind(2, v);
        if (auto r = st->run(); !r)
            return r;
    }
    return tx.commit();
}

std::optional<StoreOrigin> StoreOrigin::of(const AssetStore &store)
{
    const SqliteDb &db = StoreAccess::db(store);
    const QString id = metaValue(db, kOriginStore);
    if (id.isEmpty())
        return std::nullopt;
    return StoreOrigin{id, metaValue(db, kOriginCursor).toLongLong()};
}

VoidResult StoreOrigin::checkServer(const std::optional<StoreOrigin> &origin, const QString &serverStoreId, const QString &path)
{
    if (!origin || origin->storeId == serverStoreId)
        return Ok{};
    return makeError(ErrorCode::OtherStore,
                     gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "this inventory is a copy of another server store (%2), so it does not sync with this server (store %3); start from a copy of this server's inventory"), path, origin->storeId, serverStoreId)));
}

} // namespace gc::core
