#pragma once

#include <QByteArray>
#include <QPointF>

#include <memory>
#include <optional>
#include <vector>

namespace gc::geo {

// A polygon or multipolygon read from ISO WKB and prepared (GEOS) for many point-in-area tests: an
// import tests every row against every dong, about ten times faster than an unprepared geometry.
class PreparedArea {
public:
    struct Envelope {
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        bool covers(double x, double y, double margin = 0) const
        {
            return x >= minX - margin && x <= maxX + margin && y >= minY - margin && y <= maxY + margin;
        }
    };

    // Nothing when GDAL cannot read the WKB.
    static std::optional<PreparedArea> fromWkb(const QByteArray &wkb);
    PreparedArea(PreparedArea &&) noexcept;
    PreparedArea &operator=(PreparedArea &&) noexcept;
    ~PreparedArea();

    bool contains(double x, double y) const;
    // Distance from the point to the area (0 inside).
    double distance(double x, double y) const;
    const Envelope &envelope() const { return m_envelope; }

    // The rings (outer boundaries and holes) of every polygon in the WKB, in order; nothing when GDAL
    // cannot read it, no rings when it is not a polygon.
    static std::optional<std::vector<std::vector<QPointF>>> rings(const QByteArray &wkb, Envelope *envelope = nullptr);

private:
    PreparedArea();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    Envelope m_envelope;
};

} // namespace gc::geo
