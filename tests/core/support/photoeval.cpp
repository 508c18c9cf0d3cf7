#include "photoeval.h"

#include "photo/photocheckthresholds.h"
#include "photo/photodecoder.h"

#include <opencv2/imgproc.hpp>

#include <future>

namespace gc::test {

MarkOutcome detectMark(const core::MarkMatcher &matcher, const QByteArray &jpeg, const std::array<cv::Point2f, 4> *truth)
{
    const core::PhotoCheckThresholds t;
    MarkOutcome o;
    auto decoded = core::PhotoDecoder(t).decode(jpeg, t.workLongSide);
    if (!decoded)
        return o;
    cv::Mat grey;
    cv::cvtColor(decoded->bgr, grey, cv::COLOR_BGR2GRAY);
    const double scale = double(t.workLongSide) / std::max(grey.cols, grey.rows);
    if (scale < 1)
        cv::resize(grey, grey, cv::Size(), scale, scale, cv::INTER_AREA);
    core::PhotoFeatures pf = core::MarkMatcher::features(grey, t);
    pf.colour = decoded->bgr;  // as PhotoPyramid::colour(): the emblem's colours are read there
    const core::MarkMatch m = matcher.match(pf);
    o.emblemColour = m.emblemColour;
    o.found = m.found;
    o.inliers = m.inliers;
    o.emblemInliers = m.emblemInliers;
    o.correlation = m.correlation;
    o.rejected = m.rejectedBecause;
    if (m.found)
        o.variant = matcher.reference(m.reference).variant;
    for (size_t i = 0; i < 4; ++i)
        o.quad[i] = m.quad[i] * float(double(decoded->width) / grey.cols);
    if (m.found && truth) {
        const double diag = cv::norm((*truth)[0] - (*truth)[2]);
        const double f = double(grey.cols) / decoded->width;
        o.quadRight = true;
        for (size_t i = 0; i < 4; ++i)
            o.quadRight = o.quadRight && cv::norm(m.quad[i] - (*truth)[i] * float(f)) < 0.06 * diag * f;
    }
    return o;
}

std::vector<std::pair<PhotoScene, MarkOutcome>> runScenes(const core::MarkMatcher &matcher, int count, const std::function<PhotoScene(int)> &make)
{
    // Two threads, each drawing and matching its own scenes (Qt paints text into QImages from any thread).
    std::vector<std::pair<PhotoScene, MarkOutcome>> out;
    out.resize(size_t(count));
    auto work = [&](int from) {
        for (int i = from; i < count; i += 2) {
            auto &[scene, outcome] = out[size_t(i)];
            scene = make(i);
            outcome = detectMark(matcher, scene.jpeg, scene.hasMark ? &scene.markQuad : nullptr);
            scene.bgr.release();  // keep memory flat on big evaluation runs
        }
    };
    auto other = std::async(std::launch::async, work, 1);
    work(0);
    other.get();
    return out;
}

double EvalSummary::recall() const
{
    const int n = total.hits + total.misses + total.misplaced;
    return n ? double(total.hits) / n : 0;
}

double EvalSummary::falsePositiveRate() const
{
    const int n = total.falsePositives + total.trueNegatives;
    return n ? double(total.falsePositives) / n : 0;
}

QString EvalSummary::table(const QString &title) const
{
    QString s = QStringLiteral("%1\n  %2 %3 %4 %5 %6 %7 %8\n").arg(title).arg(QStringLiteral("family"), -10).arg(QStringLiteral("found"), 6)
                    .arg(QStringLiteral("missed"), 7).arg(QStringLiteral("elsewh"), 7).arg(QStringLiteral("FP"), 5).arg(QStringLiteral("TN"), 5)
                    .arg(QStringLiteral("misnamed"), 9);
    auto row = [&](const QString &name, const FamilyCounts &c) {
        s += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n").arg(name, -10).arg(c.hits, 6).arg(c.misses, 7).arg(c.misplaced, 7).arg(c.falsePositives, 5)
                 .arg(c.trueNegatives, 5).arg(c.misnamed, 9);
    };
    for (const auto &[name, c] : families)
        row(name, c);
    row(QStringLiteral("total"), total);
    s += QStringLiteral("  recall %1 %, false positives %2 %\n").arg(100 * recall(), 0, 'f', 1).arg(100 * falsePositiveRate(), 0, 'f', 1);
    return s;
}

EvalSummary summarise(const std::vector<std::pair<PhotoScene, MarkOutcome>> &positives, const std::vector<std::pair<PhotoScene, MarkOutcome>> &negatives,
                      const QString &variant)
{
    EvalSummary sum;
    auto slot = [&](const QString &family) -> FamilyCounts & {
        for (auto &[name, c] : sum.families)
            if (name == family)
                return c;
        sum.families.emplace_back(family, FamilyCounts{});
        return sum.families.back().second;
    };
    for (const auto &[scene, o] : positives) {
        int FamilyCounts::*field = o.found ? (o.quadRight ? &FamilyCounts::hits : &FamilyCounts::misplaced) : &FamilyCounts::misses;
        ++(slot(scene.family).*field);
        ++(sum.total.*field);
        if (field == &FamilyCounts::hits && !variant.isEmpty() && o.variant != variant) {
            ++slot(scene.family).misnamed;
            ++sum.total.misnamed;
        }
    }
    for (const auto &[scene, o] : negatives) {
        int FamilyCounts::*field = o.found ? &FamilyCounts::falsePositives : &FamilyCounts::trueNegatives;
        ++(slot(QStringLiteral("neg:") + scene.family).*field);
        ++(sum.total.*field);
    }
    return sum;
}

} // namespace gc::test
