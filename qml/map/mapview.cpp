#include "mapview.h"
#include "assetnode.h"
#include "domain/catalog.h"
#include "choropleth.h"
#include "crstransform.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGRendererInterface>
#include <QSGImageNode>
#include <QSGTexture>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace gc::ui {

namespace {

// The scene graph side of the map: tile textures (kept while on screen), the asset node and the
// outline of a box or lasso being drawn.
class MapRootNode : public QSGNode {
public:
    MapRootNode(QQuickWindow *window, std::shared_ptr<const AssetAtlas> atlas)
        : m_window(window)
    {
        tiles = new QSGNode;
        appendChildNode(tiles);
        assets = new AssetNode(window, std::move(atlas));
        appendChildNode(assets);
        // The software renderer draws no custom geometry (and crashes on it): no box/lasso outline there.
        if (window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software)
            return;
        outline = new QSGGeometryNode;
        auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 0);
        g->setDrawingMode(QSGGeometry::DrawLineStrip);
        g->setLineWidth(2);
        outline->setGeometry(g);
        outline->setFlag(QSGNode::OwnsGeometry);
        auto *m = new QSGFlatColorMaterial;
        m->setColor(QColor(0xF2, 0xA9, 0x00));
        outline->setMaterial(m);
        outline->setFlag(QSGNode::OwnsMaterial);
        appendChildNode(outline);
    }
    ~MapRootNode() override
    {
        for (auto &t : m_textures)
            delete t.texture;
    }

    QSGTexture *texture(const geo::TileKey &key, const QImage &image)
    {
        auto it = m_textures.find(key);
        if (it != m_textures.end() && it->imageKey == image.cacheKey()) {
            it->frame = m_frame;
            return it->texture;
        }
        if (it != m_textures.end())
            delete it->texture;
        QSGTexture *t = m_window->createTextureFromImage(image);
        t->setFiltering(QSGTexture::Linear);
        m_textures.insert(key, {t, image.cacheKey(), m_frame});
        return t;
    }
    // The i-th tile node, showing `texture`. QSGImageNode, unlike QSGSimpleTextureNode, is drawn by
    // the software renderer too, which needs the texture before the node joins the tree.
    QSGImageNode *tileNode(int i, QSGTexture *texture)
    {
        QSGNode *n = tiles->firstChild();
        for (int k = 0; n && k < i; ++k)
            n = n->nextSibling();
        if (n) {
            auto *t = static_cast<QSGImageNode *>(n);
            t->setTexture(texture);
            return t;
        }
        auto *t = m_window->createImageNode();
        t->setTexture(texture);
        tiles->appendChildNode(t);
        return t;
    }
    void finishFrame(int usedTileNodes)
    {
        while (tiles->childCount() > usedTileNodes) {
            QSGNode *last = tiles->lastChild();
            tiles->removeChildNode(last);
            delete last;
        }
        // Textures off screen for a while go; the images stay in the TileCache.
        for (auto it = m_textures.begin(); it != m_textures.end();) {
            if (m_frame - it->frame > 120) {
                delete it->texture;
                it = m_textures.erase(it);
            } else {
                ++it;
            }
        }
        ++m_frame;
    }

    QSGNode *tiles;
    AssetNode *assets;
    QSGGeometryNode *outline = nullptr;

private:
    struct Tex {
        QSGTexture *texture;
        qint64 imageKey;
        quint64 frame;
    };
    QQuickWindow *m_window;
    QHash<geo::TileKey, Tex> m_textures;
    quint64 m_frame = 0;
};

QVariantMap assetDetails(const QString &path, qint64 fid)
{
    QVariantMap out;
    auto db = core::SqliteDb::open(path, core::SqliteDb::Mode::ReadOnly);
    if (!db)
        return out;
    auto st = db->prepare(QStringLiteral("SELECT * FROM assets WHERE fid = ?1"));
    if (!st)
        return out;
    st->bind(1, fid);
    if (!st->step())
        return out;
    for (int i = 0; i < st->columnCount(); ++i) {
        const QString name = st->columnName(i);
        if (name == QLatin1String("geom"))
            continue;
        out.insert(name, st->toVariant(i));
    }
    using namespace core::catalog;
    out.insert(QStringLiteral("categoryLabel"), label(categories(), out.value(QStringLiteral("category")).toString()));
    out.insert(QStringLiteral("statusLabel"), label(statuses(), out.value(QStringLiteral("status")).toString()));
    out.insert(QStringLiteral("methodLabel"), label(methods(), out.value(QStringLiteral("method")).toString()));
    return out;
}

} // namespace

