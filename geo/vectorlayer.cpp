#include "vectorlayer.h"
#include "text.h"
#include "gdaldrivers.h"
#include "cplerrorscope.h"
#include "crstransform.h"
#include "memoryfile.h"

#include <QFileInfo>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace gc::geo {

namespace {

bool isShapefile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

Error openError(const QString &path, const CplErrorScope &errors)
{
    if (!QFileInfo::exists(path) && !path.startsWith(QLatin1String("/vsi")))
        return makeError(ErrorCode::NotFound, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "file not found"))));
    return makeError(ErrorCode::Unreadable,
                     tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "not a GIS file GDAL can read%1"), errors.hasErrors() ? QStringLiteral(" (") + errors.message() + QLatin1Char(')') : QString())));
}

GDALDatasetUniquePtr openVector(const QString &path, const QString &encoding)
{
    CPLStringList openOptions;
    if (!encoding.isEmpty() && isShapefile(path))
        openOptions.SetNameValue("ENCODING", encoding.toUtf8().constData());
    ensureGdalDrivers();
    return GDALDatasetUniquePtr(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  nullptr, openOptions.List(), nullptr));
}

void appendRing(const OGRLineString *ring, std::vector<std::vector<QPointF>> &parts)
{
    std::vector<QPointF> pts;
    pts.reserve(size_t(ring->getNumPoints()));
    for (int i = 0; i < ring->getNumPoints(); ++i)
        pts.emplace_back(ring->getX(i), ring->getY(i));
    if (!pts.empty())
        parts.push_back(std::move(pts));
}

// Splits any geometry into features of one kind each (points, lines, polygons).
void collect(const OGRGeometry *g, std::vector<VectorFeature> &out)
{
    if (!g || g->IsEmpty())
        return;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: {
        const auto *p = g->toPoint();
        VectorFeature f;
        f.kind = VectorFeature::Kind::Point;
        f.parts.push_back({QPointF(p->getX(), p->getY())});
        out.push_back(std::move(f));
        return;
    }
    case wkbLineString: {
        VectorFeature f;
        f.kind = VectorFeature::Kind::Line;
        appendRing(g->toLineString(), f.parts);
        out.push_back(std::move(f));
        return;
    }
    case wkbPolygon: {
        VectorFeature f;
        f.kind = VectorFeature::Kind::Polygon;
        for (const OGRLinearRing *ring : *g->toPolygon())
            appendRing(ring, f.parts);
        out.push_back(std::move(f));
        return;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        std::vector<VectorFeature> pieces;
        for (const OGRGeometry *part : *g->toGeometryCollection())
            collect(part, pieces);
        // One feature per kind keeps multi-part features (a dong of two islands) as one label.
        VectorFeature merged[3];
        for (auto &piece : pieces) {
            auto &m = merged[int(piece.kind)];
            m.kind = piece.kind;
            for (auto &part : piece.parts)
                m.parts.push_back(std::move(part));
        }
        for (auto &m : merged)
            if (!m.parts.empty())
                out.push_back(std::move(m));
        return;
    }
    default:
        if (OGR_GT_IsNonLinear(g->getGeometryType())) {
            std::unique_ptr<OGRGeometry> linear(g->getLinearGeometry());
            collect(linear.get(), out);
        }
        return;
    }
}

QPointF labelAnchorOf(const OGRGeometry *g, const VectorFeature &f)
{
    if (f.kind == VectorFeature::Kind::Polygon) {
        CplErrorScope quiet; // without GEOS PointOnSurface fails; the envelope centre will do
        OGRGeometryH h = OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(g)));
        std::unique_ptr<OGRGeometry> p(OGRGeometry::FromHandle(h));
        if (p && !p->IsEmpty() && wkbFlatten(p->getGeometryType()) == wkbPoint)
            return {p->toPoint()->getX(), p->toPoint()->getY()};
        return f.bounds.center();
    }
    const auto &first = f.parts.front();
    return first[first.size() / 2];
}

QRectF boundsOf(const VectorFeature &f)
{
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (const auto &part : f.parts)
        for (const QPointF &p : part) {
            x0 = std::min(x0, p.x());
            y0 = std::min(y0, p.y());
            x1 = std::max(x1, p.x());
            y1 = std::max(y1, p.y());
        }
    return {x0, y0, x1 - x0, y1 - y0};
}

