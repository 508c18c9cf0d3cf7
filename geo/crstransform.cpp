#include "crstransform.h"
#include "text.h"
#include "cplerrorscope.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <vector>

namespace gc::geo {

namespace {

Result<OGRSpatialReference> parse(const QString &definition)
{
    CplErrorScope errors;
    OGRSpatialReference srs;
    const QByteArray def = definition.trimmed().toUtf8();
    if (def.isEmpty() || srs.SetFromUserInput(def.constData()) != OGRERR_NONE)
        return makeError(ErrorCode::UnknownCrs,
                         tx(QT_TRANSLATE_NOOP("gc", "unknown coordinate reference system \"%1\"%2"), definition.left(80), errors.hasErrors() ? QStringLiteral(": ") + errors.message() : QString()));
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

// "EPSG:5174", or empty when the CRS has no authority code.
QString authorityCode(const OGRSpatialReference &srs)
{
    const char *auth = srs.GetAuthorityName(nullptr);
    const char *code = srs.GetAuthorityCode(nullptr);
    return auth && code ? QStringLiteral("%1:%2").arg(QString::fromUtf8(auth), QString::fromUtf8(code)) : QString();
}

QString nameOf(const OGRSpatialReference &srs) { return QString::fromUtf8(srs.GetName() ? srs.GetName() : ""); }

} // namespace

void CrsTransform::Deleter::operator()(OGRCoordinateTransformation *ct) const
{
    OGRCoordinateTransformation::DestroyCT(ct);
}

CrsTransform::~CrsTransform() = default;

VoidResult CrsTransform::validate(const QString &definition)
{
    auto srs = parse(definition);
    if (!srs)
        return srs.error();
    return Ok{};
}

QString CrsTransform::describe(const OGRSpatialReference &srs)
{
    const QString code = authorityCode(srs);
    const QString name = nameOf(srs);
    if (!code.isEmpty())
        return QStringLiteral("%1 %2").arg(code, name).trimmed();
    return name.isEmpty() ? QStringLiteral("?") : name;
}

Result<CrsTransform> CrsTransform::create(const OGRSpatialReference &fromIn, const QString &to)
{
    auto dst = parse(to);
    if (!dst)
        return dst.error();
    OGRSpatialReference from(fromIn);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CrsTransform t;
    t.m_identity = from.IsSame(&*dst) != 0;
    t.m_sourceCrs = authorityCode(from);
    if (t.m_sourceCrs.isEmpty())
        t.m_sourceCrs = nameOf(from);
    CplErrorScope errors;
    t.m_ct.reset(OGRCreateCoordinateTransformation(&from, &*dst));
    if (!t.m_ct)
        return makeError(ErrorCode::NoTransform,
                         tx(QT_TRANSLATE_NOOP("gc", "no transformation from %1 to %2: %3"), describe(from), to, errors.message()));
    return t;
}

Result<CrsTransform> CrsTransform::create(const QString &from, const QString &to)
{
    auto src = parse(from);
    if (!src)
        return src.error();
    return create(*src, to);
}

bool CrsTransform::transform(double &x, double &y) const
{
    if (m_identity)
        return true;
    double nx = x, ny = y;
    int ok = 0;
    if (!m_ct->Transform(1, &nx, &ny, nullptr, &ok) || !ok)
        return false;
    x = nx;
    y = ny;
    return true;
}

QPointF CrsTransform::transform(QPointF p, bool *ok) const
{
    double x = p.x(), y = p.y();
    const bool done = transform(x, y);
    if (ok)
        *ok = done;
    return done ? QPointF(x, y) : p;
}

bool CrsTransform::transform(std::span<double> xs, std::span<double> ys) const
{
    if (m_identity || xs.empty())
        return true;
    const size_t n = std::min(xs.size(), ys.size());
    std::vector<double> tx(xs.begin(), xs.begin() + n), ty(ys.begin(), ys.begin() + n);
    std::vector<int> ok(n, 0);
    m_ct->Transform(n, tx.data(), ty.data(), nullptr, ok.data());
    bool all = true;
    for (size_t i = 0; i < n; ++i) {
        if (ok[i]) {
            xs[i] = tx[i];
            ys[i] = ty[i];
        } else {
            all = false;
        }
    }
    return all;
}

bool CrsTransform::transform(OGRGeometry &geometry) const
{
    return m_identity || geometry.transform(m_ct.get()) == OGRERR_NONE;
}

} // namespace gc::geo
