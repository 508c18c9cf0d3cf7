#include "tilecache.h"

namespace gc::geo {

TileCache::TileCache(qint64 budgetBytes)
    : m_cache(budgetBytes)
{
}

const TileCache::Tile *TileCache::find(const TileKey &key) const
{
    return m_cache.object(key);
}

void TileCache::insert(const TileKey &key, QImage image, quint64 generation)
{
    const qint64 cost = std::max<qint64>(1, image.sizeInBytes());
    m_cache.insert(key, new Tile{std::move(image), generation}, cost);
}

} // namespace gc::geo
