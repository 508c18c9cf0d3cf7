#include "photo/photorendition.h"
#include "text.h"

#include "photo/photocheckthresholds.h"
#include "photo/photodecoder.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace gc::core {

QString renditionName(Rendition r)
{
    switch (r) {
    case Rendition::Thumb: return QStringLiteral("thumb");
    case Rendition::Preview: return QStringLiteral("preview");
    case Rendition::Original: return QStringLiteral("original");
    }
    return {};
}

std::optional<Rendition> renditionFromName(const QString &name)
{
    for (Rendition r : {Rendition::Thumb, Rendition::Preview, Rendition::Original}) {
        if (renditionName(r) == name)
            return r;
    }
    return std::nullopt;
}

Result<QByteArray> makeRendition(const QByteArray &original, Rendition r, const RenditionSizes &sizes)
{
    if (r == Rendition::Original)
        return makeError(ErrorCode::Rendition, gc::tx(QT_TRANSLATE_NOOP("gc", "the original is kept as it came")));
    const int bound = r == Rendition::Thumb ? sizes.thumbLongSide : sizes.previewLongSide;
    const PhotoDecoder decoder{PhotoCheckThresholds{}};
    auto decoded = decoder.decode(original, bound);
    if (!decoded)
        return decoded.error();
    cv::Mat img = decoded->bgr;
    const int longSide = std::max(img.cols, img.rows);
    if (longSide > bound) {
        const double f = double(bound) / longSide;
        cv::Mat small;
        cv::resize(img, small, cv::Size(std::max(1, int(img.cols * f + 0.5)), std::max(1, int(img.rows * f + 0.5))), 0, 0,
                   cv::INTER_AREA);
        img = small;
    }
    std::vector<uchar> out;
    try {
        if (!cv::imencode(".jpg", img, out, {cv::IMWRITE_JPEG_QUALITY, sizes.jpegQuality}))
            return makeError(ErrorCode::Rendition, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot encode the rendition")));
    } catch (const cv::Exception &e) {
        return makeError(ErrorCode::Rendition,
                         gc::tx(QT_TRANSLATE_NOOP("gc", "cannot encode the rendition: %1"), QString::fromStdString(e.msg)));
    }
    return QByteArray(reinterpret_cast<const char *>(out.data()), qsizetype(out.size()));
}

} // namespace gc::core
