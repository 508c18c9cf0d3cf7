#pragma once

#include "photo/photocheckthresholds.h"

#include <opencv2/core/mat.hpp>

#include <array>

namespace gc::core {

// The sign a found mark is fixed on, in the after photo: the plate around the mark (a notice board, a sign plate, a
// vehicle door) grown from just outside the mark's outline over its own colour up to its edges, with whatever it
// encloses (title, panels). Boards of one design stand in many streets, so nothing on one tells the place; same_place
// leaves this region out. `colour` is the after photo (BGR, any size), `quad` the mark's outline at the size `work`;
// the result is a mask (255 = the sign) at `out`.
cv::Mat signRegion(const cv::Mat &colour, const std::array<cv::Point2f, 4> &quad, cv::Size work, cv::Size out,
                   const PhotoCheckThresholds &t);

} // namespace gc::core
