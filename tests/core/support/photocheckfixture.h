#pragma once

#include "photo/photochecker.h"

#include <opencv2/core.hpp>

// What every photo-check test starts from: the checker with the default thresholds and the brand's
// colour mark (assets/brand), each made once per test executable.
namespace gc::test {

const core::PhotoChecker &checker();
const cv::Mat &colourMark(); // the horizontal colour mark, 8-bit BGRA
inline const cv::Mat &brandMark() { return colourMark(); } // the name the slot and checker tests use

} // namespace gc::test
