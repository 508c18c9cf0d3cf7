#pragma once

#include "log/event.h"

#include <QString>

#include <optional>
#include <vector>

namespace gc::core {

// An edit of an asset that a server store already holds, as the conflict rule sees it.
struct StoredEdit {
    qint64 seq = 0; // the store's sequence number
    QString eventId;
    QString kind;
    QString device;
};

// When the sync server flags two edits of one asset for the office. Both server stores (PostgreSQL
// and GeoPackage) call this one rule, so the office sees the same conflicts whichever store it runs.
namespace conflictrule {
// True if the event can conflict at all: it changes an asset's fields.
bool applies(const Event &e);
// An edit conflicts with the newest edit of the same asset that the store took after `baseCursor`
// (so the pusher had not pulled it) from another device. `earlier` holds the events of the incoming
// event's asset stored before this push, in any order; kinds that are not asset edits are ignored.
// Returns the id of the edit it conflicts with.
std::optional<QString> conflictWith(const Event &incoming, qint64 baseCursor, const std::vector<StoredEdit> &earlier);
} // namespace conflictrule

} // namespace gc::core
