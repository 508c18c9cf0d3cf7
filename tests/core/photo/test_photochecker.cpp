// PhotoChecker end to end: bad files, each check's verdict on photos built to pass or fail it, JSON and preview.
#include "photocheckfixture.h"
#include "photofixtures.h"

#include "photo/perceptualhash.h"
#include "photo/photochecker.h"
#include "photofiles/photoexif.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

using namespace gc::core;
using namespace gc::test;

namespace {

PhotoCheckStatus statusOf(const PhotoCheckResult &r, const char *id)
{
    const PhotoCheck *c = r.find(QString::fromLatin1(id));
    REQUIRE(c);
    return c->status;
}

bool bilingual(const QString &message)
{
    bool hangul = false, latin = false;
    for (const QChar ch : message) {
        hangul = hangul || (ch.unicode() >= 0xAC00 && ch.unicode() <= 0xD7A3);
        latin = latin || (ch.toLatin1() >= 'a' && ch.toLatin1() <= 'z');
    }
    return hangul && latin;
}

QByteArray pngBytes(const cv::Mat &img)
{
    std::vector<uchar> buf;
    cv::imencode(".png", img, buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

quint32 crc32(const uchar *p, size_t n)
{
    quint32 c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; ++i) {
        c ^= p[i];
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

// A positive scene, reproducible by seed, as a JPEG the checker reads.
QByteArray positivePhoto(std::uint32_t seed) { return makeMarkScene(brandMark(), seed).jpeg; }

} // namespace

TEST_CASE("photos that cannot be checked give a clear bilingual error and no crash", "[photo][input]")
{
    const PhotoChecker &c = checker();
    const QByteArray good = positivePhoto(42);

    SECTION("zero bytes")
    {
        auto r = c.check(QByteArray(), {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("photo_empty"));
        CHECK(bilingual(r.error().message()));
    }
    SECTION("truncated JPEG")
    {
        auto r = c.check(good.left(good.size() * 2 / 3), {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("photo_truncated"));
        CHECK(bilingual(r.error().message()));
        CHECK_FALSE(c.check(good.left(200), {}).ok());
    }
    SECTION("PNG bomb: 40000×40000 declared, refused from the header")
    {
        QByteArray png = pngBytes(cv::Mat(8, 8, CV_8UC3, cv::Scalar(1, 2, 3)));
        auto *b = reinterpret_cast<uchar *>(png.data());
        for (int off : {16, 20}) {
            b[off] = 0; b[off + 1] = 0; b[off + 2] = 0x9C; b[off + 3] = 0x40;  // 40000
        }
        const quint32 crc = crc32(b + 12, 17);
        b[29] = uchar(crc >> 24); b[30] = uchar(crc >> 16); b[31] = uchar(crc >> 8); b[32] = uchar(crc);
        auto r = c.check(png, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("photo_too_large"));
        CHECK(r.error().message().contains(QLatin1String("40000")));
        CHECK(bilingual(r.error().message()));
    }
    SECTION("HEIC from an iPhone")
    {
        QByteArray heic("\x00\x00\x00\x18" "ftypheic\x00\x00\x00\x00" "mif1heic", 24);
        heic += QByteArray(4096, '\x11');
        auto r = c.check(heic, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("photo_unsupported"));
        CHECK(r.error().message().contains(QLatin1String("HEIC")));
        CHECK(bilingual(r.error().message()));
    }
    SECTION("not a photo at all")
    {
        auto r = c.check(QByteArray("hello, this is a text file\n"), {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("photo_unsupported"));
    }
    SECTION("a missing file")
    {
        auto r = c.checkFile(QStringLiteral("/nonexistent/photo.jpg"), {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QLatin1String("/nonexistent/photo.jpg")));
    }
}

TEST_CASE("unusual but valid encodings are checked like any photo", "[photo][input]")
{
    const PhotoChecker &c = checker();
    const PhotoScene scene = makeMarkScene(brandMark(), 43);

    SECTION("16-bit PNG")
    {
        cv::Mat wide;
        scene.bgr.convertTo(wide, CV_16UC3, 257);
        auto r = c.check(pngBytes(wide), {});
        REQUIRE(r.ok());
        CHECK(statusOf(*r, "readable") == PhotoCheckStatus::Pass);
        CHECK(r->find(QStringLiteral("readable"))->details.value(QStringLiteral("bit_depth")).toInt() == 16);
        CHECK(statusOf(*r, "mark") == PhotoCheckStatus::Pass);
    }
    SECTION("CMYK JPEG, as print shops deliver")
    {
        GDALDriverH mem = GDALGetDriverByName("MEM");
        GDALDriverH jpeg = GDALGetDriverByName("JPEG");
        REQUIRE(mem);
        REQUIRE(jpeg);
        GDALDatasetH ds = GDALCreate(mem, "", scene.bgr.cols, scene.bgr.rows, 4, GDT_Byte, nullptr);
        std::vector<cv::Mat> ch;
        cv::split(scene.bgr, ch);
        // Adobe-style inverted CMYK without black ink: the stored C, M, Y are R, G, B and K is 255.
        const cv::Mat noInk(scene.bgr.size(), CV_8U, cv::Scalar(255));
        const cv::Mat bands[] = {ch[2], ch[1], ch[0], noInk};
        for (int b = 0; b < 4; ++b) {
            cv::Mat contiguous = bands[b].clone();
            REQUIRE(GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Write, 0, 0, contiguous.cols, contiguous.rows, contiguous.data, contiguous.cols,
                                 contiguous.rows, GDT_Byte, 0, 0) == CE_None);
        }
        CPLPushErrorHandler(CPLQuietErrorHandler);  // GDAL warns that 4 bands mean CMYK: that is the point
        GDALDatasetH out = GDALCreateCopy(jpeg, "/vsimem/cmyk.jpg", ds, FALSE, nullptr, nullptr, nullptr);
        CPLPopErrorHandler();
        REQUIRE(out);
        GDALClose(out);
        GDALClose(ds);
        vsi_l_offset len = 0;
        GByte *data = VSIGetMemFileBuffer("/vsimem/cmyk.jpg", &len, FALSE);
        const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(len));
        VSIUnlink("/vsimem/cmyk.jpg");
        REQUIRE(uchar(bytes[0]) == 0xFF);
        auto r = c.check(bytes, {});
        REQUIRE(r.ok());
        CHECK(statusOf(*r, "readable") == PhotoCheckStatus::Pass);
        CHECK(r->find(QStringLiteral("readable"))->details.value(QStringLiteral("cmyk")).toBool());
    }
    SECTION("too small to judge is a failed check, not an unreadable photo")
    {
        cv::Mat small;
        cv::resize(scene.bgr, small, cv::Size(800, 600), 0, 0, cv::INTER_AREA);
        auto r = c.check(encodeJpeg(small, 90), {});
        REQUIRE(r.ok());
        CHECK(statusOf(*r, "readable") == PhotoCheckStatus::Fail);
        CHECK(r->verdict == PhotoVerdict::Fail);
    }
}

TEST_CASE("a good photo of the mark passes with its evidence, JSON and preview", "[photo][checker]")
{
    const PhotoScene scene = makeMarkScene(brandMark(), 7);
    auto r = checker().check(scene.jpeg, {});
    REQUIRE(r.ok());
    CHECK(statusOf(*r, "readable") == PhotoCheckStatus::Pass);
    CHECK(statusOf(*r, "mark") == PhotoCheckStatus::Pass);
    CHECK(statusOf(*r, "old_mark") == PhotoCheckStatus::Skip);
    CHECK(statusOf(*r, "duplicate") == PhotoCheckStatus::Skip);
    CHECK(statusOf(*r, "same_place") == PhotoCheckStatus::Skip);
    CHECK(statusOf(*r, "qr") == PhotoCheckStatus::Skip);
    CHECK(r->perceptualHash.size() == 16);

    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(r->toJson()).toJson()).object();
    const QJsonObject mark = json.value(QStringLiteral("checks")).toObject().value(QStringLiteral("mark")).toObject();
    CHECK(mark.value(QStringLiteral("status")).toString() == QLatin1String("pass"));
    CHECK(mark.value(QStringLiteral("inliers")).toInt() >= PhotoCheckThresholds{}.markMinInliers);
    const QJsonArray quad = mark.value(QStringLiteral("quad")).toArray();
    REQUIRE(quad.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonArray p = quad[i].toArray();
        CHECK(std::abs(p[0].toDouble() - scene.markQuad[size_t(i)].x) < 30);
        CHECK(std::abs(p[1].toDouble() - scene.markQuad[size_t(i)].y) < 30);
    }
    for (const char *id : {"readable", "sharpness", "exposure", "mark", "old_mark", "duplicate", "same_place", "location", "time", "qr"})
        CHECK(json.value(QStringLiteral("checks")).toObject().contains(QString::fromLatin1(id)));
    for (const PhotoCheck &c : r->checks) {
        CHECK(!c.message(gc::Lang::Korean).isEmpty());
        CHECK(!c.message(gc::Lang::English).isEmpty());
        // Every check's words have their Korean in the catalogue, and "한국어 / English" is the two halves.
        CHECK(c.message(gc::Lang::Korean) != c.message(gc::Lang::English));
        CHECK(c.message() == c.message(gc::Lang::Korean) + QStringLiteral(" / ") + c.message(gc::Lang::English));
    }
    const cv::Mat preview = cv::imdecode(cv::Mat(1, int(r->previewJpeg.size()), CV_8UC1, const_cast<char *>(r->previewJpeg.constData())), cv::IMREAD_COLOR);
    REQUIRE(!preview.empty());
    CHECK(std::max(preview.cols, preview.rows) == PhotoCheckThresholds{}.previewLongSide);
}

TEST_CASE("a photo without the mark fails the mark check", "[photo][checker]")
{
    auto r = checker().check(makeNegativeScene(5002).jpeg, {});
    REQUIRE(r.ok());
    CHECK(statusOf(*r, "mark") == PhotoCheckStatus::Fail);
    CHECK(r->verdict == PhotoVerdict::Fail);
}

TEST_CASE("sharpness and exposure tell a good photo from a blurred, dark or blown-out one", "[photo][checker]")
{
    const PhotoScene scene = makeMarkScene(brandMark(), 11, SceneSettings{.maxBlurSigma = 0, .maxNoiseSigma = 2});
    auto sharp = checker().check(encodeJpeg(scene.bgr, 92), {});
    REQUIRE(sharp.ok());
    CHECK(statusOf(*sharp, "sharpness") == PhotoCheckStatus::Pass);

    cv::Mat blurred;
    cv::GaussianBlur(scene.bgr, blurred, cv::Size(0, 0), 6);
    auto soft = checker().check(encodeJpeg(blurred, 92), {});
    REQUIRE(soft.ok());
    CHECK(statusOf(*soft, "sharpness") == PhotoCheckStatus::Fail);
    CHECK(soft->find(QStringLiteral("sharpness"))->value < sharp->find(QStringLiteral("sharpness"))->value / 10);

    CHECK(statusOf(*sharp, "exposure") != PhotoCheckStatus::Fail);
    cv::Mat dark = scene.bgr * 0.12;
    auto d = checker().check(encodeJpeg(dark, 92), {});
    REQUIRE(d.ok());
    CHECK(statusOf(*d, "exposure") == PhotoCheckStatus::Fail);
    // Blown out so far that the mark's own region is white too (at ×3 the plate is still legible and its
    // region decides: see "a well-exposed mark on a night street…").
    cv::Mat blown = scene.bgr * 4.0;
    auto b = checker().check(encodeJpeg(blown, 92), {});
    REQUIRE(b.ok());
    CHECK(statusOf(*b, "exposure") == PhotoCheckStatus::Fail);
}

// An outside pass: a crisp mark covering 12 % of a plain dark wall in a 12 MP photo measured 6 and failed "blurred —
// retake": the plain wall, most of the frame, was measured. Only the windows with detail are; blurring still fails.
TEST_CASE("a sharp mark on a plain dark wall at 4000x3000 passes sharpness, the same photo blurred fails", "[photo][checker]")
{
    cv::Mat wall(cv::Size(4000, 3000), CV_8UC3, cv::Scalar(62, 60, 58));
    cv::Mat grain(wall.size(), CV_32FC3);
    cv::randn(grain, 0, 1.5);
    cv::Mat w32;
    wall.convertTo(w32, CV_32FC3);
    cv::Mat(w32 + grain).convertTo(wall, CV_8UC3);
    cv::Mat canvas;
    cv::cvtColor(wall, canvas, cv::COLOR_BGR2BGRA);
    // The mark on its light plate, 12 % of the frame's area, straight on.
    const cv::Mat mark = resizedBgra(brandMark(), 2000);
    cv::Mat plate(cv::Size(mark.cols * 9 / 8, mark.rows * 3 / 2), CV_8UC4, cv::Scalar(236, 236, 232, 255));
    paste(plate, mark, {mark.cols / 16, mark.rows / 4});
    paste(canvas, plate, {(4000 - plate.cols) / 2, (3000 - plate.rows) / 2});
    cv::Mat photo;
    cv::cvtColor(canvas, photo, cv::COLOR_BGRA2BGR);

    auto sharp = checker().check(encodeJpeg(photo, 90), {});
    REQUIRE(sharp.ok());
    INFO("sharp: " << sharp->find(QStringLiteral("sharpness"))->value);
    CHECK(statusOf(*sharp, "mark") == PhotoCheckStatus::Pass);
    CHECK(statusOf(*sharp, "sharpness") == PhotoCheckStatus::Pass);

    cv::Mat blurred;
    cv::GaussianBlur(photo, blurred, cv::Size(0, 0), 12);
    auto soft = checker().check(encodeJpeg(blurred, 90), {});
    REQUIRE(soft.ok());
    INFO("blurred: " << soft->find(QStringLiteral("sharpness"))->value);
    CHECK(statusOf(*soft, "sharpness") == PhotoCheckStatus::Fail);
}

// An outside pass: a lit plate at night and a plate under a white sky were found with 300–600
// matching points, then sent back as "too dark" or "blown out". The mark decides where it was found.
TEST_CASE("a well-exposed mark on a night street or under a blown-out sky passes exposure — the same frame without the mark does not", "[photo][checker]")
{
    const PhotoScene scene = makeMarkScene(brandMark(), 11, SceneSettings{.minShare = 0.06, .maxShare = 0.10, .maxBlurSigma = 0, .maxNoiseSigma = 2});
    REQUIRE(scene.hasMark);
    std::vector<cv::Point> quad;
    for (const cv::Point2f &p : scene.markQuad)
        quad.emplace_back(cvRound(p.x), cvRound(p.y));
    cv::Mat onMark(scene.bgr.size(), CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(onMark, quad, cv::Scalar(255));
    cv::dilate(onMark, onMark, cv::Mat(), cv::Point(-1, -1), 6);
    for (const double gain : {0.15, 4.0}) {
        INFO("everything but the plate scaled by " << gain);
        cv::Mat lit = scene.bgr * gain;
        scene.bgr.copyTo(lit, onMark);
        auto r = checker().check(encodeJpeg(lit, 92), {});
        REQUIRE(r.ok());
        REQUIRE(statusOf(*r, "mark") == PhotoCheckStatus::Pass);
        CHECK(statusOf(*r, "exposure") == PhotoCheckStatus::Pass);
        CHECK(r->find(QStringLiteral("exposure"))->message(gc::Lang::English).contains(QStringLiteral("the mark is well exposed")));
        // Without the mark, the same frame is judged as a whole.
        cv::Mat bare = scene.bgr * gain;
        auto b = checker().check(encodeJpeg(bare, 92), {});
        REQUIRE(b.ok());
        CHECK(statusOf(*b, "exposure") != PhotoCheckStatus::Pass);
    }
}

// A navy street plate with `content` (BGRA) in its middle, a few degrees rolled, in a real background.
QByteArray navyPlatePhoto(const cv::Mat &content, int backgroundIndex, double rollDeg)
{
    std::mt19937 rng(std::uint32_t(backgroundIndex * 7 + 1));
    cv::Mat photo = background(backgroundIndex, cv::Size(1600, 1200), rng);
    cv::Mat plate(cv::Size(content.cols + 120, content.rows + 100), CV_8UC4, cv::Scalar(110, 40, 25, 255)); // navy
    paste(plate, content, cv::Point(60, 50));
    const cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(plate.cols / 2.f, plate.rows / 2.f), rollDeg, 1.0);
    cv::Mat rolled;
    cv::warpAffine(plate, rolled, turn, plate.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0, 0, 0, 0));
    cv::Mat canvas;
    cv::cvtColor(photo, canvas, cv::COLOR_BGR2BGRA);
    paste(canvas, rolled, cv::Point((canvas.cols - rolled.cols) / 2, (canvas.rows - rolled.rows) / 2));
    cv::Mat bgr;
    cv::cvtColor(canvas, bgr, cv::COLOR_BGRA2BGR);
    return encodeJpeg(bgr, 88);
}

// An outside pass: the one-ink mark applied reversed (white on navy) was never found; an old sign whose
// lettering the vertical lockup shares ("금천구 / GEUMCHEON-GU OFFICE") passed as the new mark.
TEST_CASE("the mono mark applied reversed, white on a navy plate, is found and named", "[photo][checker][mark]")
{
    cv::Mat reversed = loadBgra(brandDir() + QStringLiteral("/goodcity_mark_mono.png"));
    std::vector<cv::Mat> ch;
    cv::split(reversed, ch);
    for (int i = 0; i < 3; ++i)
        ch[size_t(i)] = 255 - ch[size_t(i)];
    cv::merge(ch, reversed);
    reversed = resizedBgra(reversed, 760);
    for (int i = 0; i < 3; ++i) {
        INFO("background " << i);
        const QByteArray jpeg = navyPlatePhoto(reversed, i, -4.0 + 4 * i);
        auto r = checker().check(jpeg, {});
        REQUIRE(r.ok());
        CHECK(statusOf(*r, "mark") == PhotoCheckStatus::Pass);
        CHECK(r->find(QStringLiteral("mark"))->details.value(QStringLiteral("variant")).toString() == QStringLiteral("goodcity_mark_mono"));
    }
}

TEST_CASE("an old sign that shares the mark's lettering (금천구 / GEUMCHEON-GU OFFICE) is not taken for the new mark", "[photo][checker][mark]")
{
    for (int i = 0; i < 4; ++i) {
        INFO("variation " << i);
        cv::Mat sign(cv::Size(900, 300), CV_8UC4, cv::Scalar(0, 0, 0, 0));
        cv::Mat emblem(cv::Size(220, 220), CV_8UC4, cv::Scalar(0, 0, 0, 0));
        cv::fillConvexPoly(emblem, std::vector<cv::Point>{{110, 10}, {210, 190}, {10, 190}}, cv::Scalar(40, 40, 210, 255), cv::LINE_AA);
        cv::circle(emblem, cv::Point(110, 130), 45, cv::Scalar(40, 180, 250, 255), cv::FILLED, cv::LINE_AA);
        paste(sign, emblem, cv::Point(10, 20));
        const cv::Mat name = textImage(QStringLiteral("금천구"), 110 + 10 * i, QStringLiteral("NanumGothic"), true, cv::Scalar(40, 40, 40));
        const cv::Mat office = textImage(QStringLiteral("GEUMCHEON-GU OFFICE"), 44, QStringLiteral("DejaVu Sans"), true, cv::Scalar(60, 60, 220));
        paste(sign, resizedBgra(name, std::min(name.cols, 600)), cv::Point(260, 20));
        paste(sign, resizedBgra(office, std::min(office.cols, 620)), cv::Point(260, 200));
        const QByteArray jpeg = navyPlatePhoto(sign, i, -3.0 + 2 * i);
        auto r = checker().check(jpeg, PhotoCheckContext{});
        REQUIRE(r.ok());
        CHECK(statusOf(*r, "mark") == PhotoCheckStatus::Fail);
    }
}

TEST_CASE("old_mark fails while the superseded mark is still visible", "[photo][checker]")
{
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(QStringLiteral("old.png"));
    REQUIRE(cv::imwrite(oldPath.toStdString(), oldMarkImage()));
    auto made = PhotoChecker::create(PhotoCheckThresholds{}, {}, {oldPath});
    REQUIRE(made.ok());
    // Negative scene seed 5010 carries the old mark on a plate (see makeNegativeScene).
    const PhotoScene withOld = makeNegativeScene(5010);
    REQUIRE(withOld.description.contains(QLatin1String("old mark")));
    auto r = made->check(withOld.jpeg, {});
    REQUIRE(r.ok());
    CHECK(statusOf(*r, "old_mark") == PhotoCheckStatus::Fail);
    CHECK(statusOf(*r, "mark") == PhotoCheckStatus::Fail);
    auto ok = made->check(positivePhoto(12), {});
    REQUIRE(ok.ok());
    CHECK(statusOf(*ok, "old_mark") == PhotoCheckStatus::Pass);
    CHECK(statusOf(*ok, "mark") == PhotoCheckStatus::Pass);
}

TEST_CASE("duplicate flags a near-identical photo filed for another asset", "[photo][checker]")
{
    const PhotoScene scene = makeMarkScene(brandMark(), 21);
    // The same picture, re-encoded smaller, as a second upload would be.
    cv::Mat smaller;
    cv::resize(scene.bgr, smaller, cv::Size(), 0.75, 0.75, cv::INTER_AREA);
    auto filedHash = perceptualHashOfPhoto(encodeJpeg(smaller, 70));
    REQUIRE(filedHash.ok());
    auto otherHash = perceptualHashOfPhoto(makeMarkScene(brandMark(), 22).jpeg);
    REQUIRE(otherHash.ok());
    CHECK(perceptualHashDistance(*filedHash, *otherHash) > PhotoCheckThresholds{}.duplicateMaxDistance);

    PhotoCheckContext ctx;
    ctx.assetCode = QStringLiteral("GC-SIGN-000001");
    ctx.knownPhotos = {{*otherHash, QStringLiteral("GC-SIGN-000003"), QStringLiteral("p3")},
                       {*filedHash, QStringLiteral("GC-SIGN-000002"), QStringLiteral("p2")}};
    auto r = checker().check(scene.jpeg, ctx);
    REQUIRE(r.ok());
    CHECK(statusOf(*r, "duplicate") == PhotoCheckStatus::Fail);
    CHECK(r->find(QStringLiteral("duplicate"))->details.value(QStringLiteral("asset")).toString() == QLatin1String("GC-SIGN-000002"));
    CHECK(perceptualHashDistance(r->perceptualHash, *filedHash) <= 2);

    ctx.knownPhotos = {{*otherHash, QStringLiteral("GC-SIGN-000003"), QStringLiteral("p3")},
                       {*filedHash, QStringLiteral("GC-SIGN-000001"), QStringLiteral("p1")}};
    auto mine = checker().check(scene.jpeg, ctx);
    REQUIRE(mine.ok());
    CHECK(statusOf(*mine, "duplicate") == PhotoCheckStatus::Pass);
    CHECK(perceptualHashDistance(QStringLiteral("zz"), *filedHash) == -1);
}

TEST_CASE("same_place compares the after photo with the before photo", "[photo][checker]")
{
    QTemporaryDir dir;
    std::mt19937 rng(3);
    // Before: a street with the old plate. After: the same street a step to the side, with the new mark.
    const cv::Mat street = background(0, cv::Size(1600, 1200), rng);
    const QString beforePath = dir.filePath(QStringLiteral("before.jpg"));
    {
        QFile f(beforePath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(encodeJpeg(street, 90));
    }
    const std::vector<cv::Point2f> from{{0, 0}, {1600, 0}, {1600, 1200}, {0, 1200}};
    const std::vector<cv::Point2f> to{{30, 12}, {1585, -20}, {1620, 1190}, {10, 1215}};
    cv::Mat moved;
    cv::warpPerspective(street, moved, cv::getPerspectiveTransform(from, to), street.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
    PhotoCheckContext ctx;
    ctx.beforePhotoPath = beforePath;
    auto same = checker().check(encodeJpeg(moved, 85), ctx);
    REQUIRE(same.ok());
    CHECK(statusOf(*same, "same_place") == PhotoCheckStatus::Pass);

    const cv::Mat elsewhere = background(2, cv::Size(1600, 1200), rng);
    auto other = checker().check(encodeJpeg(elsewhere, 85), ctx);
    REQUIRE(other.ok());
    CHECK(statusOf(*other, "same_place") == PhotoCheckStatus::Fail);
}

TEST_CASE("location and time use EXIF GPS and DateTimeOriginal", "[photo][checker]")
{
    const QTimeZone seoul("Asia/Seoul");
    const QDateTime shot(QDate(2025, 5, 14), QTime(10, 30), seoul);
    PhotoExif exif;
    exif.latitude = 37.4568;   // Geumcheon-gu office
    exif.longitude = 126.8955;
    exif.takenAt = shot;
    auto jpeg = writePhotoExif(positivePhoto(31), exif);
    REQUIRE(jpeg.ok());
    auto back = readPhotoExif(*jpeg);
    REQUIRE(back.ok());
    CHECK(std::abs(*back->latitude - 37.4568) < 1e-6);
    CHECK(std::abs(*back->longitude - 126.8955) < 1e-6);
    CHECK(back->takenAt == shot);

    PhotoCheckContext ctx;
    ctx.assetPosition = GeoPoint{37.4568 + 30.0 / 111'000, 126.8955};  // 30 m north
    ctx.workStart = shot.addDays(-1);
    ctx.workEnd = shot.addDays(1);
    ctx.beforeTakenAt = shot.addSecs(-3600);
    auto r = checker().check(*jpeg, ctx);
    REQUIRE(r.ok());
    CHECK(statusOf(*r, "location") == PhotoCheckStatus::Pass);
    CHECK(std::abs(r->find(QStringLiteral("location"))->value - 30) < 1);
    CHECK(statusOf(*r, "time") == PhotoCheckStatus::Pass);

    ctx.assetPosition = GeoPoint{37.4568 + 500.0 / 111'000, 126.8955};  // 500 m
    ctx.beforeTakenAt = shot.addSecs(3600);                                // the "after" predates the before photo
    r = checker().check(*jpeg, ctx);
    REQUIRE(r.ok());
    CHECK(statusOf(*r, "location") == PhotoCheckStatus::Fail);
    CHECK(statusOf(*r, "time") == PhotoCheckStatus::Fail);

    ctx.beforeTakenAt = {};
    ctx.workStart = shot.addDays(2);
    ctx.workEnd = shot.addDays(9);
    r = checker().check(*jpeg, ctx);
    REQUIRE(r.ok());
    CHECK(statusOf(*r, "time") == PhotoCheckStatus::Fail);

    // No EXIF GPS: the position the app recorded stands in.
    PhotoCheckContext app;
    app.assetPosition = GeoPoint{37.4568, 126.8955};
    app.recordedPosition = GeoPoint{37.4568, 126.8955 + 20.0 / 88'000};
    auto a = checker().check(positivePhoto(31), app);
    REQUIRE(a.ok());
    CHECK(statusOf(*a, "location") == PhotoCheckStatus::Pass);
    CHECK(a->find(QStringLiteral("location"))->details.value(QStringLiteral("source")).toString() == QLatin1String("app"));
    app.recordedPosition.reset();
    a = checker().check(positivePhoto(31), app);
    REQUIRE(a.ok());
    CHECK(statusOf(*a, "location") == PhotoCheckStatus::Warn);
}

TEST_CASE("qr passes for this asset's label and fails for another's", "[photo][checker]")
{
    PhotoScene scene = makeMarkScene(brandMark(), 51);
    cv::Mat qr;
    cv::QRCodeEncoder::create()->encode("https://goodcity.example/a/GC-SIGN-000777", qr);
    REQUIRE(!qr.empty());
    cv::resize(qr, qr, cv::Size(), 8, 8, cv::INTER_NEAREST);
    cv::copyMakeBorder(qr, qr, 24, 24, 24, 24, cv::BORDER_CONSTANT, cv::Scalar(255));
    cv::cvtColor(qr, qr, cv::COLOR_GRAY2BGR);
    const cv::Rect where(scene.bgr.cols - qr.cols - 40, scene.bgr.rows - qr.rows - 40, qr.cols, qr.rows);
    qr.copyTo(scene.bgr(where));
    const QByteArray jpeg = encodeJpeg(scene.bgr, 90);

    PhotoCheckContext ctx;
    ctx.assetCode = QStringLiteral("GC-SIGN-000777");
    auto r = checker().check(jpeg, ctx);
    REQUIRE(r.ok());
    CHECK(statusOf(*r, "qr") == PhotoCheckStatus::Pass);
    ctx.assetCode = QStringLiteral("GC-SIGN-000778");
    r = checker().check(jpeg, ctx);
    REQUIRE(r.ok());
    CHECK(statusOf(*r, "qr") == PhotoCheckStatus::Fail);
    CHECK(r->verdict == PhotoVerdict::Fail);
}

TEST_CASE("thresholds can be overridden in the settings file", "[photo]")
{
    QTemporaryDir dir;
    QSettings s(dir.filePath(QStringLiteral("goodcity.ini")), QSettings::IniFormat);
    s.setValue(QStringLiteral("photoCheck/locationMaxMeters"), 80.0);
    s.setValue(QStringLiteral("photoCheck/markMinInliers"), 20);
    s.setValue(QStringLiteral("photoCheck/maxPixels"), 50'000'000);
    const PhotoCheckThresholds t = PhotoCheckThresholds::fromSettings(s);
    CHECK(t.locationMaxMeters == 80.0);
    CHECK(t.markMinInliers == 20);
    CHECK(t.maxPixels == 50'000'000);
    CHECK(t.minLongSide == PhotoCheckThresholds{}.minLongSide);
}
