#include "geofixtures.h"
#include "rasterbasemap.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

using gc::geo::RasterBasemap;

namespace {

// An RGB orthophoto 1024 px across: `full` at its own resolution, `coarse` in its 8× overview, so a
// render tells which level GDALWarp read.
void writeRgbOrtho(const QString &path, int epsg, double x0, double y0, double pixel, QColor full, QColor coarse)
{
    GDALDatasetUniquePtr ds = gc::test::createGeoTiff(path, 1024, 3, epsg, x0, y0, pixel);
    REQUIRE(ds);
    auto fill = [](GDALRasterBand *b, int value) {
        std::vector<GByte> px(size_t(b->GetXSize()) * size_t(b->GetYSize()), GByte(value));
        REQUIRE(b->RasterIO(GF_Write, 0, 0, b->GetXSize(), b->GetYSize(), px.data(), b->GetXSize(), b->GetYSize(), GDT_Byte, 0, 0) == CE_None);
    };
    const int channels[3][2] = {{full.red(), coarse.red()}, {full.green(), coarse.green()}, {full.blue(), coarse.blue()}};
    for (int b = 0; b < 3; ++b)
        fill(ds->GetRasterBand(b + 1), channels[b][0]);
    int level = 8;
    REQUIRE(ds->BuildOverviews("NEAREST", 1, &level, 0, nullptr, nullptr, nullptr) == CE_None);
    for (int b = 0; b < 3; ++b)
        fill(ds->GetRasterBand(b + 1)->GetOverview(0), channels[b][1]);
}

// The orthophoto above, opened as a basemap.
std::shared_ptr<RasterBasemap> openOrtho(const QTemporaryDir &dir, int epsg, double x0, double y0, double pixel, QColor full, QColor coarse)
{
    const QString path = dir.filePath(QStringLiteral("ortho-%1.tif").arg(epsg));
    writeRgbOrtho(path, epsg, x0, y0, pixel, full, coarse);
    auto b = RasterBasemap::open(path);
    REQUIRE(b.ok());
    return *b;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

const QByteArray kTms = R"(<GDAL_WMS>
  <Service name="TMS"><ServerUrl>%1</ServerUrl></Service>
  <DataWindow><UpperLeftX>-20037508.34</UpperLeftX><UpperLeftY>20037508.34</UpperLeftY>
    <LowerRightX>20037508.34</LowerRightX><LowerRightY>-20037508.34</LowerRightY>
    <TileLevel>19</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>top</YOrigin></DataWindow>
  <Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY><BandsCount>3</BandsCount>
  %2
</GDAL_WMS>)";

} // namespace

TEST_CASE("A basemap orthophoto in EPSG:5186 is read at the overview the view needs", "[geo][basemap]")
{
    QTemporaryDir dir;
    const auto b = openOrtho(dir, 5186, 190000, 550000, 1.0, QColor(10, 120, 200), QColor(250, 200, 20));
    CHECK(b->driver() == QLatin1String("GTiff"));
    CHECK(b->overviewCount() == 1);
    CHECK(b->extent().contains(QRectF(190000, 550000 - 1024, 1024, 1024)));
    // 1 m pixels at 1 m per pixel: the full-resolution colour.
    const QImage near = b->render(QRectF(190100, 549000, 256, 256), QSize(256, 256));
    REQUIRE(!near.isNull());
    CHECK(near.pixelColor(128, 128) == QColor(10, 120, 200));
    // The whole photo in 128 px (8 m per pixel): GDALWarp reads the 8× overview, not every pixel.
    const QImage far = b->render(QRectF(190000, 550000 - 1024, 1024, 1024), QSize(128, 128));
    REQUIRE(!far.isNull());
    CHECK(far.pixelColor(64, 64) == QColor(250, 200, 20));
    // Beyond the photo: transparent, and again from the memory cache (the same pixels, not a new warp).
    const QRectF away(300000, 450000, 256, 256);
    CHECK(b->render(away, QSize(64, 64)).pixelColor(32, 32).alpha() == 0);
    const QImage again = b->render(QRectF(190100, 549000, 256, 256), QSize(256, 256));
    CHECK(again.cacheKey() == near.cacheKey());
}

