#pragma once

#include "model/event.h"
#include "result.h"

#include <QString>

#include <optional>

namespace gc::core {

class AssetStore;

// Two edits of one asset the sync server flagged: neither device had seen the other's edit.
struct EditConflict {
    QString assetUuid, eventId, otherEventId, detectedAt;
};

// The office settles a conflict by keeping one of its two edits (W3.2). The fold orders every
// device's events by their clock, so the later edit is the one the asset shows; keeping the earlier
// one records it again, as the office, so it wins on every device. Either way a conflict.resolved
// event names the pair and the kept edit, and the server lists the conflict no more.
class ConflictResolver {
public:
    explicit ConflictResolver(AssetStore &store) : m_store(store) {}

    struct Sides {
        std::optional<Event> edit, other; // as this inventory holds them; none until a sync brings it
        QString showing;                   // the id of the edit whose values the asset shows now
        QString lastStatus;                // the id of the asset's newest asset.status event
        bool resolved = false;             // a conflict.resolved for this pair is already in the log
    };
    Result<Sides> sides(const EditConflict &c) const;
    // Refused when `keptEventId` is neither edit, when either is not on this device yet (sync first)
    // or when the pair is already settled. One transaction.
    VoidResult keep(const EditConflict &c, const QString &keptEventId, const QString &note = {});

private:
    AssetStore &m_store;
};

} // namespace gc::core
