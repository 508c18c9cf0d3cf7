// The new mark is judged whole or not at all: its emblem alone on a plate, or a mark mostly beyond the frame, is not
// "the new mark" (an outside pass found both passing), and the crew is told what to do about a mark cut by the frame.
#include "photocheckfixture.h"
#include "photofixtures.h"

#include "photo/photochecker.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

#include <opencv2/imgproc.hpp>

using namespace gc::core;
using namespace gc::test;

namespace {

// The emblem of the horizontal colour mark: its left third (the lettering starts at about 33 % of its width).
cv::Mat emblemOnly()
{
    const cv::Mat &m = colourMark();
    return m(cv::Rect(0, 0, m.cols * 32 / 100, m.rows)).clone();
}

// The mark's lettering with its emblem (the left third) cleared, or replaced by another organisation's emblem: a purple
// disc with an orange triangle, or a navy square with a white bar (an outside pass found both passing as the mark).
cv::Mat letteringWith(int foreign)
{
    cv::Mat m = colourMark().clone();
    const cv::Rect emblem(0, 0, m.cols * 32 / 100, m.rows);
    m(emblem).setTo(cv::Scalar(0, 0, 0, 0));
    const cv::Point centre(emblem.width / 2, m.rows / 2);
    const int r = std::min(emblem.width, m.rows) * 9 / 20;
    if (foreign == 1) {
        cv::circle(m, centre, r, cv::Scalar(128, 30, 110, 255), cv::FILLED, cv::LINE_AA);
        const std::vector<cv::Point> tri{{centre.x, centre.y - r * 4 / 5}, {centre.x + r * 7 / 10, centre.y + r / 2}, {centre.x - r * 7 / 10, centre.y + r / 2}};
        cv::fillConvexPoly(m, tri, cv::Scalar(20, 140, 240, 255), cv::LINE_AA);
    } else if (foreign == 2) {
        cv::rectangle(m, cv::Rect(centre.x - r, centre.y - r, 2 * r, 2 * r), cv::Scalar(90, 40, 20, 255), cv::FILLED);
        cv::rectangle(m, cv::Rect(centre.x - r * 3 / 5, centre.y - r / 6, r * 6 / 5, r / 3), cv::Scalar(255, 255, 255, 255), cv::FILLED);
    }
    return m;
}

// A street photograph with a light plate carrying `content`, the plate `plateWidth` pixels wide at `at` (its top
// left; it may run beyond the frame), turned a little. The plate is 1.25 × the content's width.
QByteArray plateScene(const cv::Mat &content, double plateWidth, cv::Point2f at, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    const cv::Size size(1600, 1200);
    cv::Mat photo = background(int(seed % 7), size, rng);
    cv::Mat plate(cv::Size(content.cols * 5 / 4, content.rows * 3 / 2), CV_8UC4, cv::Scalar(246, 246, 244, 255));
    paste(plate, content, {content.cols / 8, content.rows / 4});
    const float w = float(plateWidth), h = float(plateWidth * plate.rows / plate.cols);
    std::uniform_real_distribution<float> jitter(-0.04f * h, 0.04f * h);
    const std::vector<cv::Point2f> from{{0, 0}, {float(plate.cols), 0}, {float(plate.cols), float(plate.rows)}, {0, float(plate.rows)}};
    const std::vector<cv::Point2f> to{at + cv::Point2f(jitter(rng), jitter(rng)), at + cv::Point2f(w + jitter(rng), jitter(rng)),
                                      at + cv::Point2f(w + jitter(rng), h + jitter(rng)), at + cv::Point2f(jitter(rng), h + jitter(rng))};
    compositeInto(photo, plate, cv::getPerspectiveTransform(from, to));
    return encodeJpeg(photo, 88);
}

const PhotoCheck &markOf(const PhotoCheckResult &r)
{
    const PhotoCheck *c = r.find(QStringLiteral("mark"));
    REQUIRE(c);
    return *c;
}

} // namespace

TEST_CASE("the emblem alone on a plate is not the new mark, the whole mark on the same plate is", "[photo][checker][whole]")
{
    const cv::Mat emblem = emblemOnly();
    for (std::uint32_t seed = 1; seed <= 6; ++seed) {
        INFO("seed " << seed);
        // The emblem as large as it is in a well-framed mark, in the middle of the frame.
        auto part = checker().check(plateScene(emblem, 420, {560, 420}, seed), PhotoCheckContext{});
        REQUIRE(part.ok());
        INFO(QJsonDocument(markOf(*part).details).toJson(QJsonDocument::Compact).toStdString());
        CHECK(markOf(*part).status == PhotoCheckStatus::Fail);
        // Control: the whole mark on the same plate, in the same place, is found.
        auto whole = checker().check(plateScene(colourMark(), 900, {350, 420}, seed), PhotoCheckContext{});
        REQUIRE(whole.ok());
        CHECK(markOf(*whole).status == PhotoCheckStatus::Pass);
    }
}

TEST_CASE("the mark's lettering alone, or beside another organisation's emblem, is not the new mark", "[photo][checker][whole]")
{
    for (int foreign = 0; foreign < 3; ++foreign) {
        const cv::Mat lettering = letteringWith(foreign);
        for (std::uint32_t seed = 21; seed <= 26; ++seed) {
            INFO("foreign emblem " << foreign << ", seed " << seed);
            auto r = checker().check(plateScene(lettering, 900, {350, 420}, seed), PhotoCheckContext{});
            REQUIRE(r.ok());
            INFO(QJsonDocument(markOf(*r).details).toJson(QJsonDocument::Compact).toStdString());
            CHECK(markOf(*r).status == PhotoCheckStatus::Fail);
        }
    }
    // Control: the whole mark on the same plates is found.
    for (std::uint32_t seed = 21; seed <= 26; ++seed) {
        auto whole = checker().check(plateScene(colourMark(), 900, {350, 420}, seed), PhotoCheckContext{});
        REQUIRE(whole.ok());
        CHECK(markOf(*whole).status == PhotoCheckStatus::Pass);
    }
}

TEST_CASE("a mark 70 % beyond the frame fails and tells the crew to get the whole mark in the picture", "[photo][checker][whole]")
{
    for (std::uint32_t seed = 11; seed <= 16; ++seed) {
        INFO("seed " << seed);
        // The plate is 1000 px wide with the mark in its middle 800 px; its left edge at x = 1600 − 100 − 240 leaves
        // 240 px (30 %) of the mark in the frame.
        auto cut = checker().check(plateScene(colourMark(), 1000, {1600 - 100 - 240, 400}, seed), PhotoCheckContext{});
        REQUIRE(cut.ok());
        const PhotoCheck &mark = markOf(*cut);
        CHECK(mark.status == PhotoCheckStatus::Fail);
        CHECK(mark.details.value(QStringLiteral("cut_off")).toBool());
        CHECK(mark.message(gc::Lang::English).contains(QStringLiteral("the whole mark must be in the picture")));
        CHECK(mark.message(gc::Lang::Korean).contains(QStringLiteral("마크 전체가 사진에 들어와야 합니다")));
        CHECK(cut->verdict == PhotoVerdict::Fail);
        // Control: the same plate moved fully into the frame, its edge near the border, passes.
        auto inside = checker().check(plateScene(colourMark(), 1000, {1600 - 1000 - 30, 400}, seed), PhotoCheckContext{});
        REQUIRE(inside.ok());
        CHECK(markOf(*inside).status == PhotoCheckStatus::Pass);
    }
}
