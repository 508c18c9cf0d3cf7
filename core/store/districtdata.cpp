#include "store/districtdata.h"
#include "text.h"
#include "featurereader.h"
#include "store/schema.h"

#include <QFile>

namespace gc::core {

namespace {

// The features of a GeoJSON compiled into the binary, in the inventory's CRS.
Result<std::vector<geo::FeatureReader::Feature>> readResource(const QString &resource, geo::FeatureReader::Options options)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::MissingResource, tx("%1: %2", resource, tx(QT_TRANSLATE_NOOP("gc", "built-in data missing"))));
    options.toCrs = QStringLiteral("EPSG:%1").arg(Schema::kSrsId);
    return geo::FeatureReader::read(f.readAll(), resource, options);
}

} // namespace

Result<std::vector<DistrictData::Dong>> DistrictData::dongs()
{
    geo::FeatureReader::Options o;
    o.fields = {QStringLiteral("adm_code"), QStringLiteral("name_ko"), QStringLiteral("name_en")};
    o.asMultiPolygon = true;
    auto features = readResource(QStringLiteral(":/gc/data/geumcheon_dongs.geojson"), o);
    if (!features)
        return features.error();
    std::vector<Dong> out;
    for (geo::FeatureReader::Feature &f : *features)
        out.push_back({f.fields[0], f.fields[1], f.fields[2], std::move(f.wkb), f.envelope});
    return out;
}

Result<std::vector<DistrictData::BusStop>> DistrictData::busStops()
{
    geo::FeatureReader::Options o;
    o.fields = {QStringLiteral("ars_id"), QStringLiteral("name_ko"), QStringLiteral("dong_adm_code")};
    auto features = readResource(QStringLiteral(":/gc/data/geumcheon_bus_stops.geojson"), o);
    if (!features)
        return features.error();
    std::vector<BusStop> out;
    for (const geo::FeatureReader::Feature &f : *features) {
        if (f.point)
            out.push_back({f.fields[0], f.fields[1], f.fields[2], f.point->x(), f.point->y()});
    }
    return out;
}

} // namespace gc::core
