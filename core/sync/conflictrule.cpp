#include "sync/conflictrule.h"

#include <algorithm>

namespace gc::core::conflictrule {

bool applies(const Event &e) { return !e.assetUuid.isEmpty() && EventKind::isAssetKind(e.kind); }

std::optional<QString> conflictWith(const Event &incoming, const QString &pushedBy, qint64 baseCursor,
                                    const std::vector<StoredEdit> &earlier)
{
    if (!applies(incoming))
        return std::nullopt;
    const StoredEdit *newest = nullptr;
    for (const auto &s : earlier) {
        const bool own = s.device == incoming.device && s.pushedBy == pushedBy;
        if (s.seq <= baseCursor || !EventKind::isAssetKind(s.kind) || own || s.eventId == incoming.id)
            continue;
        if (!newest || s.seq > newest->seq)
            newest = &s;
    }
    if (!newest)
        return std::nullopt;
    return newest->eventId;
}

qint64 trustedBase(qint64 claimed, qint64 served) { return std::clamp(claimed, qint64(0), std::max(served, qint64(0))); }

} // namespace gc::core::conflictrule
