#include "geofixtures.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_utils.h>

namespace gc::test {

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
