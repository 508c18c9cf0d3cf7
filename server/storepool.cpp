#include "storepool.h"

namespace gc::server {

StorePool::StorePool(SyncStore &first) : m_first(first), m_free{&first} {}

VoidResult StorePool::grow(int size)
{
    while (this->size() < size) {
        auto another = m_first.connectAnother();
        if (!another)
            return another.error();
        if (!*another)
            break; // this store opens no more connections
        std::lock_guard lock(m_mutex);
        m_free.push_back(another->get());
        m_more.push_back(std::move(*another));
        m_freed.notify_one();
    }
    return Ok{};
}

int StorePool::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_more.size()) + 1;
}

StorePool::Lease StorePool::take()
{
    std::unique_lock lock(m_mutex);
    m_freed.wait(lock, [this] { return !m_free.empty(); });
    SyncStore *s = m_free.back();
    m_free.pop_back();
    return Lease(*this, *s);
}

void StorePool::giveBack(SyncStore *store)
{
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(store);
    }
    m_freed.notify_one();
}

} // namespace gc::server
