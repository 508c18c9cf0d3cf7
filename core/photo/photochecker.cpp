#include "photo/photochecker.h"
#include "text.h"

#include "photo/markmatcher.h"
#include "photo/perceptualhash.h"
#include "photo/photodecoder.h"
#include "photofiles/photoexif.h"
#include "photo/photopyramid.h"
#include "photo/photoslotprofile.h"
#include "photo/qrfinder.h"
#include "photo/signregion.h"

#include <QJsonArray>

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <future>

namespace gc::core {

struct PhotoChecker::Impl {
    PhotoCheckThresholds t;
    MarkMatcher marks{t};
    MarkMatcher oldMarks{t};
    PhotoDecoder decoder{t};
};

namespace {

PhotoCheck makeCheck(const char *id, PhotoCheckStatus status, double value, double threshold, Text text)
{
    PhotoCheck c;
    c.id = QString::fromLatin1(id);
    c.status = status;
    c.value = value;
    c.threshold = threshold;
    c.text = std::move(text);
    return c;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

cv::Mat shrinkTo(const cv::Mat &img, int longSide) { return PhotoPyramid::shrink(img, longSide); }

QJsonArray quadJson(const std::array<cv::Point2f, 4> &quad, double toPhoto)
{
    QJsonArray a;
    for (const auto &p : quad)
        a.append(QJsonArray{std::round(p.x * toPhoto), std::round(p.y * toPhoto)});
    return a;
}

PhotoCheck readableCheck(const DecodedPhoto &photo, const PhotoCheckThresholds &t)
{
    const int longSide = std::max(photo.width, photo.height);
    PhotoCheck c = longSide >= t.minLongSide
        ? makeCheck("readable", PhotoCheckStatus::Pass, longSide, t.minLongSide,
                    gc::tx(QT_TRANSLATE_NOOP("gc", "photo decoded (%1×%2)"), photo.width, photo.height))
        : makeCheck("readable", PhotoCheckStatus::Fail, longSide, t.minLongSide,
                    gc::tx(QT_TRANSLATE_NOOP("gc", "the photo is too small (long side %1 px, at least %2 px) — retake it or send the original size"), longSide, t.minLongSide));
    c.details.insert(QStringLiteral("width"), photo.width);
    c.details.insert(QStringLiteral("height"), photo.height);
    c.details.insert(QStringLiteral("format"), photo.header.format);
    if (photo.header.channels == 4 && photo.header.format == QLatin1String("jpeg"))
        c.details.insert(QStringLiteral("cmyk"), true);
    if (photo.header.bitDepth != 8)
        c.details.insert(QStringLiteral("bit_depth"), photo.header.bitDepth);
    return c;
}

// Laplacian variance of each window of `g` that shows detail: its greys spread by `minDetail` or more. A plain wall,
// door or sky says nothing about focus (its variance is the sensor's noise, which the reduction to the working size
// averages away the more pixels the camera has), so a sharp mark on a plain surface was judged by its surface: a
// 12 MP photo of a crisp mark covering 12 % of a grey wall measured 6–24 and failed (an outside pass). Blur keeps an
// edge's spread but not its Laplacian, so a blurred photo still scores low on its detailed windows. When fewer than
// `minWindows` windows show detail, every window counts, as before.
std::vector<double> detailWindowVariances(const cv::Mat &g, int w, double minDetail, size_t minWindows)
{
    cv::Mat lap;
    cv::Laplacian(g, lap, CV_32F);
    std::vector<double> all, detailed;
    for (int y = 0; y + w <= lap.rows; y += w) {
        for (int x = 0; x + w <= lap.cols; x += w) {
            const cv::Rect r(x, y, w, w);
            cv::Scalar mean, sd, greyMean, greySd;
            cv::meanStdDev(lap(r), mean, sd);
            cv::meanStdDev(g(r), greyMean, greySd);
            all.push_back(sd[0] * sd[0]);
            if (greySd[0] >= minDetail)
                detailed.push_back(sd[0] * sd[0]);
        }
    }
    return detailed.size() >= minWindows ? detailed : all;
}

PhotoCheck sharpnessCheck(const cv::Mat &grey, const PhotoCheckThresholds &t)
{
    const cv::Mat g = shrinkTo(grey, t.sharpnessLongSide);
    std::vector<double> variances = detailWindowVariances(g, std::max(8, t.sharpnessWindow), t.sharpnessMinDetail, 2);
    if (variances.empty())
        return makeCheck("sharpness", PhotoCheckStatus::Skip, kNaN, t.sharpnessWarn, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo is too small to measure sharpness")));
    const size_t k = std::min(variances.size() - 1, size_t(t.sharpnessPercentile * double(variances.size() - 1) + 0.5));
    std::nth_element(variances.begin(), variances.begin() + long(k), variances.end());
    const double v = variances[k];
    if (v < t.sharpnessFail)
        return makeCheck("sharpness", PhotoCheckStatus::Fail, v, t.sharpnessFail, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo is blurred — focus, hold still and retake it")));
    if (v < t.sharpnessWarn)
        return makeCheck("sharpness", PhotoCheckStatus::Warn, v, t.sharpnessWarn, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo is somewhat soft")));
    return makeCheck("sharpness", PhotoCheckStatus::Pass, v, t.sharpnessWarn, gc::tx(QT_TRANSLATE_NOOP("gc", "sharp")));
}

PhotoCheck exposureCheck(const cv::Mat &grey, const PhotoCheckThresholds &t)
{
    const cv::Mat g = shrinkTo(grey, 800);
    int histSize = 256;
    float range[] = {0, 256};
    const float *ranges[] = {range};
    cv::Mat hist;
    int channels[] = {0};
    cv::calcHist(&g, 1, channels, cv::Mat(), hist, 1, &histSize, ranges);
    double total = 0, sum = 0, dark = 0, bright = 0;
    for (int i = 0; i < 256; ++i) {
        const double n = hist.at<float>(i);
        total += n;
        sum += n * i;
        if (i <= t.clipDarkLevel)
            dark += n;
        if (i >= t.clipBrightLevel)
            bright += n;
    }
    const double mean = sum / std::max(1.0, total);
    const double darkShare = dark / std::max(1.0, total), brightShare = bright / std::max(1.0, total);
    PhotoCheck c;
    const QString pct = QStringLiteral("%1%");
    if (mean < t.meanDarkFail || darkShare > t.clippedShareFail)
        c = makeCheck("exposure", PhotoCheckStatus::Fail, mean, t.meanDarkFail, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo is too dark — retake it with more light or the flash")));
    else if (mean > t.meanBrightFail || brightShare > t.clippedShareFail)
        c = makeCheck("exposure", PhotoCheckStatus::Fail, mean, t.meanBrightFail, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo is blown out — avoid the direct light and retake it")));
    else if (mean < t.meanDarkWarn || darkShare > t.clippedShareWarn)
        c = makeCheck("exposure", PhotoCheckStatus::Warn, mean, t.meanDarkWarn, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo is rather dark")));
    else if (mean > t.meanBrightWarn || brightShare > t.clippedShareWarn)
        c = makeCheck("exposure", PhotoCheckStatus::Warn, mean, t.meanBrightWarn, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo is rather bright (some areas blown out)")));
    else
        c = makeCheck("exposure", PhotoCheckStatus::Pass, mean, t.meanDarkWarn, gc::tx(QT_TRANSLATE_NOOP("gc", "exposure is fine")));
    c.details.insert(QStringLiteral("dark_share"), std::round(darkShare * 1000) / 1000);
    c.details.insert(QStringLiteral("bright_share"), std::round(brightShare * 1000) / 1000);
    return c;
}

// A well-lit plate against a night street or a sunlit white wall: the mark is what the reviewer reads,
// so where a mark was found and the whole frame is too dark or too bright, the mark's own region
// decides (an outside pass: marks found with 300–600 matching points were sent back as "blown out").
PhotoCheck exposureOnMark(PhotoCheck frame, const cv::Mat &grey, const MarkMatch &m, const PhotoCheckThresholds &t)
{
    if (!m.found || frame.status == PhotoCheckStatus::Pass)
        return frame;
    const cv::Rect box = cv::boundingRect(std::vector<cv::Point2f>(m.quad.begin(), m.quad.end())) & cv::Rect(0, 0, grey.cols, grey.rows);
    if (box.width < 16 || box.height < 16)
        return frame;
    // Judged by its mean only: a plate's white ground is meant to be near white, and the mark was found
    // and confirmed by correlation on its own pixels, so its inks are told apart.
    PhotoCheckThresholds onMarkThresholds = t;
    onMarkThresholds.clippedShareWarn = onMarkThresholds.clippedShareFail = 1.0;
    const PhotoCheck onMark = exposureCheck(grey(box), onMarkThresholds);
    if (onMark.status == PhotoCheckStatus::Fail)
        return frame;
    const bool dark = frame.value < t.meanDarkWarn || frame.details.value(QStringLiteral("dark_share")).toDouble() > t.clippedShareWarn;
    PhotoCheck c = makeCheck("exposure", PhotoCheckStatus::Pass, onMark.value, t.meanDarkWarn,
                             dark ? gc::tx(QT_TRANSLATE_NOOP("gc", "the mark is well exposed (the background is dark)"))
                                  : gc::tx(QT_TRANSLATE_NOOP("gc", "the mark is well exposed (the background is bright)")));
    c.details = onMark.details;
    c.details.insert(QStringLiteral("frame_mean"), std::round(frame.value * 10) / 10);
    c.details.insert(QStringLiteral("frame_dark_share"), frame.details.value(QStringLiteral("dark_share")));
    c.details.insert(QStringLiteral("frame_bright_share"), frame.details.value(QStringLiteral("bright_share")));
    return c;
}

// A strip or a single pixel shows no asset, and the checks' reductions would scale a side to nothing (an
// outside pass: a 1 px side aborted the process in cv::resize; 4000×3 strips passed as before photos).
VoidResult tooSmallToCheck(const PhotoHeader &h)
{
    constexpr int minSide = 64;
    if (std::min(h.width, h.height) >= minSide)
        return Ok{};
    return makeError(ErrorCode::PhotoTooSmall,
                     gc::tx(QT_TRANSLATE_NOOP("gc", "the photo is too small (%1×%2); each side must be at least %3 pixels"), h.width, h.height, minSide));
}

// On a before photo the new mark is not expected: the photo shows the asset as it was.
PhotoCheck newMarkOnBeforeCheck(const MarkMatcher &matcher, const MarkMatch &m, double toPhoto, const PhotoCheckThresholds &t)
{
    PhotoCheck c;
    if (m.found) {
        c = makeCheck("mark", PhotoCheckStatus::Warn, m.inliers, t.markMinInliers,
                      gc::tx(QT_TRANSLATE_NOOP("gc", "the new brand mark is already visible on the before photo — make sure it shows the asset before the work")));
        c.details.insert(QStringLiteral("quad"), quadJson(m.quad, toPhoto));
        c.details.insert(QStringLiteral("variant"), matcher.reference(m.reference).variant);
    } else {
        c = makeCheck("mark", PhotoCheckStatus::Pass, m.inliers, t.markMinInliers, gc::tx(QT_TRANSLATE_NOOP("gc", "no new brand mark yet (the state before the work)")));
    }
    c.details.insert(QStringLiteral("inliers"), m.inliers);
    return c;
}

PhotoCheck markCheck(const MarkMatcher &matcher, const MarkMatch &m, double toPhoto, const PhotoCheckThresholds &t)
{
    PhotoCheck c;
    if (m.found) {
        c = makeCheck("mark", PhotoCheckStatus::Pass, m.inliers, t.markMinInliers,
                      gc::tx(QT_TRANSLATE_NOOP("gc", "brand mark found (%1 matching points)"), m.inliers));
        c.details.insert(QStringLiteral("quad"), quadJson(m.quad, toPhoto));
        c.details.insert(QStringLiteral("reference"), matcher.reference(m.reference).name);
        c.details.insert(QStringLiteral("variant"), matcher.reference(m.reference).variant);
        c.details.insert(QStringLiteral("area_share"), std::round(m.areaShare * 1000) / 1000);
        c.details.insert(QStringLiteral("correlation"), std::round(m.correlation * 100) / 100);
        c.details.insert(QStringLiteral("emblem_inliers"), m.emblemInliers);
    } else if (m.cutOff) {
        // Part of the mark is in the picture (cut by the edge): the crew need only step back.
        c = makeCheck("mark", PhotoCheckStatus::Fail, m.inliers, t.markMinInliers,
                      gc::tx(QT_TRANSLATE_NOOP("gc", "the whole mark must be in the picture — step back and retake with all of the mark inside the frame")));
        c.details.insert(QStringLiteral("cut_off"), true);
        c.details.insert(QStringLiteral("rejected"), m.rejectedBecause);
    } else {
        c = makeCheck("mark", PhotoCheckStatus::Fail, m.inliers, t.markMinInliers,
                      gc::tx(QT_TRANSLATE_NOOP("gc", "the new brand mark is not visible — retake with the whole mark large in the frame, from nearer the front")));
        if (!m.rejectedBecause.isEmpty())
            c.details.insert(QStringLiteral("rejected"), m.rejectedBecause);
    }
    c.details.insert(QStringLiteral("inliers"), m.inliers);
    return c;
}

PhotoCheck oldMarkCheck(const MarkMatcher &matcher, const MarkMatch &m, double toPhoto, PhotoSlot slot)
{
    PhotoCheck c;
    if (slot == PhotoSlot::Before) {
        // The old state: the superseded mark is what this asset may carry now; seen or not, it is only noted.
        c = m.found ? makeCheck("old_mark", PhotoCheckStatus::Pass, m.inliers, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "the superseded mark is visible (the state before the work)")))
                    : makeCheck("old_mark", PhotoCheckStatus::Pass, m.inliers, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "no superseded mark visible (not every asset has one)")));
        if (m.found)
            c.details.insert(QStringLiteral("quad"), quadJson(m.quad, toPhoto));
        c.details.insert(QStringLiteral("inliers"), m.inliers);
        return c;
    }
    if (m.found) {
        c = makeCheck("old_mark", PhotoCheckStatus::Fail, m.inliers, matcher.referenceCount() ? kNaN : kNaN,
                      gc::tx(QT_TRANSLATE_NOOP("gc", "the superseded mark is still visible — remove it and retake")));
        c.details.insert(QStringLiteral("quad"), quadJson(m.quad, toPhoto));
        c.details.insert(QStringLiteral("reference"), matcher.reference(m.reference).name);
    } else {
        c = makeCheck("old_mark", PhotoCheckStatus::Pass, m.inliers, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "no superseded mark visible")));
    }
    c.details.insert(QStringLiteral("inliers"), m.inliers);
    return c;
}

// The photo a reused one was filed as, in words: the other asset's code, or what the photo was for
// when it belongs to no asset (a place proposal, a department's survey).
Text describeOther(const KnownPhoto &k)
{
    if (!k.assetCode.isEmpty())
        return gc::tx(QT_TRANSLATE_NOOP("gc", "another asset (%1)"), k.assetCode);
    const QString id = k.photoId.isEmpty() ? QString() : QStringLiteral(" %1").arg(k.photoId.left(8));
    if (k.role == QLatin1String("proposal"))
        return gc::tx(QT_TRANSLATE_NOOP("gc", "a place proposal%1"), id);
    if (k.role == QLatin1String("survey"))
        return gc::tx(QT_TRANSLATE_NOOP("gc", "a department survey photo%1"), id);
    return gc::tx(QT_TRANSLATE_NOOP("gc", "another photo%1"), id);
}

PhotoCheck duplicateCheck(const QString &hash, const PhotoCheckContext &ctx, const PhotoCheckThresholds &t)
{
    quint64 mine = 0;
    if (ctx.knownPhotos.empty() || !parsePerceptualHash(hash, &mine))
        return makeCheck("duplicate", PhotoCheckStatus::Skip, kNaN, t.duplicateMaxDistance, gc::tx(QT_TRANSLATE_NOOP("gc", "no photos to compare with")));
    int bestOther = 65, bestSame = 65;
    const KnownPhoto *other = nullptr;
    for (const KnownPhoto &k : ctx.knownPhotos) {
        quint64 theirs = 0;
        if (!parsePerceptualHash(k.perceptualHash, &theirs))
            continue;
        const int d = std::popcount(mine ^ theirs);
        const bool same = !ctx.assetCode.isEmpty() && k.assetCode == ctx.assetCode;
        if (same)
            bestSame = std::min(bestSame, d);
        else if (d < bestOther) {
            bestOther = d;
            other = &k;
        }
    }
    if (other && bestOther <= t.duplicateMaxDistance) {
        PhotoCheck c = makeCheck("duplicate", PhotoCheckStatus::Fail, bestOther, t.duplicateMaxDistance,
                                 gc::tx(QT_TRANSLATE_NOOP("gc", "nearly identical to a photo filed for %1 — take this asset's own photo"), describeOther(*other)));
        if (!other->assetCode.isEmpty())
            c.details.insert(QStringLiteral("asset"), other->assetCode);
        if (!other->role.isEmpty())
            c.details.insert(QStringLiteral("role"), other->role);
        if (!other->photoId.isEmpty())
            c.details.insert(QStringLiteral("photo_id"), other->photoId);
        return c;
    }
    PhotoCheck c = makeCheck("duplicate", PhotoCheckStatus::Pass, bestOther > 64 ? kNaN : bestOther, t.duplicateMaxDistance,
                             bestSame <= t.duplicateMaxDistance ? gc::tx(QT_TRANSLATE_NOOP("gc", "the same photo is already filed for this asset"))
                                                                : gc::tx(QT_TRANSLATE_NOOP("gc", "no other asset has a matching photo")));
    c.details.insert(QStringLiteral("compared"), int(ctx.knownPhotos.size()));
    return c;
}

// What the two photos share, for same_place: ORB matches (ratio test, and each the other's best), the share of them
// that agree on one epipolar geometry (MAGSAC), and how widely those spread over the after photo.
struct PlaceEvidence {
    int surroundings = 0;  // keypoints of the after photo outside the asset zone
    int matches = 0, inliers = 0, cells = 0;
    double ratio = 0;
};

// The after photo's asset zone: the found mark's outline (work pixels) widened `widen` times about its centre, at the
// size of `grey`. It is the same in every after photo (the new mark, its plate) and absent from the before photo, so
// it says nothing about the place; two signs of one design on different streets would otherwise look alike.
cv::Mat outsideAssetZone(cv::Size grey, cv::Size work, const MarkMatch &mark, double widen)
{
    cv::Mat keep(grey, CV_8U, cv::Scalar(255));
    if (!mark.found)
        return keep;
    const float s = float(grey.width) / float(work.width);
    cv::Point2f centre(0, 0);
    for (const cv::Point2f &p : mark.quad)
        centre += p * 0.25f;
    std::vector<cv::Point> zone;
    for (const cv::Point2f &p : mark.quad)
        zone.emplace_back(cvRound((centre + (p - centre) * float(widen)).x * s), cvRound((centre + (p - centre) * float(widen)).y * s));
    cv::fillConvexPoly(keep, zone, cv::Scalar(0));
    return keep;
}

PlaceEvidence placeEvidence(const cv::Mat &afterGrey, const cv::Mat &afterKeep, const cv::Mat &beforeGrey)
{
    // FAST threshold 10 rather than 20: a soft or low-contrast scene (blinds, a hazy wall) still yields corners.
    auto orb = cv::ORB::create(2000, 1.2f, 8, 31, 0, 2, cv::ORB::HARRIS_SCORE, 31, 10);
    std::vector<cv::KeyPoint> ka, kb;
    cv::Mat da, db;
    orb->detectAndCompute(afterGrey, afterKeep, ka, da);
    orb->detectAndCompute(beforeGrey, cv::noArray(), kb, db);
    PlaceEvidence e;
    e.surroundings = int(ka.size());
    if (da.rows < 2 || db.rows < 2)
        return e;
    std::vector<std::vector<cv::DMatch>> forward;
    cv::BFMatcher(cv::NORM_HAMMING).knnMatch(da, db, forward, 2);
    std::vector<cv::DMatch> backward;
    cv::BFMatcher(cv::NORM_HAMMING).match(db, da, backward);
    std::vector<cv::Point2f> pa, pb;
    for (const auto &m : forward)
        if (m.size() == 2 && m[0].distance < 0.8f * m[1].distance && backward[size_t(m[0].trainIdx)].trainIdx == m[0].queryIdx) {
            pa.push_back(ka[size_t(m[0].queryIdx)].pt);
            pb.push_back(kb[size_t(m[0].trainIdx)].pt);
        }
    e.matches = int(pa.size());
    if (e.matches < 12)
        return e;
    // Epipolar geometry rather than a homography: the street is not flat, the crew stands a step aside.
    std::vector<uchar> mask;
    const cv::Mat f = cv::findFundamentalMat(pa, pb, cv::USAC_MAGSAC, 1.5, 0.999, 2000, mask);
    if (f.empty())
        return e;
    constexpr int grid = 4;
    std::vector<int> perCell(grid * grid, 0);
    for (size_t i = 0; i < mask.size(); ++i) {
        if (!mask[i])
            continue;
        ++e.inliers;
        const int cx = std::clamp(int(pa[i].x * grid / afterGrey.cols), 0, grid - 1), cy = std::clamp(int(pa[i].y * grid / afterGrey.rows), 0, grid - 1);
        ++perCell[size_t(cy * grid + cx)];
    }
    e.cells = int(std::count_if(perCell.begin(), perCell.end(), [](int n) { return n >= 2; }));
    e.ratio = double(e.inliers) / e.matches;
    return e;
}

PhotoCheck samePlaceCheck(const PlaceEvidence &e, const PhotoCheckThresholds &t)
{
    const bool spread = e.inliers >= t.samePlaceMinInliers && e.ratio >= t.samePlaceMinInlierRatio && e.cells >= t.samePlaceMinCells;
    const bool agreeing = e.inliers >= t.samePlaceStrongMinInliers && e.ratio >= t.samePlaceStrongInlierRatio && e.cells >= t.samePlaceStrongMinCells;
    const bool pass = spread || agreeing;
    const bool maybe = e.inliers >= t.samePlaceWarnInliers && e.ratio >= t.samePlaceWarnInlierRatio;
    PhotoCheck c;
    if (pass)
        c = makeCheck("same_place", PhotoCheckStatus::Pass, e.ratio, t.samePlaceMinInlierRatio, gc::tx(QT_TRANSLATE_NOOP("gc", "same place as the before photo")));
    else if (maybe)
        c = makeCheck("same_place", PhotoCheckStatus::Warn, e.ratio, t.samePlaceMinInlierRatio,
                      gc::tx(QT_TRANSLATE_NOOP("gc", "not sure this is the place of the before photo; shoot from the same spot and direction")));
    else if (e.surroundings < t.samePlaceMinSurroundings)
        // A blank sky or wall around a large sign: nothing to compare, which proves no other place either.
        c = makeCheck("same_place", PhotoCheckStatus::Warn, e.ratio, t.samePlaceMinInlierRatio,
                      gc::tx(QT_TRANSLATE_NOOP("gc", "too little of the surroundings to compare with the before photo — step back so more of them is in the picture")));
    else
        c = makeCheck("same_place", PhotoCheckStatus::Fail, e.ratio, t.samePlaceMinInlierRatio,
                      gc::tx(QT_TRANSLATE_NOOP("gc", "this does not look like the place of the before photo — retake from the same spot and direction")));
    c.details.insert(QStringLiteral("surroundings"), e.surroundings);
    c.details.insert(QStringLiteral("matches"), e.matches);
    c.details.insert(QStringLiteral("inliers"), e.inliers);
    c.details.insert(QStringLiteral("cells"), e.cells);
    return c;
}

// same_place against the before photo at `path` (skipped without one); its EXIF time fills `beforeTaken` when unset.
PhotoCheck samePlaceWithFile(const PhotoDecoder &decoder, const QString &path, const PhotoPyramid &after, const MarkMatch &mark,
                             const PhotoCheckThresholds &t, QDateTime *beforeTaken)
{
    if (path.isEmpty())
        return makeCheck("same_place", PhotoCheckStatus::Skip, kNaN, t.samePlaceMinInlierRatio, gc::tx(QT_TRANSLATE_NOOP("gc", "no before photo")));
    Result<QByteArray> beforeBytes = decoder.readFile(path);
    Result<DecodedPhoto> before = beforeBytes ? decoder.decode(*beforeBytes, t.samePlaceLongSide) : Result<DecodedPhoto>(beforeBytes.error());
    if (!before) {
        PhotoCheck c = makeCheck("same_place", PhotoCheckStatus::Warn, kNaN, t.samePlaceMinInlierRatio, gc::tx(QT_TRANSLATE_NOOP("gc", "the before photo cannot be read")));
        c.details.insert(QStringLiteral("error"), before.error().message());
        return c;
    }
    cv::Mat beforeGrey;
    cv::cvtColor(shrinkTo(before->bgr, t.samePlaceLongSide), beforeGrey, cv::COLOR_BGR2GRAY);
    if (!beforeTaken->isValid())
        if (Result<PhotoExif> be = readPhotoExif(*beforeBytes); be)
            *beforeTaken = be->takenAt;
    const cv::Mat afterGrey = after.grey(t.samePlaceLongSide);
    cv::Mat keep = outsideAssetZone(afterGrey.size(), after.work().size(), mark, t.samePlaceAssetZone);
    const cv::Mat sign = mark.found && t.samePlaceLeaveOutSign ? signRegion(after.colour(), mark.quad, after.work().size(), afterGrey.size(), t) : cv::Mat();
    if (!sign.empty())
        keep.setTo(0, sign);
    PhotoCheck c = samePlaceCheck(placeEvidence(afterGrey, keep, beforeGrey), t);
    c.details.insert(QStringLiteral("sign_share"), sign.empty() ? 0.0 : std::round(1000.0 * cv::countNonZero(sign) / double(sign.total())) / 1000);
    return c;
}

double haversineMeters(const GeoPoint &a, const GeoPoint &b)
{
    constexpr double r = 6371008.8;
    const double p1 = a.lat * CV_PI / 180, p2 = b.lat * CV_PI / 180;
    const double dp = p2 - p1, dl = (b.lon - a.lon) * CV_PI / 180;
    const double h = std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * r * std::asin(std::min(1.0, std::sqrt(h)));
}

PhotoCheck locationCheck(const PhotoExif &exif, const PhotoCheckContext &ctx, const PhotoCheckThresholds &t)
{
    if (!ctx.assetPosition)
        return makeCheck("location", PhotoCheckStatus::Skip, kNaN, t.locationMaxMeters, gc::tx(QT_TRANSLATE_NOOP("gc", "the asset has no position to compare with")));
    std::optional<GeoPoint> shot;
    QString source;
    if (exif.latitude && exif.longitude) {
        shot = GeoPoint{*exif.latitude, *exif.longitude};
        source = QStringLiteral("exif");
    } else if (ctx.recordedPosition) {
        shot = ctx.recordedPosition;
        source = QStringLiteral("app");
    }
    if (!shot)
        return makeCheck("location", PhotoCheckStatus::Warn, kNaN, t.locationMaxMeters, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo has no GPS position — turn location on and retake it")));
    const double d = haversineMeters(*shot, *ctx.assetPosition);
    PhotoCheck c;
    if (d <= t.locationMaxMeters)
        c = makeCheck("location", PhotoCheckStatus::Pass, d, t.locationMaxMeters, gc::tx(QT_TRANSLATE_NOOP("gc", "taken %1 m from the asset"), QString::number(d, 'f', 0)));
    else if (d <= t.locationMaxMeters * t.locationWarnFactor)
        c = makeCheck("location", PhotoCheckStatus::Warn, d, t.locationMaxMeters, gc::tx(QT_TRANSLATE_NOOP("gc", "taken %1 m from the asset (limit %2 m)"), QString::number(d, 'f', 0), t.locationMaxMeters));
    else
        c = makeCheck("location", PhotoCheckStatus::Fail, d, t.locationMaxMeters, gc::tx(QT_TRANSLATE_NOOP("gc", "taken %1 m from the asset — retake it standing at this asset"), QString::number(d, 'f', 0)));
    c.details.insert(QStringLiteral("source"), source);
    c.details.insert(QStringLiteral("lat"), shot->lat);
    c.details.insert(QStringLiteral("lon"), shot->lon);
    return c;
}

PhotoCheck timeCheck(const QDateTime &taken, const QDateTime &before, const PhotoCheckContext &ctx, const PhotoCheckThresholds &t)
{
    const bool constrained = before.isValid() || ctx.workStart.isValid() || ctx.workEnd.isValid();
    if (!constrained)
        return makeCheck("time", PhotoCheckStatus::Skip, kNaN, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "no work window or before photo to compare with")));
    if (!taken.isValid())
        return makeCheck("time", PhotoCheckStatus::Warn, kNaN, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "the photo has no capture time")));
    const qint64 tol = t.clockToleranceSeconds;
    PhotoCheck c;
    if (before.isValid() && taken.secsTo(before) > tol)
        c = makeCheck("time", PhotoCheckStatus::Fail, before.secsTo(taken), 0, gc::tx(QT_TRANSLATE_NOOP("gc", "taken before the before photo — retake it after the work")));
    else if (ctx.workStart.isValid() && taken.secsTo(ctx.workStart) > tol)
        c = makeCheck("time", PhotoCheckStatus::Fail, ctx.workStart.secsTo(taken), 0, gc::tx(QT_TRANSLATE_NOOP("gc", "taken before the work window opened — retake it on site today")));
    else if (ctx.workEnd.isValid() && ctx.workEnd.secsTo(taken) > tol)
        c = makeCheck("time", PhotoCheckStatus::Fail, ctx.workEnd.secsTo(taken), 0, gc::tx(QT_TRANSLATE_NOOP("gc", "taken after the work window closed — tell the office")));
    else
        c = makeCheck("time", PhotoCheckStatus::Pass, before.isValid() ? double(before.secsTo(taken)) : kNaN, 0,
                      gc::tx(QT_TRANSLATE_NOOP("gc", "taken inside the work window")));
    c.details.insert(QStringLiteral("taken_at"), taken.toString(Qt::ISODate));
    if (before.isValid())
        c.details.insert(QStringLiteral("before_taken_at"), before.toString(Qt::ISODate));
    return c;
}

PhotoCheck qrCheck(const QrFinding &qr, const PhotoCheckContext &ctx, double toPhoto)
{
    PhotoCheck c;
    if (!qr.seen)
        return makeCheck("qr", PhotoCheckStatus::Skip, kNaN, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "no QR label visible")));
    if (qr.text.isEmpty()) {
        c = makeCheck("qr", PhotoCheckStatus::Skip, kNaN, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "a QR label is visible but cannot be read")));
    } else if (ctx.assetCode.isEmpty() && ctx.assetUuid.isEmpty()) {
        c = makeCheck("qr", PhotoCheckStatus::Skip, kNaN, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "QR label reads %1 (no asset to compare with)"), qr.text));
    } else {
        // Labels may carry the bare code, the uuid or a link ending in either.
        const bool mine = (!ctx.assetCode.isEmpty() && qr.text.contains(ctx.assetCode, Qt::CaseInsensitive))
            || (!ctx.assetUuid.isEmpty() && qr.text.contains(ctx.assetUuid, Qt::CaseInsensitive));
        c = mine ? makeCheck("qr", PhotoCheckStatus::Pass, kNaN, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "the QR label names this asset")))
                 : makeCheck("qr", PhotoCheckStatus::Fail, kNaN, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "the QR label names another asset (%1) — check this is the right asset and retake"), qr.text));
    }
    c.details.insert(QStringLiteral("text"), qr.text);
    QJsonArray box;
    for (const auto &p : qr.box)
        box.append(QJsonArray{std::round(p.x * toPhoto), std::round(p.y * toPhoto)});
    c.details.insert(QStringLiteral("box"), box);
    return c;
}

