#pragma once

#include "photo/photorendition.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace gc::core {

class AssetStore;

// Who this device syncs as, from the server's /api/v1/me: what it keeps of others' photos follows.
struct DeviceRole {
    QString role;       // admin, office, crew, department
    QString department; // a crew's crew (the assets' assignee), a department's department
};

// Photos of others that this device keeps, beside the inventory (`NAME.photo-cache/`): renditions
// and originals fetched on demand, each recorded in the table gc_photo_cache with its size and when
// it was last shown, and bounded (gc_meta `photo.cache_max_bytes`, default 2 GB) by evicting the
// least recently used. The photos this device took are not in it: they stay in the inventory's
// photo folder (PhotoStore) and are never evicted, sent or not.
class PhotoCache {
public:
    static constexpr qint64 kDefaultMaxBytes = 2LL << 30;

    explicit PhotoCache(AssetStore &store);
    // Creates gc_photo_cache if this inventory has none (one transaction).
    static VoidResult prepare(AssetStore &store);
    static VoidResult setMaxBytes(AssetStore &store, qint64 bytes);
    static qint64 maxBytes(const AssetStore &store);

    // What a device of `role` keeps of others' photos after a sync: a crew the thumbnail and preview
    // of the before photos of the assets assigned to it, the office every thumbnail, a department the
    // thumbnails of its own assets. Photos whose original is on this device already are left out.
    static Result<std::vector<std::pair<QString, Rendition>>> wanted(const AssetStore &store, const DeviceRole &role);

    // The largest this device holds of a photo, for a view that cannot wait for the network: its own
    // original, else a cached original, preview or thumbnail; empty when it holds none.
    static QString bestLocal(const AssetStore &store, const QString &sha256);

    // The local file of one rendition (this device's own original counts for every rendition).
    std::optional<QString> local(const QString &sha256, Rendition r) const;
    // Keeps `bytes` as the rendition, marks it just used, and evicts the least recently used others
    // until the cache fits its bound.
    VoidResult put(const QString &sha256, Rendition r, const QByteArray &bytes);
    VoidResult touch(const QString &sha256, Rendition r);
    Result<qint64> usedBytes() const;

private:
    static QString dirFor(const AssetStore &store);
    QString cachePath(const QString &sha256, Rendition r) const;
    VoidResult evictTo(qint64 bound);

    AssetStore &m_store;
    QString m_dir;
};

// What a review item shows: the rendition asked for, or (offline, not cached) the thumbnail, saying so.
struct ShownPhoto {
    QString path;
    Rendition rendition = Rendition::Thumb;
    bool fallback = false; // true: not the rendition asked for, the network could not bring it
};

} // namespace gc::core
