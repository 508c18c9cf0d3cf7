#include "assetnode.h"
#include "assetscene.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGRendererInterface>
#include <QSGTexture>

#include <algorithm>
#include <cmath>

namespace gc::ui {

namespace {

using Quad = AssetNode::Quad;

void writeQuad(QSGGeometry::TexturedPoint2D *v, const Quad &q)
{
    const float u0 = float(q.uv.left()), v0 = float(q.uv.top()), u1 = float(q.uv.right()), v1 = float(q.uv.bottom());
    v[0].set(q.x, q.y, u0, v0);
    v[1].set(q.x + q.w, q.y, u1, v0);
    v[2].set(q.x, q.y + q.h, u0, v1);
    v[3].set(q.x + q.w, q.y + q.h, u1, v1);
}

QSGGeometry *makeGeometry()
{
    auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 0, 0, QSGGeometry::UnsignedIntType);
    g->setDrawingMode(QSGGeometry::DrawTriangles);
    g->setIndexDataPattern(QSGGeometry::StaticPattern);
    g->setVertexDataPattern(QSGGeometry::StaticPattern);
    return g;
}

void upload(QSGGeometryNode *node, const std::vector<Quad> &quads)
{
    QSGGeometry *g = node->geometry();
    g->allocate(int(quads.size() * 4), int(quads.size() * 6));
    auto *v = g->vertexDataAsTexturedPoint2D();
    quint32 *idx = g->indexDataAsUInt();
    for (size_t i = 0; i < quads.size(); ++i) {
        writeQuad(v + i * 4, quads[i]);
        const auto b = quint32(i * 4);
        quint32 *q = idx + i * 6;
        q[0] = b; q[1] = b + 1; q[2] = b + 2; q[3] = b + 1; q[4] = b + 3; q[5] = b + 2;
    }
    node->markDirty(QSGNode::DirtyGeometry);
}

} // namespace

AssetNode::AssetNode(QQuickWindow *window, std::shared_ptr<const AssetAtlas> atlas)
    : m_window(window)
    , m_software(window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software)
    , m_atlas(std::move(atlas))
{
    m_material.setFiltering(QSGTexture::Linear);
    m_points = makeLayer();
    m_highlight = makeLayer();
}

AssetNode::Layer AssetNode::makeLayer()
{
    Layer l;
    if (m_software) {
        l.image = m_window->createImageNode();
        l.texture.reset(m_window->createTextureFromImage(QImage(1, 1, QImage::Format_ARGB32_Premultiplied)));
        l.image->setTexture(l.texture.get());
        l.image->setRect(QRectF());
        appendChildNode(l.image);
        return l;
    }
    l.geometry = new QSGGeometryNode;
    l.geometry->setGeometry(makeGeometry());
    l.geometry->setFlag(QSGNode::OwnsGeometry);
    l.geometry->setMaterial(&m_material);
    appendChildNode(l.geometry);
    return l;
}

void AssetNode::show(Layer &layer, const std::vector<Quad> &quads)
{
    if (layer.geometry) {
        upload(layer.geometry, quads);
        return;
    }
    layer.quads = quads;
    paint(layer);
}

void AssetNode::paint(Layer &layer)
{
    QRectF bounds;
    for (const Quad &q : layer.quads)
        bounds |= QRectF(q.x, q.y, q.w, q.h);
    const qreal dpr = m_window->effectiveDevicePixelRatio();
    QImage img((bounds.size() * dpr).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        const QImage &atlas = m_atlas->image();
        const QSizeF as = atlas.size();
        for (const Quad &q : layer.quads)
            p.drawImage(QRectF(q.x - bounds.x(), q.y - bounds.y(), q.w, q.h), atlas,
                        QRectF(q.uv.x() * as.width(), q.uv.y() * as.height(), q.uv.width() * as.width(), q.uv.height() * as.height()));
    }
    std::unique_ptr<QSGTexture> texture(m_window->createTextureFromImage(img));
    layer.image->setTexture(texture.get());
    layer.image->setRect(bounds);
    layer.texture = std::move(texture); // the previous one goes only once the node no longer uses it
}