struct MapView::LoadResult {
    std::shared_ptr<const AssetSnapshot> snapshot;
    std::shared_ptr<AssetScene> scene;
    QString error;
};

MapView::MapView(QQuickItem *parent)
    : QQuickItem(parent)
    , m_layers(new LayerListModel(this))
    , m_filter(new AssetFilterState(this))
    , m_wanted(std::make_shared<WantedTiles>())
{
    setFlag(ItemHasContents);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setClip(true);
    m_workers.setMaxThreadCount(1);
    m_tilePool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_view.centerX = 190754; // 금천구청
    m_view.centerY = 539714;
    m_view.resolution = 8;
    m_clock.start();
    m_kineticTimer.setInterval(16);
    connect(&m_kineticTimer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        const double dt = (now - m_lastKineticMs) / 1000.0;
        m_lastKineticMs = now;
        panBy(m_velocity.x() * dt, m_velocity.y() * dt);
        m_velocity *= std::exp(-dt / m_settings.kineticTimeConstant);
        if (std::hypot(m_velocity.x(), m_velocity.y()) < 20)
            stopKinetic();
    });
    connect(m_layers, &LayerListModel::renderChanged, this, &MapView::refreshRenderList);
    connect(m_layers, &LayerListModel::loadingChanged, this, &MapView::setBusyState);
    connect(m_layers, &LayerListModel::districtChanged, this, [this] {
        if (!m_viewInitialised && width() > 0)
            fitDistrict();
        emit optionsChanged();
    });
    connect(m_filter, &AssetFilterState::changed, this, &MapView::rebuildScene);
    refreshRenderList();
}

MapView::~MapView()
{
    m_tilePool.clear();
    m_workers.clear();
    m_tilePool.waitForDone();
    m_workers.waitForDone();
}

// ---- data ----------------------------------------------------------------------------------

void MapView::setSource(const QString &path)
{
    if (path == m_source)
        return;
    m_source = path;
    m_snapshot.reset();
    m_scene.reset();
    clearSelection();
    m_layers->setInventoryPath(path);
    emit sourceChanged();
    emit countsChanged();
    startLoad(false);
}

void MapView::reload()
{
    startLoad(true);
}

void MapView::startLoad(bool reloadOnly)
{
    if (m_source.isEmpty())
        return;
    const quint64 serial = ++m_loadSerial;
    m_loading = true;
    emit loadingChanged();
    setBusyState();
    auto *w = new QFutureWatcher<LoadResult>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, serial, reloadOnly] {
        LoadResult r = w->result();
        w->deleteLater();
        if (serial != m_loadSerial)
            return;
        m_loading = false;
        emit loadingChanged();
        setError(r.error);
        if (!r.snapshot) {
            setBusyState();
            return;
        }
        // A reload where only statuses/categories changed patches the scene in place: no index or
        // cluster rebuild, and only the changed quads are rewritten.
        if (reloadOnly && m_scene && m_snapshot && m_filter->filter().isEmpty() && m_snapshot->fids == r.snapshot->fids
            && m_snapshot->xs == r.snapshot->xs && m_snapshot->ys == r.snapshot->ys && m_snapshot->dong == r.snapshot->dong) {
            for (size_t i = 0; i < r.snapshot->size(); ++i) {
                if (r.snapshot->status[i] == m_snapshot->status[i] && r.snapshot->category[i] == m_snapshot->category[i])
                    continue;
                m_scene->patch(uint32_t(i), r.snapshot->category[i], r.snapshot->status[i]);
                m_pendingPatches.push_back(uint32_t(i));
            }
            m_snapshot = r.snapshot;
            m_scene->snapshot = r.snapshot;
            if (clustered() && !m_pendingPatches.empty()) {
                m_pendingPatches.clear();
                ++m_sceneRevision;
            }
            emit countsChanged();
            if (m_choropleth)
                refreshRenderList();
            update();
            setBusyState();
            return;
        }
        m_snapshot = r.snapshot;
        emit optionsChanged();
        if (r.scene)
            applyScene(r.scene);
        else
            rebuildScene();
    });
    const core::AssetFilter filter = m_filter->filter();
    w->setFuture(QtConcurrent::run(&m_workers, [path = m_source, filter]() {
        LoadResult out;
        auto snap = AssetSnapshot::load(path);
        if (!snap) {
            out.error = snap.error().message;
            return out;
        }
        auto shared = std::make_shared<const AssetSnapshot>(std::move(*snap));
        out.snapshot = shared;
        auto mask = AssetSnapshot::matches(path, *shared, filter);
        if (!mask) {
            out.error = mask.error().message;
            return out;
        }
        out.scene = AssetScene::build(shared, *mask);
        return out;
    }));
}

