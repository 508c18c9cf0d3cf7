#pragma once

#include "domain/photoverdict.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace gc::core {

enum class PhotoCheckStatus { Pass, Warn, Fail, Skip };

QString toString(PhotoCheckStatus status);

// One check's evidence: what was measured, against what, and what it means in Korean and English.
struct PhotoCheck {
    QString id;  // readable, sharpness, exposure, mark, old_mark, duplicate, same_place, location, time, qr
    PhotoCheckStatus status = PhotoCheckStatus::Skip;
    double value = std::numeric_limits<double>::quiet_NaN();
    double threshold = std::numeric_limits<double>::quiet_NaN();
    QString messageKo;
    QString messageEn;
    QJsonObject details;  // check-specific evidence, e.g. mark: inliers and quad; duplicate: asset code
};

struct PhotoCheckResult {
    PhotoVerdict verdict = PhotoVerdict::Pass;
    std::vector<PhotoCheck> checks;
    int width = 0;             // photo as the user sees it (after EXIF orientation)
    int height = 0;
    QString format;            // "jpeg" or "png"
    QString perceptualHash;    // 16 hex digits, what the inventory stores in photos.phash
    std::optional<double> latitude;   // from EXIF
    std::optional<double> longitude;
    QDateTime takenAt;         // from EXIF DateTimeOriginal; invalid when absent
    QByteArray previewJpeg;    // the photo, small, with the mark quad and QR box drawn on it

    const PhotoCheck *find(const QString &id) const;
    // {"verdict": "...", "checks": {"mark": {"status": "pass", "value": …, "inliers": 87, "quad": […]}, …}, …}
    QJsonObject toJson() const;
};

} // namespace gc::core
