#pragma once

#include "clustergrid.h"
#include "pointindex.h"
#include "store/assetsnapshot.h"

#include <array>
#include <memory>

namespace gc::ui {

// The assets that pass the current filter, ready to draw and hit-test: their coordinates, a spatial
// index, per-level cluster grids and the counts the legend shows. Built in a worker thread, then
// owned by the GUI thread, which patches statuses in place when one asset changes.
struct AssetScene {
    static constexpr int kStatusSlots = 8;
    static constexpr int kCategorySlots = 16;

    std::shared_ptr<const core::AssetSnapshot> snapshot;
    std::vector<uint32_t> members; // snapshot positions, in the order of xs/ys/index ids
    std::vector<double> xs, ys;
    std::vector<uint8_t> category, status;
    geo::PointIndex index;
    geo::ClusterGrid clusters;
    std::array<qint64, kStatusSlots> statusCounts{};
    std::array<qint64, kCategorySlots> categoryCounts{};
    std::vector<qint64> dongTotal, dongVerified; // by snapshot dong index
    QRectF extent;                               // of the members, QRectF(minX, minY, w, h)

    size_t size() const { return members.size(); }
    // Member position of a fid, or -1.
    qint64 memberOf(qint64 fid) const;
    qint64 fidOf(uint32_t member) const { return snapshot->fids[members[member]]; }

    static std::shared_ptr<AssetScene> build(std::shared_ptr<const core::AssetSnapshot> snapshot, const std::vector<uint8_t> &mask,
                                             geo::ClusterSettings clusterSettings = {});
    // A status/category change of one member: counts, cluster classes and the member itself.
    void patch(uint32_t member, uint8_t newCategory, uint8_t newStatus);
};

} // namespace gc::ui
