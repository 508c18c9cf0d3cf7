// W3.4: a tablet that starts from a copy of the inventory the server was made from (`goodcity-server
// init --from`) knows where it starts: its first sync sends only its own new events and the server
// flags no conflict for its ordinary work; a copy of another store is refused.
#include "fielddevice.h"
#include "serverfixture.h"
#include "serverprocess.h"

#include "field/fieldwork.h"
#include "store/assetstore.h"
#include "sync/storeorigin.h"
#include "sync/syncclient.h"

#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

// A distinct small JPEG per seed, so every replacement carries photos of its own.
QByteArray photoOf(int seed)
{
    QImage img(96, 64, QImage::Format_RGB32);
    img.fill(QColor::fromHsv((seed * 37) % 360, 180, 60 + (seed * 13) % 180));
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG");
    return bytes;
}

// The office's inventory, loaded into a new store with `init --from`; returns the inventory's path.
QString officeInventory(const QTemporaryDir &dir, const QString &name, int assets)
{
    const QString path = dir.filePath(name);
    test::demoInventory(path, QStringLiteral("office1"), QStringLiteral("office-pc"), assets);
    return path;
}

// `count` replacements on the first planned assets, each with a before and an after photo.
int replace(core::AssetStore &store, int count)
{
    auto assets = store.assets();
    REQUIRE(assets.ok());
    core::FieldWork work(store);
    int done = 0;
    for (const core::Asset &a : *assets) {
        if (done == count)
            break;
        if (a.status != QLatin1String("planned"))
            continue;
        core::Replacement r{.assetUuid = a.uuid, .beforePhoto = photoOf(2 * done), .afterPhotos = {photoOf(2 * done + 1)},
                            .method = QStringLiteral("plate"), .markCount = 1, .note = {}};
        auto ok = work.logReplacement(r);
        INFO((ok ? QString() : ok.error().message()).toStdString());
        REQUIRE(ok.ok());
        ++done;
    }
    return done;
}

qint64 eventCount(const core::AssetStore &store)
{
    auto events = store.events();
    REQUIRE(events.ok());
    return qint64(events->size());
}

} // namespace

TEST_CASE("copyOfServerInventoryFirstSync: 30 replacements push only their own events and flag no conflict", "[sync][copy]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    QTemporaryDir dir;
    const QString from = officeInventory(dir, QStringLiteral("geumcheon.gpkg"), 120);
    const QString store = kind == Kind::Postgres ? test::freshPgUrl() : dir.filePath(QStringLiteral("server.gpkg"));
    test::initStoreWithUsers(store, from);
    test::ServerProcess server;
    server.start(store);

    // The office hands a copy of its inventory to a new tablet.
    const QString tabletPath = dir.filePath(QStringLiteral("tablet.gpkg"));
    REQUIRE(QFile::copy(from, tabletPath));
    auto opened = core::AssetStore::open(tabletPath);
    REQUIRE(opened.ok());
    core::AssetStore &tablet = **opened;
    tablet.setIdentity(QStringLiteral("office2"), QStringLiteral("tab-new"));
    const auto origin = core::StoreOrigin::of(tablet);
    REQUIRE(origin.has_value());
    const qint64 history = eventCount(tablet);
    CHECK(origin->cursor == history);
    CHECK(*core::SyncClient::pendingCount(tablet) == 0); // the copy's history is the server's already

    REQUIRE(replace(tablet, 30) == 30);
    const qint64 own = eventCount(tablet) - history;
    REQUIRE(own >= 30);

    core::SyncClient client(tablet, QUrl(server.url()));
    int eventPosts = 0, pulls = 0;
    client.onRequest = [&](const QByteArray &method, const QString &path) {
        eventPosts += method == "POST" && path == QLatin1String("api/v1/events");
        pulls += method == "GET" && path.startsWith(QLatin1String("api/v1/events?"));
    };
    REQUIRE(client.login(QStringLiteral("office2"), QStringLiteral("correct horse 1")).ok());
    auto report = client.syncOnce();
    INFO((report ? QString() : report.error().message()).toStdString());
    REQUIRE(report.ok());
    CHECK(report->conflicts == 0);
    CHECK(report->pushedEvents == own); // only its new events, none of the history it was given
    CHECK(report->photosUp == 60);
    CHECK(report->pulledEvents == 0);  // nothing the server holds is new to it
    CHECK(eventPosts == 1);
    CHECK(pulls == 1);
    CHECK(report->pending == 0);

    // The server agrees: no conflict for the office to review, and the log holds history + own events once.
    const QString office = test::httpLogin(server.url(), QStringLiteral("office1"));
    const auto conflicts = test::httpRequest(server.url(), "GET", QStringLiteral("/api/v1/conflicts"), {}, office);
    REQUIRE(conflicts.status == 200);
    CHECK(QJsonDocument::fromJson(conflicts.body).object().value(QStringLiteral("conflicts")).toArray().isEmpty());
    const auto tail = test::httpRequest(server.url(), "GET", QStringLiteral("/api/v1/events?after=%1&limit=5000").arg(origin->cursor), {},
                                        office);
    REQUIRE(tail.status == 200);
    CHECK(QJsonDocument::fromJson(tail.body).object().value(QStringLiteral("events")).toArray().size() == own);
}

TEST_CASE("copyOfAnotherStoreRefused: a copy of one store's inventory never syncs with another store", "[sync][copy]")
{
    QTemporaryDir dir;
    const QString fromA = officeInventory(dir, QStringLiteral("geumcheon.gpkg"), 10);
    const QString fromB = officeInventory(dir, QStringLiteral("guro.gpkg"), 10);
    const QString storeA = dir.filePath(QStringLiteral("a-server.gpkg"));
    const QString storeB = dir.filePath(QStringLiteral("b-server.gpkg"));
    test::initStoreWithUsers(storeA, fromA);
    test::initStoreWithUsers(storeB, fromB);
    test::ServerProcess serverB;
    serverB.start(storeB);

    const QString tabletPath = dir.filePath(QStringLiteral("tablet.gpkg"));
    REQUIRE(QFile::copy(fromA, tabletPath));
    auto opened = core::AssetStore::open(tabletPath);
    REQUIRE(opened.ok());
    (*opened)->setIdentity(QStringLiteral("office2"), QStringLiteral("tab-new"));
    core::SyncClient client(**opened, QUrl(serverB.url()));
    int writes = 0;
    client.onRequest = [&](const QByteArray &method, const QString &) { writes += method == "POST" || method == "PUT"; };
    REQUIRE(client.login(QStringLiteral("office2"), QStringLiteral("correct horse 1")).ok());
    const int loginPosts = writes;
    auto report = client.syncOnce();
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == QLatin1String("other_store"));
    CHECK(report.error().message().contains(QStringLiteral("copy of another server store")));
    CHECK(report.error().message().contains(QStringLiteral("다른 서버 저장소")));
    CHECK(writes == loginPosts); // nothing of A's history was sent to B
}
