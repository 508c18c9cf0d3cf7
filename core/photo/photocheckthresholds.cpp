#include "photo/photocheckthresholds.h"

#include <QSettings>

namespace gc::core {

PhotoCheckThresholds PhotoCheckThresholds::fromSettings(QSettings &settings)
{
    PhotoCheckThresholds t;
    settings.beginGroup(QStringLiteral("photoCheck"));
#define GC_THRESHOLD(field) t.field = settings.value(QStringLiteral(#field), t.field).value<decltype(t.field)>()
    GC_THRESHOLD(maxFileBytes);
    GC_THRESHOLD(maxPixels);
    GC_THRESHOLD(minLongSide);
    GC_THRESHOLD(workLongSide);
    GC_THRESHOLD(decodeParts);
    GC_THRESHOLD(sharpnessLongSide);
    GC_THRESHOLD(sharpnessWindow);
    GC_THRESHOLD(sharpnessPercentile);
    GC_THRESHOLD(sharpnessMinDetail);
    GC_THRESHOLD(sharpnessFail);
    GC_THRESHOLD(sharpnessWarn);
    GC_THRESHOLD(clipDarkLevel);
    GC_THRESHOLD(clipBrightLevel);
    GC_THRESHOLD(meanDarkFail);
    GC_THRESHOLD(meanDarkWarn);
    GC_THRESHOLD(meanBrightFail);
    GC_THRESHOLD(meanBrightWarn);
    GC_THRESHOLD(clippedShareFail);
    GC_THRESHOLD(clippedShareWarn);
    GC_THRESHOLD(markFeatures);
    GC_THRESHOLD(markReferenceFeatures);
    GC_THRESHOLD(markReferenceLongSide);
    GC_THRESHOLD(markReferenceMaxArea);
    GC_THRESHOLD(markRatio);
    GC_THRESHOLD(markRansacPx);
    GC_THRESHOLD(markMinInliers);
    GC_THRESHOLD(markMinInlierRatio);
    GC_THRESHOLD(markMinCoveredCells);
    GC_THRESHOLD(markMinAreaShare);
    GC_THRESHOLD(markMaxAreaShare);
    GC_THRESHOLD(markMinSideRatio);
    GC_THRESHOLD(markMaxScaleRatio);
    GC_THRESHOLD(markMinCorrelation);
    GC_THRESHOLD(markRescueInliers);
    GC_THRESHOLD(markRescueCorrelation);
    GC_THRESHOLD(markMinPartCorrelation);
    GC_THRESHOLD(markMinEmblemCorrelation);
    GC_THRESHOLD(markMinEmblemInliers);
    GC_THRESHOLD(markMinEmblemColour);
    GC_THRESHOLD(markFrameTolerance);
    GC_THRESHOLD(markMinLetteringContrast);
    GC_THRESHOLD(markConfidentCorrelation);
    GC_THRESHOLD(duplicateMaxDistance);
    GC_THRESHOLD(samePlaceLongSide);
    GC_THRESHOLD(samePlaceAssetZone);
    GC_THRESHOLD(samePlaceMinInliers);
    GC_THRESHOLD(samePlaceMinInlierRatio);
    GC_THRESHOLD(samePlaceMinCells);
    GC_THRESHOLD(samePlaceStrongMinInliers);
    GC_THRESHOLD(samePlaceStrongInlierRatio);
    GC_THRESHOLD(samePlaceStrongMinCells);
    GC_THRESHOLD(samePlaceWarnInliers);
    GC_THRESHOLD(samePlaceWarnInlierRatio);
    GC_THRESHOLD(samePlaceMinSurroundings);
    GC_THRESHOLD(samePlaceLeaveOutSign);
    GC_THRESHOLD(samePlaceSignLongSide);
    GC_THRESHOLD(samePlaceSignSeedRing);
    GC_THRESHOLD(samePlaceSignColourTolerance);
    GC_THRESHOLD(samePlaceSignColourShare);
    GC_THRESHOLD(samePlaceSignMinTolerance);
    GC_THRESHOLD(samePlaceSignEdgeLow);
    GC_THRESHOLD(samePlaceSignMargin);
    GC_THRESHOLD(qrLongSide);
    GC_THRESHOLD(locationMaxMeters);
    GC_THRESHOLD(locationWarnFactor);
    GC_THRESHOLD(clockToleranceSeconds);
    GC_THRESHOLD(previewLongSide);
    GC_THRESHOLD(previewJpegQuality);
#undef GC_THRESHOLD
    settings.endGroup();
    return t;
}

} // namespace gc::core
