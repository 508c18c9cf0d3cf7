#pragma once

#include "photofiles/photolimits.h"

#include <QString>

class QSettings;

namespace gc::core {

// Every number the photo checks compare against, with the defaults the office agreed on.
// The settings file may override any of them under the group "photoCheck" (same key names).
struct PhotoCheckThresholds {
    // readable
    qint64 maxFileBytes = PhotoLimits{}.maxBytes; // larger files are refused unread
    qint64 maxPixels = PhotoLimits{}.maxPixels;   // decompression bombs: refused from the header, before decoding
    int minLongSide = 1024;                  // smaller photos cannot show a 3 % mark well enough to judge

    // Every analysis runs on a copy with this long side; big JPEGs are decoded straight to about this size.
    int workLongSide = 1600;
    // Decoders working on one tall JPEG at once (1 or 2): two take about a quarter off the decode's wall time, which
    // every check waits for, at a quarter more CPU time (the second repeats the entropy decoding above its rows).
    // A batch that keeps every core busy with photos of its own wants 1.
    int decodeParts = 2;

    // sharpness: variance of the Laplacian in windows of a grey copy; the value is a high percentile of the
    // windows, so a sharp subject in front of a soft background still passes.
    int sharpnessLongSide = 1024;
    int sharpnessWindow = 64;
    double sharpnessPercentile = 0.90;
    // …of the windows that show detail (grey standard deviation at least this): a plain surface says nothing about focus.
    double sharpnessMinDetail = 8.0;
    double sharpnessFail = 25.0;
    double sharpnessWarn = 60.0;

    // exposure (grey levels 0–255)
    int clipDarkLevel = 8;
    int clipBrightLevel = 250;
    double meanDarkFail = 30.0;
    double meanDarkWarn = 55.0;
    double meanBrightFail = 235.0;
    double meanBrightWarn = 215.0;
    double clippedShareFail = 0.35;  // share of pixels at either clip level
    double clippedShareWarn = 0.15;

    // mark / old_mark: ORB features, ratio test, RANSAC homography, then the shape of the projected quad
    // ORB keypoints kept in the photo. 3000 rather than 4000 since references are made from the mark's own pixels
    // over three surface tones: the surface evaluation (photosurfaces.h, EVALUATION photographs) found 430 of
    // 432 with 3000 against 429 with 4000, and the photo's features and matching cost 7 ms less.
    int markFeatures = 3000;
    int markReferenceFeatures = 900; // per reference view
    int markReferenceLongSide = 640;
    // …and no more pixels than the horizontal (3:1) mark has at that length: the vertical lockup at 640 px tall
    // was twice its area, so a lockup covering the same share of a photo was matched about two ORB levels
    // coarser, where the reference has few keypoints, and small, blurred or occluded lockups went unfound.
    int markReferenceMaxArea = 140'000;
    double markRatio = 0.80;         // Lowe's ratio test
    double markRansacPx = 5.0;       // reprojection tolerance at work size
    int markMinInliers = 14;
    double markMinInlierRatio = 0.20;// inliers / ratio-test survivors
    int markMinCoveredCells = 4;     // of the 4×3 grid over the reference the inliers must reach
    double markMinAreaShare = 0.004; // projected quad vs image area
    double markMaxAreaShare = 1.5;
    double markMinSideRatio = 0.15;  // shortest vs longest quad side
    double markMaxScaleRatio = 4.0;  // opposite sides may differ this much under 50° perspective
    // Second cue: the photo inside the found quad, warped back onto the reference, must look like it
    // (normalised cross-correlation of the grey images over the mark's own, opaque pixels: blind to gain,
    // offset, colour casts and to the surface its transparent parts show).
    double markMinCorrelation = 0.35;   // every found mark
    int markRescueInliers = 8;          // fewer inliers than markMinInliers still count…
    double markRescueCorrelation = 0.6; // …when the warped photo correlates this well
    // …and each quarter of the mark that carries ink detail must correlate on its own: a homography fitted to
    // lettering that a mark shares with an old sign ("금천", "GEUMCHEON") correlates over the lettering
    // while the emblem's quarters show a plate or the sky (an outside pass: old navy signs passed at 0.39–0.50).
    // It runs on every found mark, also one whose whole correlates beyond markConfidentCorrelation (an outside pass:
    // the emblem alone passed as the mark).
    double markMinPartCorrelation = 0.35;
    // …and, judged like the quarters, the parts of varied ink (the emblem) pooled must correlate this well: the
    // lettering alone passed every rule above (whole 0.50–0.53, an outside pass) and scores −0.1–0.18 here. Another
    // organisation's emblem beside the lettering scores 0.44–0.47, but so do marks of the held-back family with 15–19 %
    // of them occluded (0.44–0.46): this floor does not separate those.
    double markMinEmblemCorrelation = 0.4;
    // Two more cues tell another emblem from the mark's, both judged, like the ones above, only when the whole correlates
    // below markConfidentCorrelation. The emblem must carry matching points of its own: ORB inliers whose reference
    // point lies on the emblem (the largest piece of the mark's own pixels, MarkMatcher::Reference::emblem). Another
    // emblem beside the lettering is matched on the lettering alone: on the TUNING plates (foreignemblem.h) 0 of
    // 100–625 inliers fell on it, once 7 and once 13; genuine marks of the held-back family with 11–25 % hidden kept 12
    // or more.
    int markMinEmblemInliers = 5;
    // …and its colours must be the mark's: opponent chroma of the emblem, photo against reference, correlated (a cast
    // and the light cancel). Other emblems on the TUNING plates scored −0.28–0.17 (once 0.46, with no inlier on it),
    // genuine held-back marks with a fifth hidden 0.27 and more. The one-colour (mono) mark abstains.
    double markMinEmblemColour = 0.2;
    // A part of flat ink (the lettering) must stand out from the surface just around it: |mean ink − mean surface| /
    // their spread, pooled over the lettering's parts (the emblem alone on a plate scores near 0).
    double markMinLetteringContrast = 1.0;
    // The whole mark must be in the picture: no corner of its outline beyond the frame by more than this share of the
    // outline's longest side (an outside pass: a mark 70 % out of the frame passed).
    double markFrameTolerance = 0.05;
    // A mark found this convincingly needs no other variant tried: a reference of another layout that fits only
    // the emblem they share correlates up to ~0.82 over its own pixels on the held-back family.
    double markConfidentCorrelation = 0.9;

