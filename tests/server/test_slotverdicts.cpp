// W3.1 × W3.4: the server judges each photo for its slot, as the tablet and check-photo --slot do. An
// honest before photo (the old sign, no new mark) passes as a before photo; an after photo is compared
// with the before photo of its replacement (same_place), and says so when that photo is not there yet.
// Real photos: a sign in a street from a real photograph (Debian's opencv-doc samples), before with its old
// lettering and no new mark, after with the brand mark on a plate over it, taken a step aside.
#include "fielddevice.h"
#include "serverfixture.h"

#include "photofixtures.h"

#include "field/fieldwork.h"
#include "office/reviewqueue.h"
#include "photofiles/photostore.h"
#include "photojudge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

const cv::Mat &brandMark()
{
    static const cv::Mat m = test::loadBgra(test::brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    return m;
}

// One replacement as a crew photographs it: a sign on a street (a real photograph), the before photo with
// the sign's old lettering, the after photo with the new mark on a plate over it, from 24 px aside.
// Drawn with OpenCV only: the server's tests run without a QGuiApplication (no Qt fonts).
struct BeforeAfter {
    QByteArray before, after;
};

cv::Mat signPanel(const cv::Scalar &colour, const char *lettering, bool withMark)
{
    cv::Mat sign(520, 820, CV_8UC4, colour);
    cv::rectangle(sign, {8, 8}, {811, 511}, cv::Scalar(40, 40, 40, 255), 6);
    cv::putText(sign, lettering, {40, 460}, cv::FONT_HERSHEY_DUPLEX, 1.7, cv::Scalar(30, 30, 30, 255), 3);
    if (withMark) {
        cv::Mat plate(360, 740, CV_8UC4, cv::Scalar(250, 250, 250, 255));
        test::paste(plate, test::resizedBgra(brandMark(), 680), {30, 30});
        test::paste(sign, plate, {40, 40});
    }
    return sign;
}

QByteArray shot(const char *street, const cv::Mat &sign, int aside)
{
    const cv::Mat photo = test::sampleImage(QString::fromLatin1(street));
    REQUIRE_FALSE(photo.empty());
    cv::Mat wide, bgra, bgr;
    cv::resize(photo, wide, {1660, 1245}, 0, 0, cv::INTER_CUBIC);
    cv::cvtColor(wide, bgra, cv::COLOR_BGR2BGRA);
    test::paste(bgra, sign, {420, 300}); // on the street, not on the photo: it moves with the step aside
    cv::cvtColor(bgra(cv::Rect(aside, aside / 2, 1600, 1200)), bgr, cv::COLOR_BGRA2BGR);
    return test::encodeJpeg(bgr, 90);
}

BeforeAfter replacementAt(const char *street, const cv::Scalar &colour, const char *lettering)
{
    return {shot(street, signPanel(colour, lettering, false), 0), shot(street, signPanel(colour, lettering, true), 24)};
}

QJsonObject verdictOf(test::LocalServer &server, const QString &token, const QByteArray &photo)
{
    const auto reply = server.request("GET", QStringLiteral("/api/v1/photos/%1/verdict").arg(core::PhotoStore::sha256Of(photo)), {}, token);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return QJsonDocument::fromJson(reply.body).object();
}

QStringList failingChecks(const QJsonObject &verdict)
{
    QStringList ids;
    for (const QJsonValue &p : verdict.value(QStringLiteral("problems")).toArray())
        ids << p.toObject().value(QStringLiteral("check")).toString();
    return ids;
}

QString samePlaceStatus(const QJsonObject &verdict)
{
    return verdict.value(QStringLiteral("result")).toObject().value(QStringLiteral("checks")).toObject().value(QStringLiteral("same_place"))
        .toObject().value(QStringLiteral("status")).toString();
}

// A crew's tablet files a replacement with these photos and the verdicts its own checks gave, and syncs.
void fileReplacement(test::FieldDevice &crew, const QString &uuid, const QByteArray &before, const QByteArray &after,
                     const QString &beforeSaid, const QString &afterSaid)
{
    core::Replacement r{.assetUuid = uuid, .beforePhoto = before, .afterPhotos = {after}, .method = QStringLiteral("sticker"),
                        .markCount = 1, .note = {},
                        .checks = QJsonObject{{QStringLiteral("before"), beforeSaid}, {QStringLiteral("after1"), afterSaid}}};
    auto logged = core::FieldWork(*crew.store).logReplacement(r);
    INFO((logged ? QString() : logged.error().message()).toStdString());
    REQUIRE(logged.ok());
    crew.syncOk();
}

} // namespace

