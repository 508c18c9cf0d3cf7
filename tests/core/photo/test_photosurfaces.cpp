// The mark on every kind of surface (photosurfaces.h): its transparent parts show paint, metal, brick, leaves or a
// car door, and it must be found on all of them. The tests draw from the EVALUATION photographs (mate-backgrounds,
// python3-skimage), which played no part in tuning; scripts/photo-eval prints the full tables for both sources.
#include "photoeval.h"
#include "photosurfaces.h"

#include "photo/markmatcher.h"
#include "photo/photochecker.h"
#include "photo/photocheckthresholds.h"
#include "photo/photodecoder.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>

using namespace gc::core;
using namespace gc::test;

namespace {

MarkMatcher checkerMatcher()
{
    MarkMatcher m{PhotoCheckThresholds{}};
    for (const QString &reference : PhotoChecker::defaultMarkReferences())
        REQUIRE(m.addReferenceFile(reference).ok());
    return m;
}

cv::Mat colourMark()
{
    const cv::Mat mark = loadBgra(brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    REQUIRE(!mark.empty());
    return mark;
}

using Outcomes = std::vector<std::pair<PhotoScene, MarkOutcome>>;

// Frees the JPEGs of a big run; with GC_PHOTO_EVAL_DUMP=DIR, first writes them there to look at.
void dropPhotos(Outcomes &outcomes, const QString &kind)
{
    const QString dir = qEnvironmentVariable("GC_PHOTO_EVAL_DUMP");
    for (auto &[scene, o] : outcomes) {
        if (!dir.isEmpty()) {
            QFile f(QStringLiteral("%1/%2_%3_%4_%5_%6.jpg").arg(dir, kind, scene.family, scene.condition,
                                                              o.found ? QStringLiteral("found") : QStringLiteral("missed"))
                        .arg(scene.description.section(QLatin1Char(' '), 1, 1).section(QLatin1Char('='), 1)));
            if (f.open(QIODevice::WriteOnly))
                f.write(scene.jpeg);
        }
        scene.jpeg.clear();
    }
}

// `perClass` positives of each class in `classes`, conditions cycling; seeds from `firstSeed`.
Outcomes positivesOn(const MarkMatcher &matcher, SurfaceSource source, const QStringList &classes, int perClass, std::uint32_t firstSeed)
{
    const cv::Mat mark = colourMark();
    const int all = int(surfaceClasses().size());
    const int n = int(classes.size()) * perClass;
    Outcomes out = runScenes(matcher, n, [&](int i) {
        const int cls = int(surfaceClasses().indexOf(classes[i % classes.size()]));
        const int index = cls + all * (i / int(classes.size()));
        return makeSurfaceMarkScene(mark, source, firstSeed + std::uint32_t(i), index);
    });
    dropPhotos(out, QStringLiteral("mark"));
    return out;
}

Outcomes negativesOn(const MarkMatcher &matcher, SurfaceSource source, int count, std::uint32_t firstSeed)
{
    Outcomes out = runScenes(matcher, count, [&](int i) { return makeSurfaceNegativeScene(source, firstSeed + std::uint32_t(i), i); });
    dropPhotos(out, QStringLiteral("decoy"));
    return out;
}

void explainMisses(const Outcomes &pos, const Outcomes &neg)
{
    for (const auto &[scene, o] : pos)
        if (!(o.found && o.quadRight))
            UNSCOPED_INFO("missed: " << scene.description.toStdString() << " inliers=" << o.inliers << " ncc=" << o.correlation
                                     << " found=" << o.found << " rejected=" << o.rejected.toStdString());
    for (const auto &[scene, o] : neg)
        if (o.found)
            UNSCOPED_INFO("false positive: " << scene.description.toStdString() << " inliers=" << o.inliers << " ncc=" << o.correlation);
}

Outcomes byCondition(Outcomes outcomes)
{
    for (auto &[scene, o] : outcomes)
        scene.family = scene.condition;
    return outcomes;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

TEST_CASE("the mark stuck on dark grey and black surfaces is found (it was never found there)", "[photo][mark][surfaces]")
{
    // The measurement: on grey 60 and black 30 the colour mark had 0 inliers. Every condition is cycled.
    const MarkMatcher matcher = checkerMatcher();
    const Outcomes pos = positivesOn(matcher, SurfaceSource::Evaluation, {QStringLiteral("dark"), QStringLiteral("black")}, 18, 310'000);
    explainMisses(pos, {});
    const EvalSummary s = summarise(pos, {}, QStringLiteral("goodcity_mark_color"));
    WARN(s.table(QStringLiteral("dark and black surfaces, evaluation photographs")).toStdString());
    for (const auto &[cls, c] : s.families) {
        INFO(cls.toStdString());
        CHECK(double(c.hits) / (c.hits + c.misses + c.misplaced) >= 0.98);  // of 18, that is every one
    }
    CHECK(s.total.misnamed == 0);
}

TEST_CASE("check-photo passes the colour mark on grey 60 and black 30, naming the variant and its outline", "[photo][mark][surfaces]")
{
    // The table, by hand: frontal and flat, the colour mark at 3–8 % of the frame on a plate painted grey 60
    // or black 30, in a real photograph; before, the mark check failed with 0 inliers on both.
    auto checker = PhotoChecker::create(PhotoCheckThresholds{});
    REQUIRE(checker);
    const cv::Mat mark = colourMark();
    cv::Mat street = cv::imread("/usr/share/backgrounds/mate/nature/Storm.jpg", cv::IMREAD_COLOR);
    REQUIRE(!street.empty());
    cv::resize(street, street, cv::Size(1600, 1200), 0, 0, cv::INTER_AREA);
    for (const int tone : {60, 30}) {
        for (const double share : {0.03, 0.08}) {
            const int w = int(std::sqrt(share * 1600 * 1200 * mark.cols / mark.rows));
            const cv::Mat small = resizedBgra(mark, w);
            cv::Mat plate(small.rows * 2, w * 3 / 2, CV_8UC4, cv::Scalar(tone, tone, tone, 255));
            const cv::Point at((plate.cols - small.cols) / 2, (plate.rows - small.rows) / 2);
            paste(plate, small, at);
            cv::Mat photo = street.clone();
            const cv::Point where(500, 400);
            cv::Mat plateBgr;
            cv::cvtColor(plate, plateBgr, cv::COLOR_BGRA2BGR);
            plateBgr.copyTo(photo(cv::Rect(where, plate.size())));
            auto r = checker->check(encodeJpeg(photo, 90), {});
            REQUIRE(r);
            const PhotoCheck *c = r->find(QStringLiteral("mark"));
            INFO("grey " << tone << ", " << share * 100 << " % of the frame: " << c->message(gc::Lang::English).toStdString() << " inliers " << c->value);
            CHECK(c->status == PhotoCheckStatus::Pass);
            CHECK(c->details.value(QStringLiteral("variant")).toString() == QStringLiteral("goodcity_mark_color"));
            const QJsonArray quad = c->details.value(QStringLiteral("quad")).toArray();
            REQUIRE(quad.size() == 4);
            const cv::Point2f tl(float(where.x + at.x), float(where.y + at.y));
            CHECK(std::hypot(quad[0].toArray()[0].toDouble() - tl.x, quad[0].toArray()[1].toDouble() - tl.y) < 0.03 * w);
            CHECK(std::hypot(quad[2].toArray()[0].toDouble() - (tl.x + small.cols), quad[2].toArray()[1].toDouble() - (tl.y + small.rows)) < 0.03 * w);
        }
    }
}

TEST_CASE("the mark on busy surfaces (brick, concrete, foliage, murals, vehicle doors) is found", "[photo][mark][surfaces]")
{
    const MarkMatcher matcher = checkerMatcher();
    const QStringList textured{QStringLiteral("brick"), QStringLiteral("concrete"), QStringLiteral("foliage"), QStringLiteral("mural"),
                               QStringLiteral("vehicle")};
    const Outcomes pos = positivesOn(matcher, SurfaceSource::Evaluation, textured, 12, 320'000);
    explainMisses(pos, {});
    const EvalSummary s = summarise(pos, {}, QStringLiteral("goodcity_mark_color"));
    WARN(s.table(QStringLiteral("textured surfaces, evaluation photographs")).toStdString());
    for (const auto &[cls, c] : s.families) {
        INFO(cls.toStdString());
        CHECK(double(c.hits) / (c.hits + c.misses + c.misplaced) >= 0.98);  // of 12, that is every one
    }
}

TEST_CASE("other logos, lettering and signs on the same surfaces are not taken for the mark", "[photo][mark][surfaces]")
{
    const MarkMatcher matcher = checkerMatcher();
    const Outcomes neg = negativesOn(matcher, SurfaceSource::Evaluation, 72, 330'000);
    explainMisses({}, neg);
    const EvalSummary s = summarise({}, neg);
    WARN(s.table(QStringLiteral("negatives on every surface, evaluation photographs")).toStdString());
    CHECK(s.total.falsePositives == 0);  // ≤ 1 % of 72 is none
}

TEST_CASE("the tuning and evaluation photographs share no file", "[photo][mark][surfaces]")
{
    const QStringList tune = surfaceSourceFiles(SurfaceSource::Tuning), eval = surfaceSourceFiles(SurfaceSource::Evaluation);
    for (const QString &f : eval) {
        INFO(f.toStdString());
        CHECK(!tune.contains(f));
        CHECK(!f.contains(QStringLiteral("opencv-doc")));
    }
}

// Not a test: the per-surface and per-condition report for both sources (scripts/photo-eval runs it).
//   GC_PHOTO_EVAL_SURFACE_POSITIVES=1296 GC_PHOTO_EVAL_SURFACE_NEGATIVES=648 gc_photo_tests "[.photo-eval]"
TEST_CASE("photo evaluation report: surfaces", "[.photo-eval]")
{
    const MarkMatcher matcher = checkerMatcher();
    const int perClass = envInt("GC_PHOTO_EVAL_SURFACE_POSITIVES", 1296) / int(surfaceClasses().size());
    const int negatives = envInt("GC_PHOTO_EVAL_SURFACE_NEGATIVES", 648);
    const QString only = qEnvironmentVariable("GC_PHOTO_EVAL_SOURCE");  // "tuning" or "evaluation": that one alone
    for (const SurfaceSource source : {SurfaceSource::Tuning, SurfaceSource::Evaluation}) {
        if (!only.isEmpty() && only != (source == SurfaceSource::Tuning ? QLatin1String("tuning") : QLatin1String("evaluation")))
            continue;
        // Seeds no test uses: the tests sample the evaluation photographs at 310'000–330'000.
        const std::uint32_t seed = source == SurfaceSource::Tuning ? 400'000 : 500'000;
        const Outcomes pos = positivesOn(matcher, source, surfaceClasses(), perClass, seed);
        const Outcomes neg = negativesOn(matcher, source, negatives, seed + 50'000);
        const QString name = surfaceSourceName(source);
        std::printf("%s\n", qPrintable(summarise(pos, neg, QStringLiteral("goodcity_mark_color"))
                                           .table(QStringLiteral("by surface: %1, %2 + %3").arg(name).arg(pos.size()).arg(neg.size()))));
        std::printf("%s\n", qPrintable(summarise(byCondition(pos), byCondition(neg), QStringLiteral("goodcity_mark_color"))
                                           .table(QStringLiteral("by condition: %1").arg(name))));
        if (qEnvironmentVariableIsSet("GC_PHOTO_EVAL_VERBOSE")) {
            for (const auto &[scene, o] : pos)
                if (!(o.found && o.quadRight))
                    std::printf("  missed: %s inliers=%d ncc=%.2f found=%d %s\n", qPrintable(scene.description), o.inliers, o.correlation, int(o.found),
                                qPrintable(o.rejected));
            for (const auto &[scene, o] : neg)
                if (o.found)
                    std::printf("  false positive: %s inliers=%d ncc=%.2f\n", qPrintable(scene.description), o.inliers, o.correlation);
        }
        std::fflush(stdout);
    }
    SUCCEED();
}

// Not a test: one surface scene, its truth and what the matcher made of it, written to /tmp/gc-surface-scene.jpg.
//   SEED=310022 INDEX=135 SRC=eval [VIA_DECODER=1] [COLOUR_ONLY=1] gc_photo_tests "[.surface-debug]"
// (a scene's seed is in its description; its index is the class's place in surfaceClasses() + 12 × its round)
TEST_CASE("surface scene debug", "[.surface-debug]")
{
    MarkMatcher matcher{PhotoCheckThresholds{}};
    if (qEnvironmentVariableIsSet("COLOUR_ONLY"))
        REQUIRE(matcher.addReferenceFile(brandDir() + QStringLiteral("/goodcity_mark_color.png")).ok());
    else
        matcher = checkerMatcher();
    const int seed = envInt("SEED", 1), index = envInt("INDEX", 0);
    const PhotoScene s = makeSurfaceMarkScene(colourMark(), qEnvironmentVariable("SRC") == QLatin1String("eval") ? SurfaceSource::Evaluation : SurfaceSource::Tuning,
                                              std::uint32_t(seed), index);
    const MarkOutcome o = detectMark(matcher, s.jpeg, &s.markQuad);
    std::printf("%s\nfound=%d right=%d inliers=%d ncc=%.2f variant=%s\ntruth:", qPrintable(s.description), o.found, o.quadRight, o.inliers, o.correlation,
                qPrintable(o.variant));
    for (const auto &p : s.markQuad)
        std::printf(" (%.0f,%.0f)", p.x, p.y);
    std::printf("\nfound:");
    for (const auto &p : o.quad)
        std::printf(" (%.0f,%.0f)", p.x, p.y);
    std::printf("\n");
    {
        const PhotoCheckThresholds t;
        cv::Mat img;
        if (qEnvironmentVariableIsSet("VIA_DECODER")) {
            auto decoded = PhotoDecoder(t).decode(s.jpeg, t.workLongSide);
            REQUIRE(decoded);
            cv::cvtColor(decoded->bgr, img, cv::COLOR_BGR2GRAY);
        } else {
            img = cv::imdecode(cv::Mat(1, int(s.jpeg.size()), CV_8U, const_cast<char *>(s.jpeg.constData())), cv::IMREAD_COLOR);
            cv::cvtColor(img, img, cv::COLOR_BGR2GRAY);
        }
        const double k = 1600.0 / std::max(img.cols, img.rows);
        cv::resize(img, img, cv::Size(), k, k, cv::INTER_AREA);
        const PhotoFeatures pf = MarkMatcher::features(img, t);
        std::vector<cv::Point2f> q;
        for (const auto &p : s.markQuad)
            q.push_back(p * float(k));
        int inside = 0;
        for (const auto &kp : pf.keypoints)
            inside += cv::pointPolygonTest(q, kp.pt, false) >= 0;
        const MarkMatch m = matcher.match(pf);
        std::printf("keypoints %d, inside the mark %d; found %d ncc %.2f candidates %d inliers %d cells %d rejected %s\n", int(pf.keypoints.size()), inside, int(m.found), m.correlation, m.candidates,
                    m.inliers, m.coveredCells, qPrintable(m.rejectedBecause));
    }
    QFile f(QStringLiteral("/tmp/gc-surface-scene.jpg"));
    if (f.open(QIODevice::WriteOnly))
        f.write(s.jpeg);
}
