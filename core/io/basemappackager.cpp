#include "basemappackager.h"
#include "gdaldrivers.h"
#include "cplerrorscope.h"
#include "rasterbasemap.h"
#include "sqlite/sqlitedb.h"
#include "sqlite/statement.h"
#include "vectorlayer.h"

#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <gdal_utils.h>

#include <cmath>

namespace gc::core {

namespace {

constexpr double kWebMercatorHalf = 20037508.342789244; // half the world's width in EPSG:3857 metres
constexpr int kTilePixels = 256;

double tileSpan(int z)
{
    return 2 * kWebMercatorHalf / std::ldexp(1.0, z);
}

// Tile columns and rows (XYZ, rows from the north) an extent touches at zoom z.
struct TileRange {
    qint64 x0, x1, y0, y1;
    qint64 count() const { return (x1 - x0 + 1) * (y1 - y0 + 1); }
};
TileRange tileRange(const QRectF &e, int z)
{
    const double s = tileSpan(z);
    auto col = [&](double x) { return qint64(std::floor((x + kWebMercatorHalf) / s)); };
    auto row = [&](double y) { return qint64(std::floor((kWebMercatorHalf - y) / s)); };
    return {col(e.left()), col(e.right() - 1e-6), row(e.bottom()), row(e.top() + 1e-6)};
}

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

QString sourceText(const QString &source)
{
    QFile f(source);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.read(1 << 20)) : source;
}

} // namespace

qint64 BasemapPackagePlan::totalTiles() const
{
    qint64 n = 0;
    for (const Level &l : levels)
        n += l.tiles;
    return n;
}

Result<BasemapPackagePlan> BasemapPackager::area(const QString &spec)
{
    const bool gu = spec.trimmed() == QLatin1String("gu");
    const QString dong = spec.startsWith(QLatin1String("dong=")) ? spec.mid(5).trimmed() : QString();
    if (!gu && dong.isEmpty())
        return makeError(QStringLiteral("usage"),
                         QStringLiteral("--area '%1': gu 또는 dong=이름(예: dong=가산동)이어야 합니다 / must be gu or dong=NAME (e.g. dong=가산동)").arg(spec));
    QFile res(gu ? QStringLiteral(":/gc/data/geumcheon_gu.geojson") : QStringLiteral(":/gc/data/geumcheon_dongs.geojson"));
    if (!res.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("%1: 구역 경계를 읽을 수 없습니다 / cannot read the district boundary").arg(res.fileName()));
    geo::VectorLayerOptions o;
    o.mapCrs = QStringLiteral("EPSG:3857");
    o.labelField = QStringLiteral("name_ko");
    o.keyField = QStringLiteral("name_en");
    auto layer = geo::VectorLayer::loadFromMemory(res.readAll(), QFileInfo(res.fileName()).fileName(), o);
    if (!layer)
        return layer.error();
    BasemapPackagePlan plan;
    QStringList names;
    for (const geo::VectorFeature &f : (*layer)->features()) {
        names << f.label;
        if (gu || f.label == dong || f.key.compare(dong, Qt::CaseInsensitive) == 0) {
            plan.extent = plan.extent.isNull() ? f.bounds : plan.extent.united(f.bounds);
            plan.areaName = gu ? QStringLiteral("금천구 Geumcheon-gu") : QStringLiteral("%1 %2").arg(f.label, f.key);
        }
    }
    if (plan.extent.isNull())
        return makeError(QStringLiteral("usage"), QStringLiteral("--area dong='%1': 금천구의 행정동이 아닙니다. 가능한 이름 / not a dong of Geumcheon-gu; "
                                                                 "one of: %2").arg(dong, names.join(QStringLiteral(", "))));
    return plan;
}

VoidResult BasemapPackager::parseZooms(const QString &spec, BasemapPackagePlan &plan, const BasemapPackageSettings &settings)
{
    const QStringList parts = spec.split(QLatin1Char('-'));
    bool ok1 = false, ok2 = false;
    const int a = parts.value(0).toInt(&ok1), b = parts.size() == 2 ? parts.value(1).toInt(&ok2) : a;
    if (parts.size() == 1)
        ok2 = ok1;
    if (parts.size() > 2 || !ok1 || !ok2 || a < 0 || b < a || b > settings.maxZoom)
        return makeError(QStringLiteral("usage"), QStringLiteral("--zoom '%1': 0~%2 사이의 범위(예: 12-19)여야 합니다 / must be a range within 0-%2 such as 12-19")
                                                      .arg(spec).arg(settings.maxZoom));
    plan.minZoom = a;
    plan.maxZoom = b;
    return Ok{};
}

