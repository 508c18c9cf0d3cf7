#include "photo/markmatcher.h"
#include "text.h"

#include "photo/hammingnearest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <set>

namespace gc::core {

namespace {

constexpr int kGridCols = 4;
constexpr int kGridRows = 3;

cv::Ptr<cv::ORB> makeOrb(int features)
{
    // FAST threshold 12 rather than 20: blurred and small marks still yield corners.
    return cv::ORB::create(features, 1.2f, 8, 31, 0, 2, cv::ORB::HARRIS_SCORE, 31, 12);
}

// Homography that shows a flat w×h target turned by yaw/pitch degrees, as a camera at a normal distance sees it.
cv::Mat tiltHomography(cv::Size size, double yawDeg, double pitchDeg, cv::Size *canvas)
{
    const double w = size.width, h = size.height;
    const double f = 1.2 * std::max(w, h);
    const double yaw = yawDeg * CV_PI / 180.0, pitch = pitchDeg * CV_PI / 180.0;
    const cv::Matx33d ry(std::cos(yaw), 0, std::sin(yaw), 0, 1, 0, -std::sin(yaw), 0, std::cos(yaw));
    const cv::Matx33d rx(1, 0, 0, 0, std::cos(pitch), -std::sin(pitch), 0, std::sin(pitch), std::cos(pitch));
    const cv::Matx33d r = ry * rx;
    std::vector<cv::Point2f> src{{0, 0}, {float(w), 0}, {float(w), float(h)}, {0, float(h)}};
    std::vector<cv::Point2f> dst;
    for (const auto &p : src) {
        const cv::Vec3d q = r * cv::Vec3d(p.x - w / 2, p.y - h / 2, 0) + cv::Vec3d(0, 0, f);
        dst.emplace_back(float(f * q[0] / q[2]), float(f * q[1] / q[2]));
    }
    const cv::Rect2f box = cv::boundingRect(dst);
    for (auto &p : dst)
        p -= box.tl();
    *canvas = cv::Size(int(std::ceil(box.width)), int(std::ceil(box.height)));
    return cv::getPerspectiveTransform(src, dst);
}

double polygonArea(const std::array<cv::Point2f, 4> &q)
{
    double a = 0;
    for (int i = 0; i < 4; ++i) {
        const auto &p = q[size_t(i)];
        const auto &n = q[size_t((i + 1) % 4)];
        a += double(p.x) * n.y - double(n.x) * p.y;
    }
    return a / 2;  // positive for the reference's clockwise-in-image winding
}

// The photo seen through `h` on the reference's frame, as float, lightly blurred like the reference: the one warp
// both correlations below read (the whole mark's and its quarters').
cv::Mat warpedBack(const cv::Mat &photoGrey, const cv::Mat &h, const MarkMatcher::Reference &ref)
{
    cv::Mat back;
    cv::warpPerspective(photoGrey, back, h, ref.size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::GaussianBlur(back, back, cv::Size(0, 0), 1.0);
    cv::Mat a;
    back.convertTo(a, CV_32F);
    return a;
}

// Normalised cross-correlation between the mark's own pixels and the photo warped back onto them (`back`).
// Gain, offset and colour casts cancel; blur and occlusion lower it gradually; a homography fitted to
// look-alike corners (text, other logos) puts unrelated pixels there and scores near zero. The transparent
// parts are left out: they show the surface, which says nothing about the mark.
double wholeCorrelation(const cv::Mat &back, const MarkMatcher::Reference &ref)
{
    // TM_CCOEFF_NORMED of two images of one size, written out: matchTemplate goes through a DFT for a template
    // this large, several times the cost of the sum itself, and it runs once per reference tried.
    cv::Scalar mean, sd;
    cv::meanStdDev(back, mean, sd, ref.opaque);
    const double spread = std::sqrt(ref.opaqueCount) * sd[0] * ref.centredNorm;
    if (spread < 1e-6)
        return 0;  // a flat patch (or one outside the photo) looks like nothing
    const double c = (back.dot(ref.centred) - mean[0] * ref.centredSum) / spread;
    return ref.reversible ? std::abs(c) : c; // a one-ink mark is also applied reversed, white on a dark plate
}

// The lowest correlation of the mark's quarters (2 × 2) that carry ink detail, each over its own opaque
// pixels (a reversed one-ink mark correlates negatively throughout: its parts count as their opposite).
double weakestQuarterCorrelation(const cv::Mat &back, const MarkMatcher::Reference &ref)
{
    std::vector<double> parts;
    const int w = ref.size.width / 2, hh = ref.size.height / 2;
    for (const cv::Rect cell : {cv::Rect(0, 0, w, hh), cv::Rect(w, 0, ref.size.width - w, hh), cv::Rect(0, hh, w, ref.size.height - hh),
                                cv::Rect(w, hh, ref.size.width - w, ref.size.height - hh)}) {
        const cv::Mat c = ref.centred(cell), mask = ref.opaque(cell);
        const double n = cv::countNonZero(mask);
        const double sumC = cv::sum(c)[0];
        const double spreadC = std::sqrt(std::max(0.0, c.dot(c) - sumC * sumC / std::max(1.0, n)));
        // A quarter of flat ink or of little ink says too little on its own.
        if (n < 0.05 * cell.area() || spreadC < 0.15 * ref.centredNorm)
            continue;
        cv::Scalar mean, sd;
        cv::meanStdDev(back(cell), mean, sd, mask);
        const double spread = std::sqrt(n) * sd[0] * spreadC;
        parts.push_back(spread < 1e-6 ? 0.0 : (back(cell).dot(c) - mean[0] * sumC) / spread);
    }
    double total = 0;
    for (const double p : parts)
        total += p;
    const double sign = ref.reversible && total < 0 ? -1.0 : 1.0;
    double weakest = 1.0;
    for (const double p : parts)
        weakest = std::min(weakest, sign * p);
    return weakest;
}

// The correlation over the mark's parts of varied ink (its emblem), pooled: cells about half the mark's short side
// across (6 × 2 over the horizontal mark, so no cell holds much of both the emblem and the lettering), those whose
// own pixels vary as much as a quarter's must (see weakestQuarterCorrelation), judged as one region. The lettering
// alone, or with another organisation's emblem beside it, correlates 0.4–0.55 over the whole mark and enough in each
// quarter (the lettering reaches into the emblem's quarters) but near 0 here. 1 when the mark has no such cell.
double emblemCorrelation(const cv::Mat &back, const MarkMatcher::Reference &ref)
{
    const cv::Mat &region = ref.variedInk;
    const double n = ref.variedInkCount;
    if (n == 0)
        return 1.0;
    cv::Mat keep, c;
    region.convertTo(keep, CV_32F, 1.0 / 255);
    c = ref.centred.mul(keep);
    const double sumC = cv::sum(c)[0];
    const double spreadC = std::sqrt(std::max(0.0, c.dot(c) - sumC * sumC / n));
    cv::Scalar mean, sd;
    cv::meanStdDev(back, mean, sd, region);
    const double spread = std::sqrt(n) * sd[0] * spreadC;
    const double r = spread < 1e-6 ? 0.0 : (back.dot(c) - mean[0] * sumC) / spread;
    return ref.reversible ? std::abs(r) : r;
}

// How the mark's lettering stands out from the surface just around it, pooled by ink over the parts of flat ink (a
// 3 × 2 grid over a wide mark, 2 × 3 over a tall one, 2 × 2 otherwise; a part whose inks vary, the emblem's, is
// judged by correlation instead). Lettering is one colour per letter: its own pixels correlate with nothing, its shape
// shows only against the surface. Per part: |mean grey of the inks − of a ring of surface around them| over their
// spread; −1 when the mark has no such part. The emblem alone on a plate scores near 0, a printed mark 2–30.
double letteringContrast(const cv::Mat &back, const MarkMatcher::Reference &ref)
{
    const cv::Size size = ref.size;
    const int cols = size.width >= 2 * size.height ? 3 : 2, rows = size.height >= 2 * size.width ? 3 : 2;
    double sum = 0, ink = 0;
    for (int r = 0; r < rows; ++r)
        for (int col = 0; col < cols; ++col) {
            const int x0 = size.width * col / cols, y0 = size.height * r / rows;
            const cv::Rect cell(x0, y0, size.width * (col + 1) / cols - x0, size.height * (r + 1) / rows - y0);
            const cv::Mat c = ref.centred(cell), mask = ref.opaque(cell), ring = ref.ring(cell);
            const double n = cv::countNonZero(mask);
            const double sumC = cv::sum(c)[0];
            const double spreadC = std::sqrt(std::max(0.0, c.dot(c) - sumC * sumC / std::max(1.0, n)));
            if (n < 0.02 * cell.area() || spreadC >= 0.15 * ref.centredNorm || cv::countNonZero(ring) < 0.02 * cell.area())
                continue;
            cv::Scalar inkMean, inkSd, ringMean, ringSd;
            cv::meanStdDev(back(cell), inkMean, inkSd, mask);
            cv::meanStdDev(back(cell), ringMean, ringSd, ring);
            // One grey level of spread at least: a flat patch shows nothing, whatever its means.
            sum += n * std::abs(inkMean[0] - ringMean[0]) / std::sqrt((inkSd[0] * inkSd[0] + ringSd[0] * ringSd[0]) / 2 + 1.0);
            ink += n;
        }
    return ink > 0 ? sum / ink : -1;
}

struct PartScores {
    double weakestCorrelation = 1.0; // of the quarters with ink detail of their own
    double letteringContrast = -1;   // of the parts of flat ink against the surface around them; −1: none
    double emblem = 1.0;             // over the parts of varied ink together (emblemCorrelation)
};

struct Correlations {
    double whole = 0;
    PartScores parts;
};

// Both correlations from one warp of the photo; without an image (callers that only match keypoints) the cue abstains.
Correlations correlate(const cv::Mat &photoGrey, const cv::Mat &h, const MarkMatcher::Reference &ref, bool parts)
{
    if (photoGrey.empty())
        return {1.0, PartScores{}};
    const cv::Mat back = warpedBack(photoGrey, h, ref);
    return {wholeCorrelation(back, ref), parts ? PartScores{weakestQuarterCorrelation(back, ref), letteringContrast(back, ref), emblemCorrelation(back, ref)} : PartScores{}};
}

// Colour without brightness: two opponent channels, red − green and yellow − blue (CV_32FC2).
cv::Mat opponentChroma(const cv::Mat &bgr)
{
    cv::Mat f;
    bgr.convertTo(f, CV_32FC3);
    // Rows: o1 = (R − G)/√2, o2 = (R + G − 2B)/√6, from B, G, R.
    const float r2 = float(1 / std::sqrt(2.0)), r6 = float(1 / std::sqrt(6.0));
    const cv::Matx23f m(0.f, -r2, r2, -2 * r6, r6, r6);
    cv::Mat out;
    cv::transform(f, out, m);
    return out;
}

// How the emblem's colours in the photo follow the reference's: the emblem's box seen through `h` in the photo's colour
// copy (at its own scale), as opponent chroma, against the reference's, normalised cross-correlation over the emblem's own
// pixels. The mean is taken out (a colour cast) and the spread divided out (light, saturation); brightness is left to the
// grey correlation. 1 (abstains) without a colour copy or when the reference's emblem has one colour (the mono mark).
double emblemColourCorrelation(const PhotoFeatures &photo, const cv::Matx33d &h, const MarkMatcher::Reference &ref)
{
    if (ref.emblemChroma.empty() || photo.colour.empty() || photo.grey.empty())
        return 1.0;
    const double k = double(photo.colour.cols) / photo.grey.cols;
    const cv::Rect box = ref.emblemBox;
    // A pixel of the box → the reference frame → work pixels (h) → the colour copy (k).
    const cv::Matx33d toColour = cv::Matx33d(k, 0, 0, 0, k, 0, 0, 0, 1) * h * cv::Matx33d(1, 0, box.x, 0, 1, box.y, 0, 0, 1);
    cv::Mat back;
    cv::warpPerspective(photo.colour, back, cv::Mat(toColour), box.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    cv::GaussianBlur(back, back, cv::Size(0, 0), 1.0);
    const cv::Mat chroma = opponentChroma(back);
    cv::Scalar mean, sd;
    cv::meanStdDev(chroma, mean, sd, ref.emblemPixels);
    const double n = ref.emblemPixelCount;
    const double spread = std::sqrt(n * (sd[0] * sd[0] + sd[1] * sd[1])) * ref.emblemChromaNorm;
    // The reference's chroma is centred and zero off the emblem: Σ (p − p̄)·r = Σ p·r.
    return spread < 1e-6 ? 0.0 : chroma.dot(ref.emblemChroma) / spread;
}

// `grey` shown over a surface of grey level `tone` through `alpha` (CV_8U each).
cv::Mat over(const cv::Mat &grey, const cv::Mat &alpha, double tone)
{
    cv::Mat a, g;
    alpha.convertTo(a, CV_32F, 1.0 / 255);
    grey.convertTo(g, CV_32F);
    cv::Mat out = g.mul(a) + (1.0 - a) * tone, u8;
    out.convertTo(u8, CV_8U);
    return u8;
}

} // namespace

VoidResult MarkMatcher::addReferenceFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::MarkReferenceUnreadable,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "cannot open the reference mark %1: %2"), path, f.errorString()));
    return addReference(f.readAll(), path);
}

