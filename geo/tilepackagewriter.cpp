#include "tilepackagewriter.h"
#include "cplerrorscope.h"
#include "text.h"
#include "gdaldrivers.h"

#include <QFile>

#include <gdal_priv.h>
#include <gdal_utils.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace gc::geo {

namespace {

struct TranslateOptionsDeleter {
    void operator()(GDALTranslateOptions *o) const { GDALTranslateOptionsFree(o); }
};
struct WarpOptionsDeleter {
    void operator()(GDALWarpAppOptions *o) const { GDALWarpAppOptionsFree(o); }
};

std::vector<char *> argv(QList<QByteArray> &args)
{
    std::vector<char *> out;
    for (QByteArray &a : args)
        out.push_back(a.data());
    out.push_back(nullptr);
    return out;
}

// GDAL's progress callback onto ours, mapped into [from, from + span].
struct ProgressSpan {
    const std::function<void(double)> *report;
    double from, span;
    static int CPL_STDCALL call(double done, const char *, void *self)
    {
        auto *p = static_cast<ProgressSpan *>(self);
        if (*p->report)
            (*p->report)(p->from + p->span * std::clamp(done, 0.0, 1.0));
        return TRUE;
    }
};

// The source reprojected (a VRT) onto the pyramid's grid at exactly the finest zoom's resolution, so
// the driver writes that zoom and every tile edge falls on the grid.
Result<GDALDatasetUniquePtr> warpToTileGrid(GDALDataset &src, const QString &source, const TilePackageWriter::Pyramid &pyramid,
                                            const CplErrorScope &errors)
{
    const bool hasAlpha = src.GetRasterBand(src.GetRasterCount())->GetColorInterpretation() == GCI_AlphaBand;
    const TilePackageWriter::Pyramid &g = pyramid;
    const double res = pyramid.resolution;
    QList<QByteArray> warpArgs{"-of", "VRT", "-t_srs", "EPSG:3857", "-te", QByteArray::number(g.minX, 'f', 6),
                               QByteArray::number(g.minY, 'f', 6), QByteArray::number(g.maxX, 'f', 6), QByteArray::number(g.maxY, 'f', 6),
                               "-tr", QByteArray::number(res, 'g', 17), QByteArray::number(res, 'g', 17), "-r", "bilinear"};
    if (src.GetRasterCount() == 1 && src.GetRasterBand(1)->GetColorTable())
        return makeError(ErrorCode::Unsupported, tx("%1: %2", source, tx(QT_TRANSLATE_NOOP("gc", "expand a paletted raster first (gdal_translate -expand rgba)"))));
    if (!hasAlpha)
        warpArgs << "-dstalpha";
    auto wa = argv(warpArgs);
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> wopt(GDALWarpAppOptionsNew(wa.data(), nullptr));
    GDALDatasetH srcH = GDALDataset::ToHandle(&src);
    GDALDatasetUniquePtr grid(GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &srcH, wopt.get(), nullptr)));
    if (!grid)
        return makeError(ErrorCode::Warp, tx("%1: %2", source, tx(QT_TRANSLATE_NOOP("gc", "cannot reproject to Web Mercator (%1)"), errors.message())));
    return grid;
}

// The finest zoom's tiles, written by the MBTiles or GeoPackage driver; `share` of the progress.
Result<GDALDatasetUniquePtr> writeFinestZoom(GDALDataset &grid, const TilePackageWriter::Pyramid &pyramid, const QString &out, bool mbtiles,
                                             const std::function<void(double)> &progress, const CplErrorScope &errors)
{
    const QByteArray name = pyramid.name.toUtf8();
    QList<QByteArray> tArgs{"-of", mbtiles ? "MBTiles" : "GPKG", "-co", "NAME=" + name, "-co",
                            "DESCRIPTION=goodcity offline basemap: " + name};
    if (mbtiles)
        tArgs << "-co" << "TYPE=baselayer" << "-co" << "TILE_FORMAT=PNG";
    else
        tArgs << "-co" << "TILING_SCHEME=GoogleMapsCompatible" << "-co" << "TILE_FORMAT=AUTO";
    auto ta = argv(tArgs);
    std::unique_ptr<GDALTranslateOptions, TranslateOptionsDeleter> topt(GDALTranslateOptionsNew(ta.data(), nullptr));
    ProgressSpan first{&progress, 0.0, pyramid.finestShare};
    GDALTranslateOptionsSetProgress(topt.get(), &ProgressSpan::call, &first);
    GDALDatasetUniquePtr dst(GDALDataset::FromHandle(GDALTranslate(out.toUtf8().constData(), GDALDataset::ToHandle(&grid), topt.get(), nullptr)));
    if (!dst)
        return makeError(ErrorCode::Write, tx("%1: %2", out, tx(QT_TRANSLATE_NOOP("gc", "cannot write the tiles (%1)"), errors.message())));
    return dst;
}

// The coarser zooms as overviews of the finest, into the rest of the progress.
VoidResult buildOverviews(GDALDatasetUniquePtr &dst, const TilePackageWriter::Pyramid &pyramid, const QString &out,
                          const std::function<void(double)> &progress, const CplErrorScope &errors)
{
    dst.reset(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_UPDATE));
    std::vector<int> factors;
    for (int z = pyramid.maxZoom - 1; z >= pyramid.minZoom; --z)
        factors.push_back(1 << (pyramid.maxZoom - z));
    ProgressSpan rest{&progress, pyramid.finestShare, 1.0 - pyramid.finestShare};
    if (!dst || dst->BuildOverviews("AVERAGE", int(factors.size()), factors.data(), 0, nullptr, &ProgressSpan::call, &rest) != CE_None)
        return makeError(ErrorCode::Write, tx("%1: %2", out, tx(QT_TRANSLATE_NOOP("gc", "cannot build the lower zoom levels (%1)"), errors.message())));
    return Ok{};
}

} // namespace

VoidResult TilePackageWriter::write(const QString &source, const Pyramid &pyramid, const QString &out, bool mbtiles, const QString &credit,
                                    const std::function<void(double)> &progress)
{
    CplErrorScope errors;
    ensureGdalDrivers();
    GDALDatasetUniquePtr src(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!src)
        return makeError(ErrorCode::Unreadable, QStringLiteral("%1: %2").arg(source, errors.message()));
    auto grid = warpToTileGrid(*src, source, pyramid, errors);
    if (!grid)
        return grid.error();

    QFile::remove(out);
    auto written = writeFinestZoom(**grid, pyramid, out, mbtiles, progress, errors);
    if (!written)
        return written.error();
    GDALDatasetUniquePtr dst = std::move(*written);
    dst.reset();
    if (pyramid.maxZoom > pyramid.minZoom) {
        if (auto built = buildOverviews(dst, pyramid, out, progress, errors); !built)
            return built;
    }
    if (!mbtiles && !credit.isEmpty()) {
        if (!dst)
            dst.reset(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_UPDATE));
        if (dst)
            dst->SetMetadataItem("attribution", credit.toUtf8().constData());
    }
    return Ok{};
}

} // namespace gc::geo