TEST_CASE("A basemap in Web Mercator is reprojected to the map CRS", "[geo][basemap]")
{
    QTemporaryDir dir;
    // Over Geumcheon-gu, 10 m pixels in EPSG:3857.
    const auto b = openOrtho(dir, 3857, 14120000, 4505000, 10.0, QColor(200, 40, 160), QColor(0, 0, 0));
    CHECK(b->sourceCrs().contains(QLatin1String("3857")));
    // Geumcheon-gu's office (about 126.8956°E, 37.4569°N) is near (190763, 539726) in EPSG:5186.
    const QImage img = b->render(QRectF(190563, 539526, 400, 400), QSize(100, 100));
    REQUIRE(!img.isNull());
    CHECK(img.pixelColor(50, 50) == QColor(200, 40, 160));
}

TEST_CASE("A tile service names its credit, and OpenStreetMap's is never missing", "[geo][basemap]")
{
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("own.xml")), osm = dir.filePath(QStringLiteral("osm.xml"));
    writeText(own, QString::fromUtf8(kTms).arg(QStringLiteral("https://tiles.example.kr/${z}/${x}/${y}.png"),
                                               QStringLiteral("<Attribution>© 금천구 / Geumcheon-gu</Attribution>")).toUtf8());
    // A user's OSM file without an <Attribution> element: the licence still requires the credit.
    writeText(osm, QString::fromUtf8(kTms).arg(QStringLiteral("https://tile.openstreetmap.org/${z}/${x}/${y}.png"), QString()).toUtf8());
    auto a = RasterBasemap::open(own);
    REQUIRE(a.ok());
    CHECK((*a)->attribution() == QStringLiteral("© 금천구 / Geumcheon-gu"));
    CHECK((*a)->driver() == QLatin1String("WMS"));
    CHECK((*a)->extent().isNull()); // world-wide: no footprint to skip tiles by
    auto b = RasterBasemap::open(osm);
    REQUIRE(b.ok());
    CHECK((*b)->attribution() == QStringLiteral("© OpenStreetMap contributors"));
}

TEST_CASE("A missing or unusable basemap says which file and why", "[geo][basemap]")
{
    QTemporaryDir dir;
    auto missing = RasterBasemap::open(dir.filePath(QStringLiteral("nowhere.mbtiles")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QLatin1String("not_found"));
    CHECK(missing.error().message().contains(QLatin1String("nowhere.mbtiles")));
    CHECK(missing.error().message().contains(QLatin1String(" / ")));
    const QString junk = dir.filePath(QStringLiteral("junk.xml"));
    writeText(junk, "<GDAL_WMS><Service name=\"TMS\"></Service></GDAL_WMS>");
    auto bad = RasterBasemap::open(junk);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().contains(QLatin1String("junk.xml")));
}

TEST_CASE("The example tile service files shipped in assets/basemap open and credit their source", "[geo][basemap]")
{
    const QString dir = QStringLiteral(GC_SOURCE_DIR "/assets/basemap/");
    auto osm = RasterBasemap::open(dir + QStringLiteral("osm-xyz.xml"));
    REQUIRE(osm.ok());
    CHECK((*osm)->attribution() == QStringLiteral("© OpenStreetMap contributors"));
    auto vworld = RasterBasemap::open(dir + QStringLiteral("vworld-base.xml"));
    REQUIRE(vworld.ok());
    CHECK((*vworld)->attribution().contains(QLatin1String("VWorld")));
    // The shipped file carries no key: the user puts their own in.
    QFile f(dir + QStringLiteral("vworld-base.xml"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("YOUR_VWORLD_KEY"));
}