namespace {

// The reference's greys and alpha (opaque when it has none), scaled to the reference frame.
VoidResult decodeReference(const QByteArray &encoded, const QString &name, const PhotoCheckThresholds &t, cv::Mat &grey, cv::Mat &alpha, cv::Mat &bgr)
{
    cv::Mat raw;
    try {
        raw = cv::imdecode(cv::Mat(1, int(encoded.size()), CV_8UC1, const_cast<char *>(encoded.constData())), cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &) {
        raw.release();
    }
    if (raw.empty())
        return makeError(ErrorCode::MarkReferenceUnreadable,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "cannot decode the reference mark %1"), name));
    if (raw.depth() != CV_8U)
        raw.convertTo(raw, CV_8U, 1.0 / 256);
    if (raw.channels() == 4) {
        std::vector<cv::Mat> ch;
        cv::split(raw, ch);
        cv::merge(std::vector<cv::Mat>{ch[0], ch[1], ch[2]}, bgr);
        cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
        alpha = ch[3];
    } else if (raw.channels() == 3) {
        bgr = raw;
        cv::cvtColor(raw, grey, cv::COLOR_BGR2GRAY);
    } else {
        grey = raw;
        cv::cvtColor(raw, bgr, cv::COLOR_GRAY2BGR);
    }
    if (alpha.empty())
        alpha = cv::Mat(grey.size(), CV_8U, cv::Scalar(255));
    const double scale = std::min(double(t.markReferenceLongSide) / std::max(grey.cols, grey.rows),
                                  std::sqrt(double(t.markReferenceMaxArea) / (double(grey.cols) * grey.rows)));
    cv::resize(grey, grey, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    cv::resize(alpha, alpha, grey.size(), 0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::resize(bgr, bgr, grey.size(), 0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    return Ok{};
}

// The mark's parts of varied ink (its emblem): cells about half the mark's short side across (6 × 2 over the
// horizontal mark, so no cell holds much of both the emblem and the lettering) whose own pixels vary as much as a
// quarter's must (see weakestQuarterCorrelation); their opaque pixels, CV_8U 255.
cv::Mat variedInkRegion(const MarkMatcher::Reference &ref)
{
    const cv::Size size = ref.size;
    const double side = std::min(size.width, size.height) / 2.0;
    const int cols = std::max(1, int(std::lround(size.width / side))), rows = std::max(1, int(std::lround(size.height / side)));
    cv::Mat region = cv::Mat::zeros(size, CV_8U);
    for (int r = 0; r < rows; ++r)
        for (int col = 0; col < cols; ++col) {
            const int x0 = size.width * col / cols, y0 = size.height * r / rows;
            const cv::Rect cell(x0, y0, size.width * (col + 1) / cols - x0, size.height * (r + 1) / rows - y0);
            const cv::Mat c = ref.centred(cell), mask = ref.opaque(cell);
            const double n = cv::countNonZero(mask);
            const double sumC = cv::sum(c)[0];
            const double spreadC = std::sqrt(std::max(0.0, c.dot(c) - sumC * sumC / std::max(1.0, n)));
            if (n >= 0.05 * cell.area() && spreadC >= 0.15 * ref.centredNorm)
                region(cell).setTo(255, mask);
        }
    return region;
}

// The mark's emblem: the pieces of its own pixels (alpha ≥ ½, 8-connected) that hold at least a quarter of them each (the
// emblem's disc is one piece of 63 % of the horizontal mark's, each letter a piece of 2–4 %), widened by three pixels,
// where corners on its outline lie. Empty when that is nearly the whole mark (a reference without transparency is one
// piece): then there is no emblem to tell from lettering.
cv::Mat emblemShape(const cv::Mat &alpha, bool transparent)
{
    if (!transparent)
        return {};
    const cv::Mat solid = alpha >= 128;
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(solid, labels, stats, centroids, 8, CV_32S);
    const double total = cv::countNonZero(solid);
    cv::Mat emblem = cv::Mat::zeros(alpha.size(), CV_8U);
    double kept = 0;
    for (int i = 1; i < n; ++i)
        if (const int area = stats.at<int>(i, cv::CC_STAT_AREA); area >= 0.25 * total) {
            emblem.setTo(255, labels == i);
            kept += area;
        }
    if (kept == 0 || kept > 0.9 * total)
        return {};
    cv::dilate(emblem, emblem, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(7, 7)));
    return emblem;
}

// The mark's own pixels, its picture on white and the correlation's reference; false when it is almost all transparent.
bool prepareOwnPixels(MarkMatcher::Reference &ref, const cv::Mat &grey, const cv::Mat &alpha, bool transparent)
{
    // The mark's own pixels: at least half opaque, one pixel in from the edge, where blur mixes in the surface.
    // A reference without transparency (a photo or JPEG of the flat mark) is all its own.
    if (transparent) {
        ref.opaque = alpha >= 128;
        cv::erode(ref.opaque, ref.opaque, cv::Mat());
    } else {
        ref.opaque = cv::Mat(ref.size, CV_8U, cv::Scalar(255));
    }
    ref.opaqueCount = cv::countNonZero(ref.opaque);
    ref.inkBox = cv::boundingRect(ref.opaque);
    // The surface right around the inks: transparent, two to six pixels out from them (blur mixes the first two in).
    if (transparent) {
        const cv::Mat solid = alpha >= 128;
        cv::Mat nearIn, farOut;
        cv::dilate(solid, nearIn, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5)));
        cv::dilate(solid, farOut, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(13, 13)));
        ref.ring = farOut & ~nearIn;
    } else {
        ref.ring = cv::Mat::zeros(ref.size, CV_8U);
    }
    if (ref.opaqueCount < 0.02 * double(ref.size.area()))
        return false;
    // Transparent marks are shown as printed on white (the usual plate) where a picture of them is wanted.
    cv::GaussianBlur(over(grey, alpha, 255), ref.grey, cv::Size(0, 0), 1.0);
    // The correlation's reference: the inks over their own mean grey (so the blur brings in no surface), then only
    // the opaque pixels, centred.
    cv::Mat inks;
    cv::GaussianBlur(over(grey, alpha, cv::mean(grey, ref.opaque)[0]), inks, cv::Size(0, 0), 1.0);
    inks.convertTo(ref.centred, CV_32F);
    ref.centred -= cv::mean(inks, ref.opaque)[0];
    cv::Mat keep;
    ref.opaque.convertTo(keep, CV_32F, 1.0 / 255);
    ref.centred = ref.centred.mul(keep);
    ref.centredNorm = cv::norm(ref.centred);
    ref.centredSum = cv::sum(ref.centred)[0];
    ref.variedInk = variedInkRegion(ref);
    ref.variedInkCount = cv::countNonZero(ref.variedInk);
    ref.emblem = emblemShape(alpha, transparent);
    return true;
}

