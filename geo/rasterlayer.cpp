#include "rasterlayer.h"
#include "text.h"
#include "gdaldrivers.h"
#include "cplerrorscope.h"
#include "crstransform.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <gdalwarper.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <optional>

namespace gc::geo {

struct RasterLayer::Handle {
    GDALDatasetUniquePtr source;
    GDALDatasetUniquePtr warped; // declared after `source`: destroyed first, as it reads through it
    GDALDataset *dataset() const { return warped ? warped.get() : source.get(); }
};

namespace {

QString wktOf(const OGRSpatialReference &srs)
{
    char *wkt = nullptr;
    srs.exportToWkt(&wkt);
    const QString out = QString::fromUtf8(wkt ? wkt : "");
    CPLFree(wkt);
    return out;
}

} // namespace

RasterLayer::~RasterLayer() = default;

std::unique_ptr<RasterLayer::Handle> RasterLayer::openHandle() const
{
    auto h = std::make_unique<Handle>();
    ensureGdalDrivers();
    h->source.reset(GDALDataset::Open(m_path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!h->source)
        return nullptr;
    if (m_warp) {
        GDALWarpOptions *options = GDALCreateWarpOptions();
        const int bands = h->source->GetRasterCount();
        const bool hasAlpha = bands > 0
                              && h->source->GetRasterBand(bands)->GetColorInterpretation() == GCI_AlphaBand;
        if (!hasAlpha)
            options->nDstAlphaBand = bands + 1; // transparent outside the source, not black
        const QByteArray src = m_srcWkt.toUtf8(), dst = m_dstWkt.toUtf8();
        GDALDatasetH warped = GDALAutoCreateWarpedVRTEx(GDALDataset::ToHandle(h->source.get()), src.constData(),
                                                        dst.constData(), GRA_Bilinear, 0.125, options, nullptr);
        GDALDestroyWarpOptions(options);
        if (!warped)
            return nullptr;
        h->warped.reset(GDALDataset::FromHandle(warped));
    }
    return h;
}

std::unique_ptr<RasterLayer::Handle> RasterLayer::borrow() const
{
    return m_pool.borrow([this] { return openHandle(); });
}

void RasterLayer::giveBack(std::unique_ptr<Handle> h) const
{
    m_pool.giveBack(std::move(h));
}

Result<std::shared_ptr<RasterLayer>> RasterLayer::open(const QString &path, const QString &crsOverride,
                                                       const QString &mapCrs, RasterLimits limits)
{
    CplErrorScope errors;
    ensureGdalDrivers();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!ds) {
        if (!QFileInfo::exists(path) && !path.startsWith(QLatin1String("/vsi")))
            return makeError(ErrorCode::NotFound, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "file not found"))));
        return makeError(ErrorCode::Unreadable,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "not a raster GDAL can read (%1)"), errors.message())));
    }
    if (ds->GetRasterCount() == 0)
        return makeError(ErrorCode::NoBands, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "has no raster bands"))));

    std::shared_ptr<RasterLayer> layer(new RasterLayer);
    layer->m_path = path;
    layer->m_pixelSize = QSize(ds->GetRasterXSize(), ds->GetRasterYSize());
    GDALRasterBand *band = ds->GetRasterBand(1);
    layer->m_overviews = band->GetOverviewCount();
    const double pixels = double(ds->GetRasterXSize()) * double(ds->GetRasterYSize());
    if (pixels > limits.maxPixelsWithoutOverviews && layer->m_overviews == 0)
        return makeError(ErrorCode::NeedsOverviews,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "a %2×%3 pixel raster without overviews would stall the map; build overviews with `gdaladdo \"%1\"` and add it again"), path, ds->GetRasterXSize(), ds->GetRasterYSize())));

    OGRSpatialReference srs;
    if (!crsOverride.trimmed().isEmpty()) {
        if (srs.SetFromUserInput(crsOverride.toUtf8().constData()) != OGRERR_NONE)
            return makeError(ErrorCode::UnknownCrs,
                             tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "unknown CRS \"%1\""), crsOverride)));
    } else if (const OGRSpatialReference *own = ds->GetSpatialRef()) {
        srs = *own;
    } else {
        return makeError(ErrorCode::UnknownCrs,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "the raster does not say its coordinate system; set the CRS in the layer settings"))));
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    auto check = CrsTransform::create(srs, mapCrs);
    if (!check)
        return makeError(check.error().code, QStringLiteral("%1: %2").arg(path, check.error().message()));
    layer->m_sourceCrs = CrsTransform::describe(srs);

    double gt[6];
    if (ds->GetGeoTransform(gt) != CE_None)
        return makeError(ErrorCode::NotGeoreferenced,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "the raster has no georeferencing (no world file)"))));
    OGRSpatialReference map;
    map.SetFromUserInput(mapCrs.toUtf8().constData());
    map.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    layer->m_srcWkt = wktOf(srs);
    layer->m_dstWkt = wktOf(map);
    layer->m_warp = !check->isIdentity() || gt[2] != 0 || gt[4] != 0;

    if (band->GetRasterDataType() != GDT_Byte) {
        double mn = 0, mx = 0, mean = 0, sd = 0;
        if (band->GetStatistics(TRUE, TRUE, &mn, &mx, &mean, &sd) == CE_None && mx > mn) {
            layer->m_scaleMin = std::max(mn, mean - 2.5 * sd);
            layer->m_scaleMax = std::min(mx, mean + 2.5 * sd);
        }
    }

    auto handle = layer->openHandle();
    if (!handle)
        return makeError(ErrorCode::Unreadable,
                         tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "cannot set up reprojection (%1)"), errors.message())));
    GDALDataset *view = handle->dataset();
    view->GetGeoTransform(gt);
    const double w = view->GetRasterXSize() * gt[1], h = view->GetRasterYSize() * -gt[5];
    layer->m_extent = QRectF(gt[0], gt[3] - h, w, h);
    layer->giveBack(std::move(handle));
    return layer;
}