void MapView::rebuildScene()
{
    if (!m_snapshot)
        return;
    const quint64 serial = ++m_buildSerial;
    m_building = true;
    setBusyState();
    auto *w = new QFutureWatcher<std::pair<std::shared_ptr<AssetScene>, QString>>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, serial] {
        auto [scene, error] = w->result();
        w->deleteLater();
        if (serial != m_buildSerial)
            return;
        m_building = false;
        setError(error);
        if (scene)
            applyScene(scene);
        setBusyState();
    });
    w->setFuture(QtConcurrent::run(&m_workers, [path = m_source, snap = m_snapshot, filter = m_filter->filter()]() {
        auto mask = AssetSnapshot::matches(path, *snap, filter);
        if (!mask)
            return std::pair<std::shared_ptr<AssetScene>, QString>{nullptr, mask.error().message};
        return std::pair<std::shared_ptr<AssetScene>, QString>{AssetScene::build(snap, *mask), QString()};
    }));
}

void MapView::applyScene(std::shared_ptr<AssetScene> scene)
{
    m_scene = std::move(scene);
    ++m_sceneRevision;
    m_pendingPatches.clear();
    // Keep the selection for assets still shown.
    std::vector<uint32_t> kept;
    for (const QVariant &fid : std::as_const(m_selection)) {
        const qint64 m = m_scene->memberOf(fid.toLongLong());
        if (m >= 0)
            kept.push_back(uint32_t(m));
    }
    if (m_selectedFid >= 0 && m_scene->memberOf(m_selectedFid) < 0) {
        m_selectedFid = -1;
        m_selectedAsset.clear();
        emit selectedAssetChanged();
    }
    setSelectionMembers(std::move(kept), false);
    if (!m_viewInitialised && width() > 0)
        fitDistrict();
    emit countsChanged();
    if (m_choropleth)
        refreshRenderList();
    update();
    setBusyState();
}

void MapView::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    emit errorTextChanged();
}

void MapView::setBusyState()
{
    const bool b = busy();
    if (b != m_lastBusy) {
        m_lastBusy = b;
        emit busyChanged();
    }
}

// ---- legend and options ---------------------------------------------------------------------

QVariantList MapView::statusLegend() const
{
    QVariantList out;
    const auto statuses = core::catalog::statuses();
    for (size_t i = 0; i < statuses.size(); ++i)
        out << QVariantMap{{QStringLiteral("code"), QLatin1String(statuses[i].code)},
                           {QStringLiteral("label"), core::catalog::label(statuses[i])},
                           {QStringLiteral("labelEn"), QString::fromUtf8(statuses[i].en)},
                           {QStringLiteral("colour"), AssetAtlas::statusColour(int(i))},
                           {QStringLiteral("count"), m_scene ? m_scene->statusCounts[i] : 0}};
    return out;
}

QVariantList MapView::categoryLegend() const
{
    QVariantList out;
    const auto categories = core::catalog::categories();
    for (size_t i = 0; i < categories.size(); ++i)
        out << QVariantMap{{QStringLiteral("code"), QLatin1String(categories[i].code)},
                           {QStringLiteral("label"), core::catalog::label(categories[i])},
                           {QStringLiteral("labelEn"), QString::fromUtf8(categories[i].en)},
                           {QStringLiteral("count"), m_scene ? m_scene->categoryCounts[i] : 0}};
    return out;
}

QVariantList MapView::choroplethLegend() const
{
    QVariantList out;
    const auto classes = geo::Choropleth::classes();
    for (size_t i = 0; i < classes.size(); ++i)
        out << QVariantMap{{QStringLiteral("label"), geo::Choropleth::classLabel(int(i))},
                           {QStringLiteral("colour"), classes[i].colour}};
    return out;
}

QVariantList MapView::dongOptions() const
{
    QVariantList out;
    for (const auto &[code, name] : m_layers->dongNames()) {
        qint64 total = 0, verified = 0;
        if (m_scene) {
            const qsizetype i = m_snapshot ? m_snapshot->dongCodes.indexOf(code) : -1;
            if (i >= 0 && size_t(i) < m_scene->dongTotal.size()) {
                total = m_scene->dongTotal[size_t(i)];
                verified = m_scene->dongVerified[size_t(i)];
            }
        }
        out << QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name},
                           {QStringLiteral("total"), total}, {QStringLiteral("verified"), verified}};
    }
    return out;
}

