#include "store/districtdata.h"
#include "crstransform.h"
#include "gdaldrivers.h"
#include "memoryfile.h"
#include "store/schema.h"

#include <QFile>
#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <functional>
#include <memory>

namespace gc::core {

namespace {

// Opens a GeoJSON compiled into the binary through GDAL's in-memory file system.
VoidResult forEachFeature(const QString &resource, const std::function<void(OGRFeature &, OGRGeometry &)> &fn)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("missing_resource"), QStringLiteral("%1: 내장 자료가 없습니다 / built-in data missing").arg(resource));
    const geo::MemoryFile file(f.readAll(), QFileInfo(resource).fileName());
    if (!file.isOpen())
        return makeError(QStringLiteral("gdal"), QStringLiteral("cannot map %1").arg(resource));

    geo::ensureGdalDrivers();
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.path().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds || ds->GetLayerCount() < 1)
        return makeError(QStringLiteral("gdal"), QStringLiteral("%1: %2").arg(resource, QString::fromUtf8(CPLGetLastErrorMsg())));
    OGRLayer *layer = ds->GetLayer(0);
    const auto ct = geo::CrsTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:%1").arg(Schema::kSrsId));
    if (!ct)
        return makeError(QStringLiteral("proj"), QStringLiteral("EPSG:4326 → EPSG:5186: %1").arg(ct.error().message));
    for (auto &feature : *layer) {
        OGRGeometry *g = feature->GetGeometryRef();
        if (!g)
            continue;
        if (!ct->transform(*g))
            return makeError(QStringLiteral("proj"), QStringLiteral("%1: 좌표 변환 실패 / transform failed").arg(resource));
        fn(*feature, *g);
    }
    return Ok{};
}

} // namespace

Result<std::vector<DistrictData::Dong>> DistrictData::dongs()
{
    std::vector<Dong> out;
    auto r = forEachFeature(QStringLiteral(":/gc/data/geumcheon_dongs.geojson"), [&](OGRFeature &f, OGRGeometry &g) {
        std::unique_ptr<OGRGeometry> multi(OGRGeometryFactory::forceToMultiPolygon(g.clone()));
        Dong d;
        d.admCode = QString::fromUtf8(f.GetFieldAsString("adm_code"));
        d.nameKo = QString::fromUtf8(f.GetFieldAsString("name_ko"));
        d.nameEn = QString::fromUtf8(f.GetFieldAsString("name_en"));
        d.wkb.resize(multi->WkbSize());
        multi->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(d.wkb.data()), wkbVariantIso);
        OGREnvelope e;
        multi->getEnvelope(&e);
        d.env = {e.MinX, e.MaxX, e.MinY, e.MaxY, false};
        out.push_back(std::move(d));
    });
    if (!r)
        return r.error();
    return out;
}

Result<std::vector<DistrictData::BusStop>> DistrictData::busStops()
{
    std::vector<BusStop> out;
    auto r = forEachFeature(QStringLiteral(":/gc/data/geumcheon_bus_stops.geojson"), [&](OGRFeature &f, OGRGeometry &g) {
        if (wkbFlatten(g.getGeometryType()) != wkbPoint)
            return;
        const auto &p = *g.toPoint();
        out.push_back({QString::fromUtf8(f.GetFieldAsString("ars_id")), QString::fromUtf8(f.GetFieldAsString("name_ko")),
                       QString::fromUtf8(f.GetFieldAsString("dong_adm_code")), p.getX(), p.getY()});
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace gc::core
