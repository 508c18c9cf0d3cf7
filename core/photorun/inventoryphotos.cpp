#include "photorun/inventoryphotos.h"
#include "text.h"
#include "photorun/photocheckrun.h"
#include "photofiles/photostore.h"
#include "store/assetstore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include "crstransform.h"

#include <QFileInfo>

namespace gc::core {

Result<std::vector<InventoryPhotos::Photo>> InventoryPhotos::list(const AssetStore &store)
{
    auto st = StoreAccess::db(store).prepare(QStringLiteral(
        "SELECT p.phash, a.code, p.photo_id, p.sha256, p.role, p.asset_uuid, p.taken_at FROM photos p "
        "LEFT JOIN assets a ON a.uuid = p.asset_uuid"));
    if (!st)
        return st.error();
    std::vector<Photo> out;
    while (st->step())
        out.push_back({st->toText(0), st->toText(1), st->toText(2), st->toText(3), st->toText(4), st->toText(5), st->toText(6)});
    if (st->failed())
        return makeError(ErrorCode::InventoryUnreadable, st->error());
    return out;
}

namespace {

std::vector<KnownPhoto> knownOf(const std::vector<InventoryPhotos::Photo> &photos)
{
    std::vector<KnownPhoto> out;
    for (const auto &p : photos) {
        if (!p.phash.isEmpty())
            out.push_back({p.phash, p.code, p.photoId, p.role});
    }
    return out;
}

} // namespace

Result<std::vector<KnownPhoto>> InventoryPhotos::known(const AssetStore &store)
{
    auto photos = list(store);
    if (!photos)
        return photos.error();
    return knownOf(*photos);
}

InventoryPhotos::InventoryPhotos() = default;
InventoryPhotos::InventoryPhotos(InventoryPhotos &&) noexcept = default;
InventoryPhotos &InventoryPhotos::operator=(InventoryPhotos &&) noexcept = default;
InventoryPhotos::~InventoryPhotos() = default;

Result<InventoryPhotos> InventoryPhotos::open(const QString &inventoryPath)
{
    auto store = AssetStore::open(inventoryPath, AssetStore::Access::ReadOnly);
    if (!store)
        return store.error();
    auto toWgs84 = geo::CrsTransform::create(QStringLiteral("EPSG:5186"), QStringLiteral("EPSG:4326"));
    if (!toWgs84)
        return toWgs84.error();
    auto photos = list(**store);
    if (!photos)
        return photos.error();
    InventoryPhotos c;
    c.m_store = std::move(*store);
    c.m_toWgs84 = std::make_unique<geo::CrsTransform>(std::move(*toWgs84));
    c.m_lock = std::make_unique<std::mutex>();
    c.m_known = knownOf(*photos);
    c.m_photos = std::move(*photos);
    for (size_t i = 0; i < c.m_photos.size(); ++i)
        c.m_bySha.emplace(c.m_photos[i].sha256, i);
    return c;
}

const InventoryPhotos::Photo *InventoryPhotos::bySha(const QString &sha256) const
{
    const auto it = m_bySha.find(sha256);
    return it == m_bySha.end() ? nullptr : &m_photos[it->second];
}

Result<PhotoCheckContext> InventoryPhotos::context(const QString &assetCode) const
{
    const std::lock_guard<std::mutex> guard(*m_lock);
    const std::optional<Asset> asset = m_store->assetByCode(assetCode);
    if (!asset)
        return makeError(ErrorCode::AssetNotFound,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "no asset %1 in the inventory"), assetCode));
    PhotoCheckContext ctx;
    ctx.assetCode = asset->code;
    ctx.assetUuid = asset->uuid;
    if (asset->hasLocation) {
        double lon = asset->x, lat = asset->y;
        if (m_toWgs84->transform(lon, lat))
            ctx.assetPosition = GeoPoint{lat, lon};
    }
    ctx.knownPhotos = m_known;
    // The latest "before" photo of this asset, if its file is in the photo folder.
    const PhotoStore files(m_store->photoDir());
    for (const Photo &p : m_photos) {
        if (p.assetUuid != asset->uuid || p.role != QLatin1String("before"))
            continue;
        const QString path = files.pathFor(p.sha256);
        const QDateTime taken = PhotoCheckRun::parseTime(p.takenAt);
        if (QFileInfo::exists(path) && (ctx.beforePhotoPath.isEmpty() || (taken.isValid() && taken > ctx.beforeTakenAt))) {
            ctx.beforePhotoPath = path;
            ctx.beforeTakenAt = taken;
        }
    }
    return ctx;
}

} // namespace gc::core
