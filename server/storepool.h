#pragma once

#include "result.h"
#include "syncstore.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace gc::server {

// The store connections requests run on, one request on each at a time: a transaction stays on the
// connection that began it, and no two threads ever share a libpq connection or an SQLite handle. A
// store grows to one connection per worker. On PostgreSQL each runs its own transactions; a GeoPackage's
// connections read side by side on WAL snapshots and take turns to write (GpkgStore's writer lock).
class StorePool {
public:
    explicit StorePool(SyncStore &first); // not owned; the pool holds just it until grow()
    StorePool(const StorePool &) = delete;
    StorePool &operator=(const StorePool &) = delete;
    // Opens more connections to the first store until there are `size` (a store that keeps one
    // writer stays at one).
    VoidResult grow(int size);
    int size() const;

    // One store, checked out until the lease ends.
    class Lease {
    public:
        Lease(StorePool &pool, SyncStore &store) : m_pool(pool), m_store(store) {}
        ~Lease() { m_pool.giveBack(&m_store); }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        SyncStore &operator*() const { return m_store; }
        SyncStore *operator->() const { return &m_store; }

    private:
        StorePool &m_pool;
        SyncStore &m_store;
    };
    // Waits until a store is free.
    Lease take();

private:
    void giveBack(SyncStore *store);

    SyncStore &m_first;
    std::vector<std::unique_ptr<SyncStore>> m_more;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    std::vector<SyncStore *> m_free;
};

} // namespace gc::server
