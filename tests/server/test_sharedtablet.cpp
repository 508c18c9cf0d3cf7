// F23: one tablet, two crews. crew1 saves work offline and signs out; crew2 signs in and syncs. The
// tablet sends only what the signed-in user may send: crew2's own work goes, crew1's waits untouched
// (not refused, not set aside, its photo not uploaded under crew2's session) until crew1 signs in
// again. A tablet an older app left in the bad state (crew1's photo uploaded under crew2's session)
// recovers; a change the server refuses is set aside and holds back none of the user's later ones.
#include "fielddevice.h"
#include "serverfixture.h"

#include "credentials.h"
#include "store/hybridclock.h"
#include "photofiles/photostore.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"
#include "syncprotocol.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

QByteArray photo(int seed)
{
    QImage img(320, 240, QImage::Format_RGB32);
    QPainter p(&img);
    for (int x = 0; x < img.width(); x += 20)
        p.fillRect(x, 0, 10, img.height(), QColor::fromHsv((seed * 71 + x) % 360, 200, 220));
    p.end();
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG", 90);
    return bytes;
}

QString sha(const QByteArray &b) { return core::PhotoStore::sha256Of(b); }

// A server with crew1's and crew2's assets, and one tablet "tab-1" crew1 signed in on and synced.
struct SharedTablet {
    test::LocalServer server{Kind::GeoPackage};
    QTemporaryDir dir;
    QString assetOf1, assetOf2, office;
    std::unique_ptr<test::FieldDevice> tab;

    SharedTablet()
    {
        const auto hash = server::Credentials::hashPassword(QStringLiteral("correct horse 1"));
        REQUIRE(hash.ok());
        REQUIRE(server.store->addUser(server::User{QStringLiteral("crew2"), server::Role::Crew, {}, *hash}).ok());
        office = server.login(QStringLiteral("office1"));
        assetOf1 = server.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
        assetOf2 = server.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew2"));
        tab = std::make_unique<test::FieldDevice>(dir.filePath(QStringLiteral("tab-1.gpkg")), server.url(), QStringLiteral("crew1"),
                                                  QStringLiteral("tab-1"));
        tab->syncOk();
    }

    // Signs the tablet's user out (no warning, unsent work stays) and `user` in.
    void signIn(const QString &user)
    {
        REQUIRE(tab->client->logout().ok());
        tab->store->setIdentity(user, QStringLiteral("tab-1"));
        REQUIRE(tab->client->login(user, QStringLiteral("correct horse 1")).ok());
    }

    // The photo.added events the office reads, by sha256 -> actor.
    QMap<QString, QString> filedPhotos()
    {
        QMap<QString, QString> out;
        for (const QJsonObject &e : server.pullAll(office)) {
            if (e.value(QStringLiteral("kind")).toString() == QLatin1String("photo.added"))
                out.insert(e.value(QStringLiteral("payload")).toObject().value(QStringLiteral("sha256")).toString(),
                           e.value(QStringLiteral("actor")).toString());
        }
        return out;
    }

    qint64 scalar(const QString &sql) { return *core::StoreAccess::db(*tab->store).scalarInt(sql); }
};

} // namespace

