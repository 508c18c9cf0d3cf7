#pragma once

#include "rasterbasemap.h"
#include "rasterlayer.h"
#include "tilegrid.h"
#include "vectorlayer.h"

#include <QColor>
#include <QHash>
#include <QImage>

#include <memory>
#include <vector>

namespace gc::geo {

// The simple style a layer panel offers.
struct LayerStyle {
    QColor fill = QColor(0x1E, 0x88, 0xE5, 40);
    QColor stroke = QColor(0x15, 0x65, 0xC0);
    double strokeWidth = 1.5; // pixels
    double opacity = 1.0;
    double pointRadius = 4.0; // pixels, for point features of a base layer
    bool labels = true;       // draws VectorFeature::label when the layer was loaded with a label field
    QColor labelColor = QColor(0x21, 0x21, 0x21);
    int labelPixelSize = 13;
    // Data-driven fill (choropleth): a feature whose key is here is filled with that colour.
    QHash<QString, QColor> fillByKey;
};

// One layer as the renderer sees it: vector, raster or basemap, with its style.
struct RenderLayer {
    std::shared_ptr<const VectorLayer> vector;
    std::shared_ptr<RasterLayer> raster;
    std::shared_ptr<const RasterBasemap> basemap;
    LayerStyle style;
};
using RenderList = std::vector<RenderLayer>;

// Draws base layers into one tile image. Pure function of its inputs, safe to call from worker
// threads (VectorLayer is immutable, RasterLayer and RasterBasemap hand each thread its own GDAL handle).
class TileRenderer {
public:
    // With an opaque `background` the tile comes back opaque (RGB32): the GPU then draws it without
    // blending, which software rasterizers (Mesa llvmpipe) feel on every frame.
    static QImage render(const RenderList &layers, const TileKey &key, qreal devicePixelRatio = 1.0,
                         QColor background = Qt::transparent);
};

} // namespace gc::geo
