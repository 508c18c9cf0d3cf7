#include "featurereader.h"
#include "crstransform.h"
#include "memoryfile.h"
#include "text.h"
#include "gdaldrivers.h"

#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace gc::geo {

namespace {

FeatureReader::Feature featureOf(OGRFeature &f, const OGRGeometry &g, const FeatureReader::Options &options)
{
    FeatureReader::Feature out;
    for (const QString &name : options.fields)
        out.fields << QString::fromUtf8(f.GetFieldAsString(name.toUtf8().constData()));
    std::unique_ptr<OGRGeometry> shape(options.asMultiPolygon ? OGRGeometryFactory::forceToMultiPolygon(g.clone()) : g.clone());
    out.wkb.resize(shape->WkbSize());
    shape->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(out.wkb.data()), wkbVariantIso);
    OGREnvelope e;
    shape->getEnvelope(&e);
    out.envelope = {e.MinX, e.MaxX, e.MinY, e.MaxY, false};
    if (wkbFlatten(g.getGeometryType()) == wkbPoint)
        out.point = QPointF(g.toPoint()->getX(), g.toPoint()->getY());
    return out;
}

} // namespace

Result<std::vector<FeatureReader::Feature>> FeatureReader::read(const QByteArray &bytes, const QString &source, const Options &options)
{
    const MemoryFile file(bytes, QFileInfo(source).fileName());
    if (!file.isOpen())
        return makeError(ErrorCode::Gdal, QStringLiteral("cannot map %1").arg(source));

    ensureGdalDrivers();
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.path().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds || ds->GetLayerCount() < 1)
        return makeError(ErrorCode::Gdal, QStringLiteral("%1: %2").arg(source, QString::fromUtf8(CPLGetLastErrorMsg())));
    OGRLayer *layer = ds->GetLayer(0);
    const auto ct = CrsTransform::create(options.fromCrs, options.toCrs);
    if (!ct)
        return makeError(ErrorCode::Proj, tx("%1 → %2: %3", options.fromCrs, options.toCrs, ct.error().text));
    std::vector<Feature> out;
    for (auto &feature : *layer) {
        OGRGeometry *g = feature->GetGeometryRef();
        if (!g)
            continue;
        if (!ct->transform(*g))
            return makeError(ErrorCode::Proj, tx("%1: %2", source, tx(QT_TRANSLATE_NOOP("gc", "transform failed"))));
        out.push_back(featureOf(*feature, *g, options));
    }
    return out;
}

} // namespace gc::geo
