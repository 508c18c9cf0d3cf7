#pragma once

#include "model/event.h"
#include "result.h"

#include <QString>

#include <memory>
#include <vector>

namespace gc::core {

class AssetStore;
class Statement;

// The inventory's log in arrival order (its `fid`, the sync server's sequence number), as a sync
// server reads it: the cursor, what came after it, whether an event is known, an asset's later
// edits, and who added a photo or proposed a place. The store must outlive the feed.
class EventFeed {
public:
    explicit EventFeed(const AssetStore &store);

    struct Entry {
        qint64 seq = 0;
        Event event;
    };
    // One of an asset's edits as the log holds it.
    struct Edit {
        qint64 seq = 0;
        QString eventId, kind, device;
    };
    struct PhotoUse {
        QString assetUuid, addedBy;
    };

    // Statements prepared once for a loop over many events (a push); lives within the feed's store.
    class Lookup {
    public:
        Result<bool> contains(const QString &eventId);
        // The asset's events that arrived after `after`.
        Result<std::vector<Edit>> editsAfter(const QString &assetUuid, qint64 after);

    private:
        friend class EventFeed;
        Lookup(std::unique_ptr<Statement> seen, std::unique_ptr<Statement> edits);
        std::shared_ptr<Statement> m_seen, m_edits;
    };
    Result<Lookup> lookup() const;

    // The highest sequence number (0 for an empty log).
    Result<qint64> cursor() const;
    Result<bool> contains(const QString &eventId) const;
    // Up to `limit` events after `after`, in arrival order; the page stops before the event that
    // would take its payloads past `maxPayloadBytes` (the first one always comes).
    Result<std::vector<Entry>> after(qint64 after, int limit, qint64 maxPayloadBytes) const;
    // Who proposed the place (the actor of its first place.proposed), or empty.
    Result<QString> proposalOwner(const QString &proposalId) const;
    // Who added the photo row, or empty.
    Result<QString> photoAddedBy(const QString &photoId) const;
    // Every photo row with this file.
    Result<std::vector<PhotoUse>> photoUses(const QString &sha256) const;

private:
    const AssetStore &m_store;
};

} // namespace gc::core