TEST_CASE("honestBeforePhotoPassesOnServer: the server judges a before photo with the before profile, never 'mark missing'",
          "[sync][verdict][slots]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer server(kind);
    const QString office = server.login(QStringLiteral("office1"));
    const QString uuid = server.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    QTemporaryDir dir;
    test::FieldDevice crew(dir.filePath(QStringLiteral("crew1.gpkg")), server.url(), QStringLiteral("crew1"), QStringLiteral("crew1-tab"));
    crew.syncOk();
    const BeforeAfter pair = replacementAt("building.jpg", cv::Scalar(200, 200, 196, 255), "GEUMCHEON-GU 1234");
    fileReplacement(crew, uuid, pair.before, pair.after, QStringLiteral("pass"), QStringLiteral("pass"));
    server.api->photoJudge().waitForDone();

    const QJsonObject before = verdictOf(server, office, pair.before);
    INFO(QJsonDocument(before).toJson().toStdString());
    CHECK(before.value(QStringLiteral("slot")).toString() == QStringLiteral("before"));
    CHECK(before.value(QStringLiteral("result")).toObject().value(QStringLiteral("slot")).toString() == QStringLiteral("before"));
    CHECK(before.value(QStringLiteral("server_verdict")).toString() == QStringLiteral("pass"));
    CHECK_FALSE(before.value(QStringLiteral("disagree")).toBool());
    CHECK_FALSE(failingChecks(before).contains(QStringLiteral("mark")));
    CHECK_FALSE(before.value(QStringLiteral("result")).toObject().value(QStringLiteral("checks")).toObject().contains(QStringLiteral("same_place")));

    // The after photo was compared with this before photo, at the same place: a pass, as on the tablet.
    const QJsonObject after = verdictOf(server, office, pair.after);
    INFO(QJsonDocument(after).toJson().toStdString());
    CHECK(after.value(QStringLiteral("server_verdict")).toString() == QStringLiteral("pass"));
    CHECK(samePlaceStatus(after) == QStringLiteral("pass"));
    CHECK(after.value(QStringLiteral("result")).toObject().value(QStringLiteral("before_sha256")).toString()
          == core::PhotoStore::sha256Of(pair.before));

    // Nothing of this honest replacement is on the office's list of disagreements.
    const auto listed = server.request("GET", QStringLiteral("/api/v1/verdicts"), {}, office);
    REQUIRE(listed.status == 200);
    CHECK(QJsonDocument::fromJson(listed.body).object().value(QStringLiteral("disagreements")).toArray().isEmpty());
}

TEST_CASE("afterPhotoOfAnotherPlaceIsNoServerPass: compared with its before photo, named in the verdict and in the office's queue",
          "[sync][verdict][slots]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer server(kind);
    const QString office = server.login(QStringLiteral("office1"));
    const QString uuid = server.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    QTemporaryDir dir;
    test::FieldDevice crew(dir.filePath(QStringLiteral("crew1.gpkg")), server.url(), QStringLiteral("crew1"), QStringLiteral("crew1-tab"));
    crew.syncOk();
    // The before photo at one street (building.jpg), the after photo of a replacement at another (aloeL.jpg).
    const BeforeAfter here = replacementAt("building.jpg", cv::Scalar(200, 200, 196, 255), "GEUMCHEON-GU 1234");
    const BeforeAfter there = replacementAt("aloeL.jpg", cv::Scalar(150, 190, 150, 255), "DOKSAN 5-DONG 88");
    // A tablet that says the after photo passed (modified, or its check fooled).
    fileReplacement(crew, uuid, here.before, there.after, QStringLiteral("pass"), QStringLiteral("pass"));
    server.api->photoJudge().waitForDone();

    const QJsonObject after = verdictOf(server, office, there.after);
    INFO(QJsonDocument(after).toJson().toStdString());
    CHECK(after.value(QStringLiteral("server_verdict")).toString() != QStringLiteral("pass"));
    CHECK((samePlaceStatus(after) == QStringLiteral("fail") || samePlaceStatus(after) == QStringLiteral("warn")));
    // …because it was compared with this replacement's before photo, not for want of one.
    const QJsonObject result = after.value(QStringLiteral("result")).toObject();
    CHECK(result.value(QStringLiteral("before_sha256")).toString() == core::PhotoStore::sha256Of(here.before));
    CHECK_FALSE(result.value(QStringLiteral("checks")).toObject().value(QStringLiteral("same_place")).toObject().contains(QStringLiteral("not_checked")));
    CHECK(after.value(QStringLiteral("disagree")).toBool());
    // The verdict row names the failing check, in both languages.
    REQUIRE(failingChecks(after).contains(QStringLiteral("same_place")));
    for (const QJsonValue &p : after.value(QStringLiteral("problems")).toArray()) {
        CHECK_FALSE(p.toObject().value(QStringLiteral("ko")).toString().isEmpty());
        CHECK_FALSE(p.toObject().value(QStringLiteral("en")).toString().isEmpty());
    }

    // The office syncs: its queue shows the server's verdict against the tablet's, with the reason.
    test::FieldDevice desk(dir.filePath(QStringLiteral("office.gpkg")), server.url(), QStringLiteral("office1"), QStringLiteral("office-tab"));
    desk.syncOk();
    auto queue = core::ReviewQueue(*desk.store).page(0, 10);
    REQUIRE(queue.ok());
    const auto item = std::find_if(queue->begin(), queue->end(), [&](const core::ReviewItem &i) { return i.uuid == uuid; });
    REQUIRE(item != queue->end());
    REQUIRE(item->server.size() == 1); // the after photo only: the before photo's pass agrees with the tablet
    const core::ServerJudgement &j = item->server.front();
    CHECK(j.slot == QStringLiteral("after1"));
    CHECK(j.deviceVerdict == QStringLiteral("pass"));
    REQUIRE_FALSE(j.problems.empty());
    CHECK(std::any_of(j.problems.begin(), j.problems.end(), [](const core::ReviewProblem &p) {
        return p.check == QStringLiteral("same_place") && p.message(gc::Lang::Korean).contains(QStringLiteral("작업 전 사진"));
    }));
    CHECK(item->worst() != core::PhotoVerdict::Pass);
}

