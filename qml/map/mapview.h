#pragma once

#include "assetfilterstate.h"
#include "layerlistmodel.h"
#include "mapgestures.h"
#include "mapinventoryreader.h"
#include "mapselection.h"
#include "mapviewport.h"
#include "tilescheduler.h"

#include <QPolygonF>
#include <QQuickItem>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace gc::core {
struct AssetSnapshot;
}

namespace gc::ui {

class AssetAtlas;
struct AssetScene;

// The map: an offline, EPSG:5186 map item. Base layers (any GDAL vector or raster) are drawn into
// tiles on worker threads (TileScheduler) and shown as textures; assets are one batched scene-graph
// node (MapRootNode, AssetNode), clustered at low zoom; taps, boxes and lassos (MapGestures) hit-test
// through a spatial index. The inventory is read through core's AssetSnapshotQuery on a worker thread:
// nothing here runs GDAL or SQL on the GUI thread.
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
    // False: only the layers (the dashboard's dong choropleth, whose names the asset bubbles would cover).
    Q_PROPERTY(bool assetsShown READ assetsShown WRITE setAssetsShown NOTIFY assetsShownChanged)
    Q_PROPERTY(Interaction interaction READ interaction WRITE setInteraction NOTIFY interactionChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY countsChanged)
    Q_PROPERTY(qint64 shownCount READ shownCount NOTIFY countsChanged)
    // Assets of the inventory the map cannot draw: no place (vehicles) or not a point.
    Q_PROPERTY(qint64 unplacedCount READ unplacedCount NOTIFY countsChanged)
    Q_PROPERTY(QVariantList statusLegend READ statusLegend NOTIFY countsChanged)
    Q_PROPERTY(QVariantList categoryLegend READ categoryLegend NOTIFY countsChanged)
    Q_PROPERTY(QVariantList choroplethLegend READ choroplethLegend NOTIFY countsChanged)
    Q_PROPERTY(QString choroplethNote READ choroplethNote NOTIFY countsChanged)
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

    // When clusters give way to single assets.
    struct Settings {
        double clusterBelowResolution = 1.0; // clusters when zoomed out beyond 1 m/px
        size_t maxDrawnAssets = 250000;      // … or when more than this would be drawn
    };

    explicit MapView(QQuickItem *parent = nullptr);
    ~MapView() override;

    QString source() const { return m_source; }
    void setSource(const QString &path);
    double centerX() const { return m_viewport.view().centerX; }
    double centerY() const { return m_viewport.view().centerY; }
    double metresPerPixel() const { return m_viewport.view().resolution; }
    void setCenterX(double x);
    void setCenterY(double y);
    void setMetresPerPixel(double r);
    double centerLon() const { return m_viewport.centreLonLat().x(); }
    double centerLat() const { return m_viewport.centreLonLat().y(); }
    LayerListModel *layers() const { return m_layers; }
    AssetFilterState *filter() const { return m_filter; }
    bool choropleth() const { return m_choropleth; }
    void setChoropleth(bool on);
    bool clustering() const { return m_clustering; }
    bool assetsShown() const { return m_assetsShown; }
    void setAssetsShown(bool on);
    void setClustering(bool on);
    Interaction interaction() const { return m_interaction; }
    void setInteraction(Interaction i);
    bool loading() const { return m_loading; }
    bool busy() const { return m_loading || m_building || m_tiles.pending() > 0 || m_layers->loading(); }
    QString errorText() const { return m_error; }
    qint64 totalCount() const;
    qint64 shownCount() const;
    qint64 unplacedCount() const;
    QVariantList statusLegend() const;
    QVariantList categoryLegend() const;
    QVariantList choroplethLegend() const;
    QString choroplethNote() const; // the classes' range and that they are on the data's range
    QVariantList dongOptions() const;
    QStringList departmentOptions() const;
    QVariantList methodOptions() const;
    qint64 selectedFid() const { return m_selection.cardFid(); }
    QVariantMap selectedAsset() const { return m_selection.card(); }
    QVariantList selection() const { return m_selection.fids(); }
    int selectionCount() const { return int(m_selection.fids().size()); }
    bool clustered() const;
    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &c);
    const geo::Viewport &viewport() const { return m_viewport.view(); }
    Settings &settings() { return m_settings; }

    Q_INVOKABLE void fitDistrict();
    // Brings a new search's few results into view; one result is selected and its card opens.
    void showSearchResult();
    Q_INVOKABLE void zoomIn() { zoomAt(m_gestures.settings().zoomStep, QPointF(width() / 2, height() / 2)); }
    Q_INVOKABLE void zoomOut() { zoomAt(1 / m_gestures.settings().zoomStep, QPointF(width() / 2, height() / 2)); }
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
    void assetsShownChanged();
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
    void startLoad(bool reloadOnly);
    void finishLoad(MapInventoryReader::Loaded r, bool reloadOnly);
    void rebuildScene();
    void applyScene(std::shared_ptr<AssetScene> scene);
    void viewMoved();
    void updateTiles();
    void refreshRenderList();
    void setBusyState();
    void setError(const QString &e);
    void requestDetails(qint64 fid);
    // Selects what a box or lasso covered and reports it (selectionMade).
    void selectMembers(std::vector<uint32_t> members);
    void announce(MapSelection::Change change);
    int clusterLevel() const;

    Settings m_settings;
    QString m_source;
    MapViewport m_viewport;
    MapGestures m_gestures;
    LayerListModel *m_layers;
    AssetFilterState *m_filter;
    bool m_choropleth = false;
    bool m_clustering = true;
    bool m_assetsShown = true;
    QColor m_background = QColor(0xF5, 0xF5, 0xF5); // baked into tiles, which are then opaque
    Interaction m_interaction = Pan;
    bool m_loading = false;
    bool m_building = false;
    bool m_lastBusy = false;
    QString m_error;

    std::shared_ptr<const core::AssetSnapshot> m_snapshot;
    std::shared_ptr<AssetScene> m_scene;
    // A search's result comes into view once its scene is built (showSearchResult).
    static constexpr size_t kSearchFitMax = 500;   // more found than this: the view stays
    static constexpr double kSearchMinSpan = 300;  // metres shown around a single find
    QString m_lastSearch;
    bool m_filterChangedWhileLoading = false;
    bool m_searched = false;
    quint64 m_sceneRevision = 0;
    std::vector<uint32_t> m_pendingPatches; // members whose quads change at the next sync
    std::shared_ptr<const AssetAtlas> m_atlas;
    MapInventoryReader m_reader;
    TileScheduler m_tiles;
    MapSelection m_selection;
};

} // namespace gc::ui
