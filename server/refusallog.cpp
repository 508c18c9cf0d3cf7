#include "refusallog.h"

namespace gc::server {

RefusalLog::RefusalLog(SyncStore &store, RefusalLogPolicy policy) : m_store(store), m_policy(policy)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(m_policy.quietMs);
    m_quiet.callOnTimeout([this] {
        if (auto r = flush(); !r)
            qWarning("goodcity-server: refusal log failed: %s", qPrintable(r.error().message));
    });
}

RefusalLog::~RefusalLog()
{
    if (auto r = flush(); !r)
        qWarning("goodcity-server: refusal log failed: %s", qPrintable(r.error().message));
}

void RefusalLog::add(Refusal r)
{
    m_held.push_back(std::move(r));
    if (qsizetype(m_held.size()) >= m_policy.batch) {
        if (auto f = flush(); !f)
            qWarning("goodcity-server: refusal log failed: %s", qPrintable(f.error().message));
        return;
    }
    m_quiet.start(); // restarted by each refusal: a steady flood is written in full batches
}

VoidResult RefusalLog::flush()
{
    m_quiet.stop();
    if (m_held.empty())
        return Ok{};
    std::vector<Refusal> batch;
    batch.swap(m_held);
    return m_store.logRefusals(batch);
}

} // namespace gc::server
