#pragma once

#include "assetatlas.h"
#include "assetfilterstate.h"
#include "assetscene.h"
#include "layerlistmodel.h"
#include "tilecache.h"

#include <QElapsedTimer>
#include <QPolygonF>
#include <QQuickItem>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <deque>
#include <memory>
#include <mutex>
#include <optional>

namespace gc::geo {
class CrsTransform;
}

namespace gc::ui {

// The map: an offline, EPSG:5186 map item. Base layers (any GDAL vector or raster) are drawn into
// tiles on worker threads and shown as textures; assets are one batched scene-graph node, clustered
// at low zoom; taps, boxes and lassos hit-test through a spatial index. Nothing here runs GDAL or SQL
// on the GUI thread.
class MapView : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(double centerX READ centerX WRITE setCenterX NOTIFY viewChanged)
    Q_PROPERTY(double centerY READ centerY WRITE setCenterY NOTIFY viewChanged)
    Q_PROPERTY(double metresPerPixel READ metresPerPixel WRITE setMetresPerPixel NOTIFY viewChanged)
    Q_PROPERTY(double centerLon READ centerLon NOTIFY viewChanged)
    Q_PROPERTY(double centerLat READ centerLat NOTIFY viewChanged)
    Q_PROPERTY(gc::ui::LayerListModel *layers READ layers CONSTANT)
    Q_PROPERTY(gc::ui::AssetFilterState *filter READ filter CONSTANT)
    Q_PROPERTY(bool choropleth READ choropleth WRITE setChoropleth NOTIFY choroplethChanged)
    Q_PROPERTY(bool clustering READ clustering WRITE setClustering NOTIFY clusteringChanged)
    Q_PROPERTY(Interaction interaction READ interaction WRITE setInteraction NOTIFY interactionChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY countsChanged)
    Q_PROPERTY(qint64 shownCount READ shownCount NOTIFY countsChanged)
    Q_PROPERTY(QVariantList statusLegend READ statusLegend NOTIFY countsChanged)
    Q_PROPERTY(QVariantList categoryLegend READ categoryLegend NOTIFY countsChanged)
    Q_PROPERTY(QVariantList choroplethLegend READ choroplethLegend CONSTANT)
    Q_PROPERTY(QVariantList dongOptions READ dongOptions NOTIFY optionsChanged)
    Q_PROPERTY(QStringList departmentOptions READ departmentOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList methodOptions READ methodOptions CONSTANT)
    Q_PROPERTY(qint64 selectedFid READ selectedFid NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selectedAsset READ selectedAsset NOTIFY selectedAssetChanged)
    Q_PROPERTY(QVariantList selection READ selection NOTIFY selectionChanged)
    Q_PROPERTY(int selectionCount READ selectionCount NOTIFY selectionChanged)
    Q_PROPERTY(bool clustered READ clustered NOTIFY viewChanged)
    Q_PROPERTY(QColor backgroundColor READ backgroundColor WRITE setBackgroundColor NOTIFY backgroundColorChanged)

public:
    enum Interaction { Pan, BoxSelect, LassoSelect };
    Q_ENUM(Interaction)

    // Zoom limits and when clusters give way to single assets.
    struct Settings {
        double minResolution = 0.05; // m/px
        double maxResolution = 200;
        double clusterBelowResolution = 1.0; // clusters when zoomed out beyond 1 m/px
        size_t maxDrawnAssets = 250000;      // … or when more than this would be drawn
        double kineticTimeConstant = 0.325;  // s
        double tapSlop = 10;                 // px a tap may move
    };

    explicit MapView(QQuickItem *parent = nullptr);
    ~MapView() override;

    QString source() const { return m_source; }
    void setSource(const QString &path);
    double centerX() const { return m_view.centerX; }
    double centerY() const { return m_view.centerY; }
    double metresPerPixel() const { return m_view.resolution; }
    void setCenterX(double x);
    void setCenterY(double y);
    void setMetresPerPixel(double r);
    double centerLon() const;
    double centerLat() const;
    LayerListModel *layers() const { return m_layers; }
    AssetFilterState *filter() const { return m_filter; }
    bool choropleth() const { return m_choropleth; }
    void setChoropleth(bool on);
    bool clustering() const { return m_clustering; }
    void setClustering(bool on);
    Interaction interaction() const { return m_interaction; }
    void setInteraction(Interaction i);
    bool loading() const { return m_loading; }
    bool busy() const { return m_loading || m_building || m_tilesPending > 0 || m_layers->loading(); }
    QString errorText() const { return m_error; }
    qint64 totalCount() const { return m_snapshot ? qint64(m_snapshot->size()) : 0; }
    qint64 shownCount() const { return m_scene ? qint64(m_scene->size()) : 0; }
    QVariantList statusLegend() const;
    QVariantList categoryLegend() const;
    QVariantList choroplethLegend() const;
    QVariantList dongOptions() const;
    QStringList departmentOptions() const;
    QVariantList methodOptions() const;
    qint64 selectedFid() const { return m_selectedFid; }
    QVariantMap selectedAsset() const { return m_selectedAsset; }
    QVariantList selection() const { return m_selection; }
    int selectionCount() const { return int(m_selection.size()); }
    bool clustered() const;
    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &c);
    const geo::Viewport &viewport() const { return m_view; }
    Settings &settings() { return m_settings; }

    Q_INVOKABLE void fitDistrict();
    Q_INVOKABLE void zoomIn() { zoomAt(2.0, QPointF(width() / 2, height() / 2)); }
    Q_INVOKABLE void zoomOut() { zoomAt(0.5, QPointF(width() / 2, height() / 2)); }
    // Zooms by `factor` (>1 = closer) keeping the map point under `pos` where it is.
    Q_INVOKABLE void zoomAt(double factor, QPointF pos);
    // Moves the map content by (dx, dy) pixels, as a drag does.
    Q_INVOKABLE void panBy(double dx, double dy);
    // Re-reads the inventory; assets whose status or category changed are patched in place.
    Q_INVOKABLE void reload();
    // Asset under an item position (fid), or -1; a cluster there counts as no single asset.
    Q_INVOKABLE qint64 assetAt(QPointF pos) const;
    // What a tap at `pos` does: selects the asset there, or zooms into a cluster.
    Q_INVOKABLE void tap(QPointF pos);
    Q_INVOKABLE void selectBox(QRectF itemRect);
    Q_INVOKABLE void selectLasso(const QPolygonF &itemPolygon);
    Q_INVOKABLE void selectAsset(qint64 fid);
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE QPointF mapToScreen(double x, double y) const;
    Q_INVOKABLE QPointF screenToMap(QPointF pos) const;

