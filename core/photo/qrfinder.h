#pragma once

#include <QString>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace gc::core {

// A QR label seen in a photo: where, and what it says when it could be read.
struct QrFinding {
    bool seen = false;
    QString text;
    std::vector<cv::Point2f> box;  // pixels of the grey image it was looked for in
};

// Looks for one QR label in `grey`, located on a copy shrunk to `longSide` and read at full size.
QrFinding findQr(const cv::Mat &grey, int longSide);

} // namespace gc::core
