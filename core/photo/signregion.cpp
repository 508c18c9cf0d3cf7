#include "photo/signregion.h"

#include "photo/photopyramid.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace gc::core {

namespace {

std::array<cv::Point2f, 4> widened(const std::array<cv::Point2f, 4> &quad, float scale, float by)
{
    cv::Point2f centre(0, 0);
    for (const cv::Point2f &p : quad)
        centre += p * (0.25f * scale);
    std::array<cv::Point2f, 4> out;
    for (size_t i = 0; i < quad.size(); ++i)
        out[i] = centre + (quad[i] * scale - centre) * by;
    return out;
}

// Points every few pixels along the closed outline `ring`, inside the image.
std::vector<cv::Point> seedsOn(const std::array<cv::Point2f, 4> &ring, cv::Size size, int step)
{
    std::vector<cv::Point> seeds;
    for (size_t i = 0; i < ring.size(); ++i) {
        const cv::Point2f a = ring[i], b = ring[(i + 1) % ring.size()];
        const int n = std::max(1, int(cv::norm(b - a)) / step);
        for (int k = 0; k < n; ++k) {
            const cv::Point2f p = a + (b - a) * (float(k) / float(n));
            if (p.x >= 0 && p.y >= 0 && p.x < size.width && p.y < size.height)
                seeds.emplace_back(int(p.x), int(p.y));
        }
    }
    return seeds;
}

// The plate's colour: the per-channel median of the seeds (most of the ring lies on the plate).
cv::Vec3b medianColour(const cv::Mat &bgr, const std::vector<cv::Point> &seeds)
{
    cv::Vec3b out;
    for (int c = 0; c < 3; ++c) {
        std::vector<uchar> v;
        for (const cv::Point &p : seeds)
            v.push_back(bgr.at<cv::Vec3b>(p)[c]);
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        out[c] = v[v.size() / 2];
    }
    return out;
}

} // namespace

cv::Mat signRegion(const cv::Mat &colour, const std::array<cv::Point2f, 4> &quad, cv::Size work, cv::Size out,
                   const PhotoCheckThresholds &t)
{
    const cv::Mat small = PhotoPyramid::shrink(colour, t.samePlaceSignLongSide);
    const float s = float(small.cols) / float(work.width);
    // The plate's edge (and a frame's) stops the growth, found in each colour: a dark green plate before a dark crowd
    // differs in hue more than in grey. A gap of a pixel in it is closed.
    std::array<cv::Mat, 3> channels;
    cv::split(small, channels.data());
    cv::Mat edges(small.size(), CV_8U, cv::Scalar(0)), e;
    for (const cv::Mat &c : channels) {
        cv::Canny(c, e, t.samePlaceSignEdgeLow, t.samePlaceSignEdgeLow * 3);
        edges |= e;
    }
    cv::dilate(edges, edges, cv::Mat());
    cv::Mat grown(small.rows + 2, small.cols + 2, CV_8U, cv::Scalar(0));
    edges.copyTo(grown(cv::Rect(1, 1, small.cols, small.rows)));
    grown.setTo(1, grown);
    const std::vector<cv::Point> seeds = seedsOn(widened(quad, s, float(t.samePlaceSignSeedRing)), small.size(), 3);
    cv::Mat sign(small.size(), CV_8U, cv::Scalar(0));
    if (!seeds.empty()) {
        const cv::Vec3b plate = medianColour(small, seeds);
        // Shading and noise scale with the light: a dark plate before a dark crowd differs by a few levels only.
        const int bright = std::max({plate[0], plate[1], plate[2]});
        const int tol = std::clamp(int(t.samePlaceSignColourShare * bright), t.samePlaceSignMinTolerance, t.samePlaceSignColourTolerance);
        const cv::Scalar diff(tol, tol, tol);
        for (const cv::Point &p : seeds) {
            const cv::Vec3b c = small.at<cv::Vec3b>(p);
            const bool onPlate = std::abs(c[0] - plate[0]) <= tol && std::abs(c[1] - plate[1]) <= tol && std::abs(c[2] - plate[2]) <= tol;
            if (onPlate && grown.at<uchar>(p.y + 1, p.x + 1) == 0)
                cv::floodFill(small, grown, p, cv::Scalar(), nullptr, diff, diff, 4 | cv::FLOODFILL_MASK_ONLY | cv::FLOODFILL_FIXED_RANGE | (2 << 8));
        }
        sign = grown(cv::Rect(1, 1, small.cols, small.rows)) == 2;
    }
    // What the plate encloses (title, panels, the mark) is the sign too: the hull of the plate and the mark.
    std::vector<cv::Point> points;
    cv::findNonZero(sign, points);
    for (const cv::Point2f &p : quad)
        points.emplace_back(cvRound(p.x * s), cvRound(p.y * s));
    std::vector<cv::Point> hull;
    cv::convexHull(points, hull);
    const double k = double(out.width) / small.cols;
    for (cv::Point &p : hull)
        p = cv::Point(cvRound(p.x * k), cvRound(p.y * k));
    cv::Mat region(out, CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(region, hull, cv::Scalar(255));
    const int margin = std::max(1, cvRound(t.samePlaceSignMargin * std::max(out.width, out.height)));
    cv::dilate(region, region, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * margin + 1, 2 * margin + 1)));
    return region;
}

} // namespace gc::core