AssetNode::~AssetNode()
{
    delete m_texture;
}

void AssetNode::ensureTexture()
{
    if (m_texture)
        return;
    m_texture = m_window->createTextureFromImage(m_atlas->image());
    m_material.setTexture(m_texture);
}

bool AssetNode::needsRebuild(const Build &b) const
{
    if (!m_hasBuild || b.scene != m_built.scene || b.sceneRevision != m_built.sceneRevision || b.clustered != m_built.clustered)
        return true;
    if (b.clustered && b.level != m_built.level)
        return true;
    // Symbols keep their pixel size: more than ~10% zoom since the build redraws them.
    if (std::abs(std::log(b.view.resolution / m_buildRes)) > 0.1)
        return true;
    return !m_built.window.contains(b.view.extent());
}

void AssetNode::rebuild(const Build &b)
{
    ensureTexture();
    m_built = b;
    m_hasBuild = true;
    m_originX = b.view.centerX;
    m_originY = b.view.centerY;
    m_buildRes = b.view.resolution;
    m_quadOf.clear();
    std::vector<Quad> &quads = m_quadBuffer; // kept between builds: no allocation once it has grown
    quads.clear();
    const AssetAtlas &atlas = *m_atlas;
    auto at = [&](double x, double y, const AssetAtlas::Entry &e) {
        const float px = float((x - m_originX) / m_buildRes), py = float((m_originY - y) / m_buildRes);
        quads.push_back({px - float(e.size.width() / 2), py - float(e.size.height() / 2), float(e.size.width()),
                         float(e.size.height()), e.uv});
    };
    if (b.scene) {
        const AssetScene &s = *b.scene;
        if (b.clustered) {
            const QRectF w = b.window;
            for (const auto &cell : s.clusters.cells(b.level)) {
                const double x = cell.x(), y = cell.y();
                if (x < w.left() || x > w.right() || y < w.top() || y > w.bottom())
                    continue;
                if (cell.count == 1) {
                    m_quadOf.insert(cell.single, int(quads.size()));
                    at(s.xs[cell.single], s.ys[cell.single], atlas.symbol(s.category[cell.single], s.status[cell.single]));
                    continue;
                }
                const auto size = cell.count < 100    ? AssetAtlas::Bubble::Small
                                  : cell.count < 1000 ? AssetAtlas::Bubble::Medium
                                                      : AssetAtlas::Bubble::Large;
                at(x, y, atlas.bubble(size, cell.dominantClass()));
                const QString label = AssetAtlas::countLabel(cell.count);
                double width = 0;
                for (QChar ch : label)
                    if (const auto *g = atlas.glyph(ch))
                        width += g->size.width() - 2;
                const float cx = float((x - m_originX) / m_buildRes), cy = float((m_originY - y) / m_buildRes);
                float gx = cx - float(width / 2) - 1;
                for (QChar ch : label) {
                    const auto *g = atlas.glyph(ch);
                    if (!g)
                        continue;
                    quads.push_back({gx, cy - float(g->size.height() / 2), float(g->size.width()), float(g->size.height()), g->uv});
                    gx += float(g->size.width()) - 2;
                }
            }
        } else {
            thin(s, b, quads);
        }
    }
    m_quads = int(quads.size());
    show(m_points, quads);
    setView(b.view);
}

bool AssetNode::patchMember(const AssetScene &scene, uint32_t member)
{
    const auto it = m_quadOf.constFind(member);
    if (it == m_quadOf.cend() || !m_hasBuild)
        return false;
    const QRectF uv = m_atlas->symbol(scene.category[member], scene.status[member]).uv;
    if (!m_points.geometry) {
        m_points.quads[size_t(*it)].uv = uv;
        paint(m_points);
        return true;
    }
    auto *v = m_points.geometry->geometry()->vertexDataAsTexturedPoint2D() + size_t(*it) * 4;
    Quad q{v[0].x, v[0].y, v[3].x - v[0].x, v[3].y - v[0].y, uv};
    writeQuad(v, q);
    m_points.geometry->markDirty(QSGNode::DirtyGeometry);
    return true;
}

