#include "pushqueue.h"

namespace gc::server {

Result<PushOutcome> PushQueue::push(EventStore &store, const std::vector<core::Event> &events, qint64 baseCursor, const QString &pusher)
{
    Waiting mine{PushJob{&events, baseCursor, pusher, {}}};
    std::unique_lock lock(m_mutex);
    m_waiting.push_back(&mine);
    while (!mine.done) {
        if (m_committing) {
            m_committed.wait(lock);
            continue;
        }
        // No commit under way: this thread commits everything waiting (up to the policy's bounds),
        // its own push first in line unless others queued before it.
        m_committing = true;
        std::vector<Waiting *> taken;
        std::vector<PushJob *> jobs;
        qsizetype eventCount = 0;
        while (!m_waiting.empty() && int(taken.size()) < m_policy.maxPushes
               && (taken.empty() || eventCount + qsizetype(m_waiting.front()->job.events->size()) <= m_policy.maxEvents)) {
            taken.push_back(m_waiting.front());
            jobs.push_back(&m_waiting.front()->job);
            eventCount += qsizetype(m_waiting.front()->job.events->size());
            m_waiting.pop_front();
        }
        if (taken.size() > 1)
            ++m_shared;
        lock.unlock();
        store.pushAll(jobs);
        lock.lock();
        for (Waiting *w : taken)
            w->done = true;
        m_committing = false;
        m_committed.notify_all();
    }
    return std::move(*mine.job.outcome);
}

int PushQueue::waiting() const
{
    std::lock_guard lock(m_mutex);
    return int(m_waiting.size());
}

qint64 PushQueue::sharedCommits() const
{
    std::lock_guard lock(m_mutex);
    return m_shared;
}

} // namespace gc::server