// The emblem's colours, for the colour cue (emblemColourCorrelation): its box, its own pixels there, and their
// chroma centred on its mean. A one-colour (black) mark's emblem has none; the cue then abstains.
void prepareEmblemColours(MarkMatcher::Reference &ref, const cv::Mat &bgr)
{
    if (ref.emblem.empty())
        return;
    const cv::Mat own = ref.emblem & ref.opaque;
    ref.emblemBox = cv::boundingRect(own);
    ref.emblemPixels = own(ref.emblemBox).clone();
    cv::Mat blurred;
    cv::GaussianBlur(bgr(ref.emblemBox), blurred, cv::Size(0, 0), 1.0);
    cv::Mat chroma = opponentChroma(blurred);
    cv::Scalar mean, sd;
    cv::meanStdDev(chroma, mean, sd, ref.emblemPixels);
    if (std::hypot(sd[0], sd[1]) < 8.0)  // grey levels of chroma spread: below it the emblem is one colour
        return;
    cv::subtract(chroma, mean, chroma, ref.emblemPixels);
    chroma.setTo(cv::Scalar::all(0), ~ref.emblemPixels);
    ref.emblemChroma = chroma;
    ref.emblemChromaNorm = std::sqrt(chroma.dot(chroma));
    ref.emblemPixelCount = cv::countNonZero(ref.emblemPixels);
}