QStringList MapView::departmentOptions() const
{
    QStringList out;
    if (m_snapshot)
        for (const QString &d : m_snapshot->departments)
            if (!d.isEmpty())
                out << d;
    out.sort();
    return out;
}

QVariantList MapView::methodOptions() const
{
    QVariantList out;
    for (const auto &m : core::catalog::methods())
        out << QVariantMap{{QStringLiteral("code"), QLatin1String(m.code)}, {QStringLiteral("label"), core::catalog::label(m)},
                           {QStringLiteral("labelEn"), QString::fromUtf8(m.en)}};
    return out;
}

void MapView::setBackgroundColor(const QColor &c)
{
    if (c == m_background)
        return;
    m_background = c;
    emit backgroundColorChanged();
    refreshRenderList();
}

void MapView::setChoropleth(bool on)
{
    if (on == m_choropleth)
        return;
    m_choropleth = on;
    emit choroplethChanged();
    refreshRenderList();
}

void MapView::setClustering(bool on)
{
    if (on == m_clustering)
        return;
    m_clustering = on;
    emit clusteringChanged();
    emit viewChanged();
    update();
}

void MapView::setInteraction(Interaction i)
{
    if (i == m_interaction)
        return;
    m_interaction = i;
    emit interactionChanged();
}

void MapView::refreshRenderList()
{
    QHash<QString, QColor> dongFill;
    if (m_choropleth && m_scene && m_snapshot) {
        for (qsizetype i = 0; i < m_snapshot->dongCodes.size(); ++i) {
            const qint64 total = m_scene->dongTotal[size_t(i)];
            dongFill.insert(m_snapshot->dongCodes[i],
                            total > 0 ? geo::Choropleth::colourFor(double(m_scene->dongVerified[size_t(i)]) / double(total))
                                      : geo::Choropleth::noData());
        }
        for (const auto &[code, name] : m_layers->dongNames())
            if (!dongFill.contains(code))
                dongFill.insert(code, geo::Choropleth::noData());
    }
    m_renderList = std::make_shared<const geo::RenderList>(m_layers->renderList(dongFill));
    ++m_generation;
    updateTiles();
    update();
    setBusyState();
}

// ---- view ---------------------------------------------------------------------------------------

void MapView::setCenterX(double x)
{
    if (x == m_view.centerX)
        return;
    m_view.centerX = x;
    m_viewInitialised = true;
    viewMoved();
}

void MapView::setCenterY(double y)
{
    if (y == m_view.centerY)
        return;
    m_view.centerY = y;
    m_viewInitialised = true;
    viewMoved();
}

void MapView::setMetresPerPixel(double r)
{
    r = std::clamp(r, m_settings.minResolution, m_settings.maxResolution);
    if (r == m_view.resolution)
        return;
    m_view.resolution = r;
    m_viewInitialised = true;
    viewMoved();
}

double MapView::centerLon() const
{
    if (!m_toWgs84) {
        auto t = geo::CrsTransform::create(QString::fromLatin1(geo::kMapCrs), QStringLiteral("EPSG:4326"));
        if (!t)
            return 0;
        m_toWgs84 = std::make_unique<geo::CrsTransform>(std::move(*t));
    }
    double x = m_view.centerX, y = m_view.centerY;
    return m_toWgs84->transform(x, y) ? x : 0;
}

double MapView::centerLat() const
{
    centerLon(); // makes the transform
    double x = m_view.centerX, y = m_view.centerY;
    return m_toWgs84 && m_toWgs84->transform(x, y) ? y : 0;
}

void MapView::viewMoved()
{
    emit viewChanged();
    updateTiles();
    update();
}

