#pragma once

#include "refusalstore.h"

#include <QElapsedTimer>

#include <mutex>
#include <vector>

namespace gc::server {

struct RefusalLogPolicy {
    int batch = 256;       // refusals written in one transaction
    int quietMs = 1000;    // written once no refusal came for this long
    // The store keeps this many of the newest refusals: enough for the office to read what is going
    // on, never a table a flood grows without end (the server's own log has every line).
    qint64 keepRows = 5000;
};

// Holds refusals in memory and writes them to the store in batches. A flood of refused requests
// would otherwise cost one durable commit (an fsync) each and slow every honest device with it.
// Thread-safe: workers add refusals side by side. Written by the worker whose refusal fills a batch,
// by the next request after a quiet moment (and the HTTP layer's periodic nudge, see HttpFrontend),
// on flush() and by ApiService when it ends; a crash loses at most the last batch of refusals, never
// a stored event.
class RefusalLog {
public:
    explicit RefusalLog(RefusalLogPolicy policy = {}) : m_policy(policy) {}
    RefusalLog(const RefusalLog &) = delete;
    RefusalLog &operator=(const RefusalLog &) = delete;

    void add(RefusalStore &store, Refusal r);
    // Holds it without writing (the accepting thread, which never waits for the store); true when a
    // full batch is held and should be flushed elsewhere soon.
    bool hold(Refusal r);
    // Writes what is held if the last refusal came quietMs ago or more; nothing to do costs no store call.
    VoidResult flushIfQuiet(RefusalStore &store);
    VoidResult flush(RefusalStore &store);
    bool empty() const;

private:
    VoidResult write(RefusalStore &store, std::vector<Refusal> batch);

    RefusalLogPolicy m_policy;
    mutable std::mutex m_mutex;
    std::vector<Refusal> m_held; // never more than one batch: a flood cannot grow it
    QElapsedTimer m_lastAdded;
};

} // namespace gc::server
