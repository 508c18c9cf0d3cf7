#pragma once

#include "eventstore.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace gc::server {

struct PushQueuePolicy {
    int maxPushes = 64;      // pushes committed together at most
    int maxEvents = 20'000;  // and events in them (a few MB of SQL parameters)
};

// Pushes that arrive while another is being committed wait here and are then committed together by
// one of their own threads (the first to find no commit under way), on that thread's connection: one
// transaction and one disk flush for all of them (EventStore::pushAll). Every push still takes the
// store's push lock and is judged against the pushes before it exactly as if it had come alone; what
// the queue saves is a flush per push, which on a disk that syncs in ~5 ms would cap a shared
// PostgreSQL at ~200 pushes a second however many workers wait. Nothing waits on purpose: a push
// that finds the store idle commits at once.
class PushQueue {
public:
    explicit PushQueue(PushQueuePolicy policy = {}) : m_policy(policy) {}
    // Thread-safe; returns when this push's transaction has committed (or failed).
    Result<PushOutcome> push(EventStore &store, const std::vector<core::Event> &events, qint64 baseCursor, const QString &pusher);
    // Commits that carried more than one push (for tests and logs).
    qint64 sharedCommits() const;
    // Pushes waiting for the commit under way to end.
    int waiting() const;

private:
    struct Waiting {
        PushJob job;
        bool done = false; // under m_mutex; job.outcome is set before it
    };

    PushQueuePolicy m_policy;
    mutable std::mutex m_mutex;
    std::condition_variable m_committed;
    std::deque<Waiting *> m_waiting;
    bool m_committing = false;
    qint64 m_shared = 0;
};

} // namespace gc::server
