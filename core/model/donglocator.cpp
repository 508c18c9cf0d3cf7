#include "model/donglocator.h"
#include "text.h"
#include "gpkggeometry.h"
#include "preparedarea.h"

#include <limits>

namespace gc::core {

struct DongLocator::Impl {
    std::vector<geo::PreparedArea> areas; // by m_dongs' index
};

DongLocator::DongLocator() : m_impl(std::make_unique<Impl>()) {}
DongLocator::DongLocator(DongLocator &&) noexcept = default;
DongLocator &DongLocator::operator=(DongLocator &&) noexcept = default;
DongLocator::~DongLocator() = default;

VoidResult DongLocator::add(Dong dong, const QByteArray &gpkgGeometry)
{
    auto area = geo::PreparedArea::fromWkb(gpkg::wkbOf(gpkgGeometry));
    if (!area)
        return makeError(ErrorCode::BadGeometry, tx("dongs: %1", tx(QT_TRANSLATE_NOOP("gc", "unreadable geometry for %1"), dong.admCode)));
    m_dongs.push_back(std::move(dong));
    m_impl->areas.push_back(std::move(*area));
    return Ok{};
}

QString DongLocator::locate(double x, double y, double tolerance) const
{
    for (size_t i = 0; i < m_dongs.size(); ++i) {
        const geo::PreparedArea &area = m_impl->areas[i];
        if (area.envelope().covers(x, y) && area.contains(x, y))
            return m_dongs[i].admCode;
    }
    double best = std::numeric_limits<double>::max();
    int bestIdx = -1;
    for (size_t i = 0; i < m_dongs.size(); ++i) {
        const geo::PreparedArea &area = m_impl->areas[i];
        if (!area.envelope().covers(x, y, tolerance))
            continue;
        const double d = area.distance(x, y);
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
            const auto &e = m_impl->areas[i].envelope();
            env[0] = e.minX;
            env[1] = e.minY;
            env[2] = e.maxX;
            env[3] = e.maxY;
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
        const auto &e = m_impl->areas[i].envelope();
        x = e.minX + u1 * (e.maxX - e.minX);
        y = e.minY + u2 * (e.maxY - e.minY);
        return m_impl->areas[i].contains(x, y);
    }
    return false;
}

} // namespace gc::core
