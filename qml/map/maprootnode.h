#pragma once

#include "assetatlas.h"
#include "tilegrid.h"

#include <QImage>
#include <QPolygonF>
#include <QSGNode>

#include <memory>
#include <unordered_map>
#include <vector>

class QQuickWindow;
class QSGGeometryNode;
class QSGTexture;

namespace gc::ui {

class AssetNode;
class TileScheduler;

// The map in the scene graph: the base-map tiles (their textures kept while on screen), the asset
// node above them and the outline of a box or lasso being drawn on top.
class MapRootNode : public QSGNode {
public:
    // Frames a texture may stay unused before it is freed; the image stays in the TileCache.
    static constexpr quint64 kTextureFrames = 120;

    MapRootNode(QQuickWindow *window, std::shared_ptr<const AssetAtlas> atlas);
    ~MapRootNode() override;

    AssetNode *assets() const { return m_assets; }
    // Shows the scheduler's current tile layout.
    void showTiles(const TileScheduler &tiles);
    // The box or lasso outline in item coordinates (empty hides it); not drawn by the software renderer.
    void showOutline(const QPolygonF &shape);

private:
    struct KeyHash {
        size_t operator()(const geo::TileKey &k) const { return geo::qHash(k); }
    };
    struct Texture {
        std::unique_ptr<QSGTexture> texture;
        qint64 imageKey = 0;
        quint64 frame = 0;
    };
    QSGTexture *texture(const geo::TileKey &key, const QImage &image);
    QSGNode *tileNode(int i, QSGTexture *texture);
    void finishFrame(int usedTileNodes);

    QQuickWindow *m_window;
    QSGNode *m_tiles;
    AssetNode *m_assets;
    QSGGeometryNode *m_outline = nullptr;
    std::unordered_map<geo::TileKey, Texture, KeyHash> m_textures;
    // Textures replaced by a newer image of their tile during this frame: nodes not yet given their
    // new texture still point at them (and the renderer compares their materials), so they are
    // freed in finishFrame, once every node has been updated.
    std::vector<std::unique_ptr<QSGTexture>> m_replaced;
    quint64 m_frame = 0;
};

} // namespace gc::ui
