// Each photo judged for its slot (W3.1): a before photo shows the old state and is never failed for the
// new mark, an after photo must show the new mark at the place of its before photo. Realistic pairs:
// a sign in a real street photograph, before with no mark (plain lettering, the old district mark or
// another logo) on surfaces from white to black, after with the new mark on a plate over it.
#include "photocheckfixture.h"
#include "photofixtures.h"
#include "slotscenes.h"

#include "photo/photochecker.h"
#include "photorun/photocheckrun.h"
#include "photofiles/photoexif.h"
#include "photo/photoslotprofile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace gc::core;
using namespace gc::test;

namespace {

PhotoCheckContext as(PhotoSlot slot)
{
    PhotoCheckContext ctx;
    ctx.slot = slot;
    return ctx;
}

QString problemsOf(const PhotoCheckResult &r)
{
    QStringList out;
    for (const PhotoCheck *c : r.problems())
        out << c->id + QStringLiteral(": ") + c->message(gc::Lang::English);
    return out.join(QStringLiteral("; "));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

struct Case {
    OldState old;
    Surface surface;
    std::uint32_t seed;
};

// Every surface under a plain sign, the old mark and another logo on light and dark ones.
const std::vector<Case> &cases()
{
    static const std::vector<Case> all{
        {OldState::PlainSign, Surface::White, 101},    {OldState::PlainSign, Surface::LightGrey, 102},
        {OldState::PlainSign, Surface::DarkGrey, 103}, {OldState::PlainSign, Surface::Black, 104},
        {OldState::PlainSign, Surface::Green, 105},    {OldState::PlainSign, Surface::Blue, 106},
        {OldState::PlainSign, Surface::Metal, 107},    {OldState::PlainSign, Surface::Textured, 108},
        {OldState::OldMark, Surface::White, 201},      {OldState::OldMark, Surface::Black, 202},
        {OldState::OldMark, Surface::Textured, 203},   {OldState::OtherLogo, Surface::LightGrey, 301},
        {OldState::OtherLogo, Surface::DarkGrey, 302}, {OldState::OtherLogo, Surface::Metal, 303},
    };
    return all;
}

} // namespace

TEST_CASE("the slot profile: a before photo is never failed for the new mark, an after photo must show it", "[photo][slots]")
{
    CHECK(PhotoSlotProfile::weight(PhotoSlot::Before, u"mark") == CheckWeight::Advisory);
    CHECK(PhotoSlotProfile::weight(PhotoSlot::After, u"mark") == CheckWeight::Blocking);
    CHECK(PhotoSlotProfile::weight(PhotoSlot::Before, u"same_place") == CheckWeight::Off);
    CHECK(PhotoSlotProfile::weight(PhotoSlot::Problem, u"mark") == CheckWeight::Off);
    CHECK(PhotoSlotProfile::weight(PhotoSlot::Proposal, u"mark") == CheckWeight::Off);
    CHECK(PhotoSlotProfile::weight(PhotoSlot::After, u"no_such_check") == CheckWeight::Off);
    // Every slot is judged sharp, exposed, not reused, in the work window.
    for (PhotoSlot slot : {PhotoSlot::Before, PhotoSlot::After, PhotoSlot::Problem, PhotoSlot::Proposal})
        for (const char16_t *id : {u"readable", u"sharpness", u"exposure", u"duplicate", u"time"})
            CHECK(PhotoSlotProfile::weight(slot, id) == CheckWeight::Blocking);
    CHECK(PhotoSlotProfile::weight(PhotoSlot::Before, u"location") == CheckWeight::Blocking);
    CHECK(PhotoSlotProfile::checks().size() == 10);

    // What a check's status does to the verdict under each weight.
    CHECK(PhotoSlotProfile::effect(CheckWeight::Blocking, PhotoCheckStatus::Fail) == PhotoVerdict::Fail);
    CHECK(PhotoSlotProfile::effect(CheckWeight::Blocking, PhotoCheckStatus::Warn) == PhotoVerdict::Review);
    CHECK(PhotoSlotProfile::effect(CheckWeight::Advisory, PhotoCheckStatus::Fail) == PhotoVerdict::Review);
    CHECK(PhotoSlotProfile::effect(CheckWeight::Info, PhotoCheckStatus::Fail) == PhotoVerdict::Pass);
    CHECK(PhotoSlotProfile::effect(CheckWeight::Blocking, PhotoCheckStatus::Skip) == PhotoVerdict::Pass);

    // Slot names as the app, the inventory's photo roles and the CLI spell them.
    CHECK(photoSlotFromString(u"before") == PhotoSlot::Before);
    CHECK(photoSlotFromString(u"after") == PhotoSlot::After);
    CHECK(photoSlotFromString(u"after12") == PhotoSlot::After);
    CHECK(photoSlotFromString(u"cannot_install") == PhotoSlot::Problem);
    CHECK(photoSlotFromString(u"proposal") == PhotoSlot::Proposal);
    CHECK_FALSE(photoSlotFromString(u"afterwards"));
    CHECK_FALSE(photoSlotFromString(u"Before"));
}

TEST_CASE("a before photo without the new mark passes as a before photo — as an after photo it fails naming the mark", "[photo][slots]")
{
    for (const Case &c : cases()) {
        const BeforeAfter pair = makeBeforeAfter(brandMark(), c.old, c.surface, c.seed);
        INFO(pair.description.toStdString());
        auto before = checker().check(pair.beforeJpeg, as(PhotoSlot::Before));
        REQUIRE(before.ok());
        INFO("as before: " << problemsOf(*before).toStdString());
        CHECK(before->slot == PhotoSlot::Before);
        CHECK(before->verdict == PhotoVerdict::Pass);
        REQUIRE(before->find(QStringLiteral("mark")));
        CHECK(before->find(QStringLiteral("mark"))->status == PhotoCheckStatus::Pass);
        CHECK_FALSE(before->find(QStringLiteral("same_place"))); // nothing to compare a before photo with

        // W1.3's check (what every before photo got until now) fails it, and says why in the crew's words.
        auto asAfter = checker().check(pair.beforeJpeg, as(PhotoSlot::After));
        REQUIRE(asAfter.ok());
        CHECK(asAfter->verdict == PhotoVerdict::Fail);
        const auto problems = asAfter->problems();
        REQUIRE_FALSE(problems.empty());
        CHECK(problems.front()->id == QLatin1String("mark"));
        CHECK(problems.front()->message(gc::Lang::Korean).contains(QStringLiteral("새 브랜드 마크가 보이지 않습니다")));
        CHECK(problems.front()->message(gc::Lang::English).contains(QStringLiteral("retake")));
    }
}

TEST_CASE("an after photo with the new mark passes, at the place of its before photo", "[photo][slots]")
{
    QTemporaryDir dir;
    for (const Case &c : cases()) {
        const BeforeAfter pair = makeBeforeAfter(brandMark(), c.old, c.surface, c.seed);
        INFO(pair.description.toStdString());
        PhotoCheckContext ctx = as(PhotoSlot::After);
        ctx.beforePhotoPath = writeFile(dir, QStringLiteral("before-%1.jpg").arg(c.seed), pair.beforeJpeg);
        auto after = checker().check(pair.afterJpeg, ctx);
        REQUIRE(after.ok());
        INFO("as after: " << problemsOf(*after).toStdString());
        CHECK(after->verdict == PhotoVerdict::Pass);
        CHECK(after->find(QStringLiteral("mark"))->status == PhotoCheckStatus::Pass);
        CHECK(after->find(QStringLiteral("same_place"))->status == PhotoCheckStatus::Pass);
    }
}

TEST_CASE("a before photo that already shows the new mark asks for the office's look, never blocks", "[photo][slots]")
{
    const BeforeAfter pair = makeBeforeAfter(brandMark(), OldState::PlainSign, Surface::White, 401);
    auto r = checker().check(pair.afterJpeg, as(PhotoSlot::Before));
    REQUIRE(r.ok());
    CHECK(r->verdict == PhotoVerdict::Review);
    const PhotoCheck *mark = r->find(QStringLiteral("mark"));
    REQUIRE(mark);
    CHECK(mark->status == PhotoCheckStatus::Warn);
    CHECK(mark->weight == CheckWeight::Advisory);
    CHECK(mark->message(gc::Lang::Korean).contains(QStringLiteral("이미 보입니다")));
    CHECK(r->toJson().value(QStringLiteral("slot")).toString() == QLatin1String("before"));
}

TEST_CASE("problem and proposal photos are judged without any mark", "[photo][slots]")
{
    const BeforeAfter pair = makeBeforeAfter(brandMark(), OldState::PlainSign, Surface::Green, 501);
    for (PhotoSlot slot : {PhotoSlot::Problem, PhotoSlot::Proposal}) {
        auto r = checker().check(pair.beforeJpeg, as(slot));
        REQUIRE(r.ok());
        CHECK(r->verdict == PhotoVerdict::Pass);
        CHECK_FALSE(r->find(QStringLiteral("mark")));
        CHECK_FALSE(r->find(QStringLiteral("old_mark")));
    }
    // …but still for what every photo must be: a blurred one fails, saying to retake it.
    cv::Mat blurred;
    cv::GaussianBlur(pair.before, blurred, cv::Size(0, 0), 9);
    auto r = checker().check(encodeJpeg(blurred, 90), as(PhotoSlot::Problem));
    REQUIRE(r.ok());
    CHECK(r->verdict == PhotoVerdict::Fail);
    REQUIRE_FALSE(r->problems().empty());
    CHECK(r->problems().front()->id == QLatin1String("sharpness"));
    CHECK(r->problems().front()->message().contains(QStringLiteral("다시 찍으세요")));
    CHECK(r->problems().front()->message().contains(QStringLiteral("retake")));
}

TEST_CASE("on a before photo the old mark is the expected state — on an after photo it must be gone", "[photo][slots]")
{
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(QStringLiteral("old.png"));
    REQUIRE(cv::imwrite(oldPath.toStdString(), oldMarkImage()));
    auto made = PhotoChecker::create(PhotoCheckThresholds{}, {}, {oldPath});
    REQUIRE(made.ok());
    const BeforeAfter pair = makeBeforeAfter(brandMark(), OldState::OldMark, Surface::LightGrey, 601);
    auto before = made->check(pair.beforeJpeg, as(PhotoSlot::Before));
    REQUIRE(before.ok());
    INFO(problemsOf(*before).toStdString());
    CHECK(before->verdict == PhotoVerdict::Pass);
    CHECK(before->find(QStringLiteral("old_mark"))->weight == CheckWeight::Info);
    CHECK(before->find(QStringLiteral("old_mark"))->message(gc::Lang::English).contains(QStringLiteral("superseded mark is visible")));
    auto after = made->check(pair.beforeJpeg, as(PhotoSlot::After));
    REQUIRE(after.ok());
    CHECK(after->find(QStringLiteral("old_mark"))->status == PhotoCheckStatus::Fail);
}

TEST_CASE("check-photo --slot: the same file judged as a before and as an after photo", "[photo][slots][cli]")
{
    QTemporaryDir dir;
    const BeforeAfter pair = makeBeforeAfter(brandMark(), OldState::PlainSign, Surface::DarkGrey, 701);
    PhotoCheckRequest request;
    request.photo = writeFile(dir, QStringLiteral("before.jpg"), pair.beforeJpeg);
    request.slot = PhotoSlot::Before;
    auto asBefore = PhotoCheckRun::checkOne(request);
    REQUIRE(asBefore.ok());
    CHECK(asBefore->verdict == PhotoVerdict::Pass);
    CHECK(PhotoCheckRun::report(request.photo, *asBefore).contains(QStringLiteral("PASS as a before photo")));

    request.slot = PhotoSlot::After; // the default: what check-photo always did
    auto asAfter = PhotoCheckRun::checkOne(request);
    REQUIRE(asAfter.ok());
    CHECK(asAfter->verdict == PhotoVerdict::Fail);
    const QString report = PhotoCheckRun::report(request.photo, *asAfter);
    INFO(report.toStdString());
    // The report leads with what to do, in both languages.
    CHECK(report.contains(QStringLiteral("→ 새 브랜드 마크가 보이지 않습니다")));
    CHECK(report.contains(QStringLiteral("the new brand mark is not visible")));

    // The after photo against its before photo.
    request.photo = writeFile(dir, QStringLiteral("after.jpg"), pair.afterJpeg);
    request.before = dir.filePath(QStringLiteral("before.jpg"));
    auto after = PhotoCheckRun::checkOne(request);
    REQUIRE(after.ok());
    INFO(problemsOf(*after).toStdString());
    CHECK(after->verdict == PhotoVerdict::Pass);
}

TEST_CASE("a reused photo names what it was filed for, never an empty code", "[photo][slots][duplicate]")
{
    const BeforeAfter pair = makeBeforeAfter(brandMark(), OldState::PlainSign, Surface::White, 801);
    auto hash = checker().check(pair.beforeJpeg, as(PhotoSlot::Before));
    REQUIRE(hash.ok());
    PhotoCheckContext ctx = as(PhotoSlot::Before);
    ctx.assetCode = QStringLiteral("GC-SIGN-000001");

    ctx.knownPhotos = {{hash->perceptualHash, QStringLiteral("GC-SIGN-000777"), QStringLiteral("p1"), QStringLiteral("before")}};
    auto other = checker().check(pair.beforeJpeg, ctx);
    REQUIRE(other.ok());
    const PhotoCheck *dup = other->find(QStringLiteral("duplicate"));
    REQUIRE(dup);
    CHECK(dup->status == PhotoCheckStatus::Fail);
    CHECK(other->verdict == PhotoVerdict::Fail);
    CHECK(dup->message(gc::Lang::Korean).contains(QStringLiteral("다른 시설물(GC-SIGN-000777)")));
    CHECK(dup->details.value(QStringLiteral("asset")).toString() == QLatin1String("GC-SIGN-000777"));

    // A photo filed for no asset (a place proposal): said so, not "다른 시설물()".
    ctx.knownPhotos = {{hash->perceptualHash, QString(), QStringLiteral("0192f0aa-0000-7000-8000-000000000001"), QStringLiteral("proposal")}};
    auto proposal = checker().check(pair.beforeJpeg, ctx);
    REQUIRE(proposal.ok());
    dup = proposal->find(QStringLiteral("duplicate"));
    REQUIRE(dup);
    CHECK(dup->status == PhotoCheckStatus::Fail);
    CHECK_FALSE(dup->message(gc::Lang::Korean).contains(QStringLiteral("()")));
    CHECK(dup->message(gc::Lang::Korean).contains(QStringLiteral("신규 장소 제안")));
    CHECK(dup->message(gc::Lang::English).contains(QStringLiteral("a place proposal")));
}

TEST_CASE("a before photo is judged at the asset and in the work window", "[photo][slots]")
{
    const BeforeAfter pair = makeBeforeAfter(brandMark(), OldState::OtherLogo, Surface::White, 1001);
    const QDateTime shot(QDate(2026, 12, 7), QTime(10, 30), QTimeZone("Asia/Seoul"));
    PhotoExif exif;
    exif.latitude = 37.4568;
    exif.longitude = 126.8955;
    exif.takenAt = shot;
    auto jpeg = writePhotoExif(pair.beforeJpeg, exif);
    REQUIRE(jpeg.ok());

    PhotoCheckContext ctx = as(PhotoSlot::Before);
    ctx.assetPosition = GeoPoint{37.4568 + 20.0 / 111'000, 126.8955}; // 20 m
    ctx.workStart = shot.addDays(-1);
    ctx.workEnd = shot.addDays(1);
    ctx.beforeTakenAt = shot.addSecs(3600); // an older "before" on file is not this photo's concern
    auto ok = checker().check(*jpeg, ctx);
    REQUIRE(ok.ok());
    INFO(problemsOf(*ok).toStdString());
    CHECK(ok->verdict == PhotoVerdict::Pass);
    CHECK(ok->find(QStringLiteral("location"))->status == PhotoCheckStatus::Pass);
    CHECK(ok->find(QStringLiteral("time"))->status == PhotoCheckStatus::Pass);

    ctx.assetPosition = GeoPoint{37.4568 + 600.0 / 111'000, 126.8955}; // 600 m: another asset's photo
    ctx.workStart = shot.addDays(3);                                    // and from before the work began
    ctx.workEnd = shot.addDays(9);
    auto far = checker().check(*jpeg, ctx);
    REQUIRE(far.ok());
    CHECK(far->verdict == PhotoVerdict::Fail);
    QStringList ids;
    for (const PhotoCheck *c : far->problems())
        ids << c->id;
    CHECK(ids == QStringList{QStringLiteral("location"), QStringLiteral("time")});
    CHECK(far->find(QStringLiteral("location"))->message(gc::Lang::Korean).contains(QStringLiteral("다시 찍으세요")));
}
