#include "geofixtures.h"
#include "rasterlayer.h"
#include "tilegrid.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

using gc::geo::RasterLayer;

namespace {

// A 512×512 single-band GeoTIFF in EPSG:5186 (1 m pixels from (190000, 540512)) filled with `base`,
// with a 4× overview filled with `overview`: what a read returns tells which level GDAL used.
void writeOrthophoto(const QString &path, int epsg, double x0, double y0, double pixel, GByte base, GByte overview)
{
    GDALDatasetUniquePtr ds = gc::test::createGeoTiff(path, 512, 1, epsg, x0, y0, pixel);
    REQUIRE(ds);
    std::vector<GByte> px(512 * 512, base);
    REQUIRE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 512, 512, px.data(), 512, 512, GDT_Byte, 0, 0) == CE_None);
    int level = 4;
    REQUIRE(ds->BuildOverviews("NEAREST", 1, &level, 0, nullptr, nullptr, nullptr) == CE_None);
    GDALRasterBand *ov = ds->GetRasterBand(1)->GetOverview(0);
    REQUIRE(ov);
    std::vector<GByte> opx(size_t(ov->GetXSize()) * size_t(ov->GetYSize()), overview);
    REQUIRE(ov->RasterIO(GF_Write, 0, 0, ov->GetXSize(), ov->GetYSize(), opx.data(), ov->GetXSize(), ov->GetYSize(),
                         GDT_Byte, 0, 0) == CE_None);
}

} // namespace

TEST_CASE("A GeoTIFF is read by window, and from its overview when zoomed out", "[raster]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ortho.tif"));
    writeOrthophoto(path, 5186, 190000, 540512, 1.0, 100, 200);
    auto layer = RasterLayer::open(path);
    REQUIRE(layer.ok());
    CHECK((*layer)->overviewCount() == 1);
    CHECK((*layer)->extent().left() == Approx(190000));
    CHECK((*layer)->extent().top() == Approx(540000));

    // Full resolution: a 64 m window into 64 px reads the base level.
    const QImage full = (*layer)->read(QRectF(190100, 540100, 64, 64), QSize(64, 64));
    REQUIRE_FALSE(full.isNull());
    CHECK(qRed(full.pixel(32, 32)) == 100);

    // Zoomed out: the whole 512 m into 128 px is a 4× reduction, served by the overview.
    const QImage small = (*layer)->read(QRectF(190000, 540000, 512, 512), QSize(128, 128));
    REQUIRE_FALSE(small.isNull());
    CHECK(qRed(small.pixel(64, 64)) == 200);

    // A window half outside the raster is transparent outside, opaque inside.
    const QImage edge = (*layer)->read(QRectF(189900, 540100, 200, 200), QSize(200, 200));
    REQUIRE_FALSE(edge.isNull());
    CHECK(qAlpha(edge.pixel(10, 100)) == 0);
    CHECK(qAlpha(edge.pixel(150, 100)) == 255);

    // Entirely elsewhere: nothing to draw.
    CHECK((*layer)->read(QRectF(100000, 400000, 100, 100), QSize(64, 64)).isNull());
}

TEST_CASE("A raster in another CRS is warped into the map CRS", "[raster]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ortho5179.tif"));
    // About the same ground as above, in Korea 2000 / Unified CS.
    writeOrthophoto(path, 5179, 946000, 1940000, 1.0, 120, 120);
    auto layer = RasterLayer::open(path);
    REQUIRE(layer.ok());
    const QRectF e = (*layer)->extent();
    CHECK(e.left() > 185000);
    CHECK(e.right() < 196000);
    CHECK(e.top() > 533000);
    CHECK(e.bottom() < 546000);
    const QImage img = (*layer)->read(e, QSize(64, 64));
    REQUIRE_FALSE(img.isNull());
    CHECK(qRed(img.pixel(32, 32)) == 120);
}

TEST_CASE("Bad rasters give a clear error and no layer", "[raster][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("100k × 100k without overviews")
    {
        const QString path = QStringLiteral("/vsimem/huge.tif");
        {
            GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GTiff");
            CPLStringList co;
            co.SetNameValue("TILED", "YES");
            co.SetNameValue("SPARSE_OK", "TRUE");
            co.SetNameValue("BIGTIFF", "YES");
            GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 100000, 100000, 1, GDT_Byte, co.List()));
            REQUIRE(ds);
            double gt[6] = {180000, 0.1, 0, 550000, 0, -0.1};
            ds->SetGeoTransform(gt);
            OGRSpatialReference srs;
            srs.importFromEPSG(5186);
            ds->SetSpatialRef(&srs);
        }
        auto r = RasterLayer::open(path);
        VSIUnlink(path.toUtf8().constData());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("needs_overviews"));
        CHECK(r.error().message().contains(QLatin1String("gdaladdo")));
        CHECK(r.error().message().contains(QLatin1String("100000")));
    }
    SECTION("a file that is not a raster")
    {
        const QString path = dir.filePath(QStringLiteral("photo.tif"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("garbage garbage garbage");
        f.close();
        auto r = RasterLayer::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("unreadable"));
    }
    SECTION("no CRS at all")
    {
        const QString path = dir.filePath(QStringLiteral("nocrs.tif"));
        {
            GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GTiff");
            GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 16, 16, 1, GDT_Byte, nullptr));
            double gt[6] = {190000, 1, 0, 540000, 0, -1};
            ds->SetGeoTransform(gt);
        }
        auto r = RasterLayer::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("unknown_crs"));
        auto fixed = RasterLayer::open(path, QStringLiteral("EPSG:5186"));
        CHECK(fixed.ok());
    }
}
