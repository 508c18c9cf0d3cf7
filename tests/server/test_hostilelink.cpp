// The outside sync test's hostile link (flaky proxy between devices and goodcity-server), replayed
// deterministically through test::FaultProxy: an answer cut short or lost is no answer — retried,
// never taken as data, and never a reason to forget what the server has acknowledged.
#include "faultproxy.h"
#include "fielddevice.h"
#include "serverfixture.h"

#include "../core/support/inventoryfixture.h"

#include "store/assetstore.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"
#include "sync/storeorigin.h"
#include "sync/syncclient.h"

#include <QJsonDocument>
#include <QFile>
#include <QJsonObject>
#include <QSysInfo>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;
using Fault = test::FaultProxy::Fault;

namespace {

// Retries without a pause: the proxy decides what fails, not a clock.
core::SyncTuning quickRetries()
{
    core::SyncTuning t;
    t.backoffFirstMs = 0;
    t.backoffMaxMs = 0;
    return t;
}

// A device that syncs through `url` (the proxy), logged in as `user`.
struct Device {
    Device(const QString &path, const QString &url, const QString &user, const QString &device)
    {
        auto s = core::AssetStore::create(path);
        REQUIRE(s.ok());
        store = std::move(*s);
        store->setIdentity(user, device);
        client = std::make_unique<core::SyncClient>(*store, QUrl(url), quickRetries());
        REQUIRE(client->login(user, QStringLiteral("correct horse 1")).ok());
    }
    core::SyncReport syncOk()
    {
        auto r = client->syncOnce();
        INFO((r ? QString() : r.error().message()).toStdString());
        REQUIRE(r.ok());
        return *r;
    }
    qint64 scalar(const QString &sql) const { return *core::StoreAccess::db(*store).scalarInt(sql); }
    qint64 acks() const { return scalar(QStringLiteral("SELECT count(*) FROM gc_sync")); }
    qint64 cursor() const { return scalar(QStringLiteral("SELECT coalesce(max(CAST(value AS INTEGER)), -1) FROM gc_meta WHERE key = 'sync.cursor'")); }

    std::unique_ptr<core::AssetStore> store;
    std::unique_ptr<core::SyncClient> client;
};

QString storeIdOf(test::LocalServer &server)
{
    return QJsonDocument::fromJson(server.request("GET", QStringLiteral("api/v1/health")).body).object().value(QStringLiteral("store_id")).toString();
}

} // namespace

TEST_CASE("meCutOnCopy: a /me answer cut after 35 body bytes is retried, never read as another store", "[sync][hostile]")
{
    test::LocalServer server(Kind::GeoPackage);
    test::FaultProxy proxy(server.port);
    QTemporaryDir dir;
    Device tab(dir.filePath(QStringLiteral("copy.gpkg")), proxy.url(), QStringLiteral("office1"), QStringLiteral("tab-1"));
    REQUIRE(tab.store->addAsset(test::InventoryFixture::bench(QStringLiteral("의자"))).ok());
    // The copy `goodcity-server init --from` would have made: it belongs to this server's store.
    REQUIRE(core::StoreOrigin::record(*tab.store, {storeIdOf(server), 0}).ok());
    proxy.fail("GET /api/v1/me", Fault::CutBody, 1, 35);
    tab.syncOk();
    CHECK(proxy.faultsDone() == 1);
    CHECK(core::SyncClient::state(*tab.store).lastError.isEmpty());

    SECTION("cut on every try: a network error, and the copy stays this store's")
    {
        proxy.fail("GET /api/v1/me", Fault::CutBody, quickRetries().attempts, 35);
        auto r = tab.client->syncOnce();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("network_cut"));
        CHECK_FALSE(r.error().message().contains(QStringLiteral("another server store")));
    }
}

