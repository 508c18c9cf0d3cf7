#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

namespace gc::core {

// Every located asset of an inventory, as compact columns the map can hold a million of
// (about 40 bytes each). Sorted by fid. AssetSnapshotQuery reads it.
struct AssetSnapshot {
    std::vector<qint64> fids;
    std::vector<double> xs, ys;       // EPSG:5186
    std::vector<uint8_t> category;    // index into catalog::categories()
    std::vector<uint8_t> status;      // index into catalog::statuses()
    std::vector<uint8_t> method;      // index into catalog::methods(), 255 = none
    std::vector<uint16_t> dong;       // index into dongCodes
    std::vector<uint16_t> department; // index into departments
    QStringList dongCodes;
    QStringList departments;
    // Assets of the inventory not in the snapshot: without a place (an administrative vehicle) or with
    // a geometry that is not a point. The map says how many it cannot draw.
    qint64 unplaced = 0;

    size_t size() const { return fids.size(); }
    // Position of a fid, or -1.
    qint64 indexOf(qint64 fid) const;

    static uint8_t categoryIndex(const QString &code);
    static uint8_t statusIndex(const QString &code);
    static uint8_t methodIndex(const QString &code);
};

} // namespace gc::core
