#pragma once

#include <memory>
#include <mutex>
#include <vector>

namespace gc::geo {

// GDAL dataset handles are not thread-safe: each worker thread borrows one of its own, and gives
// it back for the next render instead of opening the source again.
template <typename Handle>
class HandlePool {
public:
    // A free handle, or a new one from `open()` when all are lent out (null if that fails).
    template <typename Open>
    std::unique_ptr<Handle> borrow(Open &&open)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                auto h = std::move(m_free.back());
                m_free.pop_back();
                return h;
            }
        }
        return open();
    }
    void giveBack(std::unique_ptr<Handle> h)
    {
        if (!h)
            return;
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(h));
    }

private:
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Handle>> m_free;
};

} // namespace gc::geo
