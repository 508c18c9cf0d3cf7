// The mark check on a generated test set: the brand mark on plates, poles, vehicles and panels at up to 50°,
// down to 3 % of the frame, blurred, noisy and JPEG-compressed; and decoys that must not count as the mark.
#include "photoeval.h"
#include "photofixtures.h"

#include "photo/markmatcher.h"
#include "photo/photocheckthresholds.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cmath>

using namespace gc::core;
using namespace gc::test;

namespace {

template <typename Make>
std::vector<std::pair<PhotoScene, MarkOutcome>> runAll(const MarkMatcher &matcher, int count, std::uint32_t firstSeed, Make make)
{
    return runScenes(matcher, count, [&](int i) { return make(firstSeed + std::uint32_t(i)); });
}

MarkMatcher defaultMatcher()
{
    MarkMatcher m{PhotoCheckThresholds{}};
    REQUIRE(m.addReferenceFile(brandDir() + QStringLiteral("/goodcity_mark_color.png")).ok());
    return m;
}

} // namespace

TEST_CASE("mark check finds the brand mark in at least 98 % of generated field photos", "[photo][mark]")
{
    const MarkMatcher matcher = defaultMatcher();
    const cv::Mat mark = loadBgra(brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    REQUIRE(!mark.empty());
    const int n = 120;
    const auto results = runAll(matcher, n, 1000, [&](std::uint32_t seed) { return makeMarkScene(mark, seed); });
    int hits = 0, weakest = 1 << 30;
    for (const auto &[scene, o] : results) {
        if (o.found && o.quadRight) {
            ++hits;
            weakest = std::min(weakest, o.inliers);
        }
        else
            UNSCOPED_INFO("missed: " << scene.description.toStdString() << " inliers=" << o.inliers << " found=" << o.found
                                     << " rejected=" << o.rejected.toStdString());
    }
    const double recall = double(hits) / n;
    WARN("mark recall " << hits << "/" << n << " = " << recall << ", fewest inliers in a hit " << weakest);
    CHECK(recall >= 0.98);
}

TEST_CASE("mark check does not fire on other logos, lettering or photos without the mark", "[photo][mark]")
{
    const MarkMatcher matcher = defaultMatcher();
    const int n = 110;
    const auto results = runAll(matcher, n, 5000, [&](std::uint32_t seed) { return makeNegativeScene(seed); });
    int falsePositives = 0, strongest = 0;
    for (const auto &[scene, o] : results) {
        strongest = std::max(strongest, o.inliers);
        if (o.found) {
            ++falsePositives;
            UNSCOPED_INFO("false positive: " << scene.description.toStdString() << " inliers=" << o.inliers);
        }
    }
    const double rate = double(falsePositives) / n;
    WARN("mark false positives " << falsePositives << "/" << n << " = " << rate << ", most RANSAC inliers on a decoy " << strongest);
    CHECK(rate <= 0.01);
}

TEST_CASE("the vertical mark on poles is found with the vertical reference", "[photo][mark]")
{
    MarkMatcher matcher{PhotoCheckThresholds{}};
    REQUIRE(matcher.addReferenceFile(brandDir() + QStringLiteral("/goodcity_mark_color.png")).ok());
    REQUIRE(matcher.addReferenceFile(brandDir() + QStringLiteral("/goodcity_mark_vertical.png")).ok());
    const cv::Mat mark = loadBgra(brandDir() + QStringLiteral("/goodcity_mark_vertical.png"));
    const int n = 12;
    const auto results = runAll(matcher, n, 9000, [&](std::uint32_t seed) { return makeMarkScene(mark, seed); });
    int hits = 0;
    for (const auto &[scene, o] : results) {
        hits += o.found && o.quadRight;
        if (!(o.found && o.quadRight))
            UNSCOPED_INFO("missed: " << scene.description.toStdString() << " inliers=" << o.inliers);
    }
    CHECK(hits >= n - 1);
}

TEST_CASE("every variant of the mark is prepared at about the horizontal mark's area", "[photo][mark]")
{
    // A lockup as tall as the horizontal mark is long would have twice its pixels, and a lockup covering the same
    // share of a photo would be matched at coarser ORB levels of the reference, where it has few keypoints.
    const PhotoCheckThresholds t;
    MarkMatcher matcher{t};
    for (const char *file : {"goodcity_mark_color.png", "goodcity_mark_vertical.png", "goodcity_mark_mono.png"})
        REQUIRE(matcher.addReferenceFile(brandDir() + QLatin1Char('/') + QLatin1String(file)).ok());
    const cv::Size colour = matcher.reference(0).size, vertical = matcher.reference(1).size, mono = matcher.reference(2).size;
    CHECK(colour.width == t.markReferenceLongSide);
    CHECK(mono == colour);
    CHECK(vertical.height > vertical.width);
    CHECK(vertical.area() <= 1.01 * t.markReferenceMaxArea);  // to the rounding of its sides
    CHECK(vertical.area() >= 0.95 * colour.area());
    CHECK(std::abs(double(vertical.width) / vertical.height - 600.0 / 900.0) < 0.01);  // the artwork's proportions kept
}

// Not a test: writes the generated set as JPEG files for trying goodcity-cli check-photo(s) by hand.
//   GC_PHOTO_EXPORT=/tmp/photos gc_photo_tests "[.export]"
TEST_CASE("export the generated photo set", "[.export]")
{
    const QString dir = qEnvironmentVariable("GC_PHOTO_EXPORT");
    REQUIRE(!dir.isEmpty());
    const cv::Mat mark = loadBgra(brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    auto save = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    for (int i = 0; i < 12; ++i)
        save(QStringLiteral("mark_%1.jpg").arg(i, 2, 10, QLatin1Char('0')), makeMarkScene(mark, 1000 + std::uint32_t(i)).jpeg);
    for (int i = 0; i < 8; ++i)
        save(QStringLiteral("decoy_%1.jpg").arg(i, 2, 10, QLatin1Char('0')), makeNegativeScene(5000 + std::uint32_t(i)).jpeg);
}