// The surface tones the views are prepared over. White, the usual plate; then, for a mark with transparency,
// one below its darkest ink and one between its darkest and its middle ink: over each, the lettering's edges
// take another polarity (dark on light, light on dark, mixed), and ORB's descriptors, which compare pixel
// pairs, change with it. Brighter tones between the inks turn no edge the white tone does not.
std::vector<double> surfaceTones(const cv::Mat &grey, const cv::Mat &opaque, bool transparent)
{
    std::vector<double> tones{255};
    if (!transparent)
        return tones;
    std::vector<uchar> inks;
    for (int y = 0; y < grey.rows; ++y)
        for (int x = 0; x < grey.cols; ++x)
            if (opaque.at<uchar>(y, x) && grey.at<uchar>(y, x) < 200)
                inks.push_back(grey.at<uchar>(y, x));
    if (inks.size() > 100) {
        std::sort(inks.begin(), inks.end());
        const double darkest = inks[inks.size() / 20], middle = inks[inks.size() / 2];
        tones.push_back(std::max(0.0, darkest - 25));
        if (middle - darkest > 20)
            tones.push_back((darkest + middle) / 2);
    }
    return tones;
}

// One ink (the mono mark): its own pixels are that ink or white, hardly a grey between (the colour marks' blue
// and green are mid greys). Brand manuals also apply such a mark reversed, white on a navy or black plate,
// which no tone below its ink shows (an outside pass: white marks on navy were never found).
bool oneInk(const cv::Mat &grey, const cv::Mat &opaque, double opaqueCount)
{
    std::vector<uchar> inks;
    for (int y = 0; y < grey.rows; ++y)
        for (int x = 0; x < grey.cols; ++x)
            if (opaque.at<uchar>(y, x) && grey.at<uchar>(y, x) < 200)
                inks.push_back(grey.at<uchar>(y, x));
    if (inks.size() <= 100)
        return false;
    std::sort(inks.begin(), inks.end());
    const double midGreys = double(cv::countNonZero(opaque & (grey >= 60) & (grey <= 200)));
    return inks[inks.size() * 19 / 20] - inks[inks.size() / 20] < 30 && midGreys < 0.05 * opaqueCount;
}

