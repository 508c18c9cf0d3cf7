#include "mapviewport.h"
#include "crstransform.h"

#include <algorithm>

namespace gc::ui {

MapViewport::MapViewport()
{
    // 금천구청, until the district's extent is known.
    m_view.centerX = 190754;
    m_view.centerY = 539714;
    m_view.resolution = 8;
}

MapViewport::~MapViewport() = default;

bool MapViewport::place(double &field, double value)
{
    if (value == field)
        return false;
    field = value;
    m_placed = true;
    return true;
}

bool MapViewport::setCenterX(double x)
{
    return place(m_view.centerX, x);
}

bool MapViewport::setCenterY(double y)
{
    return place(m_view.centerY, y);
}

bool MapViewport::setResolution(double r)
{
    return place(m_view.resolution, std::clamp(r, m_limits.minResolution, m_limits.maxResolution));
}

bool MapViewport::zoomAt(double factor, QPointF pos)
{
    if (!(factor > 0))
        return false;
    const QPointF m = m_view.toMap(pos);
    const double res = std::clamp(m_view.resolution / factor, m_limits.minResolution, m_limits.maxResolution);
    m_view.resolution = res;
    m_view.centerX = m.x() - (pos.x() - m_view.width / 2) * res;
    m_view.centerY = m.y() + (pos.y() - m_view.height / 2) * res;
    m_placed = true;
    return true;
}

void MapViewport::panBy(double dx, double dy)
{
    m_view.centerX -= dx * m_view.resolution;
    m_view.centerY += dy * m_view.resolution;
    m_placed = true;
}

bool MapViewport::fit(const QRectF &e)
{
    if (e.isEmpty() || m_view.width <= 0 || m_view.height <= 0)
        return false;
    const double margin = m_limits.fitMargin;
    const double res = std::max(e.width() / std::max(1.0, m_view.width - 2 * margin),
                                e.height() / std::max(1.0, m_view.height - 2 * margin));
    m_view.resolution = std::clamp(res, m_limits.minResolution, m_limits.maxResolution);
    m_view.centerX = e.center().x();
    m_view.centerY = e.center().y();
    m_placed = true;
    return true;
}

void MapViewport::resize(double width, double height)
{
    m_view.width = width;
    m_view.height = height;
}

QRectF MapViewport::surroundings() const
{
    const double mx = m_view.width * m_view.resolution, my = m_view.height * m_view.resolution;
    return m_view.extent().adjusted(-mx, -my, mx, my);
}

QPointF MapViewport::centreLonLat() const
{
    if (!m_toWgs84) {
        auto t = geo::CrsTransform::create(QString::fromLatin1(geo::kMapCrs), QStringLiteral("EPSG:4326"));
        if (!t)
            return {};
        m_toWgs84 = std::make_unique<geo::CrsTransform>(std::move(*t));
    }
    double x = m_view.centerX, y = m_view.centerY;
    return m_toWgs84->transform(x, y) ? QPointF(x, y) : QPointF();
}

} // namespace gc::ui
