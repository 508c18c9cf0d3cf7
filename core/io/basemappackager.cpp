#include "basemappackager.h"
#include "text.h"
#include "rasterbasemap.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "tilepackagewriter.h"
#include "vectorlayer.h"

#include <QFile>
#include <QFileInfo>

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
        return makeError(ErrorCode::Usage,
                         gc::tx("--area '%1': %2", spec, gc::tx(QT_TRANSLATE_NOOP("gc", "must be gu or dong=NAME (e.g. dong=가산동)"))));
    QFile res(gu ? QStringLiteral(":/gc/data/geumcheon_gu.geojson") : QStringLiteral(":/gc/data/geumcheon_dongs.geojson"));
    if (!res.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, gc::tx("%1: %2", res.fileName(), gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read the district boundary"))));
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
        return makeError(ErrorCode::Usage, gc::tx("--area dong='%1': %2", dong, gc::tx(QT_TRANSLATE_NOOP("gc", "not a dong of Geumcheon-gu; one of: %1"), names.join(QStringLiteral(", ")))));
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
        return makeError(ErrorCode::Usage, gc::tx("--zoom '%1': %2", spec, gc::tx(QT_TRANSLATE_NOOP("gc", "must be a range within 0-%1 such as 12-19"), settings.maxZoom)));
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

// The area snapped outwards to whole tiles of the finest zoom, at exactly that zoom's resolution.
geo::TilePackageWriter::Pyramid pyramidOf(const BasemapPackagePlan &plan)
{
    const TileRange r = tileRange(plan.extent, plan.maxZoom);
    const double s = tileSpan(plan.maxZoom);
    geo::TilePackageWriter::Pyramid p;
    p.minX = r.x0 * s - kWebMercatorHalf;
    p.maxX = (r.x1 + 1) * s - kWebMercatorHalf;
    p.maxY = kWebMercatorHalf - r.y0 * s;
    p.minY = kWebMercatorHalf - (r.y1 + 1) * s;
    p.resolution = s / kTilePixels;
    p.minZoom = plan.minZoom;
    p.maxZoom = plan.maxZoom;
    p.name = plan.areaName;
    p.finestShare = double(plan.levels.back().tiles) / double(std::max<qint64>(1, plan.totalTiles()));
    return p;
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
            return makeError(ErrorCode::Write, QStringLiteral("%1: %2").arg(out, db->lastError()));
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
        return makeError(ErrorCode::Usage, gc::tx("--out %1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "must be a .mbtiles or .gpkg file"))));
    if (plan.levels.empty() || plan.extent.isEmpty())
        return makeError(ErrorCode::Usage, gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "no tiles to package"))));
    if (sourceText(source).contains(QLatin1String("tile.openstreetmap.org")))
        return makeError(ErrorCode::Policy,
                         gc::tx("%1: %2", source, gc::tx(QT_TRANSLATE_NOOP("gc", "the tile usage policy of tile.openstreetmap.org forbids bulk downloading; package from a source that allows it (your own tile server, VWorld under its terms)"))));
    geo::RasterBasemapOptions check;
    check.mapCrs = QStringLiteral("EPSG:3857");
    auto basemap = geo::RasterBasemap::open(source, check);
    if (!basemap)
        return basemap.error();

    const bool mbtiles = suffix == QLatin1String("mbtiles");
    const QString credit = (*basemap)->attribution();
    if (auto written = geo::TilePackageWriter::write(source, pyramidOf(plan), out, mbtiles, credit, progress); !written)
        return written;
    if (mbtiles) {
        if (auto written = writeMbtilesMetadata(out, credit, plan); !written)
            return written.error();
    }
    if (progress)
        progress(1.0);
    return Ok{};
}

} // namespace gc::core
