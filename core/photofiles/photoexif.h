#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace gc::core {

// The EXIF facts the checks use: where and when the camera says the photo was taken.
struct PhotoExif {
    std::optional<double> latitude;   // WGS84 degrees, south negative
    std::optional<double> longitude;  // west negative
    QDateTime takenAt;                // DateTimeOriginal; Korean time unless OffsetTimeOriginal says otherwise
};

// Reads EXIF with exiv2. A photo without EXIF gives an empty PhotoExif, not an error;
// only bytes exiv2 cannot parse at all are an error.
Result<PhotoExif> readPhotoExif(const QByteArray &encoded);
// Returns the JPEG with GPS and DateTimeOriginal written (the app stamps the position it recorded).
Result<QByteArray> writePhotoExif(const QByteArray &jpeg, const PhotoExif &exif);

} // namespace gc::core
