#pragma once

#include <QString>

#include <opencv2/core.hpp>

#include <random>

namespace gc::test {

// The mark's own lettering beside ANOTHER organisation's emblem (an outside pass: such plates passed as the new mark):
// `mark` (BGRA, any lockup) with its emblem, the largest piece of its opaque pixels, erased, and in its place a drawn
// emblem of another shape and colours (rounded square, triangle, ring around a figure, hexagon, lettered disc, striped
// shield) or, when `logo` (BGRA) is not empty, that logo. `what` says which.
cv::Mat markWithForeignEmblem(const cv::Mat &mark, std::mt19937 &rng, const cv::Mat &logo, QString *what);

} // namespace gc::test