// A margin of the surface lets ORB find corners at the mark's edge (it skips a 31 px border).
constexpr int kViewMargin = 40;

// The keypoints of one tilted view over one tone, in the reference frame; points already described alike over
// another tone of the same tilt (`keptPoints`, `keptDesc`: their patch lies on the mark's own pixels) are kept once.
MarkMatcher::View describeView(const cv::Ptr<cv::ORB> &orb, const cv::Mat &view, const cv::Mat &where, const cv::Mat &h,
                               cv::Size refSize, std::vector<cv::Point2f> &keptPoints, cv::Mat &keptDesc)
{
    std::vector<cv::KeyPoint> kps;
    cv::Mat desc;
    orb->detectAndCompute(view, where, kps, desc);
    MarkMatcher::View v;
    if (kps.empty())
        return v;
    cv::Mat kept;
    std::vector<cv::Point2f> pts;
    cv::KeyPoint::convert(kps, pts);
    std::vector<cv::Point2f> back;
    cv::perspectiveTransform(pts, back, h.inv());
    for (size_t i = 0; i < back.size(); ++i) {
        const cv::Point2f p = back[i] - cv::Point2f(float(kViewMargin), float(kViewMargin));
        if (p.x < -2 || p.y < -2 || p.x > refSize.width + 2 || p.y > refSize.height + 2)
            continue;
        const cv::Mat d = desc.row(int(i));
        bool seen = false;
        for (int j = 0; j < keptDesc.rows && !seen; ++j)
            seen = cv::norm(keptPoints[size_t(j)] - p) < 3 && cv::norm(keptDesc.row(j), d, cv::NORM_HAMMING) < 32;
        if (seen)
            continue;
        v.points.push_back(p);
        kept.push_back(d);
        keptPoints.push_back(p);
        keptDesc.push_back(d);
    }
    v.descriptors = HammingSet(kept);
    return v;
}

// The views of every tilt over every tone, tilt-major.
void addViews(MarkMatcher::Reference &ref, const cv::Mat &grey, const cv::Mat &alpha, const std::vector<double> &tones,
              bool transparent, const PhotoCheckThresholds &t)
{
    const int margin = kViewMargin;
    cv::Mat ownPixels;  // where keypoints may sit: the opaque pixels and the two just outside (corners lie on edges)
    cv::dilate(alpha >= 128, ownPixels, cv::Mat(), cv::Point(-1, -1), 2);
    cv::copyMakeBorder(ownPixels, ownPixels, margin, margin, margin, margin, cv::BORDER_CONSTANT, cv::Scalar(transparent ? 0 : 255));
    std::vector<cv::Mat> surfaces;
    for (size_t k = 0; k < tones.size(); ++k) {
        // The last tone of a reversible mark carries its ink inverted: light ink on a dark plate.
        const double tone = tones[k];
        const bool inverted = ref.reversible && k + 1 == tones.size();
        cv::Mat padded;
        cv::copyMakeBorder(over(inverted ? cv::Mat(255 - grey) : grey, alpha, tone), padded, margin, margin, margin, margin,
                           cv::BORDER_CONSTANT, cv::Scalar(tone));
        // A light blur stands in for the camera's optics; features of razor-sharp renderings match photos worse.
        cv::GaussianBlur(padded, padded, cv::Size(0, 0), 0.8);
        surfaces.push_back(padded);
    }

    // 60° views too: at 55–60° the 40° views are as far from the photo as the frontal one is from them.
    const double tilts[][2] = {{0, 0}, {40, 0}, {-40, 0}, {0, 40}, {0, -40}, {62, 0}, {-62, 0}, {0, 62}, {0, -62}};
    auto orb = makeOrb(t.markReferenceFeatures);
    for (const auto &tilt : tilts) {
        cv::Size canvas;
        const cv::Mat h = tiltHomography(surfaces.front().size(), tilt[0], tilt[1], &canvas);
        cv::Mat where;
        cv::warpPerspective(ownPixels, where, h, canvas, cv::INTER_NEAREST, cv::BORDER_CONSTANT, cv::Scalar(0));
        std::vector<cv::Point2f> keptPoints;
        cv::Mat keptDesc;
        for (size_t k = 0; k < surfaces.size(); ++k) {
            cv::Mat view;
            cv::warpPerspective(surfaces[k], view, h, canvas, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(tones[k]));
            // Every (tilt, tone) keeps its slot, even empty, so the views of a tilt are always at the same indices.
            ref.views.push_back(describeView(orb, view, where, h, ref.size, keptPoints, keptDesc));
        }
    }
}

} // namespace

// Everything a reference costs to prepare (nine tilted views, ORB on each), done once per process and image:
// the field app, the CLI's workers and every test build checkers from the same few files.
Result<MarkMatcher::Reference> MarkMatcher::prepare(const QByteArray &encoded, const QString &name, const PhotoCheckThresholds &t)
{
    Reference ref;
    cv::Mat grey, alpha, bgr;
    if (auto decoded = decodeReference(encoded, name, t, grey, alpha, bgr); !decoded)
        return decoded.error();
    ref.name = name;
    ref.size = grey.size();
    const bool transparent = double(cv::countNonZero(alpha < 250)) > 0.01 * double(alpha.total());
    if (!prepareOwnPixels(ref, grey, alpha, transparent))
        return makeError(ErrorCode::MarkReferenceFeatureless,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "the reference mark %1 is almost entirely transparent"), name));
    prepareEmblemColours(ref, bgr);
    std::vector<double> tones = surfaceTones(grey, ref.opaque, transparent);
    ref.reversible = transparent && oneInk(grey, ref.opaque, ref.opaqueCount);
    if (ref.reversible)
        tones.push_back(40); // the reversed application's dark plate (addViews inverts the ink over it)
    ref.tones = int(tones.size());
    addViews(ref, grey, alpha, tones, transparent, t);
    size_t frontal = 0;
    for (int k = 0; k < ref.tones; ++k)
        frontal += ref.views[size_t(k)].points.size();
    if (frontal < size_t(t.markMinInliers * 2))
        return makeError(ErrorCode::MarkReferenceFeatureless,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "the reference mark %1 has too little detail to be found in photos"), name));
    return ref;
}

