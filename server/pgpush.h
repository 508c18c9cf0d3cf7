#pragma once

#include "pgstore.h"
#include "sync/conflictrule.h"

#include <map>

namespace gc::server {

// One push's statements on a PostgreSQL store, inside a transaction that already holds the push
// lock (PgStore::pushAll). A fixed handful of round trips whatever the batch size: the events go in
// as one INSERT of a JSON array, earlier edits of every touched asset come back in one SELECT, and
// the touched assets are folded and written back in one statement each way, so the lock (which every
// push of the schema queues on) is held for as short a time as the batch allows.
class PgPush {
public:
    explicit PgPush(PgStore &store) : m_store(store) {}
    // What PgStore::push does between taking the lock and committing.
    Result<PushOutcome> run(const std::vector<core::Event> &incoming, qint64 claimedBase, const QString &pusher);

private:
    // Edits stored before this push, after `base`, of these assets (asset uuid → its edits).
    Result<std::map<QString, std::vector<core::StoredEdit>>> earlierEdits(const std::vector<QString> &assets, qint64 base,
                                                                          qint64 storedBefore);
    // Folds each asset's history again and writes the materialized rows (asset → flagged as conflicting).
    VoidResult rematerialize(const std::map<QString, bool> &touched);

    PgStore &m_store;
};

} // namespace gc::server
