// geo/'s Qt-typed writers and readers (W3.6 item 1: the core libraries reach GDAL only through them):
// what FeatureWriter writes, TabularSource reads back cell for cell and point for point; PreparedArea
// answers as GDAL's own geometry does.
#include "featurewriter.h"
#include "preparedarea.h"
#include "tabularsource.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <ogr_geometry.h>

using gc::geo::FeatureWriter;
using gc::geo::PreparedArea;
using gc::geo::TabularSource;

namespace {

// Every row of the layer as TabularSource hands it over (all columns read).
std::vector<TabularSource::Row> readAll(const TabularSource &src, int layer, TabularSource::Columns &columns)
{
    columns = src.columns(layer, [](const QString &name) { return name; });
    std::vector<TabularSource::Row> out;
    REQUIRE(src.forEachRow(layer, columns, [&](const TabularSource::Row &row) -> gc::VoidResult {
                   out.push_back(row);
                   return gc::Ok{};
               }).ok());
    return out;
}

} // namespace

TEST_CASE("FeatureWriter's XLSX sheets read back through TabularSource by name, Korean headers and empty cells kept", "[geo][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.xlsx"));
    {
        FeatureWriter w;
        REQUIRE(FeatureWriter::hasDriver("XLSX"));
        REQUIRE(w.create(path, "XLSX"));
        const int sheet = w.addLayer({QStringLiteral("수요조사")});
        const int guide = w.addLayer({QStringLiteral("입력안내")});
        REQUIRE((sheet == 0 && guide == 1));
        REQUIRE(w.addColumns(sheet, {{QStringLiteral("코드")}, {QStringLiteral("부착수량"), FeatureWriter::Type::Integer},
                                     {QStringLiteral("X좌표"), FeatureWriter::Type::Real}}));
        REQUIRE(w.addColumns(guide, {{QStringLiteral("열")}}));
        REQUIRE(w.write(sheet, {QStringLiteral("GC-SIGN-000001"), 3, 191000.25}));
        REQUIRE(w.write(sheet, {QVariant(), 2, QVariant()})); // a new facility: no code, no place
        REQUIRE(w.write(guide, {QStringLiteral("코드")}));
        w.close();
    }
    auto src = TabularSource::open(path);
    REQUIRE(src.ok());
    const auto layer = src->layerIndex(QStringLiteral("수요조사"));
    REQUIRE(layer);
    CHECK(src->layerName(*layer) == QStringLiteral("수요조사"));
    CHECK_FALSE(src->layerIndex(QStringLiteral("없는 시트")));
    CHECK(src->rowCount(*layer) == 2);
    TabularSource::Columns columns;
    const auto rows = readAll(*src, *layer, columns);
    CHECK(columns.names == QStringList{QStringLiteral("코드"), QStringLiteral("부착수량"), QStringLiteral("X좌표")});
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].cells == QStringList{QStringLiteral("GC-SIGN-000001"), QStringLiteral("3"), QStringLiteral("191000.25")});
    CHECK(rows[1].cells == QStringList{QString(), QStringLiteral("2"), QString()});
    CHECK_FALSE(rows[0].point);
    CHECK_FALSE(src->transformFrom(*layer, QStringLiteral("EPSG:5186"))); // a sheet names no CRS
}

TEST_CASE("FeatureWriter's GeoPackage points come back as points in their CRS, with a transform from it", "[geo][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("points.gpkg"));
    {
        FeatureWriter w;
        REQUIRE(w.create(path, "GPKG"));
        const int layer = w.addLayer({QStringLiteral("assets"), 5186, {{"DESCRIPTION", "test"}}});
        REQUIRE(layer == 0);
        REQUIRE(w.addColumns(layer, {{QStringLiteral("uuid")}}));
        w.begin();
        REQUIRE(w.write(layer, {QStringLiteral("a")}, QPointF(191000.5, 442000.25)));
        REQUIRE(w.write(layer, {QStringLiteral("b")})); // no place
        REQUIRE(w.commit());
        w.close();
        CHECK(w.messages().isEmpty());
    }
    auto src = TabularSource::open(path);
    REQUIRE(src.ok());
    TabularSource::Columns columns;
    const auto rows = readAll(*src, 0, columns);
    REQUIRE(rows.size() == 2);
    REQUIRE(rows[0].point);
    CHECK(rows[0].point->x() == 191000.5);
    CHECK(rows[0].point->y() == 442000.25);
    CHECK_FALSE(rows[1].point);
    auto toKorea = src->transformFrom(0, QStringLiteral("EPSG:5186"));
    REQUIRE(toKorea);
    REQUIRE(toKorea->ok());
    CHECK((*toKorea)->isIdentity());
}

TEST_CASE("FeatureWriter reports GDAL's own words when it cannot create the file", "[geo][writer]")
{
    FeatureWriter w;
    CHECK_FALSE(w.create(QStringLiteral("/nonexistent-folder/x.gpkg"), "GPKG"));
    CHECK_FALSE(w.lastMessage().isEmpty());
    CHECK_FALSE(FeatureWriter::hasDriver("NoSuchDriver"));
}

TEST_CASE("PreparedArea answers point-in-area, distance and rings as GDAL's geometry does, holes included", "[geo][area]")
{
    // A 100 m square with a 20 m hole, as ISO WKB.
    OGRPolygon square;
    OGRLinearRing outer, hole;
    for (auto [x, y] : {std::pair{0.0, 0.0}, {100.0, 0.0}, {100.0, 100.0}, {0.0, 100.0}, {0.0, 0.0}})
        outer.addPoint(x, y);
    for (auto [x, y] : {std::pair{40.0, 40.0}, {60.0, 40.0}, {60.0, 60.0}, {40.0, 60.0}, {40.0, 40.0}})
        hole.addPoint(x, y);
    square.addRing(&outer);
    square.addRing(&hole);
    QByteArray wkb(square.WkbSize(), '\0');
    square.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);

    const auto area = PreparedArea::fromWkb(wkb);
    REQUIRE(area);
    CHECK(area->contains(10, 10));
    CHECK_FALSE(area->contains(50, 50)); // in the hole
    CHECK_FALSE(area->contains(150, 50));
    CHECK(area->distance(150, 50) == Approx(50));
    CHECK(area->envelope().maxX == 100);
    CHECK(area->envelope().covers(105, 50, 10));
    CHECK_FALSE(area->envelope().covers(105, 50));
    PreparedArea::Envelope env;
    const auto rings = PreparedArea::rings(wkb, &env);
    REQUIRE(rings);
    REQUIRE(rings->size() == 2);
    CHECK(rings->at(1).front() == QPointF(40, 40));
    CHECK(env.minY == 0);
    CHECK_FALSE(PreparedArea::fromWkb(QByteArray("not wkb")));
    CHECK_FALSE(PreparedArea::rings(QByteArray()));
}