VoidResult MarkMatcher::addReference(const QByteArray &encoded, const QString &name)
{
    // Keyed by the image and every threshold prepare() reads, so a checker with other settings prepares its own.
    QByteArray key = QCryptographicHash::hash(encoded, QCryptographicHash::Sha256);
    key += QByteArray::number(m_t.markReferenceLongSide) + ':' + QByteArray::number(m_t.markReferenceMaxArea) + ':'
        + QByteArray::number(m_t.markReferenceFeatures) + ':' + QByteArray::number(m_t.markMinInliers);
    static std::mutex mutex;
    static std::map<QByteArray, Reference> prepared;
    Reference ref;
    {
        std::lock_guard lock(mutex);
        if (auto it = prepared.find(key); it != prepared.end())
            ref = it->second;  // cv::Mat and HammingSet share their pixels and descriptors
    }
    if (ref.views.empty()) {
        Result<Reference> made = prepare(encoded, name, m_t);
        if (!made)
            return made.error();
        ref = std::move(*made);
        std::lock_guard lock(mutex);
        if (prepared.size() >= 64)  // tests make many one-off references; the app has a handful
            prepared.clear();
        prepared.emplace(key, ref);
    }
    ref.name = name;
    ref.variant = variantOf(name);
    m_refs.push_back(std::move(ref));
    return Ok{};
}

QString MarkMatcher::variantOf(const QString &name)
{
    // ":/gc/brand/goodcity_mark_vertical.png" → "goodcity_mark_vertical": the file names the variant.
    const QString base = QFileInfo(name).completeBaseName();
    return base.isEmpty() ? name : base;
}

PhotoFeatures MarkMatcher::features(const cv::Mat &grey, const PhotoCheckThresholds &t)
{
    PhotoFeatures f;
    f.imageSize = grey.size();
    f.grey = grey;
    makeOrb(t.markFeatures)->detectAndCompute(grey, cv::noArray(), f.keypoints, f.descriptors);
    return f;
}

MarkMatch MarkMatcher::match(const PhotoFeatures &photo) const
{
    // The frontal and 40° views first; the 62° views only when they find nothing, since most photos are taken
    // from nearer the front and those views would almost double the matching time. And before those, the frontal
    // view alone, kept only when it finds the mark beyond doubt: a mark seen from the front (most photos) then costs
    // a fifth of the matching. Candidates accumulate per reference, so the passes after it match each view once
    // and fit the very homographies they fitted without it.
    std::vector<Candidates> candidates(m_refs.size());
    auto better = [](const MarkMatch &a, const MarkMatch &b) {
        if (a.found != b.found)
            return a.found;
        return a.found ? a.correlation > b.correlation : a.inliers > b.inliers;
    };
    auto confident = [&](const MarkMatch &m) { return m.found && m.correlation >= m_t.markConfidentCorrelation; };
    MarkMatch best;
    bool cutOff = false; // some reference fitted convincingly, but with its outline beyond the frame
    // Pass p covers tilts [passes[p], passes[p + 1]), each over every tone the reference was prepared on.
    const size_t passes[] = {0, 1, kFirstPassViews, size_t(-1) / 64};
    for (size_t p = 0; p + 1 < std::size(passes); ++p) {
        const size_t from = passes[p];
        // The layouts share the emblem, and a wrong layout fitted to it (the horizontal mark's over a vertical lockup)
        // correlates ~0.8 over its own pixels: only a match beyond that spares the other layouts (markConfidentCorrelation);
        // otherwise every layout is matched and the best correlation names it.
        for (size_t i = 0; i < m_refs.size(); ++i) {
            if (confident(best))
                break;
            const size_t tones = size_t(m_refs[i].tones);
            MarkMatch m = matchOne(photo, m_refs[i], from * tones, passes[p + 1] * tones, candidates[i]);
            m.reference = int(i);
            cutOff = cutOff || m.cutOff;
            if (better(m, best))
                best = m;
        }
        if (from == 0 ? confident(best) : best.found)
            break;
        best = MarkMatch{};
    }
    if (!best.found && cutOff) {
        best.cutOff = true;
        best.rejectedBecause = QStringLiteral("the mark is cut off by the edge of the photo");
    }
    if (!best.found || photo.grey.empty())
        return best;
    // The same mark in other colours has the same frame: the photo seen through the found homography says which.
    const Reference &found = m_refs[size_t(best.reference)];
    for (size_t j = 0; j < m_refs.size(); ++j) {
        if (int(j) == best.reference || m_refs[j].size != found.size)
            continue;
        const double c = correlate(photo.grey, cv::Mat(best.homography), m_refs[j], false).whole;
        if (c > best.correlation) {
            best.correlation = c;
            best.reference = int(j);
        }
    }
    // The emblem's colours, judged on the variant named, as the grey cues are judged when the whole leaves doubt: another
    // organisation's emblem beside the lettering can hold a few matching points and correlate in grey like a genuine
    // emblem a fifth hidden (markMinEmblemInliers), but its colours are not the mark's. The one-colour mark abstains.
    if (best.correlation < m_t.markConfidentCorrelation) {
        best.emblemColour = emblemColourCorrelation(photo, best.homography, m_refs[size_t(best.reference)]);
        if (best.emblemColour < m_t.markMinEmblemColour) {
            best.found = false;
            best.rejectedBecause = QStringLiteral("the colours of the emblem are not the mark's (another emblem?)");
        }
    }
    return best;
}

