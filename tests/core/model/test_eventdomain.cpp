// The bounds of the one definition (model/eventdomain.h) that the outside pass of 8 December 2026 found
// missing: a place of 1e308 made every tablet's file "damaged" (A1), a category "nuke", a photo slot
// "../../x", an event time "not a time" and an asset_uuid "../../etc/passwd" were taken (C3), and a
// whole number out of range was called "not a whole number" (C4).
#include "inventoryfixture.h"
#include "model/eventdomain.h"
#include "model/eventjson.h"
#include "model/eventkinds.h"
#include "model/payloads.h"
#include "store/districtdata.h"
#include "store/inventoryverifier.h"

#include <QJsonDocument>

#include <limits>

using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

QJsonObject wire(const QString &kind, const QJsonObject &payload, const QString &assetUuid = QStringLiteral("0190a000-0000-7000-8000-0000000000aa"))
{
    return eventjson::toJson(Event{QStringLiteral("0190a000-0000-7000-8000-000000000001"), QStringLiteral("001713500000000-000000000-dev"),
                                   QStringLiteral("2024-04-19T09:00:00Z"), QStringLiteral("office"), QStringLiteral("dev"), kind, assetUuid,
                                   payload});
}

QString refusal(const QJsonObject &o)
{
    auto e = eventjson::fromJson(o);
    return e ? QString() : e.error().message(gc::Lang::English);
}

QJsonObject created(double x, double y)
{
    return QJsonObject{{QStringLiteral("code"), QStringLiteral("GC-SIGN-800001")}, {QStringLiteral("category"), QStringLiteral("sign")},
                       {QStringLiteral("status"), QStringLiteral("planned")},     {QStringLiteral("x"), x},
                       {QStringLiteral("y"), y}};
}

} // namespace

TEST_CASE("the district envelope the events are held to covers every dong of the compiled-in data, with its margin", "[events][domain]")
{
    auto dongs = DistrictData::dongs();
    REQUIRE(dongs.ok());
    REQUIRE(dongs->size() == 10);
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (const auto &d : *dongs) {
        minX = std::min(minX, d.env.minX);
        minY = std::min(minY, d.env.minY);
        maxX = std::max(maxX, d.env.maxX);
        maxY = std::max(maxY, d.env.maxY);
    }
    // The outline is the data's envelope (to a metre), so the margin is what it says.
    CHECK(std::abs(minX - district::kOutline.minX) < 1.0);
    CHECK(std::abs(minY - district::kOutline.minY) < 1.0);
    CHECK(std::abs(maxX - district::kOutline.maxX) < 1.0);
    CHECK(std::abs(maxY - district::kOutline.maxY) < 1.0);
    CHECK(district::containsPlace(InventoryFixture::bench().x, InventoryFixture::bench().y));
    CHECK(district::containsPlace(minX - 1500, maxY + 1500));
    CHECK_FALSE(district::containsPlace(minX - 2500, minY));
    CHECK_FALSE(district::containsPlace(200000.0, 550000.0)); // what adopt refuses as outside the gu
    CHECK_FALSE(district::containsPlace(1e308, 541809.5));
    CHECK_FALSE(district::containsPlace(std::nan(""), 541809.5));
    CHECK_FALSE(district::containsPlace(126.9, 37.45)); // longitude and latitude, not EPSG:5186
    // What the fold takes from a log, whoever wrote it: any point a map can hold, never 1e308 or NaN.
    CHECK(district::fitsIndex(10.5, 20.5));
    CHECK_FALSE(district::fitsIndex(1e308, 541809.5));
    CHECK_FALSE(district::fitsIndex(191604.6, -std::numeric_limits<double>::infinity()));
}

