#pragma once

#include "storetypes.h"

#include <limits>

namespace gc::server {

// The event log with its sequence numbers: what pushes add, what pulls serve, the conflicts flagged.
class EventStore {
public:
    virtual ~EventStore() = default;

    // Events, idempotent by id; `baseCursor` is the sequence the client had pulled up to, so edits it
    // had not seen count as concurrent (core::conflictrule). `pusher` is the user sending them; for a
    // user the base cursor counts only up to what pull served that user, and the store remembers who
    // sent each event so that a device name cannot pass another user's edit off as the pusher's own.
    // Empty: history loaded by `init`, or a test of the store alone.
    virtual Result<PushOutcome> push(const std::vector<core::Event> &events, qint64 baseCursor, const QString &pusher = {}) = 0;
    // Several pushes, each stored as push() stores it alone and judged against the ones before it, in
    // the order given. A store that can commits them together: one durable commit (a disk flush,
    // milliseconds) for all of them instead of one each, which is what bounds pushes per second when
    // every push waits for its flush. A push that fails leaves the others stored.
    virtual void pushAll(const std::vector<PushJob *> &jobs);
    // Events after `after`. For a `reader` the store notes how far it has served that user, and serves
    // a reader that claims to be further along from where it really is (the events are idempotent).
    // A page stops before the event whose payload would take it past `maxPayloadBytes`, but always
    // holds one event: a page of big survey sheets costs the server a bounded amount of memory.
    virtual Result<std::vector<StoredEvent>> pull(qint64 after, int limit, const QString &reader = {},
                                                  qint64 maxPayloadBytes = std::numeric_limits<qint64>::max()) = 0;
    virtual Result<qint64> cursor() = 0;
    // The history `init --from` loaded: every copy of that inventory holds it, so every user counts as
    // having seen the store up to this cursor (served() never reports less). 0 for an empty start.
    virtual VoidResult setBaselineCursor(qint64 cursor) = 0;
    virtual Result<qint64> eventCount() = 0;
    virtual Result<std::vector<Conflict>> conflicts() = 0;

protected:
    // How far pull has served `user`, never less than the baseline cursor (0: never, and no baseline).
    virtual Result<qint64> served(const QString &user) = 0;
    // The base cursor a push by `pusher` goes by (core::conflictrule::trustedBase); the claim as it is
    // for no pusher.
    Result<qint64> trustedBase(qint64 claimed, const QString &pusher);
    // Where a pull by `reader` starts: never after what that user was served.
    Result<qint64> servedFrom(qint64 claimedAfter, const QString &reader);
};

} // namespace gc::server