    // duplicate: Hamming distance between 64-bit perceptual hashes
    int duplicateMaxDistance = 6;

    // same_place: ORB matches between before and after (ratio test, and each the other's best) that agree on one
    // epipolar geometry (MAGSAC). The after photo's asset zone (the found mark's outline widened samePlaceAssetZone
    // times: the new mark and its plate, the same in every after photo) is left out. A fundamental matrix fits any 7
    // matches, so a handful of "inliers" is chance: on the TUNING pairs (tests/core/support/placepairs.h, opencv-doc) wrong
    // scenes gave at most 11 inliers of at most 30 matches once the zone was left out and matches had to be mutual,
    // true pairs at least 28, real stereo pairs a share as low as 0.31 (parallax and repeated leaves). The value is that
    // share; the old rule, 40 inliers among unfiltered matches, passed wrong scenes with 43–105 (an outside pass).
    int samePlaceLongSide = 1024;
    double samePlaceAssetZone = 2.0;
    int samePlaceMinInliers = 20;
    double samePlaceMinInlierRatio = 0.25;
    int samePlaceMinCells = 3;         // of a 4 × 4 grid over the after photo, each with 2 inliers or more
    // …or, for a scene whose texture lies in two cells (a close-up against sky or a blurred background), nearly every
    // match agreeing: on the TUNING pairs wrong scenes never reached a share of 0.72 with more than 10 inliers (the
    // server's same-sign-elsewhere case: 38 of 79, 0.48), true re-photographed scenes gave 0.85–0.95
    int samePlaceStrongMinInliers = 25;
    double samePlaceStrongInlierRatio = 0.75;
    int samePlaceStrongMinCells = 2;
    // Below the pass rules and above chance, nobody can tell: review. With the sign left out, wrong scenes on the TUNING
    // pairs agreed on at most 13 matches; real stereo pairs (parallax, repeated leaves) as few as 10 of 18 and 17 of 95.
    int samePlaceWarnInliers = 10;
    double samePlaceWarnInlierRatio = 0.15;
    int samePlaceMinSurroundings = 400; // fewer keypoints outside the zone: review ("too little to compare"), not fail
    // The sign the mark is fixed on (signregion.h) is left out as well: a notice board of one design stands in many
    // streets, and its title and panels lie outside the asset zone (an outside pass: 5 of 6 same-design boards in other
    // streets passed on matches on the board). It is grown at samePlaceSignLongSide from seeds on the mark's outline
    // widened samePlaceSignSeedRing times, over colours within samePlaceSignColourTolerance of the plate's, stopped by
    // Canny edges (low threshold samePlaceSignEdgeLow), and widened by samePlaceSignMargin of the long side (ORB's
    // patch: a keypoint just outside still describes the board's edge).
    bool samePlaceLeaveOutSign = true;
    int samePlaceSignLongSide = 512;
    double samePlaceSignSeedRing = 1.15;
    int samePlaceSignColourTolerance = 24;
    double samePlaceSignColourShare = 0.2; // …or this share of the plate's brightest channel when less
    int samePlaceSignMinTolerance = 6;
    int samePlaceSignEdgeLow = 40;
    double samePlaceSignMargin = 0.015;

    // qr: QRCodeDetector runs on a copy this size (its cost grows with pixels; labels are shot up close)
    int qrLongSide = 1280;

    // location / time
    double locationMaxMeters = 50.0;
    double locationWarnFactor = 2.0; // up to this many times the limit is "review", beyond it "fail"
    int clockToleranceSeconds = 120; // phone clocks drift; a before photo "after" by less is not a fault

    // preview stored with the result
    int previewLongSide = 1024;
    int previewJpegQuality = 80;

    // Reads overrides from `settings` (group "photoCheck"); keys that are absent keep their defaults.
    static PhotoCheckThresholds fromSettings(QSettings &settings);
};

} // namespace gc::core
