#pragma once

#include "tilegrid.h"

#include <QPointF>
#include <QRectF>

#include <memory>

namespace gc::geo {
class CrsTransform;
}

namespace gc::ui {

// What part of the map the item shows: centre in EPSG:5186, metres per pixel within the zoom
// limits, size in pixels. Every map ↔ screen transform, zoom and pan goes through here.
class MapViewport {
public:
    struct Limits {
        double minResolution = 0.05; // m/px
        double maxResolution = 200;
        double fitMargin = 24; // px kept free around an extent the view fits
    };

    MapViewport();
    ~MapViewport();

    const geo::Viewport &view() const { return m_view; }
    Limits &limits() { return m_limits; }
    // Whether the view was placed (by a caller, a gesture or a fit); until then the map fits the district.
    bool placed() const { return m_placed; }

    // Each returns whether the view changed.
    bool setCenterX(double x);
    bool setCenterY(double y);
    bool setResolution(double metresPerPixel);
    // Zooms by `factor` (>1 = closer) keeping the map point under `pos` where it is.
    bool zoomAt(double factor, QPointF pos);
    // Moves the map content by (dx, dy) pixels.
    void panBy(double dx, double dy);
    // Shows all of `extent` (map CRS), centred; false when the extent or the view is empty.
    bool fit(const QRectF &extent);
    void resize(double width, double height);

    QPointF toScreen(double x, double y) const { return m_view.toScreen(x, y); }
    QPointF toMap(QPointF pos) const { return m_view.toMap(pos); }
    // The view grown by one screen on every side: the assets a frame keeps ready for panning.
    QRectF surroundings() const;
    // The centre in WGS 84 as (longitude, latitude); (0, 0) when PROJ cannot transform it.
    QPointF centreLonLat() const;

private:
    // Sets one field of the view; the view then counts as placed.
    bool place(double &field, double value);

    geo::Viewport m_view;
    Limits m_limits;
    bool m_placed = false;
    mutable std::unique_ptr<geo::CrsTransform> m_toWgs84;
};

} // namespace gc::ui
