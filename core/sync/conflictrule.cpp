#include "sync/conflictrule.h"

namespace gc::core::conflictrule {

bool applies(const Event &e) { return !e.assetUuid.isEmpty() && EventKind::isAssetKind(e.kind); }

std::optional<QString> conflictWith(const Event &incoming, qint64 baseCursor, const std::vector<StoredEdit> &earlier)
{
    if (!applies(incoming))
        return std::nullopt;
    const StoredEdit *newest = nullptr;
    for (const auto &s : earlier) {
        if (s.seq <= baseCursor || !EventKind::isAssetKind(s.kind) || s.device == incoming.device || s.eventId == incoming.id)
            continue;
        if (!newest || s.seq > newest->seq)
            newest = &s;
    }
    if (!newest)
        return std::nullopt;
    return newest->eventId;
}

} // namespace gc::core::conflictrule
