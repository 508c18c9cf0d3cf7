#include "crewposition.h"

#include "crstransform.h"

namespace gc::ui {

CrewPosition::CrewPosition()
{
    if (auto t = geo::CrsTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5186")))
        m_toMap = std::make_unique<geo::CrsTransform>(std::move(*t));
    if (auto t = geo::CrsTransform::create(QStringLiteral("EPSG:5186"), QStringLiteral("EPSG:4326")))
        m_toGps = std::make_unique<geo::CrsTransform>(std::move(*t));
}

CrewPosition::~CrewPosition() = default;

bool CrewPosition::setGps(double latitude, double longitude)
{
    if (!m_toMap)
        return false;
    double x = longitude, y = latitude;
    if (!m_toMap->transform(x, y))
        return false;
    m_gps = QPointF(latitude, longitude);
    m_map = QPointF(x, y);
    return true;
}

void CrewPosition::setMap(double x, double y)
{
    m_gps = toWgs84(x, y);
    m_map = QPointF(x, y);
}

std::optional<QPointF> CrewPosition::toWgs84(double x, double y) const
{
    if (!m_toGps)
        return std::nullopt;
    double lon = x, lat = y;
    if (!m_toGps->transform(lon, lat))
        return std::nullopt;
    return QPointF(lat, lon);
}

} // namespace gc::ui