namespace {

// The part of the raster a request covers: source pixels (fractional, clipped) and where they land in the image.
struct PixelWindow {
    double cx0 = 0, cx1 = 0, cy0 = 0, cy1 = 0; // source pixels, clipped to the raster
    int dx0 = 0, dy0 = 0, bw = 0, bh = 0;      // image pixels: the top left and the size read
};

std::optional<PixelWindow> windowFor(const QRectF &e, QSize size, const double gt[6], int W, int H)
{
    // Requested extent in source pixels (fractional), then clipped to the raster.
    const double px0 = (e.left() - gt[0]) / gt[1], px1 = (e.right() - gt[0]) / gt[1];
    const double py0 = (e.bottom() - gt[3]) / gt[5], py1 = (e.top() - gt[3]) / gt[5];
    PixelWindow w;
    w.cx0 = std::max(0.0, px0);
    w.cx1 = std::min(double(W), px1);
    w.cy0 = std::max(0.0, py0);
    w.cy1 = std::min(double(H), py1);
    if (w.cx1 <= w.cx0 || w.cy1 <= w.cy0)
        return std::nullopt;
    const double sx = size.width() / (px1 - px0), sy = size.height() / (py1 - py0);
    w.dx0 = int(std::floor((w.cx0 - px0) * sx));
    w.dy0 = int(std::floor((w.cy0 - py0) * sy));
    const int dx1 = int(std::ceil((w.cx1 - px0) * sx)), dy1 = int(std::ceil((w.cy1 - py0) * sy));
    w.bw = std::max(1, std::min(size.width(), dx1) - w.dx0);
    w.bh = std::max(1, std::min(size.height(), dy1) - w.dy0);
    return w;
}

// How the bands read become colours.
struct BandLayout {
    int bands = 0;
    int hasNoData = 0;
    double noData = 0;
    const GDALColorTable *palette = nullptr;
    bool byteData = false, lastIsAlpha = false;
    double scaleMin = 0, scaleMax = 255;
};

BandLayout layoutOf(GDALDataset &ds, double scaleMin, double scaleMax)
{
    BandLayout l;
    l.bands = ds.GetRasterCount();
    GDALRasterBand *first = ds.GetRasterBand(1);
    l.noData = first->GetNoDataValue(&l.hasNoData);
    l.palette = l.bands <= 2 ? first->GetColorTable() : nullptr;
    l.byteData = first->GetRasterDataType() == GDT_Byte;
    l.lastIsAlpha = l.bands == 2 || (l.bands >= 4) || ds.GetRasterBand(l.bands)->GetColorInterpretation() == GCI_AlphaBand;
    l.scaleMin = scaleMin;
    l.scaleMax = scaleMax;
    return l;
}

// Every band of the window, resampled to bw×bh floats per band; false when GDAL fails.
bool readWindow(GDALDataset &ds, const PixelWindow &w, std::vector<float> &buf)
{
    const int W = ds.GetRasterXSize(), H = ds.GetRasterYSize(), bands = ds.GetRasterCount();
    buf.assign(size_t(w.bw) * size_t(w.bh) * size_t(bands), 0.0f);
    GDALRasterIOExtraArg arg;
    INIT_RASTERIO_EXTRA_ARG(arg);
    arg.eResampleAlg = GRIORA_Bilinear;
    arg.bFloatingPointWindowValidity = TRUE;
    arg.dfXOff = w.cx0;
    arg.dfYOff = w.cy0;
    arg.dfXSize = w.cx1 - w.cx0;
    arg.dfYSize = w.cy1 - w.cy0;
    const int xOff = int(std::floor(w.cx0)), yOff = int(std::floor(w.cy0));
    const int xSize = std::max(1, std::min(W, int(std::ceil(w.cx1))) - xOff);
    const int ySize = std::max(1, std::min(H, int(std::ceil(w.cy1))) - yOff);
    // GDAL picks the overview whose resolution matches bw×bh for this window: only that is read.
    return ds.RasterIO(GF_Read, xOff, yOff, xSize, ySize, buf.data(), w.bw, w.bh, GDT_Float32, bands, nullptr, 0, 0, 0, &arg) == CE_None;
}

// The colour of value i of the buffer (bands are planes of `plane` values); none where it is no data.
std::optional<QRgb> pixel(const BandLayout &l, const std::vector<float> &buf, size_t plane, size_t i)
{
    auto scale = [&](float v) -> int {
        if (l.byteData)
            return std::clamp(int(std::lround(v)), 0, 255);
        return std::clamp(int(std::lround((v - l.scaleMin) / (l.scaleMax - l.scaleMin) * 255.0)), 0, 255);
    };
    const float v0 = buf[i];
    if (l.hasNoData && v0 == float(l.noData))
        return std::nullopt;
    int r, g, b, a = 255;
    if (l.palette) {
        const GDALColorEntry *c = l.palette->GetColorEntry(int(v0));
        if (!c)
            return std::nullopt;
        r = c->c1; g = c->c2; b = c->c3; a = c->c4;
        if (l.bands == 2)
            a = a * std::clamp(int(buf[plane + i]), 0, 255) / 255;
    } else if (l.bands < 3) {
        r = g = b = scale(v0);
        if (l.bands == 2)
            a = std::clamp(int(buf[plane + i]), 0, 255);
    } else {
        r = scale(v0);
        g = scale(buf[plane + i]);
        b = scale(buf[2 * plane + i]);
        if (l.bands >= 4 && l.lastIsAlpha)
            a = std::clamp(int(buf[size_t(l.bands - 1) * plane + i]), 0, 255);
    }
    return qPremultiply(qRgba(r, g, b, a));
}

} // namespace

