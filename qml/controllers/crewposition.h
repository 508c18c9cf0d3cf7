#pragma once

#include <QPointF>

#include <memory>
#include <optional>

namespace gc::geo {
class CrsTransform;
}

namespace gc::ui {

// Where the crew stands, in the map's CRS (EPSG:5186 metres) and as the GPS gave it (WGS 84), for the
// work list's order and the photo checks' position test.
class CrewPosition {
public:
    CrewPosition();
    ~CrewPosition();
    CrewPosition(const CrewPosition &) = delete;
    CrewPosition &operator=(const CrewPosition &) = delete;

    // A fix from Qt Positioning (degrees); false when it cannot be put on the map.
    bool setGps(double latitude, double longitude);
    // A point chosen on the map (tests, or a crew placing itself by hand).
    void setMap(double x, double y);
    std::optional<QPointF> map() const { return m_map; }
    std::optional<QPointF> gps() const { return m_gps; } // (latitude, longitude)
    // A map point in WGS 84 as (latitude, longitude).
    std::optional<QPointF> toWgs84(double x, double y) const;

private:
    std::unique_ptr<geo::CrsTransform> m_toMap, m_toGps;
    std::optional<QPointF> m_map, m_gps;
};

} // namespace gc::ui