void MapView::fitDistrict()
{
    QRectF e = m_layers->districtExtent();
    if (e.isEmpty() && m_scene)
        e = m_scene->extent;
    if (e.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const double margin = 24;
    const double res = std::max(e.width() / std::max(1.0, width() - 2 * margin), e.height() / std::max(1.0, height() - 2 * margin));
    m_view.resolution = std::clamp(res, m_settings.minResolution, m_settings.maxResolution);
    m_view.centerX = e.center().x();
    m_view.centerY = e.center().y();
    m_viewInitialised = true;
    viewMoved();
}

void MapView::zoomAt(double factor, QPointF pos)
{
    if (!(factor > 0))
        return;
    const QPointF m = m_view.toMap(pos);
    const double res = std::clamp(m_view.resolution / factor, m_settings.minResolution, m_settings.maxResolution);
    m_view.resolution = res;
    m_view.centerX = m.x() - (pos.x() - m_view.width / 2) * res;
    m_view.centerY = m.y() + (pos.y() - m_view.height / 2) * res;
    m_viewInitialised = true;
    viewMoved();
}

void MapView::panBy(double dx, double dy)
{
    m_view.centerX -= dx * m_view.resolution;
    m_view.centerY += dy * m_view.resolution;
    m_viewInitialised = true;
    viewMoved();
}

QPointF MapView::mapToScreen(double x, double y) const
{
    return m_view.toScreen(x, y);
}

QPointF MapView::screenToMap(QPointF pos) const
{
    return m_view.toMap(pos);
}

void MapView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    m_view.width = newGeometry.width();
    m_view.height = newGeometry.height();
    if (!m_viewInitialised && width() > 0 && height() > 0)
        fitDistrict();
    viewMoved();
}

void MapView::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemSceneChange && value.window)
        m_atlas = std::make_shared<const AssetAtlas>(value.window->effectiveDevicePixelRatio());
    QQuickItem::itemChange(change, value);
}

int MapView::clusterLevel() const
{
    const geo::ClusterSettings &cs = m_scene ? m_scene->clusters.settings() : geo::ClusterSettings{};
    return std::clamp(geo::TileGrid::levelFor(m_view.resolution), cs.minLevel, cs.maxLevel);
}

bool MapView::clustered() const
{
    if (!m_clustering || !m_scene)
        return false;
    if (m_view.resolution > m_settings.clusterBelowResolution)
        return true;
    // Zoomed in on a dense inventory: count what a build would draw from the finest cluster cells.
    const QRectF window = m_view.extent().adjusted(-m_view.width * m_view.resolution, -m_view.height * m_view.resolution,
                                                   m_view.width * m_view.resolution, m_view.height * m_view.resolution);
    size_t n = 0;
    for (const auto &c : m_scene->clusters.cells(m_scene->clusters.settings().maxLevel))
        if (window.contains(c.x(), c.y()))
            n += c.count;
    return n > m_settings.maxDrawnAssets;
}

// ---- tiles ------------------------------------------------------------------------------------

void MapView::updateTiles()
{
    if (width() <= 0 || height() <= 0 || !m_renderList)
        return;
    const int z = geo::TileGrid::levelFor(m_view.resolution);
    const auto keys = geo::TileGrid::covering(m_view.extent(), z);
    {
        std::lock_guard lock(m_wanted->mutex);
        m_wanted->keys = QSet<geo::TileKey>(keys.begin(), keys.end());
    }
    m_tileDraws.clear();
    int pending = 0;
    auto target = [&](const geo::TileKey &k) {
        const QRectF b = geo::TileGrid::bounds(k);
        return QRectF(m_view.toScreen(b.left(), b.bottom()), m_view.toScreen(b.right(), b.top()));
    };
    for (const auto &key : keys) {
        const auto *tile = m_tiles.find(key);
        if (!tile || tile->generation != m_generation) {
            ++pending;
            requestTile(key);
        }
        if (tile) {
            m_tileDraws.push_back({key, target(key), QRectF(QPointF(0, 0), tile->image.size())});
            continue;
        }
        // Until it arrives, a part of a coarser tile stands in (zooming in shows blur, not holes).
        for (int dz = 1; dz <= 5 && key.z - dz >= 0; ++dz) {
            const geo::TileKey parent{key.z - dz, key.x >> dz, key.y >> dz};
            const auto *p = m_tiles.find(parent);
            if (!p)
                continue;
            const double part = double(p->image.width()) / (1 << dz);
            const QRectF src((key.x - (parent.x << dz)) * part, (key.y - (parent.y << dz)) * part, part, part);
            m_tileDraws.push_back({parent, target(key), src});
            break;
        }
    }
    m_tilesPending = pending;
    setBusyState();
}

