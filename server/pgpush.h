#pragma once

#include "pgstore.h"
#include "sync/conflictrule.h"

#include <QJsonArray>

#include <map>
#include <optional>

namespace gc::server {

// The pushes of one transaction on a PostgreSQL store that already holds the push lock
// (PgStore::pushAll). A push is one statement whatever its size: the events go in as one INSERT of a
// JSON array, and the same statement returns what the store held before it (its cursor, the pusher's
// trusted base, the earlier edits of every asset it touches). The touched assets are folded and
// written back once for all the pushes of the transaction (finishAndCommit), so the lock, which every push of
// the schema queues on, is held for as few round trips as possible.
class PgPush {
public:
    explicit PgPush(PgStore &store) : m_store(store) {}
    // PgStore::pushAll: one transaction, `lock` (the push lock) first, every push of the group in one
    // round trip; a push that fails has the group tried again push by push.
    static void commitAll(PgStore &store, const std::vector<PushJob *> &jobs, const PgStore::Statement &lock);
    // A push's events in the order the store takes them.
    static std::vector<core::Event> ordered(const std::vector<core::Event> &incoming);
    // The one statement that stores a push (`events` ordered) and reads what the push is judged
    // against: everything stored before it, the transaction's earlier pushes included. Several of
    // them go to PostgreSQL in one round trip (PgStore::execAll).
    static PgStore::Statement statement(const std::vector<core::Event> &events, qint64 claimedBase, const QString &pusher);
    // The history of every asset the pushes may touch (each push's events `ordered`), read after them
    // in the same round trip; nothing when no event folds into an asset.
    static std::optional<PgStore::Statement> histories(const std::vector<std::vector<core::Event>> &pushes);
    // What the statement did; notes the conflicts and assets that finishAndCommit() writes.
    PushOutcome absorb(const std::vector<core::Event> &events, const QString &pusher, pg_result *result);
    // Writes the conflicts and the materialized rows of every asset the pushes touched, folded from
    // `histories` (its result), and commits, in one round trip.
    VoidResult finishAndCommit(pg_result *histories);

private:
    // Folds each touched asset's history again (asset → flagged as conflicting) and adds the
    // statements that write the materialized rows.
    void rematerialize(const std::map<QString, bool> &touched, pg_result *histories, std::vector<PgStore::Statement> &writes);

    PgStore &m_store;
    std::map<QString, bool> m_touched; // asset → flagged as conflicting by one of the pushes
    QJsonArray m_conflicts;            // rows for the conflicts table
};

} // namespace gc::server
