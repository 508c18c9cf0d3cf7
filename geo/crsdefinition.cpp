#include "crsdefinition.h"

#include <cpl_conv.h>
#include <ogr_spatialref.h>

namespace gc::geo {

namespace {

// GDAL's string out of an export call, freed here.
template <typename Export> QString exported(Export &&call)
{
    char *text = nullptr;
    const bool ok = call(&text) == OGRERR_NONE;
    const QString out = ok ? QString::fromUtf8(text) : QString();
    CPLFree(text);
    return out;
}

} // namespace

QString CrsDefinition::wkt(int epsg, Wkt form)
{
    OGRSpatialReference srs;
    if (srs.importFromEPSG(epsg) != OGRERR_NONE)
        return {};
    if (form == Wkt::Default)
        return exported([&](char **out) { return srs.exportToWkt(out); });
    const char *options[] = {"FORMAT=WKT2_2019", nullptr};
    return exported([&](char **out) { return srs.exportToWkt(out, options); });
}

QString CrsDefinition::proj4(int epsg)
{
    OGRSpatialReference srs;
    if (srs.importFromEPSG(epsg) != OGRERR_NONE)
        return {};
    return exported([&](char **out) { return srs.exportToProj4(out); });
}

} // namespace gc::geo