// The bounds of everything appended so far (points have empty bounds, which QRectF::united ignores).
struct Extent {
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    void add(const QRectF &r)
    {
        x0 = std::min(x0, r.left());
        y0 = std::min(y0, r.top());
        x1 = std::max(x1, r.right());
        y1 = std::max(y1, r.bottom());
    }
    QRectF rect() const { return x0 <= x1 ? QRectF(x0, y0, x1 - x0, y1 - y0) : QRectF(); }
};

// Appends the pieces of one (already reprojected) geometry to `out`, growing `extent`.
void appendFeature(const OGRGeometry *g, const QString &label, const QString &key, std::vector<VectorFeature> &out, Extent &extent)
{
    std::vector<VectorFeature> pieces;
    collect(g, pieces);
    for (auto &piece : pieces) {
        piece.bounds = boundsOf(piece);
        piece.labelAnchor = labelAnchorOf(g, piece);
        piece.label = label;
        piece.key = key;
        extent.add(piece.bounds);
        out.push_back(std::move(piece));
    }
}

} // namespace

Result<std::shared_ptr<const VectorLayer>> VectorLayer::fromWkb(const std::vector<WkbFeature> &features, const QString &name,
                                                                const QString &sourceCrs, const VectorLayerOptions &options)
{
    auto transform = CrsTransform::create(sourceCrs, options.mapCrs);
    if (!transform)
        return makeError(transform.error().code, QStringLiteral("%1: %2").arg(name, transform.error().message()));
    auto out = std::make_shared<VectorLayer>();
    out->m_driver = QStringLiteral("SQLite");
    out->m_layerName = name;
    out->m_sourceCrs = sourceCrs;
    qint64 skipped = 0;
    Extent extent;
    for (const WkbFeature &f : features) {
        OGRGeometry *raw = nullptr;
        if (OGRGeometryFactory::createFromWkb(f.wkb.constData(), nullptr, &raw, f.wkb.size()) != OGRERR_NONE || !raw) {
            ++skipped;
            continue;
        }
        std::unique_ptr<OGRGeometry> g(raw);
        if (g->IsEmpty())
            continue;
        if (!transform->transform(*g)) {
            ++skipped;
            continue;
        }
        appendFeature(g.get(), f.label, f.key, out->m_features, extent);
    }
    out->m_extent = extent.rect();
    if (skipped > 0)
        out->m_warnings = render(tx(QT_TRANSLATE_NOOP("gc", "%1 features could not be read and were skipped"), skipped), Lang::Both);
    return std::shared_ptr<const VectorLayer>(std::move(out));
}

Result<std::shared_ptr<const VectorLayer>> VectorLayer::loadFromMemory(const QByteArray &data, const QString &fileName,
                                                                       const VectorLayerOptions &options)
{
    const MemoryFile file(data, fileName);
    if (!file.isOpen())
        return makeError(ErrorCode::Unreadable, tx("%1: %2", fileName, tx(QT_TRANSLATE_NOOP3("gc", "cannot map in memory", "vectorlayer"))));
    return load(QString::fromUtf8(file.path()), options);
}

Result<QStringList> VectorLayer::layerNames(const QString &path)
{
    CplErrorScope errors;
    auto ds = openVector(path, {});
    if (!ds)
        return openError(path, errors);
    QStringList names;
    for (OGRLayer *layer : ds->GetLayers())
        names << QString::fromUtf8(layer->GetName());
    return names;
}

namespace {

// From the layer's CRS (or the one the user set) to the map's; `sourceCrs` says which it was.
Result<CrsTransform> layerTransform(OGRLayer &layer, const VectorLayerOptions &options, const QString &path, QString &sourceCrs)
{
    Result<CrsTransform> transform = Error{};
    if (!options.crsOverride.trimmed().isEmpty()) {
        transform = CrsTransform::create(options.crsOverride, options.mapCrs);
        sourceCrs = options.crsOverride;
    } else if (const OGRSpatialReference *srs = layer.GetSpatialRef()) {
        transform = CrsTransform::create(*srs, options.mapCrs);
        sourceCrs = CrsTransform::describe(*srs);
    } else {
        return makeError(ErrorCode::UnknownCrs,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "the file does not say its coordinate system (no .prj); set the CRS in the layer settings"))));
    }
    if (!transform)
        return makeError(transform.error().code, QStringLiteral("%1: %2").arg(path, transform.error().message()));
    return transform;
}

