#include "mapview.h"
#include "assetatlas.h"
#include "assetnode.h"
#include "assetscene.h"
#include "maplegend.h"
#include "maprootnode.h"

#include <QQuickWindow>

#include <algorithm>
#include <utility>
#include <cmath>

namespace gc::ui {

namespace {

// The cluster cell nearest `m` within `reach` metres at `level`, or null.
const geo::ClusterGrid::Cell *clusterNear(const AssetScene &scene, int level, QPointF m, double reach)
{
    const geo::ClusterGrid::Cell *best = nullptr;
    double bestD = reach;
    for (const auto &c : scene.clusters.cells(level)) {
        const double d = std::hypot(c.x() - m.x(), c.y() - m.y());
        if (d <= bestD) {
            bestD = d;
            best = &c;
        }
    }
    return best;
}

} // namespace

MapView::MapView(QQuickItem *parent)
    : QQuickItem(parent)
    , m_gestures(m_viewport)
    , m_layers(new LayerListModel(this))
    , m_filter(new AssetFilterState(this))
{
    setFlag(ItemHasContents);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setClip(true);
    connect(&m_gestures, &MapGestures::panned, this, &MapView::panBy);
    connect(&m_gestures, &MapGestures::zoomed, this, &MapView::zoomAt);
    connect(&m_gestures, &MapGestures::tapped, this, &MapView::tap);
    connect(&m_gestures, &MapGestures::boxSelected, this, &MapView::selectBox);
    connect(&m_gestures, &MapGestures::lassoSelected, this, &MapView::selectLasso);
    connect(&m_gestures, &MapGestures::outlineChanged, this, &QQuickItem::update);
    connect(&m_tiles, &TileScheduler::changed, this, [this] {
        setBusyState();
        update();
    });
    connect(m_layers, &LayerListModel::renderChanged, this, &MapView::refreshRenderList);
    connect(m_layers, &LayerListModel::loadingChanged, this, &MapView::setBusyState);
    connect(m_layers, &LayerListModel::districtChanged, this, [this] {
        if (!m_viewport.placed() && width() > 0)
            fitDistrict();
        emit optionsChanged();
    });
    connect(m_filter, &AssetFilterState::changed, this, &MapView::rebuildScene);
    refreshRenderList();
}

MapView::~MapView() = default;

qint64 MapView::totalCount() const
{
    return m_snapshot ? qint64(m_snapshot->size()) : 0;
}

qint64 MapView::unplacedCount() const
{
    return m_snapshot ? m_snapshot->unplaced : 0;
}

qint64 MapView::shownCount() const
{
    return m_scene ? qint64(m_scene->size()) : 0;
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
    m_loading = true;
    emit loadingChanged();
    setBusyState();
    m_reader.load(m_source, m_filter->filter(), [this, reloadOnly](MapInventoryReader::Loaded r) { finishLoad(std::move(r), reloadOnly); });
}

void MapView::finishLoad(MapInventoryReader::Loaded r, bool reloadOnly)
{
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
    if (r.scene && !std::exchange(m_filterChangedWhileLoading, false))
        applyScene(r.scene);
    else
        rebuildScene();
}

void MapView::rebuildScene()
{
    if (!m_snapshot) {
        // A filter set while the first load runs (a page made at sign-in binds its crew's filter at
        // once): the load used the filter as it was, so the scene is built again when it is in.
        m_filterChangedWhileLoading = m_loading;
        return;
    }
    const QString text = m_filter->text().trimmed();
    m_searched = !text.isEmpty() && text != m_lastSearch; // a new search: its result is shown when built
    m_lastSearch = text;
    m_building = true;
    setBusyState();
    m_reader.build(m_source, m_snapshot, m_filter->filter(), [this](MapInventoryReader::Built r) {
        m_building = false;
        setError(r.error);
        if (r.scene)
            applyScene(r.scene);
        setBusyState();
    });
}

void MapView::applyScene(std::shared_ptr<AssetScene> scene)
{
    m_scene = std::move(scene);
    ++m_sceneRevision;
    m_pendingPatches.clear();
    // Keep the selection for assets still shown.
    announce(m_selection.rebase(*m_scene));
    if (!m_viewport.placed() && width() > 0)
        fitDistrict();
    else if (std::exchange(m_searched, false))
        showSearchResult();
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
    return MapLegend::statuses(m_scene.get());
}

QVariantList MapView::categoryLegend() const
{
    return MapLegend::categories(m_scene.get());
}

QVariantList MapView::choroplethLegend() const
{
    return MapLegend::choroplethClasses(m_scene.get());
}

QString MapView::choroplethNote() const
{
    return MapLegend::choropleth(m_scene.get()).note();
}

QVariantList MapView::dongOptions() const
{
    return MapLegend::dongs(m_layers->dongNames(), m_scene.get(), m_snapshot.get());
}

QStringList MapView::departmentOptions() const
{
    return MapLegend::departments(m_snapshot.get());
}

QVariantList MapView::methodOptions() const
{
    return MapLegend::methods();
}

// ---- style -------------------------------------------------------------------------------------

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

void MapView::setAssetsShown(bool on)
{
    if (on == m_assetsShown)
        return;
    m_assetsShown = on;
    emit assetsShownChanged();
    update();
}

void MapView::setInteraction(Interaction i)
{
    if (i == m_interaction)
        return;
    m_interaction = i;
    m_gestures.setMode(i == BoxSelect ? MapGestures::Mode::Box : i == LassoSelect ? MapGestures::Mode::Lasso : MapGestures::Mode::Pan);
    emit interactionChanged();
}

void MapView::refreshRenderList()
{
    QHash<QString, QColor> dongFill;
    if (m_choropleth && m_scene && m_snapshot)
        dongFill = MapLegend::choroplethFill(m_layers->dongNames(), *m_scene, *m_snapshot);
    m_tiles.setStyle(std::make_shared<const geo::RenderList>(m_layers->renderList(dongFill)), m_background);
    updateTiles();
    update();
}

// ---- view ---------------------------------------------------------------------------------------

void MapView::setCenterX(double x)
{
    if (m_viewport.setCenterX(x))
        viewMoved();
}

void MapView::setCenterY(double y)
{
    if (m_viewport.setCenterY(y))
        viewMoved();
}

void MapView::setMetresPerPixel(double r)
{
    if (m_viewport.setResolution(r))
        viewMoved();
}

void MapView::viewMoved()
{
    emit viewChanged();
    updateTiles();
    update();
}

void MapView::showSearchResult()
{
    // A search that finds a few assets brings them into view, and one asset opens its card (a usability
    // pass: "1 of 12,578" was found, but nothing on the map moved).
    if (!m_scene || m_scene->size() == 0 || m_scene->size() > kSearchFitMax)
        return;
    QRectF e = m_scene->extent;
    const double margin = std::max(kSearchMinSpan / 2, std::max(e.width(), e.height()) * 0.15);
    e.adjust(-margin, -margin, margin, margin);
    if (m_viewport.fit(e))
        viewMoved();
    if (m_scene->size() == 1)
        selectAsset(m_scene->fidOf(0));
}

void MapView::fitDistrict()
{
    QRectF e = m_layers->districtExtent();
    if (e.isEmpty() && m_scene)
        e = m_scene->extent;
    if (m_viewport.fit(e))
        viewMoved();
}

void MapView::zoomAt(double factor, QPointF pos)
{
    if (m_viewport.zoomAt(factor, pos))
        viewMoved();
}

void MapView::panBy(double dx, double dy)
{
    m_viewport.panBy(dx, dy);
    viewMoved();
}

QPointF MapView::mapToScreen(double x, double y) const
{
    return m_viewport.toScreen(x, y);
}

QPointF MapView::screenToMap(QPointF pos) const
{
    return m_viewport.toMap(pos);
}

void MapView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    m_viewport.resize(newGeometry.width(), newGeometry.height());
    if (!m_viewport.placed() && width() > 0 && height() > 0)
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
    return std::clamp(geo::TileGrid::levelFor(m_viewport.view().resolution), cs.minLevel, cs.maxLevel);
}

