#pragma once

#include "syncstore.h"

#include <QTimer>

#include <vector>

namespace gc::server {

struct RefusalLogPolicy {
    int batch = 256;       // refusals written in one transaction
    int quietMs = 1000;    // written once no refusal came for this long
};

// Holds refusals in memory and writes them to the store in batches. A flood of refused requests
// would otherwise cost one durable commit (an fsync) each and slow every honest device with it.
// Written on a full batch, after a quiet moment (a timer on this thread's event loop), on flush()
// and when destroyed; a crash loses at most the last batch of refusals, never a stored event.
class RefusalLog {
public:
    explicit RefusalLog(SyncStore &store, RefusalLogPolicy policy = {});
    ~RefusalLog();
    RefusalLog(const RefusalLog &) = delete;
    RefusalLog &operator=(const RefusalLog &) = delete;

    void add(Refusal r);
    VoidResult flush();

private:
    SyncStore &m_store;
    RefusalLogPolicy m_policy;
    std::vector<Refusal> m_held; // never more than one batch: a flood cannot grow it
    QTimer m_quiet;
};

} // namespace gc::server