TEST_CASE("meCutForgetsAcks: a cut /me answer leaves acknowledgements and the cursor as they were", "[sync][hostile]")
{
    test::LocalServer server(Kind::GeoPackage);
    test::FaultProxy proxy(server.port);
    QTemporaryDir dir;
    Device tab(dir.filePath(QStringLiteral("tab.gpkg")), proxy.url(), QStringLiteral("office1"), QStringLiteral("tab-1"));
    for (int i = 0; i < 5; ++i)
        REQUIRE(tab.store->addAsset(test::InventoryFixture::bench(QStringLiteral("의자 %1").arg(i))).ok());
    CHECK(tab.syncOk().pushedEvents == 5);
    const qint64 acks = tab.acks(), cursor = tab.cursor();
    REQUIRE(acks == 5);

    proxy.fail("GET /api/v1/me", Fault::CutBody, quickRetries().attempts, 35); // every try of this round
    auto r = tab.client->syncOnce();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QLatin1String("network_cut"));
    CHECK(tab.acks() == acks);
    CHECK(tab.cursor() == cursor);

    proxy.fail("GET /api/v1/me", Fault::CutBody, 1, 35); // one try of the next: retried within it
    const auto next = tab.syncOk();
    CHECK(next.pushedEvents == 0); // nothing sent again
    CHECK(next.pulledEvents == 0); // nothing pulled again
    CHECK(tab.acks() == acks);
    CHECK(tab.cursor() == cursor);
}

TEST_CASE("loginCut: a login answer cut mid-body is retried — cut on every try it is a network error", "[sync][hostile]")
{
    test::LocalServer server(Kind::GeoPackage);
    test::FaultProxy proxy(server.port);
    QTemporaryDir dir;
    auto store = core::AssetStore::create(dir.filePath(QStringLiteral("t.gpkg")));
    REQUIRE(store.ok());
    core::SyncClient client(**store, QUrl(proxy.url()), quickRetries());
    proxy.fail("POST /api/v1/login", Fault::CutBody, 1, 20);
    REQUIRE(client.login(QStringLiteral("office1"), QStringLiteral("correct horse 1")).ok());
    CHECK_FALSE(client.token().isEmpty());
    CHECK(client.syncOnce().ok());

    proxy.fail("POST /api/v1/login", Fault::CutBody, quickRetries().attempts, 20);
    auto again = client.login(QStringLiteral("office1"), QStringLiteral("correct horse 1"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QLatin1String("network_cut"));
}

TEST_CASE("pageCut: a pull page cut inside its JSON is retried, no event is skipped", "[sync][hostile]")
{
    test::LocalServer server(Kind::GeoPackage);
    test::FaultProxy proxy(server.port);
    QTemporaryDir dir;
    test::FieldDevice office(dir.filePath(QStringLiteral("a.gpkg")), server.url(), QStringLiteral("office1"), QStringLiteral("pc-1"));
    for (int i = 0; i < 8; ++i)
        office.addBench(QStringLiteral("의자 %1").arg(i));
    office.syncOk();
    Device tab(dir.filePath(QStringLiteral("b.gpkg")), proxy.url(), QStringLiteral("office2"), QStringLiteral("tab-2"));
    proxy.fail("GET /api/v1/events?after", Fault::CutBody, 1, 500);
    CHECK(tab.syncOk().pulledEvents == 8);
    CHECK(proxy.faultsDone() == 1);
    CHECK(tab.store->assetCount() == 8);
}

TEST_CASE("thumbCut: a thumbnail download cut short is fetched again, never set aside", "[sync][hostile][photo]")
{
    test::LocalServer server(Kind::GeoPackage);
    test::FaultProxy proxy(server.port);
    QTemporaryDir dir;
    test::FieldDevice office(dir.filePath(QStringLiteral("a.gpkg")), server.url(), QStringLiteral("office1"), QStringLiteral("pc-1"));
    REQUIRE(office.store->attachPhoto(office.addBench(QStringLiteral("독산3동 의자")), QStringLiteral("after"), test::jpegBytes()).ok());
    office.syncOk();
    Device tab(dir.filePath(QStringLiteral("b.gpkg")), proxy.url(), QStringLiteral("office2"), QStringLiteral("tab-2"));

    SECTION("cut once: the round's retry brings it")
    {
        proxy.fail("rendition=thumb", Fault::CutBody, 1, 100);
        const auto r = tab.syncOk();
        CHECK(r.setAside.isEmpty());
        CHECK(r.photosDown == 1);
    }
    SECTION("cut on every try: the round fails as a network error, and the next round fetches it")
    {
        proxy.fail("rendition=thumb", Fault::CutBody, quickRetries().attempts, 100);
        auto r = tab.client->syncOnce();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("network_cut"));
        const auto next = tab.syncOk();
        CHECK(next.setAside.isEmpty());
        CHECK(next.photosDown == 1);
    }
    CHECK(tab.scalar(QStringLiteral("SELECT count(*) FROM gc_sync_aside")) == 0);
}