bool MapView::clustered() const
{
    if (!m_clustering || !m_scene)
        return false;
    if (m_viewport.view().resolution > m_settings.clusterBelowResolution)
        return true;
    // Zoomed in on a dense inventory: count what a build would draw from the finest cluster cells.
    const QRectF window = m_viewport.surroundings();
    size_t n = 0;
    for (const auto &c : m_scene->clusters.cells(m_scene->clusters.settings().maxLevel))
        if (window.contains(c.x(), c.y()))
            n += c.count;
    return n > m_settings.maxDrawnAssets;
}

void MapView::updateTiles()
{
    m_tiles.show(m_viewport.view(), window() ? window()->effectiveDevicePixelRatio() : 1.0);
    setBusyState();
}

// ---- scene graph --------------------------------------------------------------------------------

QSGNode *MapView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (!m_atlas)
        m_atlas = std::make_shared<const AssetAtlas>(window()->effectiveDevicePixelRatio());
    auto *root = static_cast<MapRootNode *>(old);
    if (!root)
        root = new MapRootNode(window(), m_atlas);
    root->showTiles(m_tiles);

    AssetNode *assets = root->assets();
    AssetNode::Build b;
    b.scene = m_assetsShown ? m_scene.get() : nullptr;
    b.sceneRevision = m_sceneRevision;
    b.view = m_viewport.view();
    b.clustered = clustered();
    b.level = clusterLevel();
    bool rebuilt = false;
    if (assets->needsRebuild(b)) {
        b.window = m_viewport.surroundings();
        assets->rebuild(b);
        m_pendingPatches.clear();
        rebuilt = true;
    } else {
        assets->setView(m_viewport.view());
        for (uint32_t m : m_pendingPatches)
            assets->patchMember(*m_scene, m);
        m_pendingPatches.clear();
    }
    if (m_selection.takeDirty() || rebuilt)
        assets->setHighlight(b.scene, m_selection.members());
    root->showOutline(m_gestures.outline());
    return root;
}