signals:
    void sourceChanged();
    void backgroundColorChanged();
    void viewChanged();
    void choroplethChanged();
    void clusteringChanged();
    void interactionChanged();
    void loadingChanged();
    void busyChanged();
    void errorTextChanged();
    void countsChanged();
    void optionsChanged();
    void selectionChanged();
    void selectedAssetChanged();
    void assetTapped(qint64 fid);
    // A box or lasso selection finished: the fids inside it (the office assigns work from these).
    void selectionMade(const QVariantList &fids);

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void mouseDoubleClickEvent(QMouseEvent *e) override;
    void wheelEvent(QWheelEvent *e) override;
    void touchEvent(QTouchEvent *e) override;

private:
    struct TileDraw {
        geo::TileKey key;
        QRectF target; // item pixels
        QRectF source; // tile image pixels
    };
    struct WantedTiles {
        std::mutex mutex;
        QSet<geo::TileKey> keys;
    };
    struct LoadResult;

    void startLoad(bool reloadOnly);
    void rebuildScene();
    void applyScene(std::shared_ptr<AssetScene> scene);
    void viewMoved();
    void updateTiles();
    void requestTile(const geo::TileKey &key);
    void refreshRenderList();
    void setBusyState();
    void setError(const QString &e);
    void requestDetails(qint64 fid);
    void setSelectionMembers(std::vector<uint32_t> members, bool emitMade);
    void startKinetic();
    void stopKinetic();
    void pressAt(QPointF pos, Qt::KeyboardModifiers mods);
    void moveTo(QPointF pos);
    void releaseAt(QPointF pos);
    int clusterLevel() const;

    Settings m_settings;
    QString m_source;
    geo::Viewport m_view;
    bool m_viewInitialised = false;
    LayerListModel *m_layers;
    AssetFilterState *m_filter;
    bool m_choropleth = false;
    bool m_clustering = true;
    QColor m_background = QColor(0xF5, 0xF5, 0xF5); // baked into tiles, which are then opaque
    Interaction m_interaction = Pan;
    bool m_loading = false;
    bool m_building = false;
    bool m_lastBusy = false;
    QString m_error;

    std::shared_ptr<const AssetSnapshot> m_snapshot;
    std::shared_ptr<AssetScene> m_scene;
    quint64 m_sceneRevision = 0;
    quint64 m_loadSerial = 0, m_buildSerial = 0, m_detailSerial = 0;
    std::vector<uint32_t> m_pendingPatches; // members whose quads change at the next sync
    std::shared_ptr<const AssetAtlas> m_atlas;

    QThreadPool m_workers;
    QThreadPool m_tilePool;
    geo::TileCache m_tiles;
    std::shared_ptr<const geo::RenderList> m_renderList;
    quint64 m_generation = 1;
    QSet<geo::TileKey> m_inFlight;
    std::shared_ptr<WantedTiles> m_wanted;
    std::vector<TileDraw> m_tileDraws;
    int m_tilesPending = 0;

    qint64 m_selectedFid = -1;
    QVariantMap m_selectedAsset;
    QVariantList m_selection;
    std::vector<uint32_t> m_selectedMembers;
    bool m_selectionDirty = false;

    // Gestures.
    enum class Drag { None, Pan, Box, Lasso, Pinch };
    Drag m_drag = Drag::None;
    QPointF m_pressPos, m_lastPos;
    bool m_moved = false;
    QPolygonF m_lasso; // item coordinates, also the box's two corners
    std::deque<std::pair<qint64, QPointF>> m_samples; // (ms, pos) of the last moves, for flick speed
    QElapsedTimer m_clock;
    QTimer m_kineticTimer;
    QPointF m_velocity; // px/s
    qint64 m_lastKineticMs = 0;
    double m_pinchStartDistance = 0, m_pinchStartRes = 0;
    QPointF m_pinchLastCentre;
    qint64 m_lastTapMs = -1000;
    QPointF m_lastTapPos;

    mutable std::unique_ptr<geo::CrsTransform> m_toWgs84;
};

} // namespace gc::ui
