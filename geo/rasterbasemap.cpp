#include "rasterbasemap.h"
#include "text.h"
#include "gdaldrivers.h"
#include "cplerrorscope.h"
#include "crstransform.h"

#include <QFile>
#include <QFileInfo>

#include <cpl_minixml.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <cmath>

namespace gc::geo {

struct RasterBasemap::Handle {
    GDALDatasetUniquePtr source;
    GDALDatasetUniquePtr expanded; // a palette source seen as RGBA; declared after `source`, closed first
    GDALDataset *dataset() const { return expanded ? expanded.get() : source.get(); }
};

namespace {

struct XmlDeleter {
    void operator()(CPLXMLNode *n) const { CPLDestroyXMLNode(n); }
};
struct TranslateOptionsDeleter {
    void operator()(GDALTranslateOptions *o) const { GDALTranslateOptionsFree(o); }
};
struct WarpOptionsDeleter {
    void operator()(GDALWarpAppOptions *o) const { GDALWarpAppOptionsFree(o); }
};

// Credits a licence demands even when the user's XML forgot to say them.
struct KnownCredit {
    const char *host;
    const char *text;
};
constexpr KnownCredit kKnownCredits[] = {
    {"openstreetmap.org", "© OpenStreetMap contributors"},
    {"vworld.kr", "© 국토교통부 브이월드 / VWorld, MOLIT"},
};

// A GDAL WMS/WMTS service file may carry an <Attribution> element (GDAL ignores it); for other
// sources the credit is the dataset's "attribution" metadata (MBTiles, GeoPackage, GeoTIFF tags).
QString attributionOf(const QString &source, GDALDataset &ds)
{
    QString text;
    for (const char *key : {"attribution", "ATTRIBUTION"})
        if (const char *v = ds.GetMetadataItem(key); v && *v)
            text = QString::fromUtf8(v);
    QString service;
    if (source.trimmed().startsWith(QLatin1Char('<'))) {
        service = source;
    } else if (source.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive)) {
        std::unique_ptr<CPLXMLNode, XmlDeleter> root(CPLParseXMLFile(source.toUtf8().constData()));
        for (CPLXMLNode *n = root.get(); n && text.isEmpty(); n = n->psNext)
            if (n->eType == CXT_Element)
                text = QString::fromUtf8(CPLGetXMLValue(n, "Attribution", "")).trimmed();
        QFile f(source);
        if (f.open(QIODevice::ReadOnly))
            service = QString::fromUtf8(f.readAll());
    }
    if (text.isEmpty())
        for (const KnownCredit &k : kKnownCredits)
            if (service.contains(QLatin1String(k.host)))
                text = QString::fromUtf8(k.text);
    return text;
}

} // namespace

RasterBasemap::~RasterBasemap() = default;

