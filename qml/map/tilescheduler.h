#pragma once

#include "tilecache.h"
#include "tilerenderer.h"

#include <QColor>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>
#include <mutex>
#include <vector>

namespace gc::ui {

// Which base-map tiles a view needs and where they go on screen. Missing tiles render on worker
// threads; until one arrives a part of a coarser cached tile stands in, and a tile panned out of
// view before a worker reaches it is skipped.
class TileScheduler : public QObject {
    Q_OBJECT

public:
    // One tile to draw: the part `source` of the cached image for `key`, at `target` item pixels.
    struct Draw {
        geo::TileKey key;
        QRectF target;
        QRectF source;
    };
    // How far up the pyramid a missing tile looks for a stand-in.
    static constexpr int kStandInLevels = 5;

    explicit TileScheduler(QObject *parent = nullptr);
    ~TileScheduler() override;

    // New styling: every tile renders again (a stale one stays shown until its replacement arrives).
    void setStyle(std::shared_ptr<const geo::RenderList> layers, QColor background);
    // Lays out the tiles covering `view` and asks workers for the missing or stale ones.
    void show(const geo::Viewport &view, qreal devicePixelRatio);

    const std::vector<Draw> &draws() const { return m_draws; }
    const geo::TileCache::Tile *tile(const geo::TileKey &key) const { return m_cache.find(key); }
    // Tiles of the current view still rendering.
    int pending() const { return m_pending; }

signals:
    // A tile arrived and the layout changed: time for a frame.
    void changed();

private:
    struct WantedTiles {
        std::mutex mutex;
        QSet<geo::TileKey> keys;
    };

    void layout();
    void request(const geo::TileKey &key);

    QThreadPool m_pool;
    geo::TileCache m_cache;
    std::shared_ptr<const geo::RenderList> m_layers;
    QColor m_background;
    quint64 m_generation = 1;
    QSet<geo::TileKey> m_inFlight;
    std::shared_ptr<WantedTiles> m_wanted;
    std::vector<Draw> m_draws;
    int m_pending = 0;
    geo::Viewport m_view;
    qreal m_dpr = 1.0;
};

} // namespace gc::ui
