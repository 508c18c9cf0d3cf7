#include "refusallog.h"

namespace gc::server {

void RefusalLog::add(RefusalStore &store, Refusal r)
{
    std::vector<Refusal> full;
    {
        std::lock_guard lock(m_mutex);
        m_held.push_back(std::move(r));
        m_lastAdded.start(); // restarted by each refusal: a steady flood is written in full batches
        if (qsizetype(m_held.size()) >= m_policy.batch)
            full.swap(m_held);
    }
    if (!full.empty()) {
        if (auto f = write(store, std::move(full)); !f)
            qWarning("goodcity-server: refusal log failed: %s", qPrintable(f.error().message()));
    }
}

bool RefusalLog::hold(Refusal r)
{
    std::lock_guard lock(m_mutex);
    m_held.push_back(std::move(r));
    m_lastAdded.start();
    return qsizetype(m_held.size()) >= m_policy.batch;
}

VoidResult RefusalLog::flushIfQuiet(RefusalStore &store)
{
    std::vector<Refusal> batch;
    {
        std::lock_guard lock(m_mutex);
        if (m_held.empty() || m_lastAdded.elapsed() < m_policy.quietMs)
            return Ok{};
        batch.swap(m_held);
    }
    return write(store, std::move(batch));
}

VoidResult RefusalLog::flush(RefusalStore &store)
{
    std::vector<Refusal> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_held);
    }
    return write(store, std::move(batch));
}

bool RefusalLog::empty() const
{
    std::lock_guard lock(m_mutex);
    return m_held.empty();
}

VoidResult RefusalLog::write(RefusalStore &store, std::vector<Refusal> batch)
{
    if (batch.empty())
        return Ok{};
    return store.logRefusals(batch, m_policy.keepRows);
}

} // namespace gc::server
