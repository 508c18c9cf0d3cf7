#include "geofixtures.h"
#include "vectorlayer.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using gc::geo::VectorLayer;
using gc::geo::VectorLayerOptions;

namespace {

// The dongs straight from GeoJSON, in EPSG:5186: the reference every format must reproduce.
QRectF referenceExtent()
{
    static const QRectF extent = [] {
        auto ref = VectorLayer::load(gc::test::dongGeoJson());
        REQUIRE(ref.ok());
        return (*ref)->extent();
    }();
    return extent;
}

bool hasLabel(const VectorLayer &layer, const QString &label)
{
    for (const auto &f : layer.features())
        if (f.label == label)
            return true;
    return false;
}

} // namespace

TEST_CASE("The dong GeoJSON loads in EPSG:5186 with Korean names", "[vector]")
{
    VectorLayerOptions o;
    o.labelField = QStringLiteral("name_ko");
    o.keyField = QStringLiteral("adm_code");
    auto layer = VectorLayer::load(gc::test::dongGeoJson(), o);
    REQUIRE(layer.ok());
    CHECK((*layer)->features().size() == 10);
    CHECK(hasLabel(**layer, QStringLiteral("가산동")));
    CHECK(hasLabel(**layer, QStringLiteral("시흥5동")));
    const QRectF e = (*layer)->extent();
    // Geumcheon-gu lies about 8–11 km west and 56–62 km south of the 5186 origin.
    CHECK(e.left() > 185000);
    CHECK(e.right() < 196000);
    CHECK(e.top() > 533000);
    CHECK(e.bottom() < 546000);
    for (const auto &f : (*layer)->features()) {
        CHECK(f.kind == gc::geo::VectorFeature::Kind::Polygon);
        CHECK(f.key.startsWith(QLatin1String("11545")));
        CHECK(f.bounds.contains(f.labelAnchor));
    }
}

TEST_CASE("Every supported format loads and lands where the GeoJSON does", "[vector]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    struct Case {
        const char *file;
        const char *driver;
        const char *crs;
        const char *labelField;
    };
    const Case cases[] = {
        {"dongs.gpkg", "GPKG", "EPSG:5186", "name_ko"},
        {"dongs_3857.gpkg", "GPKG", "EPSG:3857", "name_ko"},
        {"dongs.shp", "ESRI Shapefile", "EPSG:5174", "name_ko"},
        {"dongs.geojson", "GeoJSON", "EPSG:4326", "name_ko"},
        {"dongs.kml", "KML", "EPSG:4326", "Name"},
        {"dongs.fgb", "FlatGeobuf", "EPSG:5179", "name_ko"},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const QString path = dir.filePath(QString::fromLatin1(c.file));
        QStringList args{QStringLiteral("-f"), QString::fromLatin1(c.driver), QStringLiteral("-t_srs"),
                         QString::fromLatin1(c.crs)};
        if (QLatin1String(c.driver) == QLatin1String("ESRI Shapefile"))
            args << QStringLiteral("-lco") << QStringLiteral("ENCODING=UTF-8");
        if (QLatin1String(c.driver) == QLatin1String("KML"))
            args << QStringLiteral("-dsco") << QStringLiteral("NameField=name_ko");
        REQUIRE(gc::test::translateVector(gc::test::dongGeoJson(), path, args).isEmpty());
        VectorLayerOptions o;
        o.labelField = QString::fromLatin1(c.labelField);
        auto layer = VectorLayer::load(path, o);
        REQUIRE(layer.ok());
        CHECK((*layer)->features().size() == 10);
        CHECK(hasLabel(**layer, QStringLiteral("독산1동")));
        const QRectF e = (*layer)->extent(), ref = referenceExtent();
        CHECK(std::abs(e.left() - ref.left()) < 1.0);
        CHECK(std::abs(e.top() - ref.top()) < 1.0);
        CHECK(std::abs(e.right() - ref.right()) < 1.0);
        CHECK(std::abs(e.bottom() - ref.bottom()) < 1.0);
    }
}

