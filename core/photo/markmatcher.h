#pragma once

#include "photo/hammingnearest.h"
#include "photo/photocheckthresholds.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <array>
#include <unordered_map>
#include <vector>

namespace gc::core {

// ORB keypoints and descriptors of one photo, computed once and matched against every reference.
struct PhotoFeatures {
    std::vector<cv::KeyPoint> keypoints;
    cv::Mat descriptors;
    cv::Size imageSize;
    cv::Mat grey;  // the image the keypoints come from, for checking a found quad against the reference
    cv::Mat colour; // the photo in colour at any scale (≥ grey's), for the emblem's colours; empty: that cue abstains
};

struct MarkMatch {
    bool found = false;
    int reference = -1;        // index into the matcher's references
    int inliers = 0;           // RANSAC inliers of the best reference (also when not found)
    int candidates = 0;        // matches that survived the ratio test
    int coveredCells = 0;      // grid cells of the reference the inliers reach
    int emblemInliers = 0;     // inliers on the reference's emblem (Reference::emblem)
    double emblemColour = 1;   // the emblem's colours against the reference's (−1…1; 1 when not judged, see match())
    double areaShare = 0;      // projected quad / image area
    double correlation = 0;    // photo inside the quad warped onto the reference vs the reference (−1…1)
    std::array<cv::Point2f, 4> quad{};  // reference corners projected into the photo (work pixels)
    cv::Matx33d homography;    // reference pixels → photo work pixels, when found
    QString rejectedBecause;   // when inliers were plenty but the shape was not plausible
    bool cutOff = false;       // not found because a convincing fit's outline runs beyond the frame (only part in the picture)
};

// Finds a brand mark in a photo. ORB (binary, FAST corners + rotated BRIEF) is the detector: it is the only one
// of ORB / AKAZE / SIFT that fits the "check ≤ 1.5× decode" budget (≈60 ms on 1600 px against ≈350 ms for
// AKAZE and SIFT), and its weak spot, strong perspective, is covered by matching against views of the
// reference that are already tilted by ±40° and ±62°, the way ASIFT simulates viewpoints. A homography is
// then confirmed by a second cue, the photo warped back onto the reference and correlated with it.
// A mark with transparency shows whatever surface it is stuck on through its transparent parts, and a surface
// darker than its inks turns every edge of its lettering around. So nothing is learnt from the transparent
// pixels: keypoints are kept only on the mark's own (opaque) pixels, each view is prepared over several surface
// tones (white, and tones between and below the mark's ink greys, so every polarity its edges can take is
// there), all in the one reference frame so their matches pool into one homography; and the second cue
// correlates the mark's own pixels only.
class MarkMatcher {
public:
    struct View {
        HammingSet descriptors;
        std::vector<cv::Point2f> points;  // in the reference's own pixel frame
    };
    struct Reference {
        QString name;      // the file (or resource) it was read from
        QString variant;   // which mark it is: the file's base name, e.g. goodcity_mark_vertical
        cv::Size size;     // reference frame (long side markReferenceLongSide, area at most markReferenceMaxArea)
        cv::Mat grey;      // the reference as printed on white, in that frame
        cv::Mat opaque;    // CV_8U, 255 where the mark's own pixels are (alpha ≥ ½, one pixel in from its edge)
        cv::Mat centred;   // the mark's own greys − their mean, as float, zero elsewhere: for the correlation
        double centredNorm = 0, centredSum = 0, opaqueCount = 0;
        cv::Mat ring;      // CV_8U, 255 on the transparent surface just around the inks (lettering's contrast)
        cv::Mat variedInk; // CV_8U, 255 on the own pixels of the parts of varied ink (the emblem), see variedInkRegion()
        double variedInkCount = 0;
        cv::Mat emblem;    // CV_8U, 255 on the emblem's outline and inside (see emblemShape()); empty: none told apart
        cv::Rect emblemBox;       // around the emblem's own pixels
        cv::Mat emblemPixels;     // CV_8U, 255 on the emblem's own pixels in emblemBox
        cv::Mat emblemChroma;     // CV_32FC2 over emblemBox: the emblem's colours (opponent chroma) less their mean, 0
                                  // off its pixels; empty when the emblem is of one colour (the mono mark)
        double emblemChromaNorm = 0, emblemPixelCount = 0;
        cv::Rect inkBox;   // the box around the opaque pixels: what must be inside the photo's frame
        int tones = 1;     // surface tones the views were prepared over (see prepare()); views are tilt-major
        bool reversible = false; // one ink only: also prepared (and correlated) as light ink on a dark plate
        std::vector<View> views;
    };

    explicit MarkMatcher(const PhotoCheckThresholds &thresholds) : m_t(thresholds) {}

    // Adds a reference from an encoded image (PNG with transparency or any photo of the flat mark). Each variant
    // of a mark (horizontal, vertical lockup, mono) is a reference of its own; match() says which one it found.
    // A reference is prepared once per process and image, then shared by every matcher that adds it.
    VoidResult addReference(const QByteArray &encoded, const QString &name);
    VoidResult addReferenceFile(const QString &path);
    int referenceCount() const { return int(m_refs.size()); }
    const Reference &reference(int i) const { return m_refs[size_t(i)]; }

    static QString variantOf(const QString &name);
    static PhotoFeatures features(const cv::Mat &grey, const PhotoCheckThresholds &t);
    // Best match over all references; `found` only when every geometric test passes. Of the variants that fit,
    // the one whose picture correlates best with the photo is named: references of the same layout (colour and
    // mono) are compared through the one homography, since their keypoints alone barely tell them apart.
    MarkMatch match(const PhotoFeatures &photo) const;

private:
    struct Candidate {
        cv::Point2f refPoint;
        float distance;
    };
    using Candidates = std::unordered_map<int, Candidate>;  // by photo keypoint
    static constexpr size_t kFirstPassViews = 5;             // tilts: frontal and ±40°; the ±62° views follow

    static Result<Reference> prepare(const QByteArray &encoded, const QString &name, const PhotoCheckThresholds &t);
    // Adds the ratio-test survivors of views [fromView, toView) to `candidates`, then fits and tests a homography.
    MarkMatch matchOne(const PhotoFeatures &photo, const Reference &ref, size_t fromView, size_t toView, Candidates &candidates) const;
    void addCandidates(const PhotoFeatures &photo, const Reference &ref, size_t fromView, size_t toView, Candidates &candidates) const;

    PhotoCheckThresholds m_t;
    std::vector<Reference> m_refs;
};

} // namespace gc::core
