#pragma once

#include "assetatlas.h"
#include "tilegrid.h"

#include <QHash>
#include <QSGGeometryNode>
#include <QSGTexture>
#include <QSGTextureMaterial>
#include <QSGTransformNode>

#include <memory>
#include <vector>

class QQuickWindow;
class QSGImageNode;

namespace gc::ui {

struct AssetScene;

// The asset layer in the scene graph: one geometry node, one texture material, every visible asset
// (or cluster) a textured quad from the AssetAtlas, so the whole layer is a single batched draw.
// Vertices are kept in "build pixels" around a build origin; panning and small zoom steps only change
// this node's matrix. A rebuild happens when the view leaves the built window or zooms a step.
// Under Qt Quick's software renderer, which draws no custom geometry, the same quads are painted
// into one image per layer instead (slower, but the map still shows every asset).
class AssetNode : public QSGTransformNode {
public:
    AssetNode(QQuickWindow *window, std::shared_ptr<const AssetAtlas> atlas);
    ~AssetNode() override;

    struct Build {
        const AssetScene *scene = nullptr;
        quint64 sceneRevision = 0;
        geo::Viewport view;
        QRectF window;      // map extent to fill, larger than the view so that panning needs no rebuild
        bool clustered = false;
        int level = 0;      // cluster level when clustered
    };
    // True when `b` needs new vertices (another scene, level, zoom step or a view outside the window).
    bool needsRebuild(const Build &b) const;
    void rebuild(const Build &b);
    // Moves/zooms the built vertices to the current view.
    void setView(const geo::Viewport &view);
    // Repaints one member's quad in place (its status or category changed); false if it is not drawn alone.
    bool patchMember(const AssetScene &scene, uint32_t member);
    void setHighlight(const AssetScene *scene, const std::vector<uint32_t> &members);
    int quadCount() const { return m_quads; }
    // Drawn symbol size relative to the atlas's, by metres per pixel (1 when zoomed in, ½ over the gu).
    static double symbolScale(double resolution);

    struct Settings {
        double thinningCell = 0.5; // of a full-size symbol: one asset per cell of this size is drawn
    };

    struct Quad {
        float x, y, w, h; // build pixels, top-left + size
        QRectF uv;
    };

private:
    // One layer of quads: a geometry node, or under the software renderer an image node.
    struct Layer {
        QSGGeometryNode *geometry = nullptr;
        QSGImageNode *image = nullptr;
        std::unique_ptr<QSGTexture> texture; // the image node's
        std::vector<Quad> quads;             // kept for repainting (software only)
    };
    void ensureTexture();
    void show(Layer &layer, const std::vector<Quad> &quads);
    // The unclustered quads of `b.window`, thinned to one asset per cell (level of detail).
    void thin(const AssetScene &s, const Build &b, std::vector<Quad> &quads);
    void paint(Layer &layer);
    Layer makeLayer();

    QQuickWindow *m_window;
    bool m_software = false;
    std::shared_ptr<const AssetAtlas> m_atlas;
    QSGTexture *m_texture = nullptr;
    QSGTextureMaterial m_material;
    Layer m_points;
    Layer m_highlight;
    Build m_built;
    bool m_hasBuild = false;
    double m_originX = 0, m_originY = 0, m_buildRes = 1;
    int m_quads = 0;
    QHash<uint32_t, int> m_quadOf; // member -> quad, for assets drawn on their own
    Settings m_settings;
    // Scratch buffers of a rebuild, kept so that rebuilds after the first allocate nothing.
    std::vector<Quad> m_quadBuffer;
    std::vector<uint32_t> m_ids;
    std::vector<uint32_t> m_cells; // per thinning cell: the member drawn there, or UINT32_MAX
};

} // namespace gc::ui
