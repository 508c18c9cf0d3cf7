#include "domain/donglocator.h"
#include "text.h"
#include "gpkggeometry.h"
#include "sqlite/sqlitedb.h"
#include "sqlite/statement.h"

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <limits>

namespace gc::core {

struct DongLocator::Impl {
    std::vector<std::unique_ptr<OGRGeometry>> geoms;
    // Prepared (GEOS) geometries make point-in-polygon about ten times faster: imports test every row.
    std::vector<OGRPreparedGeometryUniquePtr> prepared;
    std::vector<OGREnvelope> envs;
};

DongLocator::DongLocator() : m_impl(std::make_unique<Impl>()) {}
DongLocator::DongLocator(DongLocator &&) noexcept = default;
DongLocator &DongLocator::operator=(DongLocator &&) noexcept = default;
DongLocator::~DongLocator() = default;

Result<DongLocator> DongLocator::load(const SqliteDb &db)
{
    auto st = db.prepare(QStringLiteral("SELECT adm_code, name_ko, name_en, geom FROM dongs ORDER BY adm_code"));
    if (!st)
        return st.error();
    DongLocator loc;
    while (st->step()) {
        const QByteArray wkb = gpkg::wkbOf(st->toBlob(3));
        OGRGeometry *g = nullptr;
        if (wkb.isEmpty()
            || OGRGeometryFactory::createFromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), nullptr, &g,
                                                 int(wkb.size()))
                   != OGRERR_NONE)
            return makeError(ErrorCode::BadGeometry,
                             tx("dongs: %1", tx(QT_TRANSLATE_NOOP("gc", "unreadable geometry for %1"), st->toText(0))));
        OGREnvelope env;
        g->getEnvelope(&env);
        loc.m_dongs.push_back({st->toText(0), st->toText(1), st->toText(2)});
        loc.m_impl->geoms.emplace_back(g);
        loc.m_impl->prepared.emplace_back(
            reinterpret_cast<OGRPreparedGeometry *>(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(g))));
        loc.m_impl->envs.push_back(env);
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return loc;
}

QString DongLocator::locate(double x, double y, double tolerance) const
{
    OGRPoint p(x, y);
    for (size_t i = 0; i < m_dongs.size(); ++i) {
        const auto &e = m_impl->envs[i];
        if (x < e.MinX || x > e.MaxX || y < e.MinY || y > e.MaxY)
            continue;
        const auto &prep = m_impl->prepared[i];
        if (prep ? OGRPreparedGeometryContains(reinterpret_cast<OGRPreparedGeometryH>(prep.get()), OGRGeometry::ToHandle(&p)) : m_impl->geoms[i]->Contains(&p))
            return m_dongs[i].admCode;
    }
    double best = std::numeric_limits<double>::max();
    int bestIdx = -1;
    for (size_t i = 0; i < m_dongs.size(); ++i) {
        const auto &e = m_impl->envs[i];
        if (x < e.MinX - tolerance || x > e.MaxX + tolerance || y < e.MinY - tolerance || y > e.MaxY + tolerance)
            continue;
        const double d = m_impl->geoms[i]->Distance(&p);
        if (d < best) {
            best = d;
            bestIdx = int(i);
        }
    }
    return bestIdx >= 0 && best <= tolerance ? m_dongs[size_t(bestIdx)].admCode : QString();
}

QString DongLocator::nameOf(const QString &admCode) const
{
    for (const auto &d : m_dongs) {
        if (d.admCode == admCode)
            return d.nameKo;
    }
    return {};
}

QString DongLocator::codeOf(const QString &nameOrCode) const
{
    const QString k = nameOrCode.trimmed();
    for (const auto &d : m_dongs) {
        if (d.admCode == k || d.nameKo == k || d.nameEn.compare(k, Qt::CaseInsensitive) == 0)
            return d.admCode;
    }
    return {};
}

bool DongLocator::envelopeOf(const QString &admCode, double env[4]) const
{
    for (size_t i = 0; i < m_dongs.size(); ++i) {
        if (m_dongs[i].admCode == admCode) {
            const auto &e = m_impl->envs[i];
            env[0] = e.MinX;
            env[1] = e.MinY;
            env[2] = e.MaxX;
            env[3] = e.MaxY;
            return true;
        }
    }
    return false;
}

bool DongLocator::randomPointIn(const QString &admCode, double u1, double u2, double &x, double &y) const
{
    for (size_t i = 0; i < m_dongs.size(); ++i) {
        if (m_dongs[i].admCode != admCode)
            continue;
        const auto &e = m_impl->envs[i];
        x = e.MinX + u1 * (e.MaxX - e.MinX);
        y = e.MinY + u2 * (e.MaxY - e.MinY);
        OGRPoint p(x, y);
        const auto &prep = m_impl->prepared[i];
        return prep ? OGRPreparedGeometryContains(reinterpret_cast<OGRPreparedGeometryH>(prep.get()), OGRGeometry::ToHandle(&p)) : m_impl->geoms[i]->Contains(&p);
    }
    return false;
}

} // namespace gc::core