// `img` is the photo at preview size (drawn on), `workSize` the frame the outlines are given in.
QByteArray renderPreview(cv::Mat img, cv::Size workSize, const MarkMatch &mark, const MarkMatch &oldMark, const QrFinding &qr, PhotoVerdict verdict,
                         const PhotoCheckThresholds &t)
{
    const float s = float(img.cols) / float(workSize.width);
    const int thick = std::max(2, img.cols / 300);
    auto poly = [&](const auto &pts, const cv::Scalar &colour) {
        std::vector<cv::Point> p;
        for (const auto &q : pts)
            p.emplace_back(cvRound(q.x * s), cvRound(q.y * s));
        cv::polylines(img, p, true, colour, thick, cv::LINE_AA);
    };
    if (mark.found)
        poly(mark.quad, cv::Scalar(60, 200, 0));
    if (oldMark.found)
        poly(oldMark.quad, cv::Scalar(0, 0, 230));
    if (qr.seen)
        poly(qr.box, cv::Scalar(230, 120, 0));
    const cv::Scalar colour = verdict == PhotoVerdict::Pass ? cv::Scalar(60, 170, 0)
        : verdict == PhotoVerdict::Review                    ? cv::Scalar(0, 160, 240)
                                                             : cv::Scalar(0, 0, 210);
    const int band = std::max(24, img.rows / 18);
    cv::rectangle(img, cv::Rect(0, 0, img.cols, band), colour, cv::FILLED);
    cv::putText(img, toString(verdict).toUpper().toStdString(), cv::Point(band / 3, band * 3 / 4), cv::FONT_HERSHEY_SIMPLEX,
                band / 36.0, cv::Scalar(255, 255, 255), std::max(1, band / 14), cv::LINE_AA);
    std::vector<uchar> buf;
    cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, t.previewJpegQuality});
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