TEST_CASE("pushAnswerLost: a retried push still reports the conflict its events caused", "[sync][hostile][conflict]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer server(kind);
    test::FaultProxy proxy(server.port);
    QTemporaryDir dir;
    test::FieldDevice a(dir.filePath(QStringLiteral("a.gpkg")), server.url(), QStringLiteral("office1"), QStringLiteral("pc-1"));
    const QString uuid = a.addBench(QStringLiteral("의자"));
    a.syncOk();
    Device b(dir.filePath(QStringLiteral("b.gpkg")), proxy.url(), QStringLiteral("office2"), QStringLiteral("pc-2"));
    b.syncOk();
    a.rename(uuid, QStringLiteral("A의 이름"));
    a.syncOk();
    REQUIRE(b.store->updateAsset(uuid, QJsonObject{{QStringLiteral("name"), QStringLiteral("B의 이름")}}).ok());
    proxy.fail("POST /api/v1/events", Fault::DropAnswer, 1);
    const auto r = b.syncOk();
    CHECK(proxy.faultsDone() == 1);
    CHECK(r.pushedEvents == 1);
    CHECK(r.conflicts == 1);
}

TEST_CASE("sameHostTwoTablets: two inventories of one login on machines of one host name are two devices", "[sync][conflict]")
{
    test::LocalServer server(Kind::GeoPackage);
    QTemporaryDir dir;
    // No device named: each stamps this machine's host name, as the app and goodcity-cli do.
    Device a(dir.filePath(QStringLiteral("a.gpkg")), server.url(), QStringLiteral("office1"), {});
    auto added = a.store->addAsset(test::InventoryFixture::bench(QStringLiteral("의자")));
    REQUIRE(added.ok());
    a.syncOk();
    Device b(dir.filePath(QStringLiteral("b.gpkg")), server.url(), QStringLiteral("office1"), {});
    b.syncOk();
    CHECK(a.store->device() != b.store->device());
    CHECK(a.store->device().startsWith(QSysInfo::machineHostName()));

    REQUIRE(a.store->updateAsset(added->uuid, QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}).ok());
    a.syncOk();
    REQUIRE(b.store->updateAsset(added->uuid, QJsonObject{{QStringLiteral("name"), QStringLiteral("B")}}).ok());
    CHECK(b.syncOk().conflicts == 1); // not taken for the same tablet's own later edit

    SECTION("a copy of a file is another device; the file reopened is the same one")
    {
        const QString device = a.store->device();
        a.client.reset();
        a.store.reset();
        REQUIRE(QFile::copy(dir.filePath(QStringLiteral("a.gpkg")), dir.filePath(QStringLiteral("c.gpkg"))));
        auto reopened = core::AssetStore::open(dir.filePath(QStringLiteral("a.gpkg")));
        REQUIRE(reopened.ok());
        CHECK((*reopened)->device() == device);
        auto copy = core::AssetStore::open(dir.filePath(QStringLiteral("c.gpkg")));
        REQUIRE(copy.ok());
        CHECK((*copy)->device() != device);
    }
}
