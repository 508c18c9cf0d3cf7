#include "photo/photopyramid.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace gc::core {

cv::Mat PhotoPyramid::shrink(const cv::Mat &img, int longSide)
{
    const int have = std::max(img.cols, img.rows);
    if (have <= longSide)
        return img;
    const double s = double(longSide) / have;
    cv::Mat out;
    cv::resize(img, out, cv::Size(), s, s, cv::INTER_AREA);
    return out;
}

PhotoPyramid::PhotoPyramid(cv::Mat colour, const PhotoCheckThresholds &t) : m_colour(std::move(colour))
{
    // Grey first, then shrink: one channel to average instead of three (a third of the cost).
    cv::Mat grey;
    cv::cvtColor(m_colour, grey, cv::COLOR_BGR2GRAY);
    const int have = std::max(grey.cols, grey.rows);
    if (have > t.workLongSide && have < 2 * t.workLongSide) {
        const double s = double(t.workLongSide) / have;
        cv::resize(grey, m_work, cv::Size(), s, s, cv::INTER_LINEAR);
    } else {
        m_work = shrink(grey, t.workLongSide);
    }
}

cv::Mat PhotoPyramid::grey(int longSide) const
{
    return shrink(m_work, longSide);
}

} // namespace gc::core