void MapView::requestTile(const geo::TileKey &key)
{
    if (m_inFlight.contains(key))
        return;
    m_inFlight.insert(key);
    const quint64 gen = m_generation;
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    auto *w = new QFutureWatcher<QImage>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, key, gen] {
        QImage img = w->result();
        w->deleteLater();
        m_inFlight.remove(key);
        if (!img.isNull() && (gen == m_generation || !m_tiles.find(key)))
            m_tiles.insert(key, std::move(img), gen);
        updateTiles();
        update();
    });
    w->setFuture(QtConcurrent::run(&m_tilePool, [list = m_renderList, key, dpr, wanted = m_wanted, bg = m_background]() {
        {
            // Panned away before a worker got to it: skip.
            std::lock_guard lock(wanted->mutex);
            if (!wanted->keys.contains(key))
                return QImage();
        }
        return geo::TileRenderer::render(*list, key, dpr, bg);
    }));
}

// ---- scene graph --------------------------------------------------------------------------------

QSGNode *MapView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (!m_atlas)
        m_atlas = std::make_shared<const AssetAtlas>(window()->effectiveDevicePixelRatio());
    auto *root = static_cast<MapRootNode *>(old);
    if (!root)
        root = new MapRootNode(window(), m_atlas);

    int used = 0;
    for (const TileDraw &d : m_tileDraws) {
        const auto *tile = m_tiles.find(d.key);
        if (!tile)
            continue;
        QSGImageNode *n = root->tileNode(used++, root->texture(d.key, tile->image));
        n->setRect(d.target);
        n->setSourceRect(d.source);
        // Drawn 1:1 (panning at a tile level's own resolution) nearest sampling is exact and cheaper.
        const bool oneToOne = std::abs(d.target.width() - d.source.width() / window()->effectiveDevicePixelRatio()) < 0.01;
        n->setFiltering(oneToOne ? QSGTexture::Nearest : QSGTexture::Linear);
    }
    root->finishFrame(used);

    AssetNode::Build b;
    b.scene = m_scene.get();
    b.sceneRevision = m_sceneRevision;
    b.view = m_view;
    b.clustered = clustered();
    b.level = clusterLevel();
    if (root->assets->needsRebuild(b)) {
        const double mx = m_view.width * m_view.resolution, my = m_view.height * m_view.resolution;
        b.window = m_view.extent().adjusted(-mx, -my, mx, my);
        root->assets->rebuild(b);
        m_pendingPatches.clear();
        m_selectionDirty = true;
    } else {
        root->assets->setView(m_view);
        for (uint32_t m : m_pendingPatches)
            root->assets->patchMember(*m_scene, m);
        m_pendingPatches.clear();
    }
    if (m_selectionDirty) {
        root->assets->setHighlight(m_scene.get(), m_selectedMembers);
        m_selectionDirty = false;
    }

    if (!root->outline)
        return root;
    QSGGeometry *g = root->outline->geometry();
    QPolygonF shape;
    if (m_drag == Drag::Box && m_lasso.size() == 2) {
        const QRectF r = QRectF(m_lasso[0], m_lasso[1]).normalized();
        shape = QPolygonF(r);
    } else if (m_drag == Drag::Lasso && m_lasso.size() > 1) {
        shape = m_lasso;
        shape << m_lasso.front();
    }
    g->allocate(int(shape.size()));
    auto *v = g->vertexDataAsPoint2D();
    for (int i = 0; i < shape.size(); ++i)
        v[i].set(float(shape[i].x()), float(shape[i].y()));
    root->outline->markDirty(QSGNode::DirtyGeometry);
    return root;
}

// ---- hit testing and selection ------------------------------------------------------------------

qint64 MapView::assetAt(QPointF pos) const
{
    if (!m_scene)
        return -1;
    const QPointF m = m_view.toMap(pos);
    const double reach = m_atlas ? m_atlas->metrics().tapRadius : AssetSymbolMetrics{}.tapRadius;
    if (clustered()) {
        // Only assets drawn on their own can be tapped; a bubble is not one asset.
        const int level = clusterLevel();
        double best = reach * m_view.resolution;
        qint64 found = -1;
        for (const auto &c : m_scene->clusters.cells(level)) {
            const double d = std::hypot(c.x() - m.x(), c.y() - m.y());
            if (d <= best) {
                best = d;
                found = c.count == 1 ? m_scene->fidOf(c.single) : -1;
            }
        }
        return found;
    }
    const auto hit = m_scene->index.nearest(m.x(), m.y(), reach * m_view.resolution);
    return hit ? m_scene->fidOf(*hit) : -1;
}

