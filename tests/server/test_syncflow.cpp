// Two inventories syncing through goodcity-server on PostgreSQL, as two devices would.
#include "fielddevice.h"
#include "serverfixture.h"

#include "store/assetstore.h"
#include "demo/demogenerator.h"
#include "office/conflictresolution.h"
#include "photofiles/photostore.h"
#include "sync/syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <catch2/catch.hpp>

#include <set>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

std::unique_ptr<core::AssetStore> replica(const QString &path, const QString &user, const QString &device, qint64 demoAssets)
{
    auto s = core::AssetStore::create(path);
    REQUIRE(s.ok());
    (*s)->setIdentity(user, device);
    if (demoAssets > 0) {
        core::DemoGenerator::Options o;
        o.assets = demoAssets;
        o.history = false;
        REQUIRE(core::DemoGenerator::fill(**s, o).ok());
    }
    return std::move(*s);
}

core::SyncReport syncOk(core::SyncClient &c)
{
    auto r = c.syncOnce();
    INFO((r ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

std::set<QString> eventIds(const core::AssetStore &s)
{
    std::set<QString> ids;
    const auto events = s.events();
    REQUIRE(events.ok());
    for (const auto &e : *events)
        ids.insert(e.id);
    return ids;
}

} // namespace

TEST_CASE("two replicas converge after concurrent edits and the office sees the conflict", "[sync]")
{
    test::LocalServer server(Kind::Postgres);
    QTemporaryDir dir;
    auto a = replica(dir.filePath(QStringLiteral("a.gpkg")), QStringLiteral("office1"), QStringLiteral("dev-a"), 20);
    auto b = replica(dir.filePath(QStringLiteral("b.gpkg")), QStringLiteral("office2"), QStringLiteral("dev-b"), 0);
    core::SyncClient ca(*a, QUrl(server.url()));
    core::SyncClient cb(*b, QUrl(server.url()));
    REQUIRE(ca.login(QStringLiteral("office1"), QStringLiteral("correct horse 1")).ok());
    REQUIRE(cb.login(QStringLiteral("office2"), QStringLiteral("correct horse 1")).ok());

    CHECK(*core::SyncClient::pendingCount(*a) == 20);
    auto first = syncOk(ca);
    CHECK(first.pushedEvents == 20);
    CHECK(first.pending == 0);
    auto pulled = syncOk(cb);
    CHECK(pulled.pulledEvents == 20);
    CHECK(pulled.pushedEvents == 0); // what it pulled is never pushed back
    REQUIRE(b->assetCount() == 20);

    // Both edit the same asset before seeing each other's edit; A also attaches a photo.
    const QString uuid = (*a->assets()).front().uuid;
    REQUIRE(a->updateAsset(uuid, QJsonObject{{QStringLiteral("name"), QStringLiteral("A가 고친 이름")}}).ok());
    const QByteArray photo = test::jpegBytes();
    REQUIRE(a->attachPhoto(uuid, QStringLiteral("after"), photo).ok());
    REQUIRE(b->updateAsset(uuid, QJsonObject{{QStringLiteral("name"), QStringLiteral("B가 고친 이름")},
                                             {QStringLiteral("notes"), QStringLiteral("B")}}).ok());
    auto ra = syncOk(ca);
    CHECK(ra.photosUp == 1);
    CHECK(ra.conflicts == 0);
    auto rb = syncOk(cb);
    CHECK(rb.conflicts == 1);
    CHECK(rb.photosDown == 1);
    syncOk(ca);

    // Same log, same tables, on both devices and on the server.
    CHECK(eventIds(*a) == eventIds(*b));
    CHECK(*server.store->eventCount() == qint64(eventIds(*a).size()));
    const auto assetA = a->asset(uuid);
    const auto assetB = b->asset(uuid);
    REQUIRE(assetA);
    REQUIRE(assetB);
    CHECK(*assetA == *assetB);
    CHECK(assetA->notes == QStringLiteral("B"));
    // Both edits stay in the history; the later clock stamp decides the field both changed.
    int nameEdits = 0;
    QString lastName;
    const auto history = a->events(uuid);
    REQUIRE(history.ok());
    for (const auto &e : *history) {
        if (e.payload.contains(QStringLiteral("name")) && e.kind == QStringLiteral("asset.updated")) {
            ++nameEdits;
            lastName = e.payload.value(QStringLiteral("name")).toString();
        }
    }
    CHECK(nameEdits == 2);
    CHECK(assetA->name == lastName);
    CHECK(test::pgScalar(server.storeArg, QStringLiteral("SELECT fields->>'name' FROM assets WHERE uuid = '%1'").arg(uuid)) == lastName);
    CHECK(test::pgScalar(server.storeArg, QStringLiteral("SELECT conflict FROM assets WHERE uuid = '%1'").arg(uuid)) == QStringLiteral("t"));
    CHECK(test::pgScalar(server.storeArg, QStringLiteral("SELECT ST_SRID(geom) FROM assets WHERE uuid = '%1'").arg(uuid)) == QStringLiteral("5186"));
    // The office device synced the photo's thumbnail (W3.4); opening it brings the original byte for byte.
    REQUIRE((*b->photos(uuid)).size() == 1);
    const QString sha = (*b->photos(uuid)).front().sha256;
    CHECK(core::PhotoCache(*b).local(sha, core::Rendition::Thumb).has_value());
    CHECK_FALSE(core::PhotoCache(*b).local(sha, core::Rendition::Original).has_value());
    auto shown = cb.openPhoto(sha, core::Rendition::Original);
    REQUIRE(shown.ok());
    CHECK_FALSE(shown->fallback);
    QFile f(shown->path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == photo);

    // The office reads the flagged pair; a crew may not.
    const auto office = server.request("GET", QStringLiteral("api/v1/conflicts"), {}, server.login(QStringLiteral("office1")));
    REQUIRE(office.status == 200);
    const auto list = QJsonDocument::fromJson(office.body).object().value(QStringLiteral("conflicts")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("asset_uuid")).toString() == uuid);
    CHECK(server.request("GET", QStringLiteral("api/v1/conflicts"), {}, server.login(QStringLiteral("crew1"))).status == 403);

    // A further round changes nothing anywhere.
    const auto before = *server.store->eventCount();
    auto idle = syncOk(ca);
    CHECK(idle.pushedEvents == 0);
    CHECK(idle.pulledEvents == 0);
    CHECK(*server.store->eventCount() == before);
}

TEST_CASE("a failed push keeps every change pending and says so and the next round sends them", "[sync]")
{
    QTemporaryDir dir;
    auto a = replica(dir.filePath(QStringLiteral("a.gpkg")), QStringLiteral("office1"), QStringLiteral("dev-a"), 5);
    core::SyncTuning fast;
    fast.attempts = 2;
    fast.backoffFirstMs = 10;
    test::LocalServer server(Kind::GeoPackage);
    const quint16 port = server.port;
    core::SyncClient client(*a, QUrl(server.url()), fast);
    REQUIRE(client.login(QStringLiteral("office1"), QStringLiteral("correct horse 1")).ok());

    server.http.reset(); // the server goes away (the office PC was switched off)
    auto failed = client.syncOnce();
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == QStringLiteral("network"));
    CHECK(failed.error().message().contains(QStringLiteral("연결할 수 없습니다")));
    CHECK(failed.error().message().contains(QStringLiteral("cannot reach the server")));
    CHECK(*core::SyncClient::pendingCount(*a) == 5);
    CHECK(core::SyncClient::state(*a).lastError == failed.error().message());
    CHECK(*server.store->eventCount() == 0);

    server.http = std::make_unique<server::HttpFrontend>(*server.api);
    REQUIRE(server.http->listen(QHostAddress::LocalHost, port).ok());
    auto ok = syncOk(client);
    CHECK(ok.pushedEvents == 5);
    CHECK(*core::SyncClient::pendingCount(*a) == 0);
    const auto st = core::SyncClient::state(*a);
    CHECK(st.lastError.isEmpty());
    CHECK_FALSE(st.lastOkAt.isEmpty());
    CHECK(*server.store->eventCount() == 5);
}

