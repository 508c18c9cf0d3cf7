// The mark check on the held-back family (photoheldout.h): a generator the detector was never tuned on, with
// its own backgrounds, decoys and distortions pushed to the limits the office asked for.
#include "photoeval.h"
#include "photoheldout.h"

#include "photo/markmatcher.h"
#include "photo/photochecker.h"
#include "photo/photocheckthresholds.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace gc::core;
using namespace gc::test;

namespace {

// The checker's own references: every variant of the mark (colour, vertical lockup, mono).
MarkMatcher defaultMatcher()
{
    MarkMatcher m{PhotoCheckThresholds{}};
    for (const QString &reference : PhotoChecker::defaultMarkReferences())
        REQUIRE(m.addReferenceFile(reference).ok());
    return m;
}

EvalSummary evaluateHeldOut(const MarkMatcher &matcher, int positives, int negatives, std::uint32_t firstSeed,
                            const QString &markFile = QStringLiteral("goodcity_mark_color.png"))
{
    const cv::Mat mark = loadBgra(brandDir() + QLatin1Char('/') + markFile);
    REQUIRE(!mark.empty());
    const auto pos = runScenes(matcher, positives, [&](int i) { return makeHeldOutMarkScene(mark, firstSeed + std::uint32_t(i), i); });
    const auto neg = runScenes(matcher, negatives, [&](int i) { return makeHeldOutNegativeScene(firstSeed + 50'000 + std::uint32_t(i)); });
    const QString variant = MarkMatcher::variantOf(markFile);
    for (const auto &[scene, o] : pos) {
        if (!(o.found && o.quadRight))
            UNSCOPED_INFO("missed: " << scene.description.toStdString() << " inliers=" << o.inliers << " ncc=" << o.correlation << " found=" << o.found
                                     << " rejected=" << o.rejected.toStdString());
        else if (o.variant != variant)
            UNSCOPED_INFO("found as " << o.variant.toStdString() << ": " << scene.description.toStdString() << " ncc=" << o.correlation);
    }
    for (const auto &[scene, o] : neg)
        if (o.found)
            UNSCOPED_INFO("false positive: " << scene.description.toStdString() << " inliers=" << o.inliers << " ncc=" << o.correlation);
    return summarise(pos, neg, variant);
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

TEST_CASE("mark check holds on the held-back family: recall >= 98 %, false positives <= 1 %", "[photo][mark][heldout]")
{
    const MarkMatcher matcher = defaultMatcher();
    const EvalSummary s = evaluateHeldOut(matcher, 60, 60, 700'000);
    WARN(s.table(QStringLiteral("held-back family, 60 + 60")).toStdString());
    CHECK(s.recall() >= 0.98);
    CHECK(s.falsePositiveRate() <= 0.01);
    CHECK(s.total.misnamed == 0);  // the colour mark is not taken for its mono or vertical variant
}

TEST_CASE("the vertical lockup and the mono mark hold on the held-back family too, each named as such", "[photo][mark][heldout]")
{
    // The other variants proven rather than assumed: the same distortions, backgrounds and decoys, with the lockup
    // of poles and narrow plates or the one-colour mark in place of the colour one, against all the checker's references.
    const MarkMatcher matcher = defaultMatcher();
    const EvalSummary vertical = evaluateHeldOut(matcher, 50, 20, 720'000, QStringLiteral("goodcity_mark_vertical.png"));
    WARN(vertical.table(QStringLiteral("held-back family, vertical lockup, 50 + 20")).toStdString());
    CHECK(vertical.recall() >= 0.98);
    CHECK(vertical.falsePositiveRate() <= 0.01);
    CHECK(vertical.total.misnamed == 0);
    const EvalSummary mono = evaluateHeldOut(matcher, 50, 0, 760'000, QStringLiteral("goodcity_mark_mono.png"));
    WARN(mono.table(QStringLiteral("held-back family, mono mark, 50 + 0")).toStdString());
    CHECK(mono.recall() >= 0.98);
    CHECK(mono.total.misnamed <= 1);  // colour and mono differ only in grey levels; one tie in 50 is tolerated
}

// Not a test: the evaluation report for both families (scripts/photo-eval runs it).
//   GC_PHOTO_EVAL_POSITIVES=200 GC_PHOTO_EVAL_NEGATIVES=200 gc_photo_tests "[.photo-eval]"
TEST_CASE("photo evaluation report", "[.photo-eval]")
{
    const MarkMatcher matcher = defaultMatcher();
    const int positives = envInt("GC_PHOTO_EVAL_POSITIVES", 200), negatives = envInt("GC_PHOTO_EVAL_NEGATIVES", 200);
    const cv::Mat mark = loadBgra(brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    REQUIRE(!mark.empty());
    // The tuning family uses the seeds of test_photomark.cpp's sets, the held-back family seeds no test uses.
    const auto tunePos = runScenes(matcher, positives, [&](int i) { return makeMarkScene(mark, 1000 + std::uint32_t(i)); });
    const auto tuneNeg = runScenes(matcher, negatives, [&](int i) { return makeNegativeScene(5000 + std::uint32_t(i)); });
    const EvalSummary tune = summarise(tunePos, tuneNeg, QStringLiteral("goodcity_mark_color"));
    std::printf("%s\n", qPrintable(tune.table(QStringLiteral("tuning family (photofixtures.h), %1 + %2").arg(positives).arg(negatives))));
    const EvalSummary held = evaluateHeldOut(matcher, positives, negatives, 900'000);
    std::printf("%s\n", qPrintable(held.table(QStringLiteral("held-back family (photoheldout.h), %1 + %2").arg(positives).arg(negatives))));
    for (const char *file : {"goodcity_mark_vertical.png", "goodcity_mark_mono.png"}) {
        const QString f = QString::fromLatin1(file);
        const EvalSummary v = evaluateHeldOut(matcher, positives / 2, negatives / 10, 930'000, f);
        std::printf("%s\n", qPrintable(v.table(QStringLiteral("held-back family, %1, %2 + %3").arg(f).arg(positives / 2).arg(negatives / 10))));
    }
    std::fflush(stdout);
    SUCCEED();
}
