#include "photo/markmatcher.h"

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

// Normalised cross-correlation between the reference and the photo warped back onto it through `h`.
// Gain, offset and colour casts cancel; blur and occlusion lower it gradually; a homography fitted to
// look-alike corners (text, other logos) puts unrelated pixels there and scores near zero.
double correlationWithReference(const cv::Mat &photoGrey, const cv::Mat &h, const MarkMatcher::Reference &ref)
{
    if (photoGrey.empty())
        return 1.0;  // features without an image (callers that only match keypoints): the cue abstains
    cv::Mat back;
    cv::warpPerspective(photoGrey, back, h, ref.size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::GaussianBlur(back, back, cv::Size(0, 0), 1.0);
    // TM_CCOEFF_NORMED of two images of one size, written out: matchTemplate goes through a DFT for a template
    // this large, several times the cost of the sum itself, and it runs once per reference tried.
    cv::Scalar mean, sd;
    cv::meanStdDev(back, mean, sd);
    const double spread = std::sqrt(double(back.total())) * sd[0] * ref.centredNorm;
    if (spread < 1e-6)
        return 0;  // a flat patch (or one outside the photo) looks like nothing
    cv::Mat a;
    back.convertTo(a, CV_32F);
    return (a.dot(ref.centred) - mean[0] * ref.centredSum) / spread;
}

} // namespace

VoidResult MarkMatcher::addReferenceFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("mark_reference_unreadable"),
                         QStringLiteral("기준 마크 파일을 열 수 없습니다 / cannot open the reference mark %1: %2").arg(path, f.errorString()));
    return addReference(f.readAll(), path);
}

