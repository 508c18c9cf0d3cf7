#include "tilerenderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace gc::geo {

namespace {

// Unlike QRectF::intersects, true for zero-width boxes (a vertical line, a single point).
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

struct TileTransform {
    double x0, y1, res; // tile's west edge, north edge, metres per logical pixel
    QPointF operator()(QPointF p) const { return {(p.x() - x0) / res, (y1 - p.y()) / res}; }
};

// Projects a ring to pixels, dropping vertices within half a pixel of the last one kept.
void addPart(QPainterPath &path, const std::vector<QPointF> &part, const TileTransform &t, bool close)
{
    if (part.empty())
        return;
    QPointF last = t(part.front());
    path.moveTo(last);
    for (size_t i = 1; i < part.size(); ++i) {
        const QPointF p = t(part[i]);
        if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) < 0.5 && i + 1 < part.size())
            continue;
        path.lineTo(p);
        last = p;
    }
    if (close)
        path.closeSubpath();
}

void drawVector(QPainter &p, const VectorLayer &layer, const LayerStyle &style, const QRectF &tileExtent,
                const TileTransform &t)
{
    // Strokes and point symbols reach a few pixels outside a feature's bounds.
    const double margin = (style.strokeWidth + style.pointRadius + 2) * t.res;
    const QRectF reach = tileExtent.adjusted(-margin, -margin, margin, margin);
    QPen pen(style.stroke, style.strokeWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCosmetic(true);
    for (const VectorFeature &f : layer.features()) {
        if (!overlaps(f.bounds, reach))
            continue;
        if (f.kind == VectorFeature::Kind::Point) {
            p.setPen(pen);
            p.setBrush(style.fill.alpha() > 0 ? style.fill : style.stroke);
            for (const auto &part : f.parts)
                for (const QPointF &pt : part)
                    p.drawEllipse(t(pt), style.pointRadius, style.pointRadius);
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        const bool polygon = f.kind == VectorFeature::Kind::Polygon;
        for (const auto &part : f.parts)
            addPart(path, part, t, polygon);
        if (polygon) {
            const auto it = style.fillByKey.constFind(f.key);
            const QColor fill = it != style.fillByKey.cend() ? *it : style.fill;
            if (fill.alpha() > 0)
                p.fillPath(path, fill);
        }
        if (style.stroke.alpha() > 0 && style.strokeWidth > 0)
            p.strokePath(path, pen);
    }
}

void drawLabels(QPainter &p, const VectorLayer &layer, const LayerStyle &style, const QRectF &tilePixels,
                const TileTransform &t)
{
    QFont font;
    font.setPixelSize(style.labelPixelSize);
    font.setBold(true);
    const QFontMetricsF fm(font);
    const QColor halo(255, 255, 255, 220);
    for (const VectorFeature &f : layer.features()) {
        if (f.label.isEmpty())
            continue;
        // Labels sit at a fixed map position, so neighbouring tiles draw the same label at the same
        // place and it reads as one across the tile edge.
        const QPointF anchor = t(f.labelAnchor);
        const double w = fm.horizontalAdvance(f.label);
        const QRectF box(anchor.x() - w / 2, anchor.y() - fm.height() / 2, w, fm.height());
        if (!box.adjusted(-3, -3, 3, 3).intersects(tilePixels))
            continue;
        // Skip labels wider than their feature on screen (zoomed far out).
        if (f.kind == VectorFeature::Kind::Polygon && f.bounds.width() / t.res < w * 0.6)
            continue;
        QPainterPath text;
        text.addText(box.left(), box.top() + fm.ascent(), font, f.label);
        p.strokePath(text, QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.fillPath(text, style.labelColor);
    }
}

} // namespace

QImage TileRenderer::render(const RenderList &layers, const TileKey &key, qreal dpr, QColor background)
{
    const int px = int(std::lround(TileGrid::kTilePixels * dpr));
    QImage tile(px, px, QImage::Format_ARGB32_Premultiplied);
    tile.fill(background);
    tile.setDevicePixelRatio(dpr);
    const QRectF extent = TileGrid::bounds(key);
    const TileTransform t{extent.left(), extent.bottom(), TileGrid::resolution(key.z)};
    const QRectF tilePixels(0, 0, TileGrid::kTilePixels, TileGrid::kTilePixels);

    QPainter painter(&tile);
    for (const RenderLayer &layer : layers) {
        if (layer.style.opacity <= 0)
            continue;
        // A translucent layer is drawn whole then blended, so its strokes do not darken its fills.
        QImage scratch;
        QPainter scratchPainter;
        QPainter *p = &painter;
        if (layer.style.opacity < 1.0) {
            scratch = QImage(px, px, QImage::Format_ARGB32_Premultiplied);
            scratch.fill(Qt::transparent);
            scratch.setDevicePixelRatio(dpr);
            scratchPainter.begin(&scratch);
            p = &scratchPainter;
        }
        p->setRenderHint(QPainter::Antialiasing);
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        if (layer.raster) {
            const QImage img = layer.raster->read(extent, QSize(px, px));
            if (!img.isNull())
                p->drawImage(tilePixels, img);
        }
        if (layer.basemap) {
            const QImage img = layer.basemap->render(extent, QSize(px, px));
            if (!img.isNull())
                p->drawImage(tilePixels, img);
        }
        if (layer.vector) {
            drawVector(*p, *layer.vector, layer.style, extent, t);
            if (layer.style.labels)
                drawLabels(*p, *layer.vector, layer.style, tilePixels, t);
        }
        if (p != &painter) {
            scratchPainter.end();
            painter.setOpacity(layer.style.opacity);
            painter.drawImage(tilePixels, scratch);
            painter.setOpacity(1.0);
        }
    }
    painter.end();
    if (background.alpha() == 255)
        tile.convertTo(QImage::Format_RGB32);
    return tile;
}

} // namespace gc::geo
