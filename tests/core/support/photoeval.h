#pragma once

#include "photofixtures.h"

#include "photo/markmatcher.h"

#include <functional>
#include <vector>

namespace gc::test {

struct MarkOutcome {
    bool found = false;
    bool quadRight = false;  // every found corner within 6 % of the mark's diagonal of the truth
    int inliers = 0;
    int emblemInliers = 0;     // MarkMatch::emblemInliers
    double emblemColour = 1;   // MarkMatch::emblemColour
    double correlation = 0;
    QString rejected;
    QString variant;  // of the reference that matched, when found
    std::array<cv::Point2f, 4> quad{};  // the found outline, in photo pixels
};

// Runs the same path as PhotoChecker: safe decode, grey work copy, ORB features, match.
MarkOutcome detectMark(const core::MarkMatcher &matcher, const QByteArray &jpeg, const std::array<cv::Point2f, 4> *truth);

// Draws scene i = 0…count-1 with make(i) and detects the mark in it, on two threads.
std::vector<std::pair<PhotoScene, MarkOutcome>> runScenes(const core::MarkMatcher &matcher, int count,
                                                           const std::function<PhotoScene(int)> &make);

struct FamilyCounts {
    int hits = 0, misses = 0, misplaced = 0;  // positives: found in place, not found, found elsewhere
    int misnamed = 0;                         // hits credited to another variant of the mark than the one shown
    int falsePositives = 0, trueNegatives = 0;
};
struct EvalSummary {
    std::vector<std::pair<QString, FamilyCounts>> families;  // in first-seen order
    FamilyCounts total;
    double recall() const;
    double falsePositiveRate() const;
    QString table(const QString &title) const;  // a plain-text confusion table per family
};
// `variant`: the one the positives show (MarkMatcher::variantOf), to count hits named after another; empty: not counted.
EvalSummary summarise(const std::vector<std::pair<PhotoScene, MarkOutcome>> &positives,
                      const std::vector<std::pair<PhotoScene, MarkOutcome>> &negatives, const QString &variant = {});

} // namespace gc::test
