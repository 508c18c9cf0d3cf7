#pragma once

#include "photo/photocheckthresholds.h"

#include <opencv2/core/mat.hpp>

namespace gc::core {

// The sizes of one photo the checks look at, made from its single (DCT-scaled) decode, so no check shrinks the
// big picture again:
//   colour  as decoded (about 2000 px for a 12 MP JPEG): only the preview reads it
//   work    grey, workLongSide: mark, old mark and QR are found here and their outlines are given in it
// Smaller grey copies (sharpness, exposure, hash, same_place) are shrunk from `work` by the thread that needs
// them: the calling thread, which the mark matching keeps busiest, builds only what it reads itself.
class PhotoPyramid {
public:
    PhotoPyramid(cv::Mat colour, const PhotoCheckThresholds &t);

    const cv::Mat &colour() const { return m_colour; }
    const cv::Mat &work() const { return m_work; }
    // Grey at `longSide` (or smaller when the photo is), shrunk from `work`.
    cv::Mat grey(int longSide) const;
    // `img` shrunk (area-averaged) to `longSide`; as it is when already no larger.
    static cv::Mat shrink(const cv::Mat &img, int longSide);

private:
    cv::Mat m_colour, m_work;
};

} // namespace gc::core