std::unique_ptr<RasterBasemap::Handle> RasterBasemap::openHandle() const
{
    auto h = std::make_unique<Handle>();
    ensureGdalDrivers();
    h->source.reset(GDALDataset::Open(m_source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!h->source)
        return nullptr;
    if (m_expandPalette) {
        // The warper interpolates values, not colours: a paletted source is seen as RGBA first.
        char *argv[] = {const_cast<char *>("-of"), const_cast<char *>("VRT"), const_cast<char *>("-expand"),
                        const_cast<char *>("rgba"), nullptr};
        std::unique_ptr<GDALTranslateOptions, TranslateOptionsDeleter> o(GDALTranslateOptionsNew(argv, nullptr));
        h->expanded.reset(GDALDataset::FromHandle(GDALTranslate("", GDALDataset::ToHandle(h->source.get()), o.get(), nullptr)));
        if (!h->expanded)
            return nullptr;
    }
    return h;
}

std::unique_ptr<RasterBasemap::Handle> RasterBasemap::borrow() const
{
    return m_pool.borrow([this] { return openHandle(); });
}

void RasterBasemap::giveBack(std::unique_ptr<Handle> h) const
{
    m_pool.giveBack(std::move(h));
}

Result<std::shared_ptr<RasterBasemap>> RasterBasemap::open(const QString &source, const RasterBasemapOptions &options)
{
    if (!options.diskCacheDirectory.isEmpty() && !CPLGetConfigOption("GDAL_DEFAULT_WMS_CACHE_PATH", nullptr))
        CPLSetConfigOption("GDAL_DEFAULT_WMS_CACHE_PATH", options.diskCacheDirectory.toUtf8().constData());
    CplErrorScope errors;
    const bool inline_ = source.trimmed().startsWith(QLatin1Char('<'));
    const bool path = !inline_ && !source.contains(QLatin1Char(':'));
    if (source.trimmed().isEmpty() || (path && !QFileInfo::exists(source)))
        return makeError(ErrorCode::NotFound, tx("%1: %2", source, tx(QT_TRANSLATE_NOOP("gc", "basemap file not found"))));
    ensureGdalDrivers();
    GDALDatasetUniquePtr ds(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!ds || ds->GetRasterCount() == 0)
        return makeError(ErrorCode::Unreadable,
                         tx("%1: %2", source, tx(QT_TRANSLATE_NOOP("gc", "GDAL cannot open it as a basemap raster (%1)"), errors.message())));
    const OGRSpatialReference *own = ds->GetSpatialRef();
    double gt[6];
    if (!own || ds->GetGeoTransform(gt) != CE_None)
        return makeError(ErrorCode::NotGeoreferenced,
                         tx("%1: %2", source, tx(QT_TRANSLATE_NOOP("gc", "a raster without a CRS and georeferencing cannot be a basemap"))));
    OGRSpatialReference srs(*own);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    auto toMap = CrsTransform::create(srs, options.mapCrs);
    if (!toMap)
        return makeError(toMap.error().code, QStringLiteral("%1: %2").arg(source, toMap.error().message()));

    std::shared_ptr<RasterBasemap> b(new RasterBasemap);
    b->m_source = source;
    b->m_driver = QString::fromUtf8(ds->GetDriverName());
    b->m_sourceCrs = CrsTransform::describe(srs);
    b->m_attribution = attributionOf(source, *ds);
    b->m_cache.setMaxCost(options.memoryCacheBytes);
    GDALRasterBand *first = ds->GetRasterBand(1);
    b->m_overviews = first->GetOverviewCount();
    b->m_expandPalette = ds->GetRasterCount() == 1 && first->GetColorTable();
    b->m_sourceHasAlpha = ds->GetRasterBand(ds->GetRasterCount())->GetColorInterpretation() == GCI_AlphaBand;
    OGRSpatialReference map;
    map.SetFromUserInput(options.mapCrs.toUtf8().constData());
    char *wkt = nullptr;
    map.exportToWkt(&wkt);
    b->m_mapWkt = QByteArray(wkt ? wkt : "");
    CPLFree(wkt);

    // The source's footprint in the map CRS, to skip tiles beyond it; a world-wide tile service
    // (whose corners no Korean projection can take) stays unbounded.
    const double x0 = gt[0], x1 = gt[0] + gt[1] * ds->GetRasterXSize();
    const double y0 = gt[3] + gt[5] * ds->GetRasterYSize(), y1 = gt[3];
    double xs[4] = {x0, x1, x0, x1}, ys[4] = {y0, y0, y1, y1};
    if (std::abs(x1 - x0) < 2e6 && toMap->transform(std::span<double>(xs), std::span<double>(ys))) {
        const auto [minX, maxX] = std::minmax_element(std::begin(xs), std::end(xs));
        const auto [minY, maxY] = std::minmax_element(std::begin(ys), std::end(ys));
        // Reprojection bends the edges: keep a margin rather than clip a sliver of data.
        const double m = 0.02 * std::max(*maxX - *minX, *maxY - *minY);
        b->m_extent = QRectF(*minX - m, *minY - m, *maxX - *minX + 2 * m, *maxY - *minY + 2 * m);
    }
    auto handle = b->openHandle();
    if (!handle)
        return makeError(ErrorCode::Unreadable, QStringLiteral("%1: %2").arg(source, errors.message()));
    b->giveBack(std::move(handle));
    return b;
}

QImage RasterBasemap::render(const QRectF &e, QSize size) const
{
    if (size.isEmpty() || e.isEmpty())
        return {};
    QImage empty;
    if (!m_extent.isNull() && !m_extent.intersects(e)) {
        empty = QImage(size, QImage::Format_ARGB32_Premultiplied);
        empty.fill(Qt::transparent);
        return empty;
    }
    const QString key = QStringLiteral("%1 %2 %3 %4 %5 %6").arg(e.left(), 0, 'g', 17).arg(e.top(), 0, 'g', 17)
                            .arg(e.width(), 0, 'g', 17).arg(e.height(), 0, 'g', 17).arg(size.width()).arg(size.height());
    {
        std::lock_guard lock(m_cacheMutex);
        if (const QImage *hit = m_cache.object(key))
            return *hit;
    }
    auto handle = borrow();
    if (!handle)
        return {};
    QImage img = warp(*handle, e, size);
    giveBack(std::move(handle));
    if (!img.isNull()) {
        std::lock_guard lock(m_cacheMutex);
        m_cache.insert(key, new QImage(img), std::max<qint64>(1, img.sizeInBytes()));
    }
    return img;
}

QImage RasterBasemap::warp(Handle &h, const QRectF &e, QSize size) const
{
    CplErrorScope errors; // a tile the server refused is an empty tile, not a message on stderr
    QList<QByteArray> args{"-of", "MEM", "-ot", "Byte", "-t_srs", m_mapWkt, "-te",
                           QByteArray::number(e.left(), 'g', 17), QByteArray::number(e.top(), 'g', 17),
                           QByteArray::number(e.right(), 'g', 17), QByteArray::number(e.bottom(), 'g', 17),
                           "-ts", QByteArray::number(size.width()), QByteArray::number(size.height()),
                           "-r", "bilinear"};
    if (!m_sourceHasAlpha && !m_expandPalette)
        args << "-dstalpha";
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> options(GDALWarpAppOptionsNew(argv.data(), nullptr));
    GDALDatasetH src = GDALDataset::ToHandle(h.dataset());
    // GDALWarp picks the source overview whose resolution matches the output (-ovr AUTO).
    GDALDatasetUniquePtr out(GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &src, options.get(), nullptr)));
    if (!out)
        return {};
    const int n = out->GetRasterCount();
    // Grey+alpha, RGB+alpha: the alpha band is last; grey is spread over red, green and blue.
    int bands[4] = {1, 1, 1, n};
    if (n >= 4) {
        bands[1] = 2;
        bands[2] = 3;
    }
    QImage img(size, QImage::Format_RGBA8888);
    img.fill(Qt::transparent);
    const CPLErr err = out->RasterIO(GF_Read, 0, 0, size.width(), size.height(), img.bits(), size.width(), size.height(),
                                     GDT_Byte, n >= 2 ? 4 : 3, bands, 4, img.bytesPerLine(), 1, nullptr);
    if (err != CE_None)
        return {};
    if (n < 2) // no alpha band at all: opaque
        for (int y = 0; y < img.height(); ++y) {
            uchar *line = img.scanLine(y);
            for (int x = 0; x < img.width(); ++x)
                line[4 * x + 3] = 255;
        }
    return img.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace gc::geo
