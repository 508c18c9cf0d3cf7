#pragma once

#include "photo/photoslotprofile.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace gc::core {

struct GeoPoint {
    double lat = 0;  // WGS84 degrees
    double lon = 0;
};

// A photo already in the inventory, for the duplicate check.
struct KnownPhoto {
    QString perceptualHash;  // 16 hex digits (photos.phash)
    QString assetCode;
    QString photoId;
    QString role;            // before, after, cannot_install, proposal, survey: names a photo of no asset
};

// What the checker needs to know about the asset and the work; everything is optional and a check whose
// inputs are missing reports "skip". The checker never reads the inventory itself.
struct PhotoCheckContext {
    PhotoSlot slot = PhotoSlot::After;     // which photo of the work this is: decides the checks (PhotoSlotProfile)
    QString assetCode;
    QString assetUuid;                     // QR labels may carry the uuid instead of the code
    std::optional<GeoPoint> assetPosition;
    std::optional<GeoPoint> recordedPosition;  // GPS the app recorded when the photo was taken
    QDateTime recordedAt;                      // time the app recorded, used when EXIF has none
    QString beforePhotoPath;                   // the "before" photo of the same asset, if any
    QDateTime beforeTakenAt;                   // when the before photo was taken (else read from its EXIF)
    std::vector<KnownPhoto> knownPhotos;
    QDateTime workStart;                       // the work window; invalid ends are open
    QDateTime workEnd;
};

} // namespace gc::core
