// W3.4: each device receives the photos its role needs. A crew tablet keeps the thumbnail and preview
// of the before photos of its own assets and nothing of another crew's; the office keeps thumbnails
// and opens originals on demand into a bounded cache; offline it shows the thumbnail and says so.
#include "fielddevice.h"
#include "serverfixture.h"

#include "credentials.h"
#include "photofiles/photostore.h"
#include "sync/photocache.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;
using core::Rendition;

namespace {

// A camera-sized photo of its own per seed (stripes, so it does not shrink to nothing as a JPEG).
QByteArray cameraPhoto(int seed)
{
    QImage img(1800, 1350, QImage::Format_RGB32);
    QPainter p(&img);
    for (int x = 0; x < img.width(); x += 30)
        p.fillRect(x, 0, 15, img.height(), QColor::fromHsv((seed * 53 + x) % 360, 200, 220));
    p.end();
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG", 92);
    return bytes;
}

QString sha(const QByteArray &b) { return core::PhotoStore::sha256Of(b); }

// Two crews' assets with before photos, the office's own after photo on the first, all on the server.
struct TwoCrews {
    test::LocalServer server{Kind::GeoPackage};
    QTemporaryDir dir;
    QString assetOf1, assetOf2;
    QByteArray before1 = cameraPhoto(1), before2 = cameraPhoto(2), after1 = cameraPhoto(3);

    TwoCrews()
    {
        const auto hash = server::Credentials::hashPassword(QStringLiteral("correct horse 1"));
        REQUIRE(hash.ok());
        REQUIRE(server.store->addUser(server::User{QStringLiteral("crew2"), server::Role::Crew, {}, *hash}).ok());
        const QString office = server.login(QStringLiteral("office1"));
        assetOf1 = server.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
        assetOf2 = server.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew2"));
        test::FieldDevice tab(dir.filePath(QStringLiteral("office-tab.gpkg")), server.url(), QStringLiteral("office1"), QStringLiteral("office-tab"));
        tab.syncOk();
        REQUIRE(tab.store->attachPhoto(assetOf1, QStringLiteral("before"), before1).ok());
        REQUIRE(tab.store->attachPhoto(assetOf2, QStringLiteral("before"), before2).ok());
        REQUIRE(tab.store->attachPhoto(assetOf1, QStringLiteral("after"), after1).ok());
        REQUIRE(tab.syncOk().photosUp == 3);
    }
};

} // namespace

TEST_CASE("crewReceivesNoPhotoOfAnotherCrew: a crew tablet keeps thumb + preview of its own assets' before photos only", "[sync][photos]")
{
    TwoCrews two;
    test::FieldDevice crew(two.dir.filePath(QStringLiteral("crew1.gpkg")), two.server.url(), QStringLiteral("crew1"), QStringLiteral("crew1-tab"));
    QStringList photoGets;
    crew.client->onRequest = [&](const QByteArray &method, const QString &path) {
        if (method == "GET" && path.startsWith(QLatin1String("api/v1/photos/")))
            photoGets << path;
    };
    const core::SyncReport r = crew.syncOk();
    CHECK(crew.store->assetCount() == 2); // events for everything
    CHECK(r.photosDown == 2);
    const core::PhotoCache cache(*crew.store);
    CHECK(cache.local(sha(two.before1), Rendition::Thumb).has_value());
    CHECK(cache.local(sha(two.before1), Rendition::Preview).has_value());
    CHECK_FALSE(cache.local(sha(two.before1), Rendition::Original).has_value());
    for (Rendition rd : {Rendition::Thumb, Rendition::Preview, Rendition::Original}) {
        CHECK_FALSE(cache.local(sha(two.before2), rd).has_value()); // another crew's asset
        CHECK_FALSE(cache.local(sha(two.after1), rd).has_value());  // not a before photo
    }
    for (const QString &path : photoGets) {
        CHECK_FALSE(path.contains(sha(two.before2)));
        CHECK_FALSE(path.contains(QLatin1String("rendition=original")));
    }
    CHECK(r.photoBytesDown < (two.before1.size() + two.before2.size() + two.after1.size()) / 2);
    CHECK(r.pending == 0); // others' photos are never this tablet's to send
    CHECK(crew.syncOk().photosDown == 0); // kept: not fetched again
}

