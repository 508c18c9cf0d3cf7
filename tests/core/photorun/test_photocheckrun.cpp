#include "inventoryfixture.h"
#include "photofixtures.h"

#include "photorun/inventoryphotos.h"
#include "photorun/photocheckrun.h"
#include "photofiles/photostore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <opencv2/imgproc.hpp>

#include <random>

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

// A photo no other photo looks like: random blocks, so every seed has its own SHA-256 and hash.
QByteArray distinctPhoto(std::uint32_t seed)
{
    std::mt19937 rng(seed);
    cv::Mat img(480, 640, CV_8UC3);
    for (int y = 0; y < img.rows; y += 40)
        for (int x = 0; x < img.cols; x += 40)
            cv::rectangle(img, cv::Rect(x, y, 40, 40), cv::Scalar(rng() % 256, rng() % 256, rng() % 256), cv::FILLED);
    return test::encodeJpeg(img, 90);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

TEST_CASE("the inventory gives a photo check the asset's place, its newest before photo and every known hash", "[photo][inventoryphotos]")
{
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    auto other = fx.store->addAsset(InventoryFixture::bench(QStringLiteral("다른 의자")));
    REQUIRE(other.ok());
    PhotoRow older, newer;
    older.takenAt = QStringLiteral("2024-03-01T09:00:00Z");
    newer.takenAt = QStringLiteral("2024-03-05T09:00:00+09:00");
    auto oldBefore = fx.store->attachPhoto(bench->uuid, QStringLiteral("before"), distinctPhoto(1), older);
    auto newBefore = fx.store->attachPhoto(bench->uuid, QStringLiteral("before"), distinctPhoto(2), newer);
    auto after = fx.store->attachPhoto(other->uuid, QStringLiteral("after"), distinctPhoto(3));
    REQUIRE(oldBefore.ok());
    REQUIRE(newBefore.ok());
    REQUIRE(after.ok());
    REQUIRE(!after->phash.isEmpty());

    auto known = InventoryPhotos::known(*fx.store);
    REQUIRE(known.ok());
    CHECK(known->size() == 3);
    bool sawOther = false;
    for (const KnownPhoto &k : *known) {
        if (k.photoId == after->photoId) {
            sawOther = true;
            CHECK(k.assetCode == other->code);
            CHECK(k.perceptualHash == after->phash);
        }
    }
    CHECK(sawOther);

    auto inv = InventoryPhotos::open(fx.path);
    REQUIRE(inv.ok());
    auto ctx = inv->context(bench->code);
    REQUIRE(ctx.ok());
    CHECK(ctx->assetCode == bench->code);
    CHECK(ctx->assetUuid == bench->uuid);
    REQUIRE(ctx->assetPosition.has_value());
    // 독산3동, Geumcheon-gu: about 37.47 N, 126.90 E (lat and lon not swapped).
    CHECK(ctx->assetPosition->lat == Approx(37.47).margin(0.03));
    CHECK(ctx->assetPosition->lon == Approx(126.90).margin(0.03));
    CHECK(ctx->knownPhotos.size() == 3);
    // 2024-03-05 09:00 KST is later than 2024-03-01 09:00 UTC.
    CHECK(ctx->beforePhotoPath == PhotoStore(fx.store->photoDir()).pathFor(newBefore->sha256));
    CHECK(ctx->beforeTakenAt == QDateTime::fromString(QStringLiteral("2024-03-05T00:00:00Z"), Qt::ISODate));
    CHECK(inv->bySha(after->sha256) != nullptr);
    CHECK(inv->bySha(after->sha256)->role == QStringLiteral("after"));
    CHECK(inv->bySha(QStringLiteral("0000")) == nullptr);

    auto missing = inv->context(QStringLiteral("GC-BENCH-999999"));
    REQUIRE(!missing.ok());
    CHECK(missing.error().code == QStringLiteral("asset_not_found"));
    CHECK(missing.error().message().contains(QStringLiteral("GC-BENCH-999999")));
}

TEST_CASE("times without a zone are the district's", "[photo][photocheckrun]")
{
    const QDateTime local = PhotoCheckRun::parseTime(QStringLiteral("2024-03-05T09:00:00"));
    REQUIRE(local.isValid());
    CHECK(local.toUTC() == QDateTime::fromString(QStringLiteral("2024-03-05T00:00:00Z"), Qt::ISODate));
    CHECK(PhotoCheckRun::parseTime(QStringLiteral("2024-03-05T09:00:00.250Z")).time().msec() == 250);
    CHECK(!PhotoCheckRun::parseTime(QStringLiteral("5 March")).isValid());
}

TEST_CASE("checking a folder finds each photo's asset, judges a filed before photo as a before photo and files a summary", "[photo][photocheckrun]")
{
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    const QByteArray beforeBytes = distinctPhoto(10);
    REQUIRE(fx.store->attachPhoto(bench->uuid, QStringLiteral("before"), beforeBytes).ok());

    QTemporaryDir folder;
    REQUIRE(writeFile(folder.filePath(QStringLiteral("a_before.jpg")), beforeBytes));                       // filed: known by SHA-256
    REQUIRE(writeFile(folder.filePath(bench->code + QStringLiteral("_after.jpg")), distinctPhoto(11)));   // code in the name
    REQUIRE(writeFile(folder.filePath(QStringLiteral("c_broken.jpg")), QByteArray("not a photo")));
    REQUIRE(writeFile(folder.filePath(QStringLiteral("notes.txt")), QByteArray("ignored")));

    const QStringList files = PhotoCheckRun::photosIn(QDir(folder.path()));
    REQUIRE(files.size() == 3);

    auto run = PhotoCheckRun::open(fx.path);
    REQUIRE(run.ok());
    run->run(files, 2, [](int done, int total) {
        CHECK(total == 3);
        CHECK(done <= total);
    });
    CHECK(run->jobs() == 2);
    const auto &rows = run->rows();
    REQUIRE(rows.size() == 3);
    const PhotoCheckRow *after = nullptr, *before = nullptr, *broken = nullptr;
    for (const auto &r : rows) {
        if (r.file.endsWith(QStringLiteral("_after.jpg")))
            after = &r;
        else if (r.file.endsWith(QStringLiteral("a_before.jpg")))
            before = &r;
        else if (r.file.endsWith(QStringLiteral("c_broken.jpg")))
            broken = &r;
    }
    REQUIRE(after);
    REQUIRE(before);
    REQUIRE(broken);
    // A filed before photo is checked by the before profile (it used to be skipped: the after profile
    // failed every before photo for the new mark).
    REQUIRE(before->result.has_value());
    CHECK(before->result->slot == PhotoSlot::Before);
    CHECK(before->verdict == toString(before->result->verdict));
    CHECK(before->result->find(QStringLiteral("mark"))->weight == CheckWeight::Advisory);
    CHECK(before->role == QStringLiteral("before"));
    CHECK(before->asset == bench->code);
    CHECK(after->asset == bench->code);
    REQUIRE(after->result.has_value());
    CHECK(after->result->slot == PhotoSlot::After);
    CHECK(after->verdict == toString(after->result->verdict));
    CHECK(broken->verdict == toString(PhotoVerdict::Error)); // "error": the typed verdict of an unreadable photo
    CHECK(!broken->error.isEmpty());
    CHECK(broken->asset.isEmpty());

    const auto counts = run->counts();
    CHECK(counts.count(QStringLiteral("skipped")) == 0);
    CHECK(counts.at(QStringLiteral("error")) == 1);
    CHECK(!run->allPass());

    const QStringList csv = run->csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(csv.size() == 4);
    CHECK(csv[0] == QStringLiteral("file,asset,slot,verdict,readable,sharpness,exposure,mark,old_mark,duplicate,same_place,location,time,qr,mark_inliers,problems"));
    for (const QString &line : csv)
        CHECK(line.count(QLatin1Char(',')) >= 15);
    CHECK(csv.filter(QStringLiteral("a_before.jpg")).value(0).contains(QStringLiteral(",before,")));

    const QString base = folder.filePath(QStringLiteral("summary"));
    const QString previews = folder.filePath(QStringLiteral("previews"));
    REQUIRE(QDir().mkpath(previews));
    REQUIRE(run->write(base, previews).ok());
    QFile json(base + QStringLiteral(".json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(doc.value(QStringLiteral("photos")).toArray().size() == 3);
    CHECK(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("error")).toInt() == 1);
    CHECK(QFile::exists(base + QStringLiteral(".csv")));
    CHECK(QDir(previews).entryList(QDir::Files).size() == 2); // the two photos that could be checked have a preview
    CHECK(run->summary(base).startsWith(QStringLiteral("3 photos in ")));
}

TEST_CASE("check-photo names the input that is wrong", "[photo][photocheckrun]")
{
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    QTemporaryDir folder;
    const QString photo = folder.filePath(QStringLiteral("p.jpg"));
    REQUIRE(writeFile(photo, distinctPhoto(20)));

    PhotoCheckRequest request;
    request.photo = photo;
    request.inventory = fx.path;
    request.assetCode = QStringLiteral("GC-BENCH-424242");
    auto noAsset = PhotoCheckRun::checkOne(request);
    REQUIRE(!noAsset.ok());
    CHECK(noAsset.error().message().contains(QStringLiteral("GC-BENCH-424242")));

    request.assetCode = bench->code;
    auto ok = PhotoCheckRun::checkOne(request);
    REQUIRE(ok.ok());
    CHECK(!ok->checks.empty());
    CHECK(PhotoCheckRun::report(photo, *ok).startsWith(photo + QStringLiteral(": ")));

    request.photo = folder.filePath(QStringLiteral("missing.jpg"));
    auto missing = PhotoCheckRun::checkOne(request);
    REQUIRE(!missing.ok());
    CHECK(missing.error().message().startsWith(request.photo + QStringLiteral(": ")));
}