void AssetNode::setHighlight(const AssetScene *scene, const std::vector<uint32_t> &members)
{
    ensureTexture();
    std::vector<Quad> &quads = m_quadBuffer;
    quads.clear();
    if (scene && m_hasBuild) {
        const auto &e = m_atlas->highlight();
        for (uint32_t m : members) {
            if (m >= scene->size())
                continue;
            const float px = float((scene->xs[m] - m_originX) / m_buildRes), py = float((m_originY - scene->ys[m]) / m_buildRes);
            quads.push_back({px - float(e.size.width() / 2), py - float(e.size.height() / 2), float(e.size.width()),
                             float(e.size.height()), e.uv});
        }
    }
    show(m_highlight, quads);
}

double AssetNode::symbolScale(double resolution)
{
    // Full size up to 1 m/px (street level, where clusters give way), half size from 4 m/px (the gu).
    return std::clamp(1 / std::sqrt(std::max(resolution, 1e-9)), 0.5, 1.0);
}

void AssetNode::thin(const AssetScene &s, const Build &b, std::vector<Quad> &quads)
{
    // Level of detail: symbols shrink as the map zooms out, and of the assets that fall into one
    // cell (half a full symbol: a whole shrunk one over the gu) only the first (lowest member) is
    // drawn: the others would sit under it. Fill, not vertex count, is what a software rasteriser
    // pays for, and thinning caps it at about one layer of symbols however dense the inventory.
    // Taps still reach hidden assets (index.nearest).
    const double scale = symbolScale(m_buildRes);
    const double cell = std::max(2.0, m_atlas->metrics().symbol * m_settings.thinningCell);
    const QRectF w = b.window;
    const auto cols = size_t(std::max(1.0, std::ceil(w.width() / m_buildRes / cell)));
    const auto rows = size_t(std::max(1.0, std::ceil(w.height() / m_buildRes / cell)));
    m_ids.clear();
    s.index.query(w, m_ids);
    m_cells.assign(cols * rows, UINT32_MAX);
    const double cellMetres = cell * m_buildRes;
    for (uint32_t m : m_ids) {
        const auto cx = size_t(std::clamp((s.xs[m] - w.left()) / cellMetres, 0.0, double(cols - 1)));
        const auto cy = size_t(std::clamp((w.bottom() - s.ys[m]) / cellMetres, 0.0, double(rows - 1)));
        uint32_t &slot = m_cells[cy * cols + cx];
        slot = std::min(slot, m);
    }
    // Cell order is fixed for a window, so the same view always stacks symbols the same way.
    quads.reserve(std::min(m_ids.size(), m_cells.size()));
    for (uint32_t m : m_cells) {
        if (m == UINT32_MAX)
            continue;
        const AssetAtlas::Entry &e = m_atlas->symbol(s.category[m], s.status[m]);
        const float sw = float(e.size.width() * scale), sh = float(e.size.height() * scale);
        const float px = float((s.xs[m] - m_originX) / m_buildRes), py = float((m_originY - s.ys[m]) / m_buildRes);
        m_quadOf.insert(m, int(quads.size()));
        quads.push_back({px - sw / 2, py - sh / 2, sw, sh, e.uv});
    }
}

void AssetNode::setView(const geo::Viewport &v)
{
    // item = build pixel × s + offset, with s = buildRes / res.
    const double s = m_buildRes / v.resolution;
    QMatrix4x4 m;
    m.translate(float((m_originX - v.centerX) / v.resolution + v.width / 2), float((v.centerY - m_originY) / v.resolution + v.height / 2));
    m.scale(float(s), float(s));
    setMatrix(m);
}

} // namespace gc::ui
