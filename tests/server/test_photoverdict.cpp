// W3.4: the server judges every photo itself. A tablet that sends "pass" for a photo showing no mark
// is contradicted: the office reads the server's "fail" beside the device's "pass", flagged.
#include "fielddevice.h"
#include "serverfixture.h"

#include "field/fieldwork.h"
#include "office/reviewqueue.h"
#include "photofiles/photostore.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

// A wall with no mark on it: what a forged "pass" would hide.
QByteArray bareWall(int seed)
{
    QImage img(1600, 1200, QImage::Format_RGB32);
    img.fill(QColor(120 + seed, 118, 110));
    QPainter p(&img);
    for (int y = 0; y < img.height(); y += 80)
        p.fillRect(0, y, img.width(), 4, QColor(90, 88, 84));
    p.end();
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG", 90);
    return bytes;
}

} // namespace

TEST_CASE("forgedPassShownAgainstServerFail: the review reads the server's verdict beside the device's", "[sync][verdict]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer server(kind);
    const QString office = server.login(QStringLiteral("office1"));
    const QString uuid = server.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    QTemporaryDir dir;
    test::FieldDevice crew(dir.filePath(QStringLiteral("crew1.gpkg")), server.url(), QStringLiteral("crew1"), QStringLiteral("crew1-tab"));
    crew.syncOk();

    const QByteArray before = bareWall(0), after = bareWall(7);
    // A modified tablet says every check passed.
    core::Replacement r{.assetUuid = uuid, .beforePhoto = before, .afterPhotos = {after}, .method = QStringLiteral("sticker"),
                        .markCount = 1, .note = {},
                        .checks = QJsonObject{{QStringLiteral("before"), QStringLiteral("pass")}, {QStringLiteral("after1"), QStringLiteral("pass")}}};
    auto logged = core::FieldWork(*crew.store).logReplacement(r);
    INFO((logged ? QString() : logged.error().message()).toStdString());
    REQUIRE(logged.ok());
    crew.syncOk();
    server.api->photoJudge().waitForDone();

    const QString sha = core::PhotoStore::sha256Of(after);
    const auto reply = server.request("GET", QStringLiteral("/api/v1/photos/%1/verdict").arg(sha), {}, office);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QJsonObject v = QJsonDocument::fromJson(reply.body).object();
    CHECK(v.value(QStringLiteral("slot")).toString() == QStringLiteral("after1"));
    CHECK(v.value(QStringLiteral("device_verdict")).toString() == QStringLiteral("pass"));
    CHECK(v.value(QStringLiteral("server_verdict")).toString() == QStringLiteral("fail"));
    CHECK(v.value(QStringLiteral("disagree")).toBool());
    CHECK(v.value(QStringLiteral("asset_uuid")).toString() == uuid);
    CHECK(v.value(QStringLiteral("result")).toObject().contains(QStringLiteral("checks")));
    // The office's list of photos the server contradicts names it.
    const auto listed = server.request("GET", QStringLiteral("/api/v1/verdicts"), {}, office);
    REQUIRE(listed.status == 200);
    QStringList flagged;
    for (const auto &item : QJsonDocument::fromJson(listed.body).object().value(QStringLiteral("disagreements")).toArray())
        flagged << item.toObject().value(QStringLiteral("sha256")).toString();
    CHECK(flagged.contains(sha));
    // The server made the renditions while it was at it.
    CHECK(server.store->rendition(sha, core::Rendition::Thumb)->has_value());
    // A crew does not read the office's review.
    CHECK(server.request("GET", QStringLiteral("/api/v1/photos/%1/verdict").arg(sha), {}, server.login(QStringLiteral("crew1"))).status == 403);

    // The office's tablet syncs: its review queue shows the server's "fail" beside the tablet's "pass",
    // and ranks the install by the worse of the two.
    test::FieldDevice desk(dir.filePath(QStringLiteral("office.gpkg")), server.url(), QStringLiteral("office1"), QStringLiteral("office-tab"));
    desk.syncOk();
    auto queue = core::ReviewQueue(*desk.store).page(0, 10);
    REQUIRE(queue.ok());
    const auto forged = std::find_if(queue->begin(), queue->end(), [&](const core::ReviewItem &i) { return i.uuid == uuid; });
    REQUIRE(forged != queue->end());
    REQUIRE(forged->verdict);
    CHECK(*forged->verdict == core::PhotoVerdict::Pass); // what the tablet said, kept
    // The after photo's line (the bare wall as a before photo is judged for a before photo's checks only, W3.1).
    const auto afterLine = std::find_if(forged->server.begin(), forged->server.end(),
                                        [](const core::ServerJudgement &j) { return j.slot == QStringLiteral("after1"); });
    REQUIRE(afterLine != forged->server.end());
    CHECK(afterLine->serverVerdict == QStringLiteral("fail"));
    CHECK(afterLine->deviceVerdict == QStringLiteral("pass"));
    CHECK(forged->worst() == core::PhotoVerdict::Fail);
}