// What the second core computes while the first finds the marks: everything that needs only the small
// levels of the pyramid (and the preview's colour copy), so the check costs little more than its longest half.
struct SideWork {
    QrFinding qr;
    PhotoCheck sharpness, exposure, duplicate;
    QString perceptualHash;
    cv::Mat preview;
};

// The reviewer's copy of the colour decode. Below a 2× reduction bilinear reads every source pixel's
// neighbourhood and looks like area averaging, at a fifth of its cost on three channels (area averaging
// with a fractional ratio is OpenCV's slow path, and the 12 MP photo's 2000 → 1024 px is just that).
cv::Mat previewOf(const cv::Mat &colour, int longSide)
{
    const int have = std::max(colour.cols, colour.rows);
    if (have <= longSide)
        return colour.clone();
    if (have >= 2 * longSide)
        return shrinkTo(colour, longSide);
    const double s = double(longSide) / have;
    cv::Mat out;
    cv::resize(colour, out, cv::Size(), s, s, cv::INTER_LINEAR);
    return out;
}

SideWork sideWork(const PhotoPyramid &pyramid, const PhotoCheckContext &ctx, const PhotoCheckThresholds &t)
{
    SideWork w;
    w.qr = findQr(pyramid.work(), t.qrLongSide);
    const cv::Mat small = pyramid.grey(t.sharpnessLongSide);
    w.sharpness = sharpnessCheck(small, t);
    w.exposure = exposureCheck(small, t);
    w.perceptualHash = perceptualHashHex(small);
    w.duplicate = duplicateCheck(w.perceptualHash, ctx, t);
    w.preview = previewOf(pyramid.colour(), t.previewLongSide);
    return w;
}

} // namespace