void BasemapPackager::estimate(BasemapPackagePlan &plan, const BasemapPackageSettings &settings)
{
    plan.levels.clear();
    for (int z = plan.minZoom; z <= plan.maxZoom; ++z)
        plan.levels.push_back({z, tileRange(plan.extent, z).count()});
    plan.estimatedBytes = double(plan.totalTiles()) * settings.bytesPerTile;
}

namespace {

// The source reprojected (a VRT) onto the area snapped outwards to whole tiles of the finest zoom, at
// exactly that zoom's resolution, so the driver writes that zoom and every tile edge falls on the grid.
Result<GDALDatasetUniquePtr> warpToTileGrid(GDALDataset &src, const QString &source, const BasemapPackagePlan &plan, const CplErrorScope &errors)
{
    const bool hasAlpha = src.GetRasterBand(src.GetRasterCount())->GetColorInterpretation() == GCI_AlphaBand;
    const TileRange r = tileRange(plan.extent, plan.maxZoom);
    const double s = tileSpan(plan.maxZoom), res = s / kTilePixels;
    const double minX = r.x0 * s - kWebMercatorHalf, maxX = (r.x1 + 1) * s - kWebMercatorHalf;
    const double maxY = kWebMercatorHalf - r.y0 * s, minY = kWebMercatorHalf - (r.y1 + 1) * s;
    QList<QByteArray> warpArgs{"-of", "VRT", "-t_srs", "EPSG:3857", "-te", QByteArray::number(minX, 'f', 6),
                               QByteArray::number(minY, 'f', 6), QByteArray::number(maxX, 'f', 6), QByteArray::number(maxY, 'f', 6),
                               "-tr", QByteArray::number(res, 'g', 17), QByteArray::number(res, 'g', 17), "-r", "bilinear"};
    if (src.GetRasterCount() == 1 && src.GetRasterBand(1)->GetColorTable())
        return makeError(QStringLiteral("unsupported"), QStringLiteral("%1: 팔레트 래스터는 먼저 gdal_translate -expand rgba로 바꾸세요 / "
                                                                       "expand a paletted raster first (gdal_translate -expand rgba)").arg(source));
    if (!hasAlpha)
        warpArgs << "-dstalpha";
    auto wa = argv(warpArgs);
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> wopt(GDALWarpAppOptionsNew(wa.data(), nullptr));
    GDALDatasetH srcH = GDALDataset::ToHandle(&src);
    GDALDatasetUniquePtr grid(GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &srcH, wopt.get(), nullptr)));
    if (!grid)
        return makeError(QStringLiteral("warp"), QStringLiteral("%1: 웹 메르카토르로 변환하지 못했습니다 / cannot reproject to Web Mercator (%2)").arg(source, errors.message()));
    return grid;
}

// The finest zoom's tiles, written by the MBTiles or GeoPackage driver; `share` of the progress.
Result<GDALDatasetUniquePtr> writeFinestZoom(GDALDataset &grid, const BasemapPackagePlan &plan, const QString &out, bool mbtiles,
                                             const std::function<void(double)> &progress, double share, const CplErrorScope &errors)
{
    const QByteArray name = plan.areaName.toUtf8();
    QList<QByteArray> tArgs{"-of", mbtiles ? "MBTiles" : "GPKG", "-co", "NAME=" + name, "-co",
                            "DESCRIPTION=goodcity offline basemap: " + name};
    if (mbtiles)
        tArgs << "-co" << "TYPE=baselayer" << "-co" << "TILE_FORMAT=PNG";
    else
        tArgs << "-co" << "TILING_SCHEME=GoogleMapsCompatible" << "-co" << "TILE_FORMAT=AUTO";
    auto ta = argv(tArgs);
    std::unique_ptr<GDALTranslateOptions, TranslateOptionsDeleter> topt(GDALTranslateOptionsNew(ta.data(), nullptr));
    ProgressSpan first{&progress, 0.0, share};
    GDALTranslateOptionsSetProgress(topt.get(), &ProgressSpan::call, &first);
    GDALDatasetUniquePtr dst(GDALDataset::FromHandle(GDALTranslate(out.toUtf8().constData(), GDALDataset::ToHandle(&grid), topt.get(), nullptr)));
    if (!dst)
        return makeError(QStringLiteral("write"), QStringLiteral("%1: 타일을 쓰지 못했습니다 / cannot write the tiles (%2)").arg(out, errors.message()));
    return dst;
}

