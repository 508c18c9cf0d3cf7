#include "geofixtures.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

namespace gc::test {

GDALDatasetUniquePtr createGeoTiff(const QString &path, int size, int bands, int epsg, double x0, double y0, double pixel)
{
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GTiff");
    CPLStringList co;
    co.SetNameValue("TILED", "YES");
    GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), size, size, bands, GDT_Byte, co.List()));
    if (!ds)
        return ds;
    double gt[6] = {x0, pixel, 0, y0, 0, -pixel};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    ds->SetSpatialRef(&srs);
    return ds;
}

QString dongGeoJson()
{
    return QStringLiteral(GC_SOURCE_DIR "/assets/data/geumcheon_dongs.geojson");
}

QString translateVector(const QString &src, const QString &dst, const QStringList &args)
{
    CPLErrorReset();
    GDALDatasetH in = GDALOpenEx(src.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!in)
        return QStringLiteral("cannot open %1").arg(src);
    CPLStringList argv;
    for (const QString &a : args)
        argv.AddString(a.toUtf8().constData());
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.List(), nullptr);
    int usageError = 0;
    GDALDatasetH out = GDALVectorTranslate(dst.toUtf8().constData(), nullptr, 1, &in, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    const QString err = out ? QString() : QString::fromUtf8(CPLGetLastErrorMsg());
    if (out)
        GDALClose(out);
    GDALClose(in);
    return err;
}

} // namespace gc::test