TEST_CASE("Points load as points", "[vector]")
{
    auto layer = VectorLayer::load(QStringLiteral(GC_SOURCE_DIR "/assets/data/geumcheon_bus_stops.geojson"));
    REQUIRE(layer.ok());
    CHECK((*layer)->features().size() == 350);
    CHECK((*layer)->features().front().kind == gc::geo::VectorFeature::Kind::Point);
    CHECK(referenceExtent().adjusted(-100, -100, 100, 100).contains((*layer)->extent()));
}

TEST_CASE("A CP949 Shapefile without .cpg decodes with the layer's encoding setting", "[vector][encoding]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("legacy.shp"));
    {
        GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(ds);
        OGRSpatialReference srs;
        srs.importFromEPSG(5186);
        CPLStringList lco;
        lco.SetNameValue("ENCODING", ""); // write bytes as given, no .cpg: what old district files look like
        OGRLayer *layer = ds->CreateLayer("legacy", &srs, wkbPoint, lco.List());
        REQUIRE(layer);
        OGRFieldDefn name("NAME", OFTString);
        name.SetWidth(40);
        REQUIRE(layer->CreateField(&name) == OGRERR_NONE);
        const char *names[] = {"가산동", "독산1동 버스정류장", "시흥대로 벤치"};
        for (int i = 0; i < 3; ++i) {
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            char *cp949 = CPLRecode(names[i], CPL_ENC_UTF8, "CP949");
            f->SetField("NAME", cp949);
            CPLFree(cp949);
            OGRPoint p(190000 + i * 100.0, 540000);
            f->SetGeometry(&p);
            REQUIRE(layer->CreateFeature(f.get()) == OGRERR_NONE);
        }
    }
    QFile::remove(dir.filePath(QStringLiteral("legacy.cpg")));
    REQUIRE_FALSE(QFile::exists(dir.filePath(QStringLiteral("legacy.cpg"))));

    VectorLayerOptions o;
    o.labelField = QStringLiteral("NAME");
    o.encoding = QStringLiteral("CP949");
    auto decoded = VectorLayer::load(path, o);
    REQUIRE(decoded.ok());
    REQUIRE(decoded.value()->features().size() == 3);
    CHECK(decoded.value()->features()[0].label == QStringLiteral("가산동"));
    CHECK(decoded.value()->features()[1].label == QStringLiteral("독산1동 버스정류장"));
    CHECK(decoded.value()->features()[2].label == QStringLiteral("시흥대로 벤치"));

    // Without the setting the same bytes are not the right Korean: the setting is what fixes them.
    o.encoding.clear();
    auto raw = VectorLayer::load(path, o);
    REQUIRE(raw.ok());
    CHECK(raw.value()->features()[0].label != QStringLiteral("가산동"));
}

TEST_CASE("Bad vector input gives a clear error", "[vector][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a missing file")
    {
        auto r = VectorLayer::load(dir.filePath(QStringLiteral("nope.gpkg")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("not_found"));
    }
    SECTION("a file that is not GIS data")
    {
        const QString path = dir.filePath(QStringLiteral("broken.gpkg"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a geopackage, just text that was renamed");
        f.close();
        auto r = VectorLayer::load(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("unreadable"));
        CHECK(r.error().message().contains(path));
    }
    SECTION("a Shapefile without .prj needs a CRS, and takes one from the settings")
    {
        const QString path = dir.filePath(QStringLiteral("noprj.shp"));
        REQUIRE(gc::test::translateVector(gc::test::dongGeoJson(), path,
                                          {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-t_srs"),
                                           QStringLiteral("EPSG:5186")})
                    .isEmpty());
        REQUIRE(QFile::remove(dir.filePath(QStringLiteral("noprj.prj"))));
        auto r = VectorLayer::load(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("unknown_crs"));

        VectorLayerOptions o;
        o.crsOverride = QStringLiteral("EPSG:999999");
        auto wrong = VectorLayer::load(path, o);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == QLatin1String("unknown_crs"));

        o.crsOverride = QStringLiteral("EPSG:5186");
        auto fixed = VectorLayer::load(path, o);
        REQUIRE(fixed.ok());
        CHECK(std::abs(fixed.value()->extent().left() - referenceExtent().left()) < 0.01);
    }
}