namespace {

// PROSAC's model, then guided refits: PROSAC settles on the first model that explains the best matches, often one
// fitted to the emblem alone, whose perspective is loosely held at the far end of the lettering (a few percent of
// the mark off at its corner). The candidates within a loose distance of the model, refitted by RANSAC among
// themselves (most of them are right now), replace it when they explain more of all the candidates.
cv::Mat fitHomography(const std::vector<cv::Point2f> &src, const std::vector<cv::Point2f> &dst, double ransacPx, std::vector<uchar> &mask)
{
    cv::Mat h = cv::findHomography(src, dst, cv::USAC_PROSAC, ransacPx, mask, 3000, 0.995);
    if (h.empty())
        return h;
    auto inliersOf = [&](const cv::Mat &model, double px, std::vector<uchar> *in) {
        std::vector<cv::Point2f> projected;
        cv::perspectiveTransform(src, projected, model);
        in->assign(src.size(), 0);
        int n = 0;
        for (size_t i = 0; i < src.size(); ++i)
            if (cv::norm(projected[i] - dst[i]) <= px)
                n += ((*in)[i] = 1);
        return n;
    };
    int bestCount = inliersOf(h, ransacPx, &mask);
    for (const double loose : {8.0, 4.0, 2.0}) {
        std::vector<uchar> near;
        if (inliersOf(h, loose * ransacPx, &near) < 8)
            break;
        std::vector<cv::Point2f> s2, d2;
        for (size_t i = 0; i < near.size(); ++i)
            if (near[i]) {
                s2.push_back(src[i]);
                d2.push_back(dst[i]);
            }
        const cv::Mat refit = cv::findHomography(s2, d2, cv::RANSAC, ransacPx, cv::noArray(), 500, 0.995);
        if (refit.empty())
            continue;
        std::vector<uchar> in;
        if (const int n = inliersOf(refit, ransacPx, &in); n > bestCount) {
            bestCount = n;
            h = refit;
            mask = std::move(in);
        }
    }
    return h;
}

// The inliers, the grid cells of the reference they cover, and where the reference's corners land in the photo.
void measureFit(MarkMatch &out, const std::vector<uchar> &mask, const std::vector<cv::Point2f> &src, const cv::Mat &h,
                const MarkMatcher::Reference &ref, cv::Size imageSize)
{
    const cv::Size refSize = ref.size;
    std::set<int> cells;
    for (size_t i = 0; i < mask.size(); ++i) {
        if (!mask[i])
            continue;
        ++out.inliers;
        if (!ref.emblem.empty()) {
            const cv::Point p(std::clamp(cvRound(src[i].x), 0, refSize.width - 1), std::clamp(cvRound(src[i].y), 0, refSize.height - 1));
            out.emblemInliers += ref.emblem.at<uchar>(p) ? 1 : 0;
        }
        const int cx = std::clamp(int(src[i].x * kGridCols / refSize.width), 0, kGridCols - 1);
        const int cy = std::clamp(int(src[i].y * kGridRows / refSize.height), 0, kGridRows - 1);
        cells.insert(cy * kGridCols + cx);
    }
    out.coveredCells = int(cells.size());
    const std::vector<cv::Point2f> corners{{0, 0}, {float(refSize.width), 0}, {float(refSize.width), float(refSize.height)}, {0, float(refSize.height)}};
    std::vector<cv::Point2f> projected;
    cv::perspectiveTransform(corners, projected, h);
    std::copy(projected.begin(), projected.end(), out.quad.begin());
    out.areaShare = polygonArea(out.quad) / double(imageSize.area());
}

// Why the quad is not a shape a flat mark can take when photographed; empty when it is.
QString implausibleShape(const MarkMatch &out, cv::Size refSize, const PhotoCheckThresholds &t)
{
    if (out.coveredCells < t.markMinCoveredCells)
        return QStringLiteral("inliers cover too little of the mark");
    std::vector<cv::Point2f> poly(out.quad.begin(), out.quad.end());
    if (out.areaShare <= 0 || !cv::isContourConvex(poly))
        return QStringLiteral("quad not convex");
    if (out.areaShare < t.markMinAreaShare || out.areaShare > t.markMaxAreaShare)
        return QStringLiteral("implausible size");
    double sides[4];
    for (int i = 0; i < 4; ++i)
        sides[i] = cv::norm(out.quad[size_t(i)] - out.quad[size_t((i + 1) % 4)]);
    const double shortest = *std::min_element(sides, sides + 4), longest = *std::max_element(sides, sides + 4);
    const double refAspect = double(std::min(refSize.width, refSize.height)) / std::max(refSize.width, refSize.height);
    if (shortest < t.markMinSideRatio * refAspect * longest)
        return QStringLiteral("degenerate quad");
    if (std::max(sides[0], sides[2]) > t.markMaxScaleRatio * std::min(sides[0], sides[2])
        || std::max(sides[1], sides[3]) > t.markMaxScaleRatio * std::min(sides[1], sides[3]))
        return QStringLiteral("perspective too strong");
    return {};
}

// Whether a corner of the mark's inked outline (the box around its own pixels, projected through `h`) lies beyond the
// frame by more than `tolerance` × the outline's longest side (its corners are extrapolated from the inliers: a
// little slack). The reference's transparent margin may run off the frame; its inks may not.
bool outsideFrame(const cv::Mat &h, cv::Rect inkBox, cv::Size frame, double tolerance)
{
    const std::vector<cv::Point2f> corners{inkBox.tl(), {float(inkBox.br().x), float(inkBox.y)}, inkBox.br(), {float(inkBox.x), float(inkBox.br().y)}};
    std::vector<cv::Point2f> quad;
    cv::perspectiveTransform(corners, quad, h);
    double longest = 0;
    for (size_t i = 0; i < 4; ++i)
        longest = std::max(longest, double(cv::norm(quad[i] - quad[(i + 1) % 4])));
    const double slack = tolerance * longest;
    for (const cv::Point2f &p : quad)
        if (p.x < -slack || p.y < -slack || p.x > frame.width + slack || p.y > frame.height + slack)
            return true;
    return false;
}

} // namespace

