#include "basemapfixture.h"
#include "io/basemappackager.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <vector>

namespace gc::test {

QString makeBasemapPackage(const QString &dir, const QRectF &square)
{
    const QString tif = QDir(dir).filePath(QStringLiteral("pattern.tif")), package = QDir(dir).filePath(QStringLiteral("gu.mbtiles"));
    {
        GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
        const int n = 800;
        const double x0 = 14118000, y1 = 4510000, res = 20.0; // 16 km square, 20 m pixels
        GDALDatasetUniquePtr ds(gtiff->Create(tif.toUtf8().constData(), n, n, 3, GDT_Byte, nullptr));
        REQUIRE(ds);
        double gt[6] = {x0, res, 0, y1, 0, -res};
        ds->SetGeoTransform(gt);
        OGRSpatialReference srs;
        srs.importFromEPSG(3857);
        ds->SetSpatialRef(&srs);
        ds->SetMetadataItem("attribution", "© goodcity test pattern");
        std::vector<GByte> px(size_t(n) * n * 3);
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x) {
                const QPointF m(x0 + (x + 0.5) * res, y1 - (y + 0.5) * res);
                const QColor c = square.contains(m) ? kGreen : kMagenta;
                const size_t i = size_t(y) * n + x;
                px[i] = GByte(c.red());
                px[size_t(n) * n + i] = GByte(c.green());
                px[2 * size_t(n) * n + i] = GByte(c.blue());
            }
        REQUIRE(ds->RasterIO(GF_Write, 0, 0, n, n, px.data(), n, n, GDT_Byte, 3, nullptr, 0, 0, 0, nullptr) == CE_None);
    }
    auto plan = core::BasemapPackager::area(QStringLiteral("gu"));
    REQUIRE(plan.ok());
    REQUIRE(core::BasemapPackager::parseZooms(QStringLiteral("11-15"), *plan).ok());
    core::BasemapPackager::estimate(*plan);
    const auto written = core::BasemapPackager::write(tif, *plan, package);
    INFO((written ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    return package;
}

} // namespace gc::test