TEST_CASE("the office keeps the earlier of two conflicting edits: every device shows it and the server lists the conflict no more", "[sync][conflict]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer server(kind);
    QTemporaryDir dir;
    auto a = replica(dir.filePath(QStringLiteral("a.gpkg")), QStringLiteral("office1"), QStringLiteral("dev-a"), 5);
    auto b = replica(dir.filePath(QStringLiteral("b.gpkg")), QStringLiteral("office2"), QStringLiteral("dev-b"), 0);
    core::SyncClient ca(*a, QUrl(server.url()));
    core::SyncClient cb(*b, QUrl(server.url()));
    REQUIRE(ca.login(QStringLiteral("office1"), QStringLiteral("correct horse 1")).ok());
    REQUIRE(cb.login(QStringLiteral("office2"), QStringLiteral("correct horse 1")).ok());
    syncOk(ca);
    syncOk(cb);
    const QString uuid = (*a->assets()).front().uuid;
    REQUIRE(a->updateAsset(uuid, QJsonObject{{QStringLiteral("notes"), QStringLiteral("정문 쪽 기둥")}}).ok());
    QThread::msleep(20); // b's edit is the later one by the clock (in one millisecond the device name would decide)
    REQUIRE(b->updateAsset(uuid, QJsonObject{{QStringLiteral("notes"), QStringLiteral("후문 쪽 기둥")}}).ok());
    syncOk(ca);
    CHECK(syncOk(cb).conflicts == 1);
    syncOk(ca);
    REQUIRE(a->asset(uuid)->notes == QStringLiteral("후문 쪽 기둥")); // the later stamp shows

    auto listed = ca.conflicts();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const core::ServerConflict &c = listed->front();
    CHECK(c.assetUuid == uuid);
    const core::EditConflict pair{c.assetUuid, c.eventId, c.otherEventId, c.detectedAt};
    auto sides = core::ConflictResolver(*a).sides(pair);
    REQUIRE(sides.ok());
    REQUIRE(sides->edit);
    REQUIRE(sides->other);
    // The edit b's push was flagged against: a's note.
    REQUIRE(sides->other->payload.value(QStringLiteral("notes")).toString() == QStringLiteral("정문 쪽 기둥"));
    REQUIRE(core::ConflictResolver(*a).keep(pair, c.otherEventId).ok());
    CHECK(a->asset(uuid)->notes == QStringLiteral("정문 쪽 기둥"));

    syncOk(ca);
    syncOk(cb);
    CHECK(b->asset(uuid)->notes == QStringLiteral("정문 쪽 기둥"));
    CHECK(eventIds(*a) == eventIds(*b));
    auto after = ca.conflicts();
    REQUIRE(after.ok());
    CHECK(after->empty());

    // Only the office settles conflicts: a crew neither lists them nor writes conflict.resolved.
    const QString crew = server.login(QStringLiteral("crew1"));
    CHECK(server.request("GET", QStringLiteral("api/v1/conflicts"), {}, crew).status == 403);
    const QJsonObject forged = test::event(QStringLiteral("crew1"), QStringLiteral("conflict.resolved"),
                                           {{QStringLiteral("event_id"), c.eventId}, {QStringLiteral("other_event_id"), c.otherEventId},
                                            {QStringLiteral("kept"), c.eventId}},
                                           uuid);
    CHECK(server.request("POST", QStringLiteral("api/v1/events"), test::batch({forged}), crew).status == 403);
}
