#include "photo/perceptualhash.h"

#include "photo/photocheckthresholds.h"
#include "photo/photodecoder.h"

#include <opencv2/img_hash.hpp>
#include <opencv2/imgproc.hpp>

#include <bit>

namespace gc::core {

QString perceptualHashHex(const cv::Mat &image)
{
    if (image.empty())
        return {};
    // PHash shrinks with bilinear sampling, which aliases on a 12 MP photo and makes the bits depend on the
    // decode size; averaging down first keeps the hash of one photo stable however it was decoded.
    cv::Mat small;
    cv::resize(image, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    cv::Mat hash;
    cv::img_hash::pHash(small, hash);
    QString hex;
    hex.reserve(16);
    for (int i = 0; i < hash.cols; ++i)
        hex += QStringLiteral("%1").arg(hash.at<uchar>(0, i), 2, 16, QLatin1Char('0'));
    return hex;
}

Result<QString> perceptualHashOfPhoto(const QByteArray &encoded)
{
    // PHash looks at 32×32 pixels, so a 1/8-scale JPEG decode gives the same bits at a fraction of the cost.
    const PhotoDecoder decoder{PhotoCheckThresholds{}};
    Result<DecodedPhoto> photo = decoder.decode(encoded, 256);
    if (!photo)
        return photo.error();
    return perceptualHashHex(photo->bgr);
}

bool parsePerceptualHash(const QString &hex, quint64 *out)
{
    if (hex.size() != 16)
        return false;
    bool ok = false;
    const quint64 v = hex.toULongLong(&ok, 16);
    if (ok && out)
        *out = v;
    return ok;
}

int perceptualHashDistance(const QString &a, const QString &b)
{
    quint64 x = 0, y = 0;
    if (!parsePerceptualHash(a, &x) || !parsePerceptualHash(b, &y))
        return -1;
    return std::popcount(x ^ y);
}

} // namespace gc::core
