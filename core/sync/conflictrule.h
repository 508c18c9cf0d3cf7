#pragma once

#include "model/event.h"

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
    QString pushedBy; // the user whose push stored it; empty for history loaded by `init`
};

// When the sync server flags two edits of one asset for the office. Both server stores (PostgreSQL
// and GeoPackage) call this one rule, so the office sees the same conflicts whichever store it runs.
namespace conflictrule {
// True if the event can conflict at all: it changes an asset's fields.
bool applies(const Event &e);
// An edit conflicts with the newest edit of the same asset that the store took after `baseCursor`
// (so the pusher had not pulled it), unless that edit is the pusher's own: the same device sent by the
// same user. The device name alone proves nothing, it is whatever the client wrote. `earlier` holds
// the events of the incoming event's asset stored before this push, in any order; kinds that are not
// asset edits are ignored. Returns the id of the edit it conflicts with.
std::optional<QString> conflictWith(const Event &incoming, const QString &pushedBy, qint64 baseCursor,
                                    const std::vector<StoredEdit> &earlier);
// The base cursor the server goes by: what the client claims to have pulled, but never more than the
// store served that user, so a claimed cursor cannot hide an edit it never saw.
qint64 trustedBase(qint64 claimed, qint64 served);
} // namespace conflictrule

} // namespace gc::core