// Everything a reference costs to prepare (nine tilted views, ORB on each), done once per process and image:
// the field app, the CLI's workers and every test build checkers from the same few files.
Result<MarkMatcher::Reference> MarkMatcher::prepare(const QByteArray &encoded, const QString &name, const PhotoCheckThresholds &t)
{
    cv::Mat raw;
    try {
        raw = cv::imdecode(cv::Mat(1, int(encoded.size()), CV_8UC1, const_cast<char *>(encoded.constData())), cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &) {
        raw.release();
    }
    if (raw.empty())
        return makeError(QStringLiteral("mark_reference_unreadable"),
                         QStringLiteral("기준 마크 이미지를 해독할 수 없습니다 / cannot decode the reference mark %1").arg(name));
    if (raw.depth() != CV_8U)
        raw.convertTo(raw, CV_8U, 1.0 / 256);
    // Transparent marks are judged as printed on white, the usual plate and sticker background.
    cv::Mat grey;
    if (raw.channels() == 4) {
        std::vector<cv::Mat> ch;
        cv::split(raw, ch);
        cv::Mat bgr;
        cv::merge(std::vector<cv::Mat>{ch[0], ch[1], ch[2]}, bgr);
        cv::Mat alpha;
        ch[3].convertTo(alpha, CV_32F, 1.0 / 255);
        cv::Mat g;
        cv::cvtColor(bgr, g, cv::COLOR_BGR2GRAY);
        g.convertTo(g, CV_32F);
        cv::Mat out = g.mul(alpha) + (1.0 - alpha) * 255.0;
        out.convertTo(grey, CV_8U);
    } else if (raw.channels() == 3) {
        cv::cvtColor(raw, grey, cv::COLOR_BGR2GRAY);
    } else {
        grey = raw;
    }
    const double scale = std::min(double(t.markReferenceLongSide) / std::max(grey.cols, grey.rows),
                                  std::sqrt(double(t.markReferenceMaxArea) / (double(grey.cols) * grey.rows)));
    cv::resize(grey, grey, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);

    Reference ref;
    ref.name = name;
    ref.size = grey.size();
    cv::GaussianBlur(grey, ref.grey, cv::Size(0, 0), 1.0);
    ref.grey.convertTo(ref.centred, CV_32F);
    ref.centred -= cv::mean(ref.grey)[0];
    ref.centredNorm = cv::norm(ref.centred);
    ref.centredSum = cv::sum(ref.centred)[0];
    // A white margin lets ORB find corners at the mark's edge (it skips a 31 px border).
    const int margin = 40;
    cv::Mat padded;
    cv::copyMakeBorder(grey, padded, margin, margin, margin, margin, cv::BORDER_CONSTANT, cv::Scalar(255));
    // A light blur stands in for the camera's optics; features of razor-sharp renderings match photos worse.
    cv::GaussianBlur(padded, padded, cv::Size(0, 0), 0.8);

    // 60° views too: at 55–60° the 40° views are as far from the photo as the frontal one is from them.
    const double tilts[][2] = {{0, 0}, {40, 0}, {-40, 0}, {0, 40}, {0, -40}, {62, 0}, {-62, 0}, {0, 62}, {0, -62}};
    auto orb = makeOrb(t.markReferenceFeatures);
    for (const auto &tilt : tilts) {
        cv::Size canvas;
        const cv::Mat h = tiltHomography(padded.size(), tilt[0], tilt[1], &canvas);
        cv::Mat view;
        cv::warpPerspective(padded, view, h, canvas, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
        std::vector<cv::KeyPoint> kps;
        cv::Mat desc;
        orb->detectAndCompute(view, cv::noArray(), kps, desc);
        // Every tilt keeps its slot, even empty, so the first kFirstPassViews are always the same tilts.
        View v;
        if (kps.empty()) {
            ref.views.push_back(std::move(v));
            continue;
        }
        cv::Mat kept;
        std::vector<cv::Point2f> pts;
        cv::KeyPoint::convert(kps, pts);
        std::vector<cv::Point2f> back;
        cv::perspectiveTransform(pts, back, h.inv());
        for (size_t i = 0; i < back.size(); ++i) {
            const cv::Point2f p = back[i] - cv::Point2f(float(margin), float(margin));
            if (p.x < -2 || p.y < -2 || p.x > ref.size.width + 2 || p.y > ref.size.height + 2)
                continue;
            v.points.push_back(p);
            kept.push_back(desc.row(int(i)));
        }
        v.descriptors = HammingSet(kept);
        ref.views.push_back(std::move(v));
    }
    if (ref.views.front().points.size() < size_t(t.markMinInliers * 2))
        return makeError(QStringLiteral("mark_reference_featureless"),
                         QStringLiteral("기준 마크에 특징점이 너무 적습니다 / the reference mark %1 has too little detail to be found in photos").arg(name));
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
    const std::pair<size_t, size_t> passes[] = {{0, 1}, {1, kFirstPassViews}, {kFirstPassViews, size_t(-1)}};
    for (const auto &[from, upTo] : passes) {
        for (size_t i = 0; i < m_refs.size(); ++i) {
            if (confident(best))
                break;  // found beyond doubt: the other layouts need not be matched (the same layout is scored below)
            MarkMatch m = matchOne(photo, m_refs[i], from, upTo, candidates[i]);
            m.reference = int(i);
            if (better(m, best))
                best = m;
        }
        if (from == 0 ? confident(best) : best.found)
            break;
        best = MarkMatch{};
    }
    if (!best.found || photo.grey.empty())
        return best;
    // The same mark in other colours has the same frame: the photo seen through the found homography says which.
    const Reference &found = m_refs[size_t(best.reference)];
    for (size_t j = 0; j < m_refs.size(); ++j) {
        if (int(j) == best.reference || m_refs[j].size != found.size)
            continue;
        const double c = correlationWithReference(photo.grey, cv::Mat(best.homography), m_refs[j]);
        if (c > best.correlation) {
            best.correlation = c;
            best.reference = int(j);
        }
    }
    return best;
}

MarkMatch MarkMatcher::matchOne(const PhotoFeatures &photo, const Reference &ref, size_t fromView, size_t toView, Candidates &byPhotoPoint) const
{
    MarkMatch out;
    if (photo.descriptors.rows < 2)
        return out;
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
    out.candidates = int(byPhotoPoint.size());
    if (out.candidates < m_t.markMinInliers)
        return out;
    std::vector<cv::Point2f> src, dst;
    src.reserve(byPhotoPoint.size());
    dst.reserve(byPhotoPoint.size());
    for (const auto &[idx, c] : byPhotoPoint) {
        src.push_back(c.refPoint);
        dst.push_back(photo.keypoints[size_t(idx)].pt);
    }
    std::vector<uchar> mask;
    const cv::Mat h = cv::findHomography(src, dst, cv::RANSAC, m_t.markRansacPx, mask, 3000, 0.995);
    if (h.empty())
        return out;
    std::set<int> cells;
    for (size_t i = 0; i < mask.size(); ++i) {
        if (!mask[i])
            continue;
        ++out.inliers;
        const int cx = std::clamp(int(src[i].x * kGridCols / ref.size.width), 0, kGridCols - 1);
        const int cy = std::clamp(int(src[i].y * kGridRows / ref.size.height), 0, kGridRows - 1);
        cells.insert(cy * kGridCols + cx);
    }
    out.coveredCells = int(cells.size());
    const std::vector<cv::Point2f> corners{{0, 0}, {float(ref.size.width), 0}, {float(ref.size.width), float(ref.size.height)}, {0, float(ref.size.height)}};
    std::vector<cv::Point2f> projected;
    cv::perspectiveTransform(corners, projected, h);
    std::copy(projected.begin(), projected.end(), out.quad.begin());
    const double imageArea = double(photo.imageSize.area());
    out.areaShare = polygonArea(out.quad) / imageArea;

    if (out.inliers < std::min(m_t.markMinInliers, m_t.markRescueInliers))
        return out;
    // Keypoints alone are convincing with many inliers that are a fair share of the candidates; a strong
    // blur or a steep view leaves fewer or drowns them in candidates, and then the picture itself must agree.
    const bool plenty = out.inliers >= m_t.markMinInliers && double(out.inliers) >= m_t.markMinInlierRatio * out.candidates;
    // Enough inliers: now the shape must be one a flat mark can take when photographed.
    auto reject = [&](const QString &why) { out.rejectedBecause = why; return out; };
    if (out.coveredCells < m_t.markMinCoveredCells)
        return reject(QStringLiteral("inliers cover too little of the mark"));
    std::vector<cv::Point2f> poly(out.quad.begin(), out.quad.end());
    if (out.areaShare <= 0 || !cv::isContourConvex(poly))
        return reject(QStringLiteral("quad not convex"));
    if (out.areaShare < m_t.markMinAreaShare || out.areaShare > m_t.markMaxAreaShare)
        return reject(QStringLiteral("implausible size"));
    double sides[4];
    for (int i = 0; i < 4; ++i)
        sides[i] = cv::norm(out.quad[size_t(i)] - out.quad[size_t((i + 1) % 4)]);
    const double shortest = *std::min_element(sides, sides + 4), longest = *std::max_element(sides, sides + 4);
    const double refAspect = double(std::min(ref.size.width, ref.size.height)) / std::max(ref.size.width, ref.size.height);
    if (shortest < m_t.markMinSideRatio * refAspect * longest)
        return reject(QStringLiteral("degenerate quad"));
    if (std::max(sides[0], sides[2]) > m_t.markMaxScaleRatio * std::min(sides[0], sides[2])
        || std::max(sides[1], sides[3]) > m_t.markMaxScaleRatio * std::min(sides[1], sides[3]))
        return reject(QStringLiteral("perspective too strong"));
    // The second cue: does the photo, seen through the homography, look like the mark?
    out.correlation = correlationWithReference(photo.grey, h, ref);
    if (out.correlation < (plenty ? m_t.markMinCorrelation : m_t.markRescueCorrelation))
        return reject(plenty ? QStringLiteral("does not look like the mark") : QStringLiteral("too few or too scattered inliers"));
    out.found = true;
    out.homography = cv::Matx33d(h);
    return out;
}

} // namespace gc::core