TEST_CASE("afterPhotoWithoutBeforeSaysSoAndIsJudgedAgain: same place not checked until the before photo arrives", "[sync][verdict][slots]")
{
    test::LocalServer server(Kind::GeoPackage);
    const QString office = server.login(QStringLiteral("office1"));
    const QString uuid = server.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    const BeforeAfter pair = replacementAt("left.jpg", cv::Scalar(172, 170, 165, 255), "SIHEUNG 2-DONG 7");
    const QString beforeSha = core::PhotoStore::sha256Of(pair.before), afterSha = core::PhotoStore::sha256Of(pair.after);
    auto upload = [&](const QString &sha, const QByteArray &bytes) {
        auto put = server.store->putPhotoChunk(sha, 0, bytes.size(), bytes);
        INFO((put ? QString() : put.error().message()).toStdString());
        REQUIRE(put.ok());
        REQUIRE(put->complete);
    };
    // Both events have arrived, but only the after photo's file.
    upload(afterSha, pair.after);
    const QString at = QStringLiteral("2026-12-07T10:00:00.000Z");
    server::PhotoJudge &judge = server.api->photoJudge();
    REQUIRE(judge.noteClaims(*server.store, {server::PhotoClaim{beforeSha, uuid, QStringLiteral("before"), QStringLiteral("pass"), {}, at},
                                             server::PhotoClaim{afterSha, uuid, QStringLiteral("after1"), QStringLiteral("pass"), {}, at}})
                .ok());
    judge.waitForDone();
    auto waiting = server.store->photoJudgement(afterSha);
    REQUIRE(waiting.ok());
    REQUIRE(waiting->has_value());
    INFO((*waiting)->result.toStdString());
    CHECK((*waiting)->serverVerdict == QStringLiteral("review")); // not a silent pass
    const QJsonObject samePlace = QJsonDocument::fromJson((*waiting)->result).object().value(QStringLiteral("checks")).toObject()
                                      .value(QStringLiteral("same_place")).toObject();
    CHECK(samePlace.value(QStringLiteral("not_checked")).toBool());
    CHECK(samePlace.value(QStringLiteral("message")).toObject().value(QStringLiteral("en")).toString().contains(QStringLiteral("not checked")));

    // The before photo's file arrives: the after photo is judged again, against it.
    upload(beforeSha, pair.before);
    judge.photoArrived(beforeSha);
    judge.waitForDone();
    auto judged = server.store->photoJudgement(afterSha);
    REQUIRE(judged.ok());
    REQUIRE(judged->has_value());
    INFO((*judged)->result.toStdString());
    const QJsonObject result = QJsonDocument::fromJson((*judged)->result).object();
    CHECK(result.value(QStringLiteral("checks")).toObject().value(QStringLiteral("same_place")).toObject().value(QStringLiteral("status")).toString()
          == QStringLiteral("pass"));
    CHECK(result.value(QStringLiteral("before_sha256")).toString() == beforeSha);
    CHECK((*judged)->serverVerdict == QStringLiteral("pass"));
}
