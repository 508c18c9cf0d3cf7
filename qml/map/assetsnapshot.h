#pragma once

#include "domain/assetfilter.h"
#include "result.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace gc::ui {

// Every located asset of an inventory, as compact columns the map can hold a million of
// (about 40 bytes each). Sorted by fid. Read in a worker thread on its own SQLite connection.
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

    size_t size() const { return fids.size(); }
    // Position of a fid, or -1.
    qint64 indexOf(qint64 fid) const;

    static Result<AssetSnapshot> load(const QString &inventoryPath);
    // Per asset: does it pass `filter`? (One SQL query; an empty filter passes all without one.)
    static Result<std::vector<uint8_t>> matches(const QString &inventoryPath, const AssetSnapshot &snapshot,
                                                const core::AssetFilter &filter);
    static uint8_t categoryIndex(const QString &code);
    static uint8_t statusIndex(const QString &code);
    static uint8_t methodIndex(const QString &code);
};

} // namespace gc::ui