TEST_CASE("sharedTabletWaitsForAuthor: another crew's unsent work waits on the tablet and arrives when its author signs in", "[sync][f23]")
{
    SharedTablet t;
    const QByteArray mine1 = photo(1), mine2 = photo(2);
    REQUIRE(t.tab->store->attachPhoto(t.assetOf1, QStringLiteral("before"), mine1).ok()); // crew1, offline
    t.signIn(QStringLiteral("crew2"));
    REQUIRE(t.tab->store->attachPhoto(t.assetOf2, QStringLiteral("before"), mine2).ok()); // crew2's own

    const core::SyncReport r2 = t.tab->syncOk(); // nothing refused
    CHECK(r2.photosUp == 1);
    CHECK(r2.pushedEvents >= 1);
    CHECK(r2.setAside.isEmpty());
    REQUIRE(r2.waiting.size() == 1);
    CHECK(r2.waiting.first().contains(QStringLiteral("crew1")));
    CHECK(r2.pending >= 2); // crew1's photo.added and its file
    CHECK(core::SyncClient::state(*t.tab->store).waiting == r2.waiting);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM gc_sync_aside")) == 0);
    // crew1's file never went up under crew2's session, its event was never offered.
    CHECK_FALSE(t.server.store->photoUploader(sha(mine1))->has_value());
    auto filed = t.filedPhotos();
    CHECK(filed.value(sha(mine2)) == QLatin1String("crew2"));
    CHECK_FALSE(filed.contains(sha(mine1)));
    CHECK(t.tab->syncOk().waiting == r2.waiting); // still waiting, still not refused

    t.signIn(QStringLiteral("crew1"));
    const core::SyncReport r1 = t.tab->syncOk();
    CHECK(r1.photosUp == 1);
    CHECK(r1.pushedEvents >= 1);
    CHECK(r1.pending == 0);
    CHECK(r1.waiting.isEmpty());
    CHECK(t.server.store->photoUploader(sha(mine1))->value_or(QString()) == QLatin1String("crew1"));
    CHECK(t.filedPhotos().value(sha(mine1)) == QLatin1String("crew1"));
}

TEST_CASE("sharedTabletRecovers: crew1's photo an older app uploaded under crew2's session is still crew1's to file", "[sync][f23]")
{
    SharedTablet t;
    const QByteArray mine = photo(3);
    REQUIRE(t.tab->store->attachPhoto(t.assetOf1, QStringLiteral("before"), mine).ok());
    // The bad state: crew2's session uploaded crew1's file (and its push of crew1's event was refused).
    const QString crew2 = t.server.login(QStringLiteral("crew2"));
    const auto put = t.server.request("PUT", syncproto::photoPath(sha(mine)) + QStringLiteral("?offset=0&total=%1").arg(mine.size()),
                                      mine, crew2);
    REQUIRE(put.status == 200);
    REQUIRE(t.server.store->photoUploader(sha(mine))->value_or(QString()) == QLatin1String("crew2"));

    const core::SyncReport r = t.tab->syncOk(); // crew1 signed in again
    CHECK(r.setAside.isEmpty());
    CHECK(r.pending == 0);
    CHECK(t.filedPhotos().value(sha(mine)) == QLatin1String("crew1"));
}

TEST_CASE("refusedChangeHoldsNothingBack: a change the server refuses is set aside, the user's later changes go", "[sync][f23]")
{
    SharedTablet t;
    // crew2 files its own photo: its sha256 reaches crew1's tablet in a pull.
    const QByteArray theirs = photo(4), mine = photo(5);
    t.signIn(QStringLiteral("crew2"));
    REQUIRE(t.tab->store->attachPhoto(t.assetOf2, QStringLiteral("before"), theirs).ok());
    t.tab->syncOk();
    t.signIn(QStringLiteral("crew1"));
    // crew1 files the same file under its own asset (refused: another user's filed photo), renames an
    // asset (refused: a crew does not rename), then files a photo of its own.
    REQUIRE(t.tab->store->attachPhoto(t.assetOf1, QStringLiteral("before"), theirs).ok());
    const core::Event rename = test::renameEvent(t.assetOf1, QStringLiteral("crew1's name"),
                                                 core::HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("tab-1")),
                                                 QStringLiteral("tab-1"), QStringLiteral("crew1"));
    REQUIRE(t.tab->store->merge({rename}).ok());
    REQUIRE(t.tab->store->attachPhoto(t.assetOf1, QStringLiteral("after"), mine).ok());

    auto first = t.tab->client->syncOnce();
    REQUIRE_FALSE(first.ok()); // the round says what was refused
    CHECK(first.error().message().contains(QStringLiteral("403")));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM gc_sync_aside WHERE kind = 'refused'")) == 2);
    const auto filed = t.filedPhotos();
    CHECK(filed.value(sha(mine)) == QLatin1String("crew1")); // the later change arrived
    CHECK(filed.value(sha(theirs)) == QLatin1String("crew2"));  // the security rule holds
    const core::SyncReport next = t.tab->syncOk();
    CHECK(next.pending == 0);
    CHECK(next.pushedEvents == 0);
}
