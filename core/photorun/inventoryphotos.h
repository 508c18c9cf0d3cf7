#pragma once

#include "photo/photocheckcontext.h"
#include "result.h"

#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace gc::geo {
class CrsTransform;
}

namespace gc::core {

class AssetStore;

// The photos already filed in an inventory, as the photo checks need them: every perceptual hash
// (the duplicate check: a photo reused from another asset) and, per asset, its position and newest
// "before" photo. The checker itself never reads the inventory; this is where its context comes from.
class InventoryPhotos {
public:
    // One row of `photos` with the code of its asset (empty for a photo of no asset).
    struct Photo {
        QString phash, code, photoId, sha256, role, assetUuid, takenAt;
    };

    // Every photo row of the inventory, in no particular order.
    static Result<std::vector<Photo>> list(const AssetStore &store);
    // The photos that carry a perceptual hash, for PhotoCheckContext::knownPhotos.
    static Result<std::vector<KnownPhoto>> known(const AssetStore &store);

    // Opens the inventory read-only and reads its photos once, for a run of checks.
    static Result<InventoryPhotos> open(const QString &inventoryPath);
    InventoryPhotos(InventoryPhotos &&) noexcept;
    InventoryPhotos &operator=(InventoryPhotos &&) noexcept;
    ~InventoryPhotos();

    // The filed photo with this SHA-256 (its file's name in the photo folder), or nullptr.
    const Photo *bySha(const QString &sha256) const;
    // Context for one asset: code, uuid, WGS84 position, every known photo and the newest "before"
    // photo whose file is on disk. The error names the code when the inventory has no such asset.
    // Safe to call from several threads at once.
    Result<PhotoCheckContext> context(const QString &assetCode) const;
    const AssetStore &store() const { return *m_store; }

private:
    InventoryPhotos();
    std::unique_ptr<AssetStore> m_store;
    std::unique_ptr<geo::CrsTransform> m_toWgs84; // EPSG:5186 → EPSG:4326; one transform, so behind m_lock
    std::unique_ptr<std::mutex> m_lock;           // one SQLite connection and one transform for every worker
    std::vector<KnownPhoto> m_known;
    std::vector<Photo> m_photos;
    std::map<QString, size_t> m_bySha;
};

} // namespace gc::core
