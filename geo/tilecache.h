#pragma once

#include "tilegrid.h"

#include <QCache>
#include <QImage>

namespace gc::geo {

// Rendered tiles by key, least recently used out first, bounded in bytes. Each tile remembers the
// style generation it was drawn for: a stale tile is still shown while its replacement renders,
// so restyling never flashes an empty map. Used from one thread (the GUI thread).
class TileCache {
public:
    struct Tile {
        QImage image;
        quint64 generation = 0;
    };

    explicit TileCache(qint64 budgetBytes = 256LL * 1024 * 1024);

    // The tile whatever its generation, or nullptr.
    const Tile *find(const TileKey &key) const;
    void insert(const TileKey &key, QImage image, quint64 generation);
    void clear() { m_cache.clear(); }
    qsizetype count() const { return m_cache.count(); }
    qint64 bytes() const { return m_cache.totalCost(); }

private:
    mutable QCache<TileKey, Tile> m_cache; // find() refreshes recency
};

} // namespace gc::geo