TEST_CASE("the outside pass's values are refused naming the field, on the server's parse as on the device", "[events][domain]")
{
    const QString created = QLatin1String(EventKind::AssetCreated);
    CHECK(refusal(wire(created, ::created(191034.0, 541775.0))).isEmpty());
    CHECK(refusal(wire(created, ::created(1e308, 541775.0))).contains(QStringLiteral("'payload.x' lies outside Geumcheon-gu")));
    CHECK(refusal(wire(created, ::created(191034.0, -5.0))).contains(QStringLiteral("'payload.y' lies outside Geumcheon-gu")));
    QJsonObject nuke = ::created(191034.0, 541775.0);
    nuke.insert(QStringLiteral("category"), QStringLiteral("nuke"));
    CHECK(refusal(wire(created, nuke)).contains(QStringLiteral("'payload.category' must be one of:")));
    const QString proposed = QLatin1String(EventKind::PlaceProposed);
    const QJsonObject place{{QStringLiteral("proposal_id"), QStringLiteral("p1")}, {QStringLiteral("category"), QStringLiteral("nuke")},
                            {QStringLiteral("x"), 1e308}, {QStringLiteral("y"), -1e308}};
    CHECK(refusal(wire(proposed, place, {})).contains(QStringLiteral("'payload.category'")));

    const QString status = QLatin1String(EventKind::AssetStatus);
    for (const char *bogus : {"pwned", "", "VERIFIED", "installed "})
        CHECK(refusal(wire(status, {{QStringLiteral("status"), QLatin1String(bogus)}})).contains(QStringLiteral("'payload.status' must be one of")));

    const QString photo = QLatin1String(EventKind::PhotoAdded);
    const QString sha(64, QLatin1Char('a'));
    const auto photoWith = [&](const char *key, const QJsonValue &v) {
        return refusal(wire(photo, {{QStringLiteral("sha256"), sha}, {QLatin1String(key), v}}));
    };
    CHECK(photoWith("slot", QStringLiteral("after2")).isEmpty());
    CHECK(photoWith("slot", QStringLiteral("../../x")).contains(QStringLiteral("'payload.slot' must be one of")));
    CHECK(photoWith("verdict", QStringLiteral("pwned")).contains(QStringLiteral("'payload.verdict' must be one of")));
    CHECK(photoWith("mime", QStringLiteral("text/html")).contains(QStringLiteral("'payload.mime' must be one of")));
    CHECK(photoWith("source", QStringLiteral("evil")).contains(QStringLiteral("'payload.source' must be one of")));
    CHECK(photoWith("lat", 1e308).contains(QStringLiteral("'payload.lat' is out of range (-90 to 90)")));
    CHECK(photoWith("lon", -1e308).contains(QStringLiteral("'payload.lon' is out of range (-180 to 180)")));
    CHECK(photoWith("width", -1).contains(QStringLiteral("'payload.width' is out of range")));
    // C4: a whole number too large is out of range, not "not a whole number".
    const QString huge = photoWith("height", 1e18);
    CHECK(huge.contains(QStringLiteral("'payload.height' is out of range")));
    CHECK_FALSE(huge.contains(QStringLiteral("whole number")));
    CHECK(photoWith("height", 1.5).contains(QStringLiteral("'payload.height' must be a whole number")));
}

TEST_CASE("an event's time must be a plausible date-time and an asset event must name its asset by a UUID", "[events][domain]")
{
    const QJsonObject planned{{QStringLiteral("status"), QStringLiteral("planned")}};
    QJsonObject o = wire(QLatin1String(EventKind::AssetStatus), planned);
    CHECK(refusal(o).isEmpty());
    for (const char *time : {"not a time", "9999-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z"}) {
        o.insert(QStringLiteral("time"), QLatin1String(time));
        CHECK(refusal(o).contains(QStringLiteral("field 'time' is not valid")));
    }
    o.insert(QStringLiteral("time"), QStringLiteral("2026-12-08T01:00:00.000Z"));
    CHECK(refusal(o).isEmpty());
    for (const QJsonValue &uuid : {QJsonValue(QStringLiteral("../../etc/passwd")), QJsonValue()}) {
        o.insert(QStringLiteral("asset_uuid"), uuid);
        CHECK(refusal(o).contains(QStringLiteral("field 'asset_uuid' is not valid")));
    }
}

TEST_CASE("a place outside the district already in a log never reaches the spatial index", "[events][domain][store]")
{
    // A log written before the check: the event is there as the old server took it. A merge refuses it
    // (a pull sets it aside saying why), and a rebuild that replays it keeps the asset where it was.
    InventoryFixture fx;
    auto a = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(a.ok());
    Event bad{QStringLiteral("0190a000-0000-7000-8000-0000000000b1"), QStringLiteral("999999000000000-000000000-atk"),
              QStringLiteral("2026-12-08T01:00:00Z"), QStringLiteral("office"), QStringLiteral("atk"), QLatin1String(EventKind::AssetUpdated),
              a->uuid, QJsonObject{{QStringLiteral("x"), 1e308}, {QStringLiteral("y"), 541775.0}}};
    auto merged = fx.store->merge({bad});
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().message(gc::Lang::English).contains(QStringLiteral("is no point a map can hold; not applied")));
    CHECK(fx.store->asset(a->uuid)->x == a->x);

    Asset state = *a;
    bool exists = true;
    reducer::apply(state, exists, bad);
    CHECK(state.x == a->x);
    CHECK(state.hasLocation);
    CHECK(InventoryVerifier::run(*fx.store).ok());
}