QString PhotoChecker::defaultMarkReference()
{
    return QStringLiteral(":/gc/brand/goodcity_mark_color.png");
}

QStringList PhotoChecker::defaultMarkReferences()
{
    // The horizontal colour mark, the vertical lockup of poles and narrow plates, and the one-colour mark of
    // engraving and vinyl: assets/brand/README.md. (The 금나래 character has no artwork in the project yet.)
    return {defaultMarkReference(), QStringLiteral(":/gc/brand/goodcity_mark_vertical.png"), QStringLiteral(":/gc/brand/goodcity_mark_mono.png")};
}

PhotoChecker::PhotoChecker(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
PhotoChecker::PhotoChecker(PhotoChecker &&) noexcept = default;
PhotoChecker &PhotoChecker::operator=(PhotoChecker &&) noexcept = default;
PhotoChecker::~PhotoChecker() = default;

const PhotoCheckThresholds &PhotoChecker::thresholds() const { return d->t; }

Result<PhotoChecker> PhotoChecker::create(const PhotoCheckThresholds &thresholds, const QStringList &markReferences,
                                          const QStringList &oldMarkReferences)
{
    auto impl = std::make_unique<Impl>();
    impl->t = thresholds;
    impl->marks = MarkMatcher(thresholds);
    impl->oldMarks = MarkMatcher(thresholds);
    impl->decoder = PhotoDecoder(thresholds);
    const QStringList refs = markReferences.isEmpty() ? defaultMarkReferences() : markReferences;
    for (const QString &r : refs)
        if (VoidResult ok = impl->marks.addReferenceFile(r); !ok)
            return ok.error();
    for (const QString &r : oldMarkReferences)
        if (VoidResult ok = impl->oldMarks.addReferenceFile(r); !ok)
            return ok.error();
    return PhotoChecker(std::move(impl));
}

Result<PhotoCheckResult> PhotoChecker::checkFile(const QString &path, const PhotoCheckContext &context) const
{
    Result<QByteArray> bytes = d->decoder.readFile(path);
    if (!bytes)
        return bytes.error();
    return check(*bytes, context);
}

Result<PhotoCheckResult> PhotoChecker::check(const QByteArray &encoded, const PhotoCheckContext &ctx) const
{
    const PhotoCheckThresholds &t = d->t;
    Result<DecodedPhoto> decoded = d->decoder.decode(encoded, t.workLongSide);
    if (!decoded)
        return decoded.error();
    if (auto small = tooSmallToCheck(decoded->header); !small)
        return small.error();
    PhotoCheckResult r;
    r.width = decoded->width;
    r.height = decoded->height;
    r.format = decoded->header.format;
    PhotoCheck readable = readableCheck(*decoded, t);

    // One decode, at the reduced scale libjpeg gives cheaply; every check reads a level of this pyramid.
    const PhotoPyramid pyramid(std::move(decoded->bgr), t);
    const cv::Mat &grey = pyramid.work();
    const double toPhoto = double(r.width) / grey.cols;

    // QR, sharpness, exposure, hash, the comparison with the inventory's hashes and the preview's copy cost about as
    // much as the mark matching, so they run beside it.
    std::future<SideWork> side = std::async(std::launch::async, [&pyramid, &ctx, &t] { return sideWork(pyramid, ctx, t); });

    const PhotoSlot slot = ctx.slot;
    auto applies = [slot](const char *id) { return PhotoSlotProfile::weight(slot, QString::fromLatin1(id)) != CheckWeight::Off; };
    // Problem and proposal photos have no mark to judge: the costly matching is not run for them.
    MarkMatch mark, oldMark;
    PhotoCheck oldMarkResult;
    if (applies("mark") || applies("old_mark")) {
        PhotoFeatures features = MarkMatcher::features(grey, t);
        features.colour = pyramid.colour();
        mark = d->marks.match(features);
        if (d->oldMarks.referenceCount() > 0) {
            oldMark = d->oldMarks.match(features);
            oldMarkResult = oldMarkCheck(d->oldMarks, oldMark, toPhoto, slot);
        } else {
            oldMarkResult = makeCheck("old_mark", PhotoCheckStatus::Skip, kNaN, kNaN, gc::tx(QT_TRANSLATE_NOOP("gc", "no superseded mark configured")));
        }
    }

    Result<PhotoExif> exif = readPhotoExif(encoded);
    const PhotoExif facts = exif ? *exif : PhotoExif{};
    r.latitude = facts.latitude;
    r.longitude = facts.longitude;
    r.takenAt = facts.takenAt;

    // Only an after photo is compared with a before photo, in place and in time.
    QDateTime beforeTaken = applies("same_place") ? ctx.beforeTakenAt : QDateTime();
    PhotoCheck samePlace = applies("same_place") ? samePlaceWithFile(d->decoder, ctx.beforePhotoPath, pyramid, mark, t, &beforeTaken) : PhotoCheck{};

    SideWork sw = side.get();
    r.perceptualHash = sw.perceptualHash;
    std::vector<PhotoCheck> all;
    all.push_back(std::move(readable));
    all.push_back(std::move(sw.sharpness));
    all.push_back(exposureOnMark(std::move(sw.exposure), grey, slot == PhotoSlot::Before ? oldMark : mark, t));
    all.push_back(slot == PhotoSlot::Before ? newMarkOnBeforeCheck(d->marks, mark, toPhoto, t) : markCheck(d->marks, mark, toPhoto, t));
    all.push_back(std::move(oldMarkResult));
    all.push_back(std::move(sw.duplicate));
    all.push_back(std::move(samePlace));
    all.push_back(locationCheck(facts, ctx, t));
    all.push_back(timeCheck(facts.takenAt.isValid() ? facts.takenAt : ctx.recordedAt, beforeTaken, ctx, t));
    all.push_back(qrCheck(sw.qr, ctx, toPhoto));

    // The slot's profile decides which checks are reported and what each counts for.
    r.slot = slot;
    for (PhotoCheck &c : all) {
        c.weight = PhotoSlotProfile::weight(slot, c.id);
        if (c.weight != CheckWeight::Off)
            r.checks.push_back(std::move(c));
    }
    r.verdict = PhotoCheckResult::judge(r.checks);
    r.previewJpeg = renderPreview(std::move(sw.preview), grey.size(), mark, oldMark, sw.qr, r.verdict, t);
    return r;
}

} // namespace gc::core
