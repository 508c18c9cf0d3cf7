#include "tilescheduler.h"

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace gc::ui {

TileScheduler::TileScheduler(QObject *parent)
    : QObject(parent)
    , m_wanted(std::make_shared<WantedTiles>())
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

TileScheduler::~TileScheduler()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void TileScheduler::setStyle(std::shared_ptr<const geo::RenderList> layers, QColor background)
{
    m_layers = std::move(layers);
    m_background = background;
    ++m_generation;
}

void TileScheduler::show(const geo::Viewport &view, qreal devicePixelRatio)
{
    m_view = view;
    m_dpr = devicePixelRatio;
    layout();
}

void TileScheduler::layout()
{
    if (m_view.width <= 0 || m_view.height <= 0 || !m_layers)
        return;
    const int z = geo::TileGrid::levelFor(m_view.resolution);
    const auto keys = geo::TileGrid::covering(m_view.extent(), z);
    {
        std::lock_guard lock(m_wanted->mutex);
        m_wanted->keys = QSet<geo::TileKey>(keys.begin(), keys.end());
    }
    m_draws.clear();
    int pending = 0;
    auto target = [&](const geo::TileKey &k) {
        const QRectF b = geo::TileGrid::bounds(k);
        return QRectF(m_view.toScreen(b.left(), b.bottom()), m_view.toScreen(b.right(), b.top()));
    };
    for (const auto &key : keys) {
        const auto *tile = m_cache.find(key);
        if (!tile || tile->generation != m_generation) {
            ++pending;
            request(key);
        }
        if (tile) {
            m_draws.push_back({key, target(key), QRectF(QPointF(0, 0), tile->image.size())});
            continue;
        }
        // Until it arrives, a part of a coarser tile stands in (zooming in shows blur, not holes).
        for (int dz = 1; dz <= kStandInLevels && key.z - dz >= 0; ++dz) {
            const geo::TileKey parent{key.z - dz, key.x >> dz, key.y >> dz};
            const auto *p = m_cache.find(parent);
            if (!p)
                continue;
            const double part = double(p->image.width()) / (1 << dz);
            const QRectF src((key.x - (parent.x << dz)) * part, (key.y - (parent.y << dz)) * part, part, part);
            m_draws.push_back({parent, target(key), src});
            break;
        }
    }
    m_pending = pending;
}

void TileScheduler::request(const geo::TileKey &key)
{
    if (m_inFlight.contains(key))
        return;
    m_inFlight.insert(key);
    const quint64 gen = m_generation;
    auto *w = new QFutureWatcher<QImage>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, key, gen] {
        QImage img = w->result();
        w->deleteLater();
        m_inFlight.remove(key);
        if (!img.isNull() && (gen == m_generation || !m_cache.find(key)))
            m_cache.insert(key, std::move(img), gen);
        layout();
        emit changed();
    });
    w->setFuture(QtConcurrent::run(&m_pool, [layers = m_layers, key, dpr = m_dpr, wanted = m_wanted, bg = m_background]() {
        {
            // Panned away before a worker got to it: skip.
            std::lock_guard lock(wanted->mutex);
            if (!wanted->keys.contains(key))
                return QImage();
        }
        QImage tile = geo::TileRenderer::render(*layers, key, dpr, bg);
        // In the byte order the scene graph uploads as it is (converted in place, here on the worker):
        // a RGB32/ARGB32 tile got a converted copy at every upload, all of a frame's new tiles at once.
        tile.convertTo(tile.hasAlphaChannel() ? QImage::Format_RGBA8888_Premultiplied : QImage::Format_RGBX8888);
        return tile;
    }));
}

} // namespace gc::ui