void MapView::tap(QPointF pos)
{
    if (m_scene && clustered()) {
        const QPointF m = m_view.toMap(pos);
        const double reach = (m_atlas ? m_atlas->metrics().bubbleLarge / 2 : 24) * m_view.resolution;
        const geo::ClusterGrid::Cell *best = nullptr;
        double bestD = reach;
        for (const auto &c : m_scene->clusters.cells(clusterLevel())) {
            const double d = std::hypot(c.x() - m.x(), c.y() - m.y());
            if (d <= bestD) {
                bestD = d;
                best = &c;
            }
        }
        if (best && best->count > 1) {
            zoomAt(2.0, m_view.toScreen(best->x(), best->y()));
            return;
        }
    }
    const qint64 fid = assetAt(pos);
    if (fid < 0) {
        clearSelection();
        return;
    }
    selectAsset(fid);
    emit assetTapped(fid);
}

void MapView::selectAsset(qint64 fid)
{
    const qint64 m = m_scene ? m_scene->memberOf(fid) : -1;
    if (m < 0)
        return;
    m_selectedFid = fid;
    m_selection = {fid};
    m_selectedMembers = {uint32_t(m)};
    m_selectionDirty = true;
    emit selectionChanged();
    requestDetails(fid);
    update();
}

void MapView::requestDetails(qint64 fid)
{
    const quint64 serial = ++m_detailSerial;
    auto *w = new QFutureWatcher<QVariantMap>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, serial] {
        QVariantMap details = w->result();
        w->deleteLater();
        if (serial != m_detailSerial)
            return;
        const QString dong = details.value(QStringLiteral("dong_code")).toString();
        for (const auto &[code, name] : m_layers->dongNames())
            if (code == dong)
                details.insert(QStringLiteral("dongName"), name);
        m_selectedAsset = details;
        emit selectedAssetChanged();
    });
    w->setFuture(QtConcurrent::run(&m_workers, assetDetails, m_source, fid));
}

void MapView::setSelectionMembers(std::vector<uint32_t> members, bool emitMade)
{
    m_selectedMembers = std::move(members);
    m_selection.clear();
    m_selection.reserve(qsizetype(m_selectedMembers.size()));
    for (uint32_t m : m_selectedMembers)
        m_selection << m_scene->fidOf(m);
    if (m_selectedMembers.size() != 1 || m_scene->fidOf(m_selectedMembers.front()) != m_selectedFid) {
        if (m_selectedFid >= 0) {
            m_selectedFid = -1;
            m_selectedAsset.clear();
            emit selectedAssetChanged();
        }
    }
    m_selectionDirty = true;
    emit selectionChanged();
    if (emitMade)
        emit selectionMade(m_selection);
    update();
}

void MapView::selectBox(QRectF itemRect)
{
    if (!m_scene)
        return;
    const QPointF a = m_view.toMap(itemRect.topLeft()), b = m_view.toMap(itemRect.bottomRight());
    std::vector<uint32_t> ids;
    m_scene->index.query(QRectF(a, b).normalized(), ids);
    std::sort(ids.begin(), ids.end());
    setSelectionMembers(std::move(ids), true);
}

void MapView::selectLasso(const QPolygonF &itemPolygon)
{
    if (!m_scene || itemPolygon.size() < 3)
        return;
    QPolygonF map;
    for (const QPointF &p : itemPolygon)
        map << m_view.toMap(p);
    std::vector<uint32_t> ids;
    m_scene->index.queryPolygon(map, ids);
    std::sort(ids.begin(), ids.end());
    setSelectionMembers(std::move(ids), true);
}

void MapView::clearSelection()
{
    const bool had = !m_selection.isEmpty() || m_selectedFid >= 0;
    m_selectedFid = -1;
    m_selection.clear();
    m_selectedMembers.clear();
    m_selectionDirty = true;
    if (!m_selectedAsset.isEmpty()) {
        m_selectedAsset.clear();
        emit selectedAssetChanged();
    }
    if (had)
        emit selectionChanged();
    update();
}

// ---- input -------------------------------------------------------------------------------------

void MapView::stopKinetic()
{
    m_kineticTimer.stop();
    m_velocity = {};
}

void MapView::startKinetic()
{
    const qint64 now = m_clock.elapsed();
    while (!m_samples.empty() && now - m_samples.front().first > 100)
        m_samples.pop_front();
    if (m_samples.size() < 2)
        return;
    const double dt = (m_samples.back().first - m_samples.front().first) / 1000.0;
    if (dt <= 0)
        return;
    m_velocity = (m_samples.back().second - m_samples.front().second) / dt;
    if (std::hypot(m_velocity.x(), m_velocity.y()) < 150) {
        m_velocity = {};
        return;
    }
    m_lastKineticMs = now;
    m_kineticTimer.start();
}

