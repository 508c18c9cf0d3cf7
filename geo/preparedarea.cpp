#include "preparedarea.h"

#include <ogr_api.h>
#include <ogr_geometry.h>

namespace gc::geo {

namespace {

std::unique_ptr<OGRGeometry> readWkb(const QByteArray &wkb)
{
    OGRGeometry *g = nullptr;
    if (wkb.isEmpty()
        || OGRGeometryFactory::createFromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), nullptr, &g, int(wkb.size()))
               != OGRERR_NONE
        || !g)
        return {};
    return std::unique_ptr<OGRGeometry>(g);
}

PreparedArea::Envelope envelopeOf(const OGRGeometry &g)
{
    OGREnvelope e;
    g.getEnvelope(&e);
    return {e.MinX, e.MinY, e.MaxX, e.MaxY};
}

} // namespace

struct PreparedArea::Impl {
    std::unique_ptr<OGRGeometry> geometry;
    OGRPreparedGeometryUniquePtr prepared; // null when GEOS is missing: the plain geometry answers

    bool contains(double x, double y) const
    {
        OGRPoint p(x, y);
        return prepared ? OGRPreparedGeometryContains(reinterpret_cast<OGRPreparedGeometryH>(prepared.get()), OGRGeometry::ToHandle(&p))
                        : geometry->Contains(&p);
    }
};

PreparedArea::PreparedArea() : m_impl(std::make_unique<Impl>()) {}
PreparedArea::PreparedArea(PreparedArea &&) noexcept = default;
PreparedArea &PreparedArea::operator=(PreparedArea &&) noexcept = default;
PreparedArea::~PreparedArea() = default;

std::optional<PreparedArea> PreparedArea::fromWkb(const QByteArray &wkb)
{
    auto g = readWkb(wkb);
    if (!g)
        return std::nullopt;
    PreparedArea area;
    area.m_envelope = envelopeOf(*g);
    area.m_impl->prepared.reset(reinterpret_cast<OGRPreparedGeometry *>(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(g.get()))));
    area.m_impl->geometry = std::move(g);
    return area;
}

bool PreparedArea::contains(double x, double y) const { return m_impl->contains(x, y); }

double PreparedArea::distance(double x, double y) const
{
    OGRPoint p(x, y);
    return m_impl->geometry->Distance(&p);
}

std::optional<std::vector<std::vector<QPointF>>> PreparedArea::rings(const QByteArray &wkb, Envelope *envelope)
{
    const auto g = readWkb(wkb);
    if (!g)
        return std::nullopt;
    if (envelope)
        *envelope = envelopeOf(*g);
    std::vector<const OGRPolygon *> polys;
    if (auto *mp = dynamic_cast<const OGRMultiPolygon *>(g.get())) {
        for (const auto *poly : *mp)
            polys.push_back(poly);
    } else if (auto *poly = dynamic_cast<const OGRPolygon *>(g.get())) {
        polys.push_back(poly);
    }
    std::vector<std::vector<QPointF>> out;
    for (const auto *poly : polys) {
        for (const auto *ring : *poly) {
            std::vector<QPointF> points;
            points.reserve(size_t(ring->getNumPoints()));
            for (int i = 0; i < ring->getNumPoints(); ++i)
                points.emplace_back(ring->getX(i), ring->getY(i));
            out.push_back(std::move(points));
        }
    }
    return out;
}

} // namespace gc::geo