QImage RasterLayer::read(const QRectF &e, QSize size) const
{
    if (size.isEmpty() || !e.intersects(m_extent))
        return {};
    auto handle = borrow();
    if (!handle)
        return {};
    CplErrorScope errors;
    GDALDataset *ds = handle->dataset();
    double gt[6];
    ds->GetGeoTransform(gt);
    const auto w = windowFor(e, size, gt, ds->GetRasterXSize(), ds->GetRasterYSize());
    if (!w) {
        giveBack(std::move(handle));
        return {};
    }
    std::vector<float> buf;
    const bool read = readWindow(*ds, *w, buf);
    const BandLayout layout = layoutOf(*ds, m_scaleMin, m_scaleMax);
    giveBack(std::move(handle));
    if (!read)
        return {};

    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    const size_t plane = size_t(w->bw) * size_t(w->bh);
    for (int y = 0; y < w->bh; ++y) {
        const int ty = w->dy0 + y;
        if (ty < 0 || ty >= size.height())
            continue;
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(ty));
        for (int x = 0; x < w->bw; ++x) {
            const int tx = w->dx0 + x;
            if (tx < 0 || tx >= size.width())
                continue;
            if (const auto c = pixel(layout, buf, plane, size_t(y) * size_t(w->bw) + size_t(x)))
                line[tx] = *c;
        }
    }
    return out;
}

} // namespace gc::geo
