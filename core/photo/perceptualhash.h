#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace cv { class Mat; }

namespace gc::core {

// OpenCV img_hash PHash (DCT of a 32×32 grey copy): 8 bytes, written as 16 lower-case hex digits.
// This is the value stored in photos.phash; re-encoding or resizing a photo moves it by a few bits only.
QString perceptualHashHex(const cv::Mat &image);
// Same, from an encoded photo (JPEG/PNG), for callers that do not use OpenCV themselves.
Result<QString> perceptualHashOfPhoto(const QByteArray &encoded);
// Number of differing bits (0–64), or -1 when either string is not a 16-digit hex hash.
int perceptualHashDistance(const QString &a, const QString &b);
bool parsePerceptualHash(const QString &hex, quint64 *out);

} // namespace gc::core
