#include "crstransform.h"

#include <catch2/catch.hpp>

#include <ogr_geometry.h>

#include <cmath>

using gc::geo::CrsTransform;

namespace {
// 금천구청 (Geumcheon-gu office), WGS 84.
constexpr double kLon = 126.8955, kLat = 37.4568;

double metresBetweenLonLat(double lon1, double lat1, double lon2, double lat2)
{
    const double k = M_PI / 180.0, R = 6371008.8;
    const double dx = (lon2 - lon1) * k * std::cos(lat1 * k) * R, dy = (lat2 - lat1) * k * R;
    return std::hypot(dx, dy);
}
} // namespace

TEST_CASE("EPSG:5186 origin is where the projection says", "[crs]")
{
    // Korea 2000 / Central Belt 2010: lon 127°, lat 38° maps to the false origin (200000, 600000).
    auto t = CrsTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5186"));
    REQUIRE(t.ok());
    double x = 127.0, y = 38.0;
    REQUIRE(t->transform(x, y));
    CHECK(x == Approx(200000.0).margin(0.001));
    CHECK(y == Approx(600000.0).margin(0.001));
}

TEST_CASE("A Geumcheon point survives EPSG:5186 <-> 4326 within 1 cm", "[crs]")
{
    auto fwd = CrsTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5186"));
    auto back = CrsTransform::create(QStringLiteral("EPSG:5186"), QStringLiteral("EPSG:4326"));
    REQUIRE(fwd.ok());
    REQUIRE(back.ok());
    double x = kLon, y = kLat;
    REQUIRE(fwd->transform(x, y));
    // West of 127° and south of 38°, about 9.2 km west and 60 km south of the origin (x/y order, not lat/lon).
    CHECK(x == Approx(190754.22).margin(0.05));
    CHECK(y == Approx(539714.63).margin(0.05));
    double lon = x, lat = y;
    REQUIRE(back->transform(lon, lat));
    CHECK(metresBetweenLonLat(kLon, kLat, lon, lat) < 0.01);

    // And from the projected side: 5186 -> 4326 -> 5186.
    double px = 190000.0, py = 540000.0;
    REQUIRE(back->transform(px, py));
    REQUIRE(fwd->transform(px, py));
    CHECK(std::hypot(px - 190000.0, py - 540000.0) < 0.01);
}

TEST_CASE("Korean CRSs and Web Mercator reach the map CRS", "[crs]")
{
    auto from4326 = CrsTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5186"));
    REQUIRE(from4326.ok());
    double refX = kLon, refY = kLat;
    REQUIRE(from4326->transform(refX, refY));
    for (const char *crs : {"EPSG:5179", "EPSG:5174", "EPSG:3857", "EPSG:5186"}) {
        INFO(crs);
        auto to = CrsTransform::create(QStringLiteral("EPSG:4326"), QString::fromLatin1(crs));
        auto toMap = CrsTransform::create(QString::fromLatin1(crs), QStringLiteral("EPSG:5186"));
        REQUIRE(to.ok());
        REQUIRE(toMap.ok());
        double x = kLon, y = kLat;
        REQUIRE(to->transform(x, y));
        REQUIRE(toMap->transform(x, y));
        // 5174 (Bessel, Tokyo datum) goes through a 7-parameter shift: within a metre of the direct path.
        CHECK(std::hypot(x - refX, y - refY) < 1.0);
    }
}

TEST_CASE("An unknown CRS is an error that names it", "[crs]")
{
    auto t = CrsTransform::create(QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:5186"));
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().code == QLatin1String("unknown_crs"));
    CHECK(t.error().message().contains(QLatin1String("EPSG:999999")));
    CHECK_FALSE(CrsTransform::validate(QStringLiteral("not a crs")).ok());
    CHECK(CrsTransform::validate(QStringLiteral("EPSG:5179")).ok());
}

TEST_CASE("A geometry is reprojected in place, and the source CRS is named by its code", "[crs]")
{
    auto t = CrsTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5186"));
    REQUIRE(t.ok());
    CHECK(t->sourceCrs() == QLatin1String("EPSG:4326"));
    OGRLinearRing ring;
    ring.addPoint(127.0, 38.0);
    ring.addPoint(kLon, kLat);
    ring.addPoint(127.0, kLat);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    REQUIRE(t->transform(polygon));
    const OGRLinearRing *out = polygon.getExteriorRing();
    CHECK(out->getX(0) == Approx(200000.0).margin(0.001));
    CHECK(out->getY(0) == Approx(600000.0).margin(0.001));
    CHECK(out->getX(1) == Approx(190754.22).margin(0.05));
    CHECK(out->getY(1) == Approx(539714.63).margin(0.05));

    auto same = CrsTransform::create(QStringLiteral("EPSG:5186"), QStringLiteral("EPSG:5186"));
    REQUIRE(same.ok());
    CHECK(same->isIdentity());
    OGRPoint p(191604.6, 541809.5);
    REQUIRE(same->transform(p));
    CHECK(p.getX() == 191604.6);
}