TEST_CASE("officeCacheBoundHolds: originals opened on demand are evicted least recently used, own photos never", "[sync][photos]")
{
    TwoCrews two;
    test::FieldDevice office(two.dir.filePath(QStringLiteral("office2.gpkg")), two.server.url(), QStringLiteral("office2"), QStringLiteral("office2-pc"));
    const core::SyncReport r = office.syncOk();
    CHECK(r.photosDown == 3); // every thumbnail, nothing larger
    core::PhotoCache cache(*office.store);
    for (const QByteArray &p : {two.before1, two.before2, two.after1}) {
        CHECK(cache.local(sha(p), Rendition::Thumb).has_value());
        CHECK_FALSE(cache.local(sha(p), Rendition::Preview).has_value());
    }
    // A photo this device took and has not sent yet.
    const QByteArray own = cameraPhoto(9);
    REQUIRE(office.store->attachPhoto(two.assetOf2, QStringLiteral("after"), own).ok());

    // Room for about two originals.
    const qint64 bound = qint64(two.before1.size() + two.before2.size()) + 4096;
    REQUIRE(core::PhotoCache::setMaxBytes(*office.store, bound).ok());
    for (const QByteArray &p : {two.before1, two.before2, two.after1}) {
        auto shown = office.client->openPhoto(sha(p), Rendition::Original);
        REQUIRE(shown.ok());
        CHECK_FALSE(shown->fallback);
        CHECK(core::PhotoStore::sha256OfFile(shown->path) == sha(p));
        CHECK(*cache.usedBytes() <= bound);
    }
    CHECK(cache.local(sha(two.after1), Rendition::Original).has_value()); // the one just opened stays
    CHECK_FALSE(cache.local(sha(two.before1), Rendition::Original).has_value()); // the least recently used went
    // What this device took is not the cache's to evict.
    CHECK(QFile::exists(core::PhotoStore(office.store->photoDir()).pathFor(sha(own))));
    CHECK(*core::SyncClient::pendingCount(*office.store) >= 1);
}

TEST_CASE("officeReviewShowsOriginalAfterColdStart: fetched on demand, and offline the thumbnail says so", "[sync][photos]")
{
    TwoCrews two;
    const QString path = two.dir.filePath(QStringLiteral("office2.gpkg"));
    {
        test::FieldDevice office(path, two.server.url(), QStringLiteral("office2"), QStringLiteral("office2-pc"));
        office.syncOk();
    }
    // The app starts again: a new store and client on the same file.
    auto reopened = core::AssetStore::open(path);
    REQUIRE(reopened.ok());
    {
        // Offline: no session, no network; the review item shows the thumbnail and says it is one.
        core::SyncClient offline(**reopened, QUrl(QStringLiteral("http://127.0.0.1:9/")));
        auto shown = offline.openPhoto(sha(two.after1), Rendition::Original);
        REQUIRE(shown.ok());
        CHECK(shown->fallback);
        CHECK(shown->rendition == Rendition::Thumb);
    }
    core::SyncClient client(**reopened, QUrl(two.server.url()));
    REQUIRE(client.login(QStringLiteral("office2"), QStringLiteral("correct horse 1")).ok());
    auto shown = client.openPhoto(sha(two.after1), Rendition::Original);
    REQUIRE(shown.ok());
    CHECK_FALSE(shown->fallback);
    QFile f(shown->path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == two.after1);
    // The next items are prefetched: opening them needs no request.
    REQUIRE(client.prefetch({sha(two.before1), sha(two.before2)}, Rendition::Preview).ok());
    int requests = 0;
    client.onRequest = [&](const QByteArray &, const QString &) { ++requests; };
    REQUIRE(client.openPhoto(sha(two.before2), Rendition::Preview).ok());
    CHECK(requests == 0);
}

TEST_CASE("departmentReceivesOwnThumbnails: a department keeps thumbnails of its own assets' photos only", "[sync][photos]")
{
    TwoCrews two;
    // Another department's asset with a photo.
    const QString office = two.server.login(QStringLiteral("office1"));
    const QString roads = two.server.addAsset(office, QStringLiteral("도로과"));
    const QByteArray roadPhoto = cameraPhoto(4);
    {
        test::FieldDevice tab(two.dir.filePath(QStringLiteral("office-tab2.gpkg")), two.server.url(), QStringLiteral("office1"),
                              QStringLiteral("office-tab2"));
        tab.syncOk();
        REQUIRE(tab.store->attachPhoto(roads, QStringLiteral("before"), roadPhoto).ok());
        REQUIRE(tab.syncOk().photosUp == 1);
    }
    test::FieldDevice parks(two.dir.filePath(QStringLiteral("parks.gpkg")), two.server.url(), QStringLiteral("parks"), QStringLiteral("parks-pc"));
    QStringList photoGets;
    parks.client->onRequest = [&](const QByteArray &method, const QString &path) {
        if (method == "GET" && path.startsWith(QLatin1String("api/v1/photos/")))
            photoGets << path;
    };
    parks.syncOk();
    const core::PhotoCache cache(*parks.store);
    for (const QByteArray &p : {two.before1, two.before2, two.after1}) {
        CHECK(cache.local(sha(p), Rendition::Thumb).has_value());
        CHECK_FALSE(cache.local(sha(p), Rendition::Preview).has_value());
    }
    CHECK_FALSE(cache.local(sha(roadPhoto), Rendition::Thumb).has_value());
    for (const QString &path : photoGets) {
        CHECK(path.endsWith(QLatin1String("rendition=thumb")));
        CHECK_FALSE(path.contains(sha(roadPhoto)));
    }
}
