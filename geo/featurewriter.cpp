#include "featurewriter.h"
#include "cplerrorscope.h"
#include "gdaldrivers.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace gc::geo {

namespace {

OGRFieldType fieldType(FeatureWriter::Type t)
{
    switch (t) {
    case FeatureWriter::Type::Integer: return OFTInteger;
    case FeatureWriter::Type::Real: return OFTReal;
    case FeatureWriter::Type::Text: break;
    }
    return OFTString;
}

void setField(OGRFeature &feature, int i, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::Bool: feature.SetField(i, v.toInt()); break;
    case QMetaType::LongLong: feature.SetField(i, GIntBig(v.toLongLong())); break;
    case QMetaType::Double: feature.SetField(i, v.toDouble()); break;
    default: feature.SetField(i, v.toString().toUtf8().constData()); break;
    }
}

} // namespace

struct FeatureWriter::Impl {
    CplErrorScope errors; // first: it outlives the dataset, whose closing may still complain
    GDALDatasetUniquePtr ds;
    std::vector<OGRLayer *> layers;
    bool transaction = false;
};

FeatureWriter::FeatureWriter() : m_impl(std::make_unique<Impl>()) {}
FeatureWriter::~FeatureWriter() = default;

bool FeatureWriter::hasDriver(const QByteArray &driver)
{
    ensureGdalDrivers();
    return GetGDALDriverManager()->GetDriverByName(driver.constData()) != nullptr;
}

bool FeatureWriter::create(const QString &path, const QByteArray &driver)
{
    ensureGdalDrivers();
    GDALDriver *d = GetGDALDriverManager()->GetDriverByName(driver.constData());
    if (d)
        m_impl->ds.reset(d->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    return bool(m_impl->ds);
}

int FeatureWriter::addLayer(const Layer &spec)
{
    char **options = nullptr;
    for (const auto &[key, value] : spec.options)
        options = CSLSetNameValue(options, key.constData(), value.constData());
    OGRSpatialReference srs;
    const bool located = spec.epsg != 0;
    if (located) {
        srs.importFromEPSG(spec.epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    OGRLayer *layer = m_impl->ds->CreateLayer(spec.name.toUtf8().constData(), located ? &srs : nullptr, located ? wkbPoint : wkbNone, options);
    CSLDestroy(options);
    if (!layer)
        return -1;
    m_impl->layers.push_back(layer);
    return int(m_impl->layers.size()) - 1;
}

bool FeatureWriter::addColumns(int layer, const std::vector<Column> &columns)
{
    bool ok = true;
    for (const Column &c : columns) {
        OGRFieldDefn def(c.name.toUtf8().constData(), fieldType(c.type));
        ok = ok && m_impl->layers[size_t(layer)]->CreateField(&def) == OGRERR_NONE;
    }
    return ok;
}

void FeatureWriter::begin() { m_impl->transaction = m_impl->ds->StartTransaction() == OGRERR_NONE; }

bool FeatureWriter::commit() { return !m_impl->transaction || m_impl->ds->CommitTransaction() == OGRERR_NONE; }

bool FeatureWriter::write(int layer, const std::vector<QVariant> &values, std::optional<QPointF> point)
{
    OGRLayer *l = m_impl->layers[size_t(layer)];
    OGRFeature feature(l->GetLayerDefn());
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i].isValid())
            setField(feature, int(i), values[i]);
    }
    if (point) {
        OGRPoint p(point->x(), point->y());
        feature.SetGeometry(&p);
    }
    return l->CreateFeature(&feature) == OGRERR_NONE;
}

void FeatureWriter::close()
{
    m_impl->layers.clear();
    m_impl->ds.reset();
}

QString FeatureWriter::lastMessage() const { return m_impl->errors.last(); }

QString FeatureWriter::messages() const { return m_impl->errors.message(); }

} // namespace gc::geo