// ---- hit testing and selection ------------------------------------------------------------------

qint64 MapView::assetAt(QPointF pos) const
{
    if (!m_scene)
        return -1;
    const QPointF m = m_viewport.toMap(pos);
    const double reach = (m_atlas ? m_atlas->metrics().tapRadius : AssetSymbolMetrics{}.tapRadius) * m_viewport.view().resolution;
    if (clustered()) {
        // Only assets drawn on their own can be tapped; a bubble is not one asset.
        const auto *c = clusterNear(*m_scene, clusterLevel(), m, reach);
        return c && c->count == 1 ? m_scene->fidOf(c->single) : -1;
    }
    const auto hit = m_scene->index.nearest(m.x(), m.y(), reach);
    return hit ? m_scene->fidOf(*hit) : -1;
}

void MapView::tap(QPointF pos)
{
    if (m_scene && clustered()) {
        const double bubble = m_atlas ? m_atlas->metrics().bubbleLarge : AssetSymbolMetrics{}.bubbleLarge;
        const auto *c = clusterNear(*m_scene, clusterLevel(), m_viewport.toMap(pos), bubble / 2 * m_viewport.view().resolution);
        if (c && c->count > 1) {
            zoomAt(m_gestures.settings().zoomStep, m_viewport.toScreen(c->x(), c->y()));
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

void MapView::announce(MapSelection::Change change)
{
    if (change.card)
        emit selectedAssetChanged();
    if (change.selection)
        emit selectionChanged();
}

void MapView::selectAsset(qint64 fid)
{
    const qint64 m = m_scene ? m_scene->memberOf(fid) : -1;
    if (m < 0)
        return;
    announce(m_selection.selectOne(fid, uint32_t(m)));
    requestDetails(fid);
    update();
}

void MapView::requestDetails(qint64 fid)
{
    m_reader.details(m_source, fid, [this](QVariantMap details) {
        const QString dong = details.value(QStringLiteral("dong_code")).toString();
        for (const auto &[code, name] : m_layers->dongNames())
            if (code == dong)
                details.insert(QStringLiteral("dongName"), name);
        m_selection.setCard(std::move(details));
        emit selectedAssetChanged();
    });
}

void MapView::selectMembers(std::vector<uint32_t> members)
{
    std::sort(members.begin(), members.end());
    announce(m_selection.select(*m_scene, std::move(members)));
    emit selectionMade(m_selection.fids());
    update();
}

void MapView::selectBox(QRectF itemRect)
{
    if (!m_scene)
        return;
    const QPointF a = m_viewport.toMap(itemRect.topLeft()), b = m_viewport.toMap(itemRect.bottomRight());
    std::vector<uint32_t> ids;
    m_scene->index.query(QRectF(a, b).normalized(), ids);
    selectMembers(std::move(ids));
}

void MapView::selectLasso(const QPolygonF &itemPolygon)
{
    if (!m_scene || itemPolygon.size() < 3)
        return;
    QPolygonF map;
    for (const QPointF &p : itemPolygon)
        map << m_viewport.toMap(p);
    std::vector<uint32_t> ids;
    m_scene->index.queryPolygon(map, ids);
    selectMembers(std::move(ids));
}

void MapView::clearSelection()
{
    announce(m_selection.clear());
    update();
}

// ---- input -------------------------------------------------------------------------------------

void MapView::mousePressEvent(QMouseEvent *e)
{
    m_gestures.press(e->position(), e->modifiers());
    e->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *e)
{
    m_gestures.move(e->position());
    e->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *e)
{
    m_gestures.release(e->position());
    e->accept();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *e)
{
    m_gestures.doubleClick(e->position());
    e->accept();
}

void MapView::wheelEvent(QWheelEvent *e)
{
    m_gestures.wheel(e->position(), e->angleDelta().y());
    e->accept();
}

void MapView::touchEvent(QTouchEvent *e)
{
    QList<QPointF> points;
    for (const QEventPoint &p : e->points())
        points << p.position();
    if (m_gestures.touch(e->type(), points, e->modifiers()))
        e->accept();
}

} // namespace gc::ui