void MarkMatcher::addCandidates(const PhotoFeatures &photo, const Reference &ref, size_t fromView, size_t toView, Candidates &byPhotoPoint) const
{
    // Per view, Lowe's ratio test; views repeat the same mark points, so the test must not compare across views.
    for (size_t v = fromView; v < std::min(toView, ref.views.size()); ++v) {
        const View &view = ref.views[v];
        if (view.descriptors.size() < 2)
            continue;
        const std::vector<Nearest2> nearest = view.descriptors.nearest2(photo.descriptors);
        for (int q = 0; q < int(nearest.size()); ++q) {
            const Nearest2 &n = nearest[size_t(q)];
            if (n.index < 0 || n.best > m_t.markRatio * n.second)
                continue;
            auto it = byPhotoPoint.find(q);
            if (it == byPhotoPoint.end() || n.best < it->second.distance)
                byPhotoPoint[q] = {view.points[size_t(n.index)], float(n.best)};
        }
    }
}

MarkMatch MarkMatcher::matchOne(const PhotoFeatures &photo, const Reference &ref, size_t fromView, size_t toView, Candidates &byPhotoPoint) const
{
    MarkMatch out;
    if (photo.descriptors.rows < 2)
        return out;
    addCandidates(photo, ref, fromView, toView, byPhotoPoint);
    out.candidates = int(byPhotoPoint.size());
    if (out.candidates < m_t.markMinInliers)
        return out;
    // Best matches first: PROSAC draws its samples from the head of the list, so a mark on a busy wall, whose few
    // good matches drown among the wall's chance ones (one in twenty after the tilted and toned views add theirs),
    // is still fitted; plain RANSAC's uniform draws then miss it within any affordable number of iterations.
    std::vector<std::pair<float, int>> order;
    order.reserve(byPhotoPoint.size());
    for (const auto &[idx, c] : byPhotoPoint)
        order.emplace_back(c.distance, idx);
    std::sort(order.begin(), order.end());
    std::vector<cv::Point2f> src, dst;
    src.reserve(order.size());
    dst.reserve(order.size());
    for (const auto &[distance, idx] : order) {
        src.push_back(byPhotoPoint.at(idx).refPoint);
        dst.push_back(photo.keypoints[size_t(idx)].pt);
    }
    std::vector<uchar> mask;
    const cv::Mat h = fitHomography(src, dst, m_t.markRansacPx, mask);
    if (h.empty())
        return out;
    measureFit(out, mask, src, h, ref, photo.imageSize);

    if (out.inliers < std::min(m_t.markMinInliers, m_t.markRescueInliers))
        return out;
    // Keypoints alone are convincing with many inliers that are a fair share of the candidates; a strong
    // blur or a steep view leaves fewer or drowns them in candidates, and then the picture itself must agree.
    const bool plenty = out.inliers >= m_t.markMinInliers && double(out.inliers) >= m_t.markMinInlierRatio * out.candidates;
    // Enough inliers: now the shape must be one a flat mark can take when photographed.
    if (const QString why = implausibleShape(out, ref.size, m_t); !why.isEmpty()) {
        out.rejectedBecause = why;
        return out;
    }
    // The whole mark must be in the picture: its outline, the reference's corners, inside the frame. A mark cut by the
    // edge is not judged as the new mark; a convincing match that is cut off says so, so the crew steps back.
    if (outsideFrame(h, ref.inkBox, photo.imageSize, m_t.markFrameTolerance)) {
        out.rejectedBecause = QStringLiteral("the mark is cut off by the edge of the photo");
        out.cutOff = plenty;
        return out;
    }
    // The second cue: does the photo, seen through the homography, look like the mark? Its lettering must be there
    // too, also when the whole correlates well: the emblem alone on a plate correlates up to 0.95 over the mark's own
    // pixels (the emblem carries most of their contrast) but is not the mark.
    const Correlations c = correlate(photo.grey, h, ref, true);
    out.correlation = c.whole;
    if (out.correlation < (plenty ? m_t.markMinCorrelation : m_t.markRescueCorrelation)) {
        out.rejectedBecause = plenty ? QStringLiteral("does not look like the mark") : QStringLiteral("too few or too scattered inliers");
        return out;
    }
    // The emblem's parts are judged when the whole leaves doubt: a mark found this convincingly may have a quarter
    // hidden behind a pole or a branch (judging them always lost occluded marks of the held-back family).
    if (out.correlation < m_t.markConfidentCorrelation && c.parts.weakestCorrelation < m_t.markMinPartCorrelation) {
        out.rejectedBecause = QStringLiteral("part of the mark does not look like it");
        return out;
    }
    // The lettering alone, or beside another organisation's emblem, fits the mark well enough for every rule above.
    if (out.correlation < m_t.markConfidentCorrelation && c.parts.emblem < m_t.markMinEmblemCorrelation) {
        out.rejectedBecause = QStringLiteral("the emblem of the mark is missing or not the mark's");
        return out;
    }
    if (out.correlation < m_t.markConfidentCorrelation && !ref.emblem.empty() && out.emblemInliers < m_t.markMinEmblemInliers) {
        out.rejectedBecause = QStringLiteral("no matching points on the emblem of the mark (another emblem?)");
        return out;
    }
    if (c.parts.letteringContrast >= 0 && c.parts.letteringContrast < m_t.markMinLetteringContrast) {
        out.rejectedBecause = QStringLiteral("the lettering of the mark is missing");
        return out;
    }
    out.found = true;
    out.homography = cv::Matx33d(h);
    return out;
}

} // namespace gc::core
