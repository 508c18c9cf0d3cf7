#include "assetscene.h"
#include "model/assetstatus.h"
#include "model/catalog.h"

#include <algorithm>

namespace gc::ui {

namespace {
const uint8_t kVerified = uint8_t(core::AssetStatus::Verified);
}

qint64 AssetScene::memberOf(qint64 fid) const
{
    const qint64 pos = snapshot->indexOf(fid);
    if (pos < 0)
        return -1;
    // members are in snapshot order, so a binary search finds the position.
    const auto it = std::lower_bound(members.begin(), members.end(), uint32_t(pos));
    return it != members.end() && *it == uint32_t(pos) ? qint64(it - members.begin()) : -1;
}

std::shared_ptr<AssetScene> AssetScene::build(std::shared_ptr<const core::AssetSnapshot> snap, const std::vector<uint8_t> &mask,
                                              geo::ClusterSettings clusterSettings)
{
    auto s = std::make_shared<AssetScene>();
    s->snapshot = snap;
    const size_t n = snap->size();
    s->dongTotal.assign(size_t(snap->dongCodes.size()), 0);
    s->dongVerified.assign(size_t(snap->dongCodes.size()), 0);
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (size_t i = 0; i < n; ++i) {
        if (i < mask.size() && !mask[i])
            continue;
        s->members.push_back(uint32_t(i));
        s->xs.push_back(snap->xs[i]);
        s->ys.push_back(snap->ys[i]);
        s->category.push_back(snap->category[i]);
        s->status.push_back(snap->status[i]);
        s->statusCounts[std::min<size_t>(snap->status[i], kStatusSlots - 1)] += 1;
        s->categoryCounts[std::min<size_t>(snap->category[i], kCategorySlots - 1)] += 1;
        s->dongTotal[snap->dong[i]] += 1;
        if (snap->status[i] == kVerified)
            s->dongVerified[snap->dong[i]] += 1;
        x0 = std::min(x0, snap->xs[i]);
        x1 = std::max(x1, snap->xs[i]);
        y0 = std::min(y0, snap->ys[i]);
        y1 = std::max(y1, snap->ys[i]);
    }
    if (!s->members.empty())
        s->extent = QRectF(x0, y0, x1 - x0, y1 - y0);
    s->index = geo::PointIndex(s->xs, s->ys);
    s->clusters = geo::ClusterGrid(s->xs, s->ys, s->status, clusterSettings);
    return s;
}

void AssetScene::patch(uint32_t m, uint8_t newCategory, uint8_t newStatus)
{
    const uint8_t oldStatus = status[m], oldCategory = category[m];
    const uint16_t dong = snapshot->dong[members[m]];
    statusCounts[std::min<size_t>(oldStatus, kStatusSlots - 1)] -= 1;
    statusCounts[std::min<size_t>(newStatus, kStatusSlots - 1)] += 1;
    categoryCounts[std::min<size_t>(oldCategory, kCategorySlots - 1)] -= 1;
    categoryCounts[std::min<size_t>(newCategory, kCategorySlots - 1)] += 1;
    dongVerified[dong] += (newStatus == kVerified ? 1 : 0) - (oldStatus == kVerified ? 1 : 0);
    if (oldStatus != newStatus)
        clusters.reclassify(xs[m], ys[m], oldStatus, newStatus);
    status[m] = newStatus;
    category[m] = newCategory;
}

} // namespace gc::ui