// A field's text, recoded to UTF-8 where the driver hands over the file's own bytes.
class FieldText {
public:
    FieldText(const QString &path, const QString &encoding)
        // Shapefiles are recoded by GDAL itself (ENCODING open option); other drivers hand us bytes.
        : m_recodeFrom((!encoding.isEmpty() && !isShapefile(path) && encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
                           ? encoding.toUtf8()
                           : QByteArray())
    {
    }
    QString operator()(OGRFeature *f, int idx) const
    {
        if (idx < 0 || !f->IsFieldSetAndNotNull(idx))
            return {};
        const char *raw = f->GetFieldAsString(idx);
        if (m_recodeFrom.isEmpty())
            return QString::fromUtf8(raw);
        char *utf8 = CPLRecode(raw, m_recodeFrom.constData(), CPL_ENC_UTF8);
        const QString s = QString::fromUtf8(utf8);
        CPLFree(utf8);
        return s;
    }

private:
    const QByteArray m_recodeFrom;
};

// Every feature's pieces in map coordinates, labelled, with the extent of them all; returns how many
// features could not be reprojected.
qint64 readFeatures(OGRLayer &layer, const CrsTransform &transform, const FieldText &text, int labelIdx, int keyIdx,
                    std::vector<VectorFeature> &features, QRectF &extent)
{
    qint64 skipped = 0;
    Extent all;
    layer.ResetReading();
    for (auto &feature : layer) {
        OGRGeometry *g = feature->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        if (!transform.transform(*g)) {
            ++skipped;
            continue;
        }
        appendFeature(g, text(feature.get(), labelIdx), text(feature.get(), keyIdx), features, all);
    }
    extent = all.rect();
    return skipped;
}

} // namespace

Result<std::shared_ptr<const VectorLayer>> VectorLayer::load(const QString &path, const VectorLayerOptions &options)
{
    CplErrorScope errors;
    auto ds = openVector(path, options.encoding);
    if (!ds)
        return openError(path, errors);
    if (ds->GetLayerCount() == 0)
        return makeError(ErrorCode::NoLayers,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "has no vector layers"))));
    OGRLayer *layer = options.sourceLayer.isEmpty() ? ds->GetLayer(0)
                                                    : ds->GetLayerByName(options.sourceLayer.toUtf8().constData());
    if (!layer)
        return makeError(ErrorCode::NoSuchLayer,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "has no layer \"%1\""), options.sourceLayer)));

    auto out = std::make_shared<VectorLayer>();
    out->m_driver = QString::fromUtf8(ds->GetDriver()->GetDescription());
    out->m_layerName = QString::fromUtf8(layer->GetName());
    auto transform = layerTransform(*layer, options, path, out->m_sourceCrs);
    if (!transform)
        return transform.error();

    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out->m_fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    const int labelIdx = options.labelField.isEmpty() ? -1 : defn->GetFieldIndex(options.labelField.toUtf8().constData());
    const int keyIdx = options.keyField.isEmpty() ? -1 : defn->GetFieldIndex(options.keyField.toUtf8().constData());
    if (!options.labelField.isEmpty() && labelIdx < 0)
        out->m_warnings = render(tx(QT_TRANSLATE_NOOP("gc", "no field \"%1\" for labels"), options.labelField), Lang::Both);
    const FieldText text(path, options.encoding);
    const qint64 skipped = readFeatures(*layer, *transform, text, labelIdx, keyIdx, out->m_features, out->m_extent);
    if (errors.hasErrors() && out->m_features.empty())
        return makeError(ErrorCode::Unreadable,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "error while reading: %1"), errors.message())));
    if (skipped > 0)
        out->m_warnings += render(tx(QT_TRANSLATE_NOOP("gc", "%1 features could not be reprojected and were skipped"), skipped), Lang::Both);
    out->m_warnings = out->m_warnings.trimmed();
    return std::shared_ptr<const VectorLayer>(std::move(out));
}

} // namespace gc::geo