void MapView::pressAt(QPointF pos, Qt::KeyboardModifiers mods)
{
    stopKinetic();
    m_pressPos = m_lastPos = pos;
    m_moved = false;
    m_samples.clear();
    m_samples.emplace_back(m_clock.elapsed(), pos);
    if (m_interaction == BoxSelect || (mods & Qt::ShiftModifier))
        m_drag = Drag::Box;
    else if (m_interaction == LassoSelect || (mods & Qt::AltModifier))
        m_drag = Drag::Lasso;
    else
        m_drag = Drag::Pan;
    m_lasso = {pos};
}

void MapView::moveTo(QPointF pos)
{
    if (!m_moved && QLineF(pos, m_pressPos).length() > m_settings.tapSlop)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan:
        if (m_moved) {
            panBy(pos.x() - m_lastPos.x(), pos.y() - m_lastPos.y());
            m_samples.emplace_back(m_clock.elapsed(), pos);
            if (m_samples.size() > 20)
                m_samples.pop_front();
            m_lastPos = pos;
        }
        break;
    case Drag::Box:
        m_lasso = {m_pressPos, pos};
        update();
        break;
    case Drag::Lasso:
        if (QLineF(m_lasso.back(), pos).length() >= 3)
            m_lasso << pos;
        update();
        break;
    default:
        break;
    }
}

void MapView::releaseAt(QPointF pos)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (!m_moved) {
        tap(pos);
    } else if (drag == Drag::Pan) {
        startKinetic();
    } else if (drag == Drag::Box) {
        selectBox(QRectF(m_pressPos, pos).normalized());
    } else if (drag == Drag::Lasso) {
        m_lasso << pos;
        selectLasso(m_lasso);
    }
    m_lasso.clear();
    update();
}

void MapView::mousePressEvent(QMouseEvent *e)
{
    pressAt(e->position(), e->modifiers());
    e->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *e)
{
    moveTo(e->position());
    e->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *e)
{
    releaseAt(e->position());
    e->accept();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *e)
{
    zoomAt(2.0, e->position());
    e->accept();
}

void MapView::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(std::pow(2.0, steps / 3.0), e->position());
    e->accept();
}

void MapView::touchEvent(QTouchEvent *e)
{
    const auto &points = e->points();
    if (points.size() >= 2) {
        const QPointF a = points[0].position(), b = points[1].position();
        const QPointF centre = (a + b) / 2;
        const double dist = std::max(1.0, QLineF(a, b).length());
        if (m_drag != Drag::Pinch) {
            stopKinetic();
            m_drag = Drag::Pinch;
            m_pinchStartDistance = dist;
            m_pinchStartRes = m_view.resolution;
            m_pinchLastCentre = centre;
        } else {
            const double res = m_pinchStartRes * m_pinchStartDistance / dist;
            zoomAt(m_view.resolution / res, centre);
            panBy(centre.x() - m_pinchLastCentre.x(), centre.y() - m_pinchLastCentre.y());
            m_pinchLastCentre = centre;
        }
        e->accept();
        return;
    }
    if (points.isEmpty())
        return;
    const QPointF pos = points[0].position();
    if (m_drag == Drag::Pinch) {
        // Lifting one finger of a pinch ends the gesture; the other finger does not start a pan.
        if (e->type() == QEvent::TouchEnd || e->type() == QEvent::TouchCancel)
            m_drag = Drag::None;
        e->accept();
        return;
    }
    switch (e->type()) {
    case QEvent::TouchBegin:
        pressAt(pos, e->modifiers());
        break;
    case QEvent::TouchUpdate:
        moveTo(pos);
        break;
    case QEvent::TouchEnd: {
        const qint64 now = m_clock.elapsed();
        if (!m_moved && m_drag == Drag::Pan && now - m_lastTapMs < 300 && QLineF(pos, m_lastTapPos).length() < 30) {
            m_drag = Drag::None;
            m_lastTapMs = -1000;
            zoomAt(2.0, pos); // double tap
        } else {
            if (!m_moved) {
                m_lastTapMs = now;
                m_lastTapPos = pos;
            }
            releaseAt(pos);
        }
        break;
    }
    case QEvent::TouchCancel:
        m_drag = Drag::None;
        m_lasso.clear();
        update();
        break;
    default:
        break;
    }
    e->accept();
}

} // namespace gc::ui
