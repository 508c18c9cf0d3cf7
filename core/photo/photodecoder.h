#pragma once

#include "photo/photocheckthresholds.h"
#include "photofiles/photoheader.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace gc::core {

struct DecodedPhoto {
    PhotoHeader header;
    cv::Mat bgr;        // 8-bit BGR, EXIF orientation applied, possibly reduced for speed
    int width = 0;      // full size as the user sees it (after orientation)
    int height = 0;
};

// Decodes phone photos safely: the size is read from the header first, so a decompression bomb, a truncated
// upload or a HEIC file becomes a clear error instead of a crash or a gigabyte allocation.
class PhotoDecoder {
public:
    explicit PhotoDecoder(const PhotoCheckThresholds &thresholds) : m_t(thresholds) {}

    Result<PhotoHeader> readHeader(const QByteArray &bytes) const;
    // Decodes to at least `minLongSide` on the long side (JPEGs are scaled down inside libjpeg when larger).
    Result<DecodedPhoto> decode(const QByteArray &bytes, int minLongSide) const;
    Result<QByteArray> readFile(const QString &path) const;

private:
    PhotoCheckThresholds m_t;
};

} // namespace gc::core