// MBTiles keeps the credit and the zoom range in its metadata table, which GDAL's driver does not let
// us write; minzoom is set again as the overview pass leaves it one level low.
VoidResult writeMbtilesMetadata(const QString &out, const QString &credit, const BasemapPackagePlan &plan)
{
    auto db = SqliteDb::open(out, SqliteDb::Mode::ReadWrite);
    if (!db)
        return db.error();
    Transaction tx(*db);
    for (const auto &[key, value] : {std::pair{QStringLiteral("attribution"), credit},
                                     std::pair{QStringLiteral("minzoom"), QString::number(plan.minZoom)},
                                     std::pair{QStringLiteral("maxzoom"), QString::number(plan.maxZoom)}}) {
        if (value.isEmpty())
            continue;
        auto del = db->prepare(QStringLiteral("DELETE FROM metadata WHERE name = ?"));
        auto ins = db->prepare(QStringLiteral("INSERT INTO metadata(name, value) VALUES (?, ?)"));
        if (!del || !ins)
            return makeError(QStringLiteral("write"), QStringLiteral("%1: %2").arg(out, db->lastError()));
        if (auto r1 = del->bind(1, key).run(); !r1)
            return r1.error();
        if (auto r2 = ins->bind(1, key).bind(2, value).run(); !r2)
            return r2.error();
    }
    return tx.commit();
}

} // namespace

VoidResult BasemapPackager::write(const QString &source, const BasemapPackagePlan &plan, const QString &out,
                                  const std::function<void(double)> &progress)
{
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("mbtiles") && suffix != QLatin1String("gpkg"))
        return makeError(QStringLiteral("usage"), QStringLiteral("--out %1: .mbtiles 또는 .gpkg 파일이어야 합니다 / must be a .mbtiles or .gpkg file").arg(out));
    if (plan.levels.empty() || plan.extent.isEmpty())
        return makeError(QStringLiteral("usage"), QStringLiteral("%1: 묶을 타일이 없습니다 / no tiles to package").arg(out));
    if (sourceText(source).contains(QLatin1String("tile.openstreetmap.org")))
        return makeError(QStringLiteral("policy"),
                         QStringLiteral("%1: OpenStreetMap 타일 서버(tile.openstreetmap.org)의 이용 정책은 대량 다운로드를 금지합니다. 자체 타일 서버나 "
                                        "허용하는 출처에서 묶으세요 / the tile usage policy of tile.openstreetmap.org forbids bulk downloading; "
                                        "package from a source that allows it (your own tile server, VWorld under its terms)").arg(source));
    geo::RasterBasemapOptions check;
    check.mapCrs = QStringLiteral("EPSG:3857");
    auto basemap = geo::RasterBasemap::open(source, check);
    if (!basemap)
        return basemap.error();

    CplErrorScope errors;
    geo::ensureGdalDrivers();
    GDALDatasetUniquePtr src(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!src)
        return makeError(QStringLiteral("unreadable"), QStringLiteral("%1: %2").arg(source, errors.message()));
    auto grid = warpToTileGrid(*src, source, plan, errors);
    if (!grid)
        return grid.error();

    QFile::remove(out);
    const bool mbtiles = suffix == QLatin1String("mbtiles");
    const double finest = double(plan.levels.back().tiles) / double(std::max<qint64>(1, plan.totalTiles()));
    auto written = writeFinestZoom(**grid, plan, out, mbtiles, progress, finest, errors);
    if (!written)
        return written.error();
    GDALDatasetUniquePtr dst = std::move(*written);
    dst.reset();
    if (plan.maxZoom > plan.minZoom) {
        dst.reset(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_UPDATE));
        std::vector<int> factors;
        for (int z = plan.maxZoom - 1; z >= plan.minZoom; --z)
            factors.push_back(1 << (plan.maxZoom - z));
        ProgressSpan rest{&progress, finest, 1.0 - finest};
        if (!dst || dst->BuildOverviews("AVERAGE", int(factors.size()), factors.data(), 0, nullptr, &ProgressSpan::call, &rest) != CE_None)
            return makeError(QStringLiteral("write"), QStringLiteral("%1: 낮은 줌 단계를 만들지 못했습니다 / cannot build the lower zoom levels (%2)").arg(out, errors.message()));
    }
    const QString credit = (*basemap)->attribution();
    if (!mbtiles && !credit.isEmpty()) {
        if (!dst)
            dst.reset(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_UPDATE));
        if (dst)
            dst->SetMetadataItem("attribution", credit.toUtf8().constData());
    }
    dst.reset();
    if (mbtiles) {
        if (auto written = writeMbtilesMetadata(out, credit, plan); !written)
            return written.error();
    }
    if (progress)
        progress(1.0);
    return Ok{};
}

} // namespace gc::core
