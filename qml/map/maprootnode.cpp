#include "maprootnode.h"
#include "assetnode.h"
#include "tilescheduler.h"

#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGImageNode>
#include <QSGRendererInterface>
#include <QSGTexture>

#include <cmath>

namespace gc::ui {

namespace {
const QColor kOutlineColour(0xF2, 0xA9, 0x00);
constexpr float kOutlineWidth = 2;
} // namespace

MapRootNode::MapRootNode(QQuickWindow *window, std::shared_ptr<const AssetAtlas> atlas)
    : m_window(window)
{
    m_tiles = new QSGNode;
    appendChildNode(m_tiles);
    m_assets = new AssetNode(window, std::move(atlas));
    appendChildNode(m_assets);
    // The software renderer draws no custom geometry (and crashes on it): no box/lasso outline there.
    if (window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software)
        return;
    m_outline = new QSGGeometryNode;
    auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 0);
    g->setDrawingMode(QSGGeometry::DrawLineStrip);
    g->setLineWidth(kOutlineWidth);
    m_outline->setGeometry(g);
    m_outline->setFlag(QSGNode::OwnsGeometry);
    auto *m = new QSGFlatColorMaterial;
    m->setColor(kOutlineColour);
    m_outline->setMaterial(m);
    m_outline->setFlag(QSGNode::OwnsMaterial);
    appendChildNode(m_outline);
}

MapRootNode::~MapRootNode() = default;

QSGTexture *MapRootNode::texture(const geo::TileKey &key, const QImage &image)
{
    auto it = m_textures.find(key);
    if (it != m_textures.end() && it->second.imageKey == image.cacheKey()) {
        it->second.frame = m_frame;
        return it->second.texture.get();
    }
    if (it != m_textures.end())
        m_replaced.push_back(std::move(it->second.texture)); // still on a node until finishFrame
    std::unique_ptr<QSGTexture> t(m_window->createTextureFromImage(image));
    t->setFiltering(QSGTexture::Linear);
    QSGTexture *raw = t.get();
    m_textures[key] = Texture{std::move(t), image.cacheKey(), m_frame};
    return raw;
}

// The i-th tile node, showing `texture`. QSGImageNode, unlike QSGSimpleTextureNode, is drawn by the
// software renderer too, which needs the texture before the node joins the tree.
QSGNode *MapRootNode::tileNode(int i, QSGTexture *texture)
{
    QSGNode *n = m_tiles->firstChild();
    for (int k = 0; n && k < i; ++k)
        n = n->nextSibling();
    if (n) {
        static_cast<QSGImageNode *>(n)->setTexture(texture);
        return n;
    }
    auto *t = m_window->createImageNode();
    t->setTexture(texture);
    m_tiles->appendChildNode(t);
    return t;
}

void MapRootNode::showTiles(const TileScheduler &tiles)
{
    const qreal dpr = m_window->effectiveDevicePixelRatio();
    int used = 0;
    for (const TileScheduler::Draw &d : tiles.draws()) {
        const auto *tile = tiles.tile(d.key);
        if (!tile)
            continue;
        auto *n = static_cast<QSGImageNode *>(tileNode(used++, texture(d.key, tile->image)));
        n->setRect(d.target);
        n->setSourceRect(d.source);
        // Drawn 1:1 (panning at a tile level's own resolution) nearest sampling is exact and cheaper.
        const bool oneToOne = std::abs(d.target.width() - d.source.width() / dpr) < 0.01;
        n->setFiltering(oneToOne ? QSGTexture::Nearest : QSGTexture::Linear);
    }
    finishFrame(used);
}

void MapRootNode::finishFrame(int usedTileNodes)
{
    while (m_tiles->childCount() > usedTileNodes) {
        QSGNode *last = m_tiles->lastChild();
        m_tiles->removeChildNode(last);
        delete last;
    }
    m_replaced.clear(); // every node now shows this frame's texture
    // Textures off screen for a while go; the images stay in the TileCache.
    std::erase_if(m_textures, [this](const auto &entry) { return m_frame - entry.second.frame > kTextureFrames; });
    ++m_frame;
}

void MapRootNode::showOutline(const QPolygonF &shape)
{
    if (!m_outline)
        return;
    QSGGeometry *g = m_outline->geometry();
    g->allocate(int(shape.size()));
    auto *v = g->vertexDataAsPoint2D();
    for (int i = 0; i < shape.size(); ++i)
        v[i].set(float(shape[i].x()), float(shape[i].y()));
    m_outline->markDirty(QSGNode::DirtyGeometry);
}

} // namespace gc::ui
